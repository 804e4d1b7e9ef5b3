"""All model modules imported in one place, so Alembic and tests see the whole schema."""

from shopprivacy.storage import customer_models, models, request_models  # noqa: F401
from shopprivacy.storage.base import Base

metadata = Base.metadata

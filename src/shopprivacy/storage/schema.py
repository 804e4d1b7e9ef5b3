"""All model modules imported in one place, so Alembic and tests see the whole schema."""

from shopprivacy.storage import (  # noqa: F401
    access_review_models,
    breach_models,
    customer_models,
    disclosure_models,
    models,
    policy_models,
    request_models,
)
from shopprivacy.storage.base import Base

metadata = Base.metadata

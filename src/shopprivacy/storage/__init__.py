"""SQLAlchemy models, the database engine and migrations. Knows nothing of screens."""

"""The article store: SQLAlchemy schema, the Store read/write API and its migrations."""

"""The database: models, engine and session, schema checks, and storing raw messages."""

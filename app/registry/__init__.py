"""Persistence: SQLAlchemy models of the contact registry, engine handling and migrations.

No Qt here (import-linter enforces it); the services are the only callers.
"""

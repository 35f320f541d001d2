"""Alembic migrations shipped inside the package; `HEAD` lets an up-to-date folder open without loading Alembic."""

HEAD = "0002"

"""The service directory: HSDS-named SQLite schema, loading the vetted seed, search, and staff edits.

Build with `python -m bot.directory build`; the bot only reads, through
`open_directory` and `find_services`; staff change it through `edits` (the
`directory` command, cli.py), which checks, logs and writes each change.
"""
from bot.directory.models import CATEGORIES, Phone, Service
from bot.directory.schema import create_schema
from bot.directory.search import find_services, open_directory
from bot.directory.seed import FALLBACK_SERVICE_NAME, SeedError, build_database, load_seed

__all__ = [
    "CATEGORIES",
    "FALLBACK_SERVICE_NAME",
    "Phone",
    "SeedError",
    "Service",
    "build_database",
    "create_schema",
    "find_services",
    "load_seed",
    "open_directory",
]

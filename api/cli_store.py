"""Commands registered on api.cli.app."""
from api.cli import app  # noqa: F401

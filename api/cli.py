"""The `chithi` command. Each group of commands lives in its own module and registers itself."""
from __future__ import annotations

import typer

app = typer.Typer(
    help="chithi: đồ thị tri thức văn bản chỉ đạo — a knowledge graph of Vietnamese directives.",
    no_args_is_help=True,
    add_completion=False,
)


def main() -> None:
    from api import cli_extract, cli_query, cli_store  # noqa: F401  (they register commands)

    app()

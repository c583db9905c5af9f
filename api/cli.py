"""The `chithi` command. Each group of commands lives in its own module and registers itself."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

from api.errors import QueryError
from graph.store import Store, StoreError, default_store_url, open_store

# messages are printed as they are: no line wrapping, no [markup] read in file names or errors
errors = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)

app = typer.Typer(
    help="chithi: đồ thị tri thức văn bản chỉ đạo — a knowledge graph of Vietnamese directives.",
    no_args_is_help=True,
    add_completion=False,
    # docstrings are reflowed to the terminal's width, not broken where the source breaks them
    rich_markup_mode="markdown",
)


@contextmanager
def opened_store(url: str | None) -> Iterator[Store]:
    """The store named by `url` (default: $CHITHI_STORE, else the embedded one), closed after the
    command. Exit status 2 when the request was wrong (a store that cannot be opened, an unknown
    document, a bad date), 1 when the store failed during the work."""
    try:
        store = open_store(url or default_store_url())
    except StoreError as error:
        errors.print(f"chithi: cannot open the store: {error}")
        raise typer.Exit(2) from None
    try:
        yield store
    except QueryError as error:
        errors.print(f"chithi: {error.title}: {error.detail}")
        raise typer.Exit(2) from None
    except StoreError as error:
        errors.print(f"chithi: store error: {error}")
        raise typer.Exit(1) from None
    finally:
        store.close()


def main() -> None:
    from api import cli_extract, cli_query, cli_store  # noqa: F401  (they register commands)

    app()

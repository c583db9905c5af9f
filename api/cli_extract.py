"""`chithi extract PATH...`: the citations of each article as one JSON object per line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from api.cli import app


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Articles: .txt, .html, .jsonl files or folders."),
    with_text: bool = typer.Option(False, "--with-text", help="Include the normalised text."),
) -> None:
    """Trích xuất trích dẫn — print the documents each article cites and their relations, one JSON object per article
    (JSON Lines; `id` is the file stem, every mention has start/end offsets into the text).
    A file that cannot be read is reported on stderr and the others go on; the exit status
    is 1 if any failed."""
    from loaders import ReadError, extract as extract_article, read_paths

    failed = 0
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            failed += 1
            print(f"chithi extract: {item}", file=sys.stderr)
            continue
        try:
            record = extract_article(item.text, id=item.id, source_url=item.source_url,
                                     title=item.title, published=item.published,
                                     normalised=True)
        except Exception as err:  # one article the extractor cannot handle must not stop the batch
            failed += 1
            where = f"{item.path}:{item.line}" if item.line else item.path
            print(f"chithi extract: {where}: extraction failed: {type(err).__name__}: {err}",
                  file=sys.stderr)
            continue
        sys.stdout.write(json.dumps(record.to_json(with_text=with_text), ensure_ascii=False) + "\n")
    if failed:
        raise typer.Exit(1)

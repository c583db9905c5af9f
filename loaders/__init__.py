"""loaders: Vietnamese article text -> citation records (plain dataclasses, no RDF).

`extract(text)` is the whole pipeline; `read_paths` reads articles from files.
"""
from loaders.extract import extract
from loaders.record import ArticleRecord, Document, Mention, Place, Relation

__all__ = ["extract", "ArticleRecord", "Document", "Mention", "Place", "Relation",
           "read_paths", "ReadError", "RawArticle"]


def __getattr__(name: str):
    """The readers load lazily: extracting from a string does not need them."""
    if name in ("read_paths", "ReadError", "RawArticle"):
        from loaders import readers

        return getattr(readers, name)
    raise AttributeError(f"module 'loaders' has no attribute {name!r}")

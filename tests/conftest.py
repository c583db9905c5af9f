"""Shared fixtures: where the annotated corpus is (../shared beside the clone)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
SAMPLES = REPO / "data" / "samples"


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the annotated corpus is not beside the clone ({DEV_CORPUS} is absent)")
    return DEV_CORPUS

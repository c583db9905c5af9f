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


@pytest.fixture(scope="session")
def fixture_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The API tests' graph (tests/fixtures/api_graph.trig) in an embedded store on disk, for
    commands that open a store by URL. Read only: a test that writes makes a store of its own."""
    from tests.api_support import fixture_store

    url = f"oxigraph:{tmp_path_factory.mktemp('fixture-store')}"
    fixture_store(url).close()
    return url

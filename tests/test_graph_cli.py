"""api/cli_store.py: `chithi load | unload | stats | export | validate` on an embedded store."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from api import cli_store  # noqa: F401  (registers the commands)
from api.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()


@pytest.fixture
def store_url(tmp_path):
    return f"oxigraph:{tmp_path / 'graph'}"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("002_6286e42729e145c2.txt", "003_7abbad60e603f795.txt"):
        (folder / name).write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def chithi(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_load_stats_export_validate_unload(store_url, articles):
    loaded = chithi("load", str(articles), "--store", store_url, "--no-progress")
    assert loaded.exit_code == 0, loaded.output
    assert "2 loaded, 0 unchanged, 0 failed" in loaded.output

    again = chithi("load", str(articles), "--store", store_url, "--no-progress")
    assert "0 loaded, 2 unchanged, 0 failed" in again.output

    stats = json.loads(chithi("stats", "--json", "--store", store_url).output)
    assert stats["articles"] == 2 and stats["documents"] >= 9 and stats["triples"] > 140_000

    table = chithi("stats", "--store", store_url).output
    assert "văn bản (documents)" in table

    turtle = chithi("export", "--format", "turtle", "--document", "448-CTr/TU", "--store", store_url)
    assert turtle.exit_code == 0 and '"448-CTr/TU"' in turtle.output

    checked = chithi("validate", "--store", store_url)
    assert checked.exit_code == 0 and "conforms" in checked.output

    removed = chithi("unload", str(articles / "003_7abbad60e603f795.txt"), "--store", store_url)
    assert removed.exit_code == 0 and "1 article(s) removed" in removed.output
    assert json.loads(chithi("stats", "--json", "--store", store_url).output)["articles"] == 1


def test_the_stats_table_names_each_count_once_in_vietnamese_and_english(store_url):
    """Regression: the triples row read "bộ ba (triples) (triples)"."""
    table = chithi("stats", "--store", store_url).output
    labels = [line.split("│")[1].strip() for line in table.splitlines() if line.startswith("│")]
    assert labels == [
        "bài báo (articles)", "văn bản (documents)", "cơ quan ban hành (issuers)",
        "tổ chức (organisations)", "quan hệ (relations)", "đơn vị hành chính (units)",
        "trích dẫn chưa xác định (unresolved)", "ngày ban hành mâu thuẫn (date_conflicts)",
        "bộ ba (triples)"]


def test_a_failed_file_makes_the_exit_status_non_zero(store_url, articles):
    (articles / "broken.jsonl").write_text('{"id": 1, "text": 5}\n', encoding="utf-8")
    result = chithi("load", str(articles), "--store", store_url, "--no-progress")
    assert result.exit_code == 1
    assert "2 loaded, 0 unchanged, 1 failed" in result.output
    assert "broken.jsonl:1" in result.output


@pytest.mark.parametrize("args, status, message", [
    (("export", "--format", "rdfxml"), 2, "unknown format"),
    (("unload", "never-loaded"), 1, "no loaded article"),
    (("stats", "--store", "sqlite:x"), 2, "unknown store URL"),
])
def test_errors(store_url, args, status, message):
    if "--store" not in args:
        args = (*args, "--store", store_url)
    result = chithi(*args)
    assert result.exit_code == status
    assert message in result.output


def test_the_store_comes_from_the_environment(tmp_path, articles, monkeypatch):
    monkeypatch.setenv("CHITHI_STORE", f"oxigraph:{tmp_path / 'from-env'}")
    assert chithi("load", str(articles), "--no-progress").exit_code == 0
    assert (tmp_path / "from-env").is_dir()

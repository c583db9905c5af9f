"""api/cli.py: every command opens its store through `opened_store`, so a store or a question
that fails is said the same way, with the same exit status, whichever command was asked."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import api.cli_query  # noqa: F401  (registers the commands)
import api.cli_store  # noqa: F401
from api.cli import app

runner = CliRunner()



@pytest.mark.parametrize("command", [
    ("stats",), ("export",), ("validate",), ("unload", "x"),
    ("trace", "09-CT/TW"), ("gaps", "09-CT/TW"), ("search", "chi thi 09"), ("show", "09-CT/TW"),
])
def test_a_store_that_cannot_be_opened_exits_2_naming_the_url(command):
    """Regression: the query commands exited 1 here and the store commands 2."""
    result = runner.invoke(app, [*command, "--store", "sqlite:x.db"])
    assert result.exit_code == 2
    assert "chithi: cannot open the store:" in result.output and "sqlite:x.db" in result.output


@pytest.mark.parametrize("command, message", [
    (("show", "09-CT/TU"), "chithi: Not found: no document '09-CT/TU'; close matches: 09-CTr/TU"),
    (("trace", "18-NQ/TW"), "give the year or the IRI"),
])
def test_a_question_the_store_cannot_answer_exits_2(fixture_store_url, command, message):
    result = runner.invoke(app, [*command, "--store", fixture_store_url], env={"COLUMNS": "300"})
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())


@pytest.mark.parametrize("command, vietnamese", [
    ("extract", "Trích xuất trích dẫn"), ("serve", "Chạy trang web"), ("trace", "Truy vết thực hiện"),
    ("gaps", "Nơi chưa có văn bản thực hiện"), ("matrix", "Bảng tỉnh × văn bản"),
    ("lag", "Độ trễ thực hiện"), ("search", "Tìm văn bản"), ("show", "Xem văn bản"),
    ("issuer", "Cơ quan ban hành"), ("unit", "Đơn vị hành chính"), ("load", "Nạp bài báo vào đồ thị"),
    ("unload", "Gỡ bài báo khỏi đồ thị"), ("stats", "Thống kê"), ("export", "Xuất đồ thị"),
    ("validate", "Kiểm tra đồ thị"),
])
def test_every_command_is_named_in_vietnamese_first(command, vietnamese):
    import api.cli_extract  # noqa: F401
    listing = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    described = {line.split()[1]: line.split(maxsplit=2)[2] for line in listing.splitlines()
                 if line.startswith("│ ") and len(line.split()) > 2}
    assert described[command].startswith(vietnamese)


def test_help_reflows_a_docstring_to_the_terminal():
    """Regression: a docstring's own line breaks were kept, so the help broke mid-sentence
    ("… the others go / on; the exit status / is 1 …") at any terminal width."""
    import api.cli_extract  # noqa: F401
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "the others go on; the exit status is 1 if any failed" in result.output

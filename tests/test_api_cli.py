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

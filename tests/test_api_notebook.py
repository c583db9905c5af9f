"""notebooks/analysis.ipynb runs from top to bottom on the samples (so it cannot rot), with the
kernel of the Python running the tests (jupyter_client starts `python` as this interpreter)."""
from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

NOTEBOOK = REPO / "notebooks" / "analysis.ipynb"


@pytest.mark.slow
def test_the_notebook_answers_trace_gaps_and_lag():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(REPO)}}).execute()
    outputs = ["".join(o.get("text", "") for o in cell.get("outputs", [])) for cell in notebook.cells
               if cell.cell_type == "code"]
    assert "5 loaded, 0 unchanged, 0 failed" in outputs[0]
    assert "Chương trình hành động 26-CTr/TU" in outputs[1] and "Kế hoạch 73-KH/QU" in outputs[1]
    assert "2011-12-01: 3 with a document, 1 with articles but no document found, 59 without any article" in outputs[2]
    assert "2025-08-01: 34 provinces" in outputs[3]
    plots = [o for o in notebook.cells[-1].outputs if "image/png" in o.get("data", {})]
    assert len(plots) == 1 and "median" in outputs[4]

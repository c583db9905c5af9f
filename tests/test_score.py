"""The annotated development corpus, scored by ../shared/tools/score.py as the issue asks:
documents_f1 >= 0.95 and relations_f1 >= 0.90, so a regression fails the suite."""
import re
import subprocess
import sys

from tests.conftest import REPO, SHARED

SCORER = SHARED / "tools" / "score.py"


def test_dev_corpus_scores(dev_corpus):
    result = subprocess.run(
        [sys.executable, str(SCORER), str(dev_corpus), "--run", f"{REPO / '.venv' / 'bin' / 'chithi'} extract"],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    scores = {k: float(v) for k, v in re.findall(r"(\w+_f1)=([\d.]+)", summary)}
    assert scores["documents_f1"] >= 0.95, summary
    assert scores["relations_f1"] >= 0.90, summary

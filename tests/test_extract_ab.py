"""benchmarks.extract_ab: two trees timed alternately on the same articles, the head as a ratio of the base."""
import re
import subprocess
from pathlib import Path

import pytest

from benchmarks import extract_ab

ROOT = Path(__file__).resolve().parents[1]


def _in_git_checkout() -> bool:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _in_git_checkout(), reason="the base is exported with git archive: needs a git checkout")
def test_the_working_tree_against_head_prints_each_round_and_the_ratio_of_the_medians(capsys):
    assert extract_ab.main(["--base", "HEAD", "--articles", "4", "--rounds", "1", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "base HEAD, head working tree; 4 generated articles" in out
    rounds = re.findall(r"round (\d): base ([\d.]+) MB/s, head ([\d.]+) MB/s", out)
    assert [n for n, _, _ in rounds] == ["1"] and all(float(b) > 0 and float(h) > 0 for _, b, h in rounds)
    medians = re.search(r"medians: base ([\d.]+) MB/s per core, head ([\d.]+) MB/s per core; head = ([\d.]+) × base", out)
    base, head, ratio = map(float, medians.groups())
    # the ratio is of the unrounded medians; the MB/s are printed to 0.01, which on a slow machine (0.23 MB/s for
    # four articles) moves their quotient by more than 0.01 (2.057 printed, 2.043 from the rounded figures)
    rounding = head / base * (0.005 / base + 0.005 / head) + 0.0005
    assert ratio == pytest.approx(head / base, abs=rounding)


@pytest.mark.skipif(not _in_git_checkout(), reason="needs a git checkout")
def test_an_unknown_revision_is_git_s_error(tmp_path):
    with pytest.raises(subprocess.CalledProcessError):
        extract_ab._export("no-such-revision-of-chithi", tmp_path / "base")

"""The atheris targets of tests/fuzz/ (symbol and date parsers), each fuzzed for a bounded time.

CHITHI_FUZZ_SECONDS sets the time per target (default 20 s); a crash fails the test with the
fuzzer's traceback and leaves the crashing input in the test's tmp folder.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris cannot be imported on this machine")

from tests.fuzz.run import TARGETS, run_target  # noqa: E402

SECONDS = int(os.environ.get("CHITHI_FUZZ_SECONDS", "20"))


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz_target_survives_bounded_run(target: str, tmp_path: Path) -> None:
    result = run_target(target, SECONDS, tmp_path)
    crashes = sorted(p.name for p in tmp_path.glob("crash-*")) + sorted(
        p.name for p in tmp_path.glob("timeout-*"))
    assert result.returncode == 0 and not crashes, (
        f"{target} crashed ({crashes}):\n{result.stderr[-4000:]}")
    assert "Done" in result.stderr and "runs in" in result.stderr, result.stderr[-2000:]

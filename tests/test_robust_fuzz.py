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


@pytest.mark.slow
def test_fuzz_memory_limit_ignores_the_parents_memory(tmp_path: Path) -> None:
    """Regression: the fuzzer's memory limit counted the peak of the pytest process that started it
    (2.3 GB late in the suite), so both targets failed at once with "out-of-memory"."""
    parents_memory = bytearray(400 * 1024 * 1024)
    parents_memory[::4096] = b"\x01" * len(range(0, len(parents_memory), 4096))  # resident, not only reserved
    result = run_target("dates", 2, tmp_path, rss_limit_mb=300)
    assert result.returncode == 0 and "out-of-memory" not in result.stderr, result.stderr[-2000:]

"""Run the atheris targets of this folder for a bounded time each.

    .venv/bin/python tests/fuzz/run.py [--seconds 20] [TARGET …]

Each target mutates a copy of its seed sentences (seeds/NAME/) with tokens.dict; a crash
leaves its input in the work folder (crash-…) and the traceback on the target's stderr.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {path.stem.removeprefix("fuzz_"): path for path in sorted(HERE.glob("fuzz_*.py"))}


# libFuzzer reads its peak memory from getrusage, which a process started straight from a large
# parent inherits (Linux keeps the peak across fork and exec): started from pytest at 2.3 GB, a
# target "ran out" of its 2,048 MB at once. A small Python process in between starts the target
# from its own small memory.
_FROM_SMALL_PARENT = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


def run_target(name: str, seconds: int, workdir: Path,
               rss_limit_mb: int = 2048) -> subprocess.CompletedProcess[str]:
    """Fuzz one target for `seconds` in `workdir` (its corpus and any crash files go there)."""
    corpus = workdir / "corpus"
    shutil.copytree(HERE / "seeds" / name, corpus, dirs_exist_ok=True)
    command = [
        sys.executable, "-c", _FROM_SMALL_PARENT, sys.executable, str(TARGETS[name]),
        f"-max_total_time={seconds}", "-timeout=10", f"-rss_limit_mb={rss_limit_mb}",
        f"-dict={HERE / 'tokens.dict'}", f"-artifact_prefix={workdir}/", "-print_final_stats=1",
        str(corpus),
    ]
    # The limit only guards against a hang: a start on a machine with every core busy took
    # over 3 minutes of wall clock (a fuzzing run is 20 s).
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True,
                          timeout=seconds + 900)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"of {sorted(TARGETS)}")
    args = parser.parse_args()
    if unknown := set(args.targets) - set(TARGETS):
        parser.error(f"no such target: {', '.join(sorted(unknown))}")
    failed = 0
    for name in args.targets or sorted(TARGETS):
        workdir = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
        result = run_target(name, args.seconds, workdir)
        runs = [line for line in result.stderr.splitlines() if "number_of_executed_units" in line]
        print(f"{name}: exit {result.returncode}; {runs[0].split(':')[-1].strip() if runs else '?'} "
              f"inputs in {args.seconds} s; work folder {workdir}")
        if result.returncode != 0:
            failed += 1
            print(result.stderr[-4000:])
        else:
            shutil.rmtree(workdir)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

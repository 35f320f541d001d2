"""How long a `desk` command takes from process start to exit, on the demo folder, against a bare Python.
Run: `uv run python bench/cli_start.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr.

Each command runs as a user (or a script, or the e2e suite) runs it: a new `python -m desk` process. Figures are the
median wall time of RUNS runs after one warm-up, and the median CPU time (user + system) of the same runs, which a
shared machine disturbs less.

- `cli_version_s`: `desk --version` (every command's parser built, nothing heavy imported).
- `cli_due_s`: `desk due` on the demo (the database layer, the models, the folder opened, every deadline derived).
- `cli_python_s`: `python -c pass`, the floor no command can go under."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from fixture import DATA, log

from desk.demo import fill_demo
from desk.workspace import Workspace

DEMO = DATA / "cli-demo"
TODAY = date(2026, 11, 23)


def demo_folder() -> Path:
    if not (DEMO / "desk.sqlite3").exists():
        log(f"building the demo in {DEMO}")
        with Workspace.open(DEMO, actor="bench") as ws:
            fill_demo(ws, TODAY)
    return DEMO


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `cmd` over `runs` runs, after one warm-up."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    env["PYTHONPYCACHEPREFIX"] = str(DATA / "pycache")
    walls, cpus = [], []
    for run in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if run:
            walls.append(wall)
            cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5 runs of each instead of 15")
    runs = 5 if parser.parse_args().quick else 15
    folder = demo_folder()
    desk = [sys.executable, "-m", "desk"]
    figures = {
        "python": timed([sys.executable, "-c", "pass"], runs),
        "version": timed([*desk, "--version"], runs),
        "due": timed([*desk, "--data", str(folder), "due", "--today", TODAY.isoformat()], runs),
    }
    for name, (wall, cpu) in figures.items():
        log(f"  {name}: {wall:.3f} s, {cpu:.3f} s of CPU")
        print(f"cli_{name}_s {wall:.3f} s")
        print(f"cli_{name}_cpu_s {cpu:.3f} s")


if __name__ == "__main__":
    main()

"""Start-up time on a data folder holding 1,000,000 order lines, against a bare PySide6 window: from process start
to the main window's first paint (`shown`, the target), and to its first page painted with rows (`ready`).
Run: `uv run python bench/startup.py [--quick]`. Figures go to stdout as `NAME VALUE UNIT`; progress to stderr."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from fixture import DATA, data_folder, log

TIMEOUT = 60.0
# The same first-paint probe as desk's (both modules import nothing but Qt), on a bare window.
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from desk.ui.first_paint import after_first_paint
from desk.ui.startup_probe import report_ready_and_quit, report_shown
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare window"))
window.resize(1280, 800)
after_first_paint(window, lambda: (report_shown(), report_ready_and_quit()))
window.show()
app.exec()
"""


def peak_rss(pid: int) -> float:
    """A process's peak resident memory so far in MB (Linux's VmHWM), 0 where unknown. Not getrusage: on Linux a
    child's ru_maxrss starts from the parent's size at fork, and this parent holds the fixture it just built."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)


def run_once(cmd: list[str], page: str | None) -> tuple[float, float, float]:
    """Seconds from spawn to the child's `shown` and `ready` lines, and its peak RSS (MB) by then. Each run gets a
    fresh HOME and XDG_CONFIG_HOME, so QSettings start empty (as on a fresh install) or hold only the page to start
    on."""
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryFile() as err:
        config = Path(home, ".config")
        if page:
            (config / "Desk").mkdir(parents=True)
            (config / "Desk" / "Desk.conf").write_text(f"[window]\npage={page}\n")
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": str(config), "DESK_EXIT_WHEN_SHOWN": "1"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed app has its bytecode compiled; without it each start compiles SQLAlchemy again (+1.4 s).
        # The caches go to bench/data/, not into the virtualenv, whatever PYTHONDONTWRITEBYTECODE says here.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(DATA / "pycache")
        seen: dict[bytes, float] = {}
        rss: list[float] = [0.0]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)

        def read() -> None:
            for line in proc.stdout or ():
                seen.setdefault(line.strip(), time.perf_counter())
                if line.strip() == b"ready":
                    rss[0] = peak_rss(proc.pid)  # it quits after this line

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(TIMEOUT)  # stdout closes when the child exits
        hung = reader.is_alive()
        if hung:
            proc.kill()
        proc.wait()
        err.seek(0)
        problem = err.read().decode(errors="replace")[-2000:]
    if hung or b"ready" not in seen or proc.returncode != 0:
        what = f"was still running after {TIMEOUT:.0f} s and was killed" if hung else f"exited with {proc.returncode}"
        sys.exit(
            f"{' '.join(cmd[:3])}… {what}, {'after' if b'shown' in seen else 'before'} showing its window\n{problem}"
        )
    return seen[b"shown"] - start, seen[b"ready"] - start, rss[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20,000 lines and 2 runs each")
    quick = parser.parse_args().quick
    n_lines, label, runs = (20_000, "20k", 2) if quick else (1_000_000, "1m", 5)
    folder = data_folder(n_lines, label)
    desk = [sys.executable, "-m", "desk", "--data", str(folder)]
    variants: dict[str, tuple[list[str], str | None]] = {
        "startup_bare_window": ([sys.executable, "-c", BARE], None),
        f"startup_desk_{label}_lines": (desk, None),  # the default page: Dashboard
        f"startup_desk_{label}_lines_orders": (desk, "orders"),  # the page listing orders, saved as last shown
    }
    times: dict[str, list[float]] = {}
    peak = 0.0
    for i in range(runs + 1):  # round 0 warms the OS file cache and bytecode for both sides; it is not counted
        for name, (cmd, page) in variants.items():
            shown, ready, rss = run_once(cmd, page)
            log(f"  {'warm-up' if i == 0 else f'run {i}'}: {name} shown {shown:.3f} s, ready {ready:.3f} s")
            if i:
                times.setdefault(f"{name}_shown", []).append(shown)
                times.setdefault(f"{name}_ready", []).append(ready)
                peak = max(peak, rss) if cmd is desk else peak
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["startup_bare_window_shown"]
    print(f"order_lines {n_lines} rows")
    print(f"startup_db_size {(folder / 'desk.sqlite3').stat().st_size / 1e6:.1f} MB")
    for name, seconds in median.items():
        if name != "startup_bare_window_ready":  # the bare window has no rows to read: the same as shown
            print(f"{name} {seconds:.3f} s")
    for suffix in ("", "_orders"):
        for moment in ("shown", "ready"):
            ratio = median[f"startup_desk_{label}_lines{suffix}_{moment}"] / bare
            print(f"startup_ratio{suffix}{'' if moment == 'shown' else '_ready'} {ratio:.2f} x")
    if peak:
        print(f"startup_desk_peak_rss {peak:.0f} MB")  # the most any desk child held by the time its rows showed


if __name__ == "__main__":
    main()

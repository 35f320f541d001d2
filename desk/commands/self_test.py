"""`desk self-test` (also `desk --self-test`): does this installation of Desk work? In a temporary folder it opens a
data folder (the migrations run), builds the demo and makes the claim packet of one demo dispute with `desk demo` and
`desk packet`, reads the PDF back and draws the main window offscreen; then it removes the folder. It exits 0 when
every step worked, else 1 with one line naming the step (the traceback of a bug goes to the log). The installer's
check runs it on the installed windowed `Desk.exe`, which has no console: there the exit code is the result."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from desk.commands import Commands

if TYPE_CHECKING:
    from desk.workspace import Workspace

P = ParamSpec("P")
R = TypeVar("R")

HELP = "check that this installation works: a demo claim packet in a temporary folder; exit 0 if all went well"


class SelfTestOption(argparse.Action):
    """`desk --self-test`, the same as `desk self-test`: an option is what an installer or a shortcut passes."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any, option: str | None = None) -> None:
        namespace.command, namespace.handler, namespace.needs_workspace = "self-test", _self_test, False


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("self-test", parents=[common], help=HELP)
    command.set_defaults(handler=_self_test, needs_workspace=False)


class _Failed(Exception):
    """A step failed: `step` says which, `__cause__` why."""

    def __init__(self, step: str) -> None:
        super().__init__(step)
        self.step = step


def _self_test(args: argparse.Namespace, data_dir: Path) -> int:
    return run_self_test(Path(tempfile.mkdtemp(prefix="desk-self-test-")), as_json=args.json)


def run_self_test(folder: Path, *, as_json: bool = False) -> int:
    """The self-test in `folder` (an empty one: it is removed at the end, whatever happens); the exit code."""
    started = time.monotonic()
    try:
        found = _steps(folder)
        _step("removing the temporary folder", shutil.rmtree, folder)
    except _Failed as failed:
        shutil.rmtree(folder, ignore_errors=True)
        return _report(failed, as_json=as_json)
    seconds = round(time.monotonic() - started, 1)
    from desk.commands.output import print_json  # not at import: `desk.cli` imports this module before any window

    if as_json:
        print_json({"passed": True, "seconds": seconds, **found})
    else:
        print(
            f"self-test passed in {seconds} s: the demo built, dispute {found['dispute']}'s claim packet made and "
            f"read back ({found['pages']} pages), the main window drawn"
        )
    return 0


def _steps(folder: Path) -> dict[str, int]:
    from desk.workspace import Workspace

    data, packet = folder / "data", folder / "packet.pdf"
    _step("checking the build runs Python in UTF-8 mode", _utf8_mode)
    _step("loading the team server's driver", _server_driver)
    with _step("opening a new data folder", Workspace.open, data) as ws:
        _step("building the demo", _command, ws, "demo")
        dispute = _step("choosing a demo dispute", _dispute_with_most_evidence, ws)
        said = _step("making a claim packet", _command, ws, "packet", str(dispute), "-o", str(packet), "--json")
    made = json.loads(said)
    parts = [Path(part["path"]) for part in made["files"]]
    pages = _step("reading the claim packet back", _pages, parts, made["pages"])
    _step("loading the window's translations", _translations)
    _step("drawing the main window", _draw_window, data, folder / "window.png")
    return {"dispute": dispute, "pages": pages}


def _utf8_mode() -> None:
    """A built Desk runs in Python's UTF-8 mode (packaging/desk.spec), so that files and pipes are UTF-8 whatever the
    Windows code page; from source it runs as the Python it is given."""
    if getattr(sys, "frozen", False) and not sys.flags.utf8_mode:
        raise RuntimeError("this build does not run Python in UTF-8 mode")


def _server_driver() -> None:
    """Team mode's PostgreSQL driver and its libpq load (a build could leave out the library psycopg finds at run
    time): SQLAlchemy's dialect is imported and libpq's version read."""
    import psycopg
    from sqlalchemy.dialects.postgresql import psycopg as dialect

    if psycopg.pq.version() < 100000 or dialect.dialect.driver != "psycopg":
        raise RuntimeError(f"libpq {psycopg.pq.version()} is too old for team mode")


def _step(step: str, do: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    try:
        return do(*args, **kwargs)
    except Exception as exc:
        raise _Failed(step) from exc


def _command(ws: Workspace, *argv: str) -> str:
    """`desk ARGV` on the open folder `ws`, through the command line's own parser and handler (so a command a build
    left out is found missing); what it printed. A command that fails raises with its last line."""
    from desk.commands import Parser, common_options, register_all

    parser = Parser(prog="desk")
    commands = parser.add_subparsers(dest="command")
    register_all(cast(Commands, commands), common_options())
    if argv[0] not in commands.choices:
        raise LookupError(f"this Desk has no `{argv[0]}` command")
    args = parser.parse_args(argv)
    with redirect_stdout(io.StringIO()) as out, redirect_stderr(io.StringIO()) as err:
        code = args.handler(args, ws)
    if code != 0:
        said = (err.getvalue() or out.getvalue()).strip().splitlines()
        raise RuntimeError(f"`desk {argv[0]}` exited {code}: {said[-1] if said else 'it said nothing'}")
    return out.getvalue()


def _dispute_with_most_evidence(ws: Workspace) -> int:
    """The demo dispute whose packet has the most exhibits: it exercises images and PDFs alike."""
    from sqlalchemy import func, select

    from desk.models import Dispute, EvidenceLink

    with ws.read() as session:
        count = func.count(EvidenceLink.id)
        query = (
            select(Dispute.id)
            .outerjoin(EvidenceLink, EvidenceLink.dispute_id == Dispute.id)
            .group_by(Dispute.id)
            .order_by(count.desc(), Dispute.id)
        )
        found = session.scalar(query.limit(1))
    if found is None:
        raise ValueError("the demo has no dispute")
    return int(found)


def _pages(parts: list[Path], made: int) -> int:
    """The pages pypdf reads in the packet's files: as many as were made, and text on the first of each."""
    from pypdf import PdfReader

    pages = 0
    for part in parts:
        reader = PdfReader(part, strict=True)
        pages += len(reader.pages)
        if not reader.pages[0].extract_text().strip():
            raise ValueError(f"{part.name}: its first page has no text")
    if pages == 0 or pages != made:
        raise ValueError(f"{pages} pages read in the claim packet, {made} made")
    return pages


def _translations() -> None:
    """Every language's catalogs load: Desk's own (resources/translations) and Qt's for the standard buttons (the
    build keeps them: packaging/desk.spec)."""
    from desk.ui.language import missing_catalogs

    missing = missing_catalogs()
    if missing:
        raise FileNotFoundError(f"translations missing or unreadable: {', '.join(str(p) for p in missing)}")


def _draw_window(data: Path, image: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, and nothing flashes on one
    from desk.ui.app import screenshot

    screenshot(data, image)
    if image.stat().st_size == 0:
        raise ValueError(f"{image.name} is empty")


def _report(failed: _Failed, *, as_json: bool) -> int:
    """One line: the step and what went wrong; a bug's traceback goes to the log. A bug's own words are shown too
    (`No module named …`): whoever runs a self-test is checking an installation, and they say what is missing."""
    from desk.commands.output import print_error
    from desk.errors import Problem, classify
    from desk.logs import log_bug, traceback_text

    cause = failed.__cause__ or failed
    problem = classify(cause)
    why = problem.message
    log = None
    if problem.is_bug:
        why = f"{type(cause).__name__}: {str(cause).splitlines()[0] if str(cause) else 'no message'}"
        log = log_bug(cause, f"running the self-test, {failed.step}")
        if log is None and not as_json:
            print(traceback_text(cause), file=sys.stderr)  # no log could be written: leave a trace somewhere
    print_error(Problem(problem.kind, f"self-test failed while {failed.step}: {why}"), log=log, as_json=as_json)
    return 1

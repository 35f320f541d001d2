"""`desk demo`, `desk verify`, `desk screenshot`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands, iso_date
from desk.commands.output import print_failure, print_json
from desk.common import format_size
from desk.language import words

if TYPE_CHECKING:
    from desk.audit_head import AuditHead
    from desk.verify import VerifyReport
    from desk.workspace import Workspace

PAGES_HELP = "dashboard, orders, disputes, refunds, deposits, accounts, evidence, suppliers, stores, rates, audit"


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(words.tr("{0!r} is not a size like 1280x800").format(text)) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(words.tr("{0}: width must be 320–7680 and height 240–4320").format(text))
    return width, height


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    demo = commands.add_parser("demo", parents=[common], help=words.tr("fill an empty data folder with demo data"))
    demo.add_argument("--today", type=iso_date, default=None, help=words.tr("the date the demo is built around"))
    demo.set_defaults(handler=_demo, needs_workspace=True)

    shot = commands.add_parser(
        "screenshot", parents=[common], help=words.tr("render the main window to a PNG file and exit")
    )
    shot.add_argument("--page", default="dashboard", help=words.tr("the page to show: {0}").format(PAGES_HELP))
    shot.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH", help=words.tr("window size (1280x800)"))
    shot.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    shot.set_defaults(handler=_screenshot, needs_workspace=False)

    verify = commands.add_parser(
        "verify", parents=[common], help=words.tr("re-hash every evidence file, check references and the audit chain")
    )
    verify.add_argument(
        "--progress", action="store_true", help=words.tr("show progress on stderr (the default on a terminal)")
    )
    verify.set_defaults(handler=_verify, needs_workspace=True)


def _demo(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.demo import fill_demo

    made = fill_demo(ws, args.today)
    print(words.tr("Demo data written to {0}: {1}").format(ws.root, made.describe()))
    return 0


def _screenshot(args: argparse.Namespace, data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed, and nothing flashes on one
    from desk.ui.app import screenshot

    written = screenshot(data_dir, args.output, args.page, args.size)
    print(words.tr("Wrote {0}").format(written))
    return 0


def _verify(args: argparse.Namespace, ws: Workspace) -> int:
    """Every problem on stderr, one line each, exit 1; a summary on stdout when all is well."""
    from desk.operations.checks import verify_data_folder

    report = verify_data_folder(ws, progress=_ProgressLine() if args.progress or sys.stderr.isatty() else None).report
    if args.json:
        print_json(_verify_json(report))
        if not report.ok:
            print_failure(_not_intact(ws.root, report), as_json=True)
        return 0 if report.ok else 1
    files, size = f"{report.files_checked:,}", format_size(report.bytes_checked)
    entries = f"{report.audit_entries:,}"
    if report.ok:
        print(words.tr("Vault: {0} files, {1} re-hashed, all intact.").format(files, size))
        if report.unreferenced:
            print(
                words.tr(
                    "  ({0} vault files no evidence names: left by deleted evidence or an add cut short; harmless)"
                ).format(len(report.unreferenced))
            )
        if report.head is None:
            print(words.tr("Audit log: {0} entries, chain intact.").format(entries))
        else:
            print(words.tr("Audit log: {0} entries, chain intact; {1}.").format(entries, _last_entry(report.head)))
        if report.head_note:
            print(f"  ({report.head_note})")
        return 0
    for problem in report.file_problems:
        print(problem.describe(), file=sys.stderr)
    for reference in report.reference_problems:
        print(reference, file=sys.stderr)
    chain = [b for b in report.breaks if b not in report.incomplete]
    if chain:
        first = chain[0]
        print(words.tr("Audit log broken at entry {0}: {1}").format(first.entry_id, first.problem), file=sys.stderr)
        more = len(chain) - 1
        if more:
            print(words.tr("(%n more problem(s) after it)", "", more), file=sys.stderr)
    for gap in report.incomplete:
        print(f"{gap.problem[0].upper()}{gap.problem[1:]}.", file=sys.stderr)
    if report.incomplete:
        print(
            words.tr(
                "(If the database was put back from an earlier copy on purpose, the entries after that copy are what "
                "is missing.)"
            ),
            file=sys.stderr,
        )
    if report.head is None:
        print(words.tr("Audit log: {0} entries.").format(entries))
    else:
        print(words.tr("Audit log: {0} entries; {1}.").format(entries, _last_entry(report.head)))
    if report.head_note:
        print(f"  ({report.head_note})")
    return 1


def _last_entry(head: AuditHead) -> str:
    return words.tr("the last is entry {0} of {1}, hash {2}").format(f"{head.last:,}", head.when(), head.hash)


def _not_intact(root: Path, report: VerifyReport) -> str:
    n = len(report.file_problems) + len(report.reference_problems) + len(report.breaks)
    return words.tr("{0} is not intact: {1} problem(s)", "", n).format(root, n)


def _verify_json(report: VerifyReport) -> dict[str, object]:
    return {
        "ok": report.ok,
        "files_checked": report.files_checked,
        "bytes_checked": report.bytes_checked,
        "audit_entries": report.audit_entries,
        "audit_head": None
        if report.head is None
        else {"last": report.head.last, "hash": report.head.hash, "at": report.head.at.isoformat()},
        "audit_head_note": report.head_note,
        "file_problems": [
            {"evidence": f.evidence_id, "name": f.name, "cases": list(f.cases), "problem": f.problem}
            | {"text": f.describe()}
            for f in report.file_problems
        ],
        "reference_problems": list(report.reference_problems),
        "audit_breaks": [{"entry": b.entry_id, "problem": b.problem} for b in report.breaks],
        "unreferenced": list(report.unreferenced),
    }


class _ProgressLine:
    """`verifying: 42 %` on one line of stderr (the vault's bytes and the audit log's entries on one scale),
    redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        sys.stderr.write("\r" + words.tr("verifying: {0} %").format(f"{100 * done // max(total, 1):3d}"))
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

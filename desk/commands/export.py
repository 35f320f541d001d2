"""`desk export -o FILE.zip` (the bundle for our lawyer) and `desk verify-bundle FILE.zip` (is every file in it as
its manifest says)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands, iso_date
from desk.commands.output import print_failure, print_json, print_lines
from desk.common import format_size
from desk.language import words

if TYPE_CHECKING:
    from desk.common import Progress
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help=words.tr("a .zip for our lawyer: summary PDF, tables, evidence, manifest")
    )
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.zip")
    export.add_argument(
        "--case", action="append", default=[], metavar="CASE",
        help=words.tr("an order (aliexpress:8179…), a dispute id (12) or refund:N; repeat for more (default: every "
                      "order)"),
    )  # fmt: skip
    export.add_argument("--from", dest="date_from", type=iso_date, default=None, metavar="DATE",
                        help=words.tr("only orders placed on or after DATE"))  # fmt: skip
    export.add_argument("--to", dest="date_to", type=iso_date, default=None, metavar="DATE",
                        help=words.tr("only orders placed on or before DATE"))  # fmt: skip
    export.set_defaults(handler=_export, needs_workspace=True)

    verify = commands.add_parser(
        "verify-bundle", parents=[common], help=words.tr("check a bundle made by `desk export` against its manifest")
    )
    verify.add_argument("bundle", type=Path, metavar="FILE.zip")
    verify.add_argument(
        "--key", default=None, metavar="FINGERPRINT",
        help=words.tr("the fingerprint of the key the bundle must be signed with, as its sender gave it"),
    )  # fmt: skip
    verify.set_defaults(handler=_verify, needs_workspace=False)


def _export(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.evidence.cases import parse_case
    from desk.operations.bundles import ExportBundle, export_bundle

    with ws.read() as session:
        cases = tuple(parse_case(session, text) for text in args.case)
    request = ExportBundle(args.output, cases, args.date_from, args.date_to)
    result = export_bundle(ws, request, progress=_progress_on_terminal())
    if args.json:
        print_json(
            {
                "path": str(result.path),
                "files": result.files,
                "size": result.size,
                "cases": result.cases,
                "manifest_sha256": result.manifest_sha256,
                "key_fingerprint": result.key_fingerprint,
            }
        )
    else:
        print_lines(
            [
                words.tr("wrote {0}: {1} files and the manifest, {2}, {3} disputes").format(
                    result.path, result.files, format_size(result.size), result.cases
                ),
                words.tr("manifest sha256 {0} (note it: it proves later that the bundle is the one you sent)").format(
                    result.manifest_sha256
                ),
                words.tr(
                    "signed with the key {0} (give counsel this fingerprint by another way than the bundle)"
                ).format(result.key_fingerprint)
                if result.key_fingerprint
                else words.tr("not signed: {0}").format(result.unsigned_because),
            ]
        )
    return 0


def _progress_on_terminal() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{100 * done // max(total, 1):3d} %")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _verify(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.operations.bundles import VerifyBundle, verify_bundle

    result = verify_bundle(VerifyBundle(args.bundle, args.key), progress=_progress_on_terminal())
    if args.json:
        print_json(
            {
                "bundle": str(args.bundle),
                "intact": result.intact,
                "files": result.files,
                "problems": result.problems,
                "manifest_sha256": result.manifest_sha256,
                "key_fingerprint": result.key_fingerprint,
                "key_matches": result.key_matches,
            }
        )
    else:
        if not result.intact:
            print_lines(list(result.problems))
        else:
            print(words.tr("intact: {0} files, the manifest signed and unchanged since").format(result.files))
        if result.manifest_sha256:
            print(words.tr("manifest sha256 {0}").format(result.manifest_sha256))
        if result.key_fingerprint:
            checked = {
                True: words.tr("the key expected"),
                False: words.tr("NOT the key expected"),
                None: words.tr("compare it with the fingerprint the sender gave you, or give it with --key"),
            }[result.key_matches]
            print(words.tr("signed with the key {0} ({1})").format(result.key_fingerprint, checked))
    if not result.intact:
        print_failure(result.message, as_json=args.json)
    return 0 if result.intact else 1

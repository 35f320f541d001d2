"""`desk packet DISPUTE -o FILE.pdf [--destination CODE]`: the claim packet for a dispute, split into numbered parts
when the destination caps uploads; `desk packet --destinations`: where a packet can go, with its limits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, iso_date
from desk.commands.output import print_json, print_lines
from desk.common import format_size
from desk.language import words

if TYPE_CHECKING:
    from desk.common import Progress
    from desk.operations.packets import PacketMade
    from desk.workspace import Workspace


class _ListDestinations(argparse.Action):
    """`--destinations` needs no data folder: it switches the handler before the folder would be opened."""

    def __call__(self, parser: Any, namespace: argparse.Namespace, values: Any, option: str | None = None) -> None:
        namespace.handler, namespace.needs_workspace = _destinations, False


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    packet = commands.add_parser(
        "packet",
        parents=[common],
        help=words.tr("the claim packet for a dispute: a PDF, in parts under a destination's limits"),
    )
    packet.add_argument(
        "case",
        nargs="?",
        default=None,
        metavar="DISPUTE",
        help=words.tr("a dispute id (12) or dispute:12; or a deposit application: deposit:3"),
    )
    packet.add_argument(
        "-o", "--output", type=Path, default=None, metavar="FILE.pdf", help=words.tr("where to write it")
    )
    packet.add_argument(
        "--destination",
        default=None,
        metavar="CODE",
        help=words.tr("where it goes (see --destinations; default: platform)"),
    )
    packet.add_argument(
        "--today", type=iso_date, default=None, metavar="DATE", help=words.tr("the packet's date (today)")
    )
    packet.add_argument(
        "--destinations", nargs=0, action=_ListDestinations, help=words.tr("list the destinations and exit")
    )
    packet.set_defaults(handler=_packet, needs_workspace=True)


def _dispute_id(ws: Workspace, text: str) -> int:
    """The dispute DISPUTE names; anything else is refused, saying what it is."""
    from desk.errors import DeskError
    from desk.evidence.cases import parse_case

    with ws.read() as session:
        case = parse_case(session, text)
    if case.kind != "dispute":
        raise DeskError(
            words.tr("{0!r} is {1} {2}, not a dispute: a claim packet is made for a dispute").format(
                text, case.kind, case.label
            )
        )
    return case.id


def _packet(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.operations.packets import MakeClaimPacket, make_claim_packet
    from desk.reports.destinations import default_destination, destination

    if args.case is None or args.output is None:
        raise DeskError(words.tr("give the dispute and the file: desk packet DISPUTE -o FILE.pdf (or --destinations)"))
    if args.case.strip().partition(":")[0].lower() == "deposit":
        return _deposit_packet(args, ws)
    chosen = destination(args.destination) if args.destination else default_destination()
    dispute_id = _dispute_id(ws, args.case)
    request = MakeClaimPacket(dispute_id, args.output, chosen.code, args.today)
    result = make_claim_packet(ws, request, progress=_progress())
    sizes = [(path, path.stat().st_size) for path in result.parts]
    files = [{"path": str(path), "size": size} for path, size in sizes]
    if args.json:
        print_json(
            {
                "dispute": dispute_id,
                "destination": chosen.code,
                "audience": chosen.audience,
                "files": files,
                "pages": result.pages,
                "first_page": result.numbers[0],
                "last_page": result.numbers[1],
                "exhibits": result.exhibits,
                "size": result.size,
                "pdfa": not result.not_archival,
            }
        )
        return 0
    lines = [f"{path}  {format_size(size)}" for path, size in sizes]
    lines.append(
        words.tr("dispute {0}: {1} pages, {2} exhibits, {3} in %n file(s), for {4} ({5})", "", len(files)).format(
            dispute_id, result.pages, result.exhibits, format_size(result.size), chosen.name, chosen.describe_limits()
        )
    )
    lines.append(_numbered(result))
    if chosen.for_counsel:
        lines.append(
            words.tr("For counsel: it includes internal notes and evidence; do not send it to the other side.")
        )
    if result.not_archival:
        lines.append(result.not_archival)
    print_lines(lines)
    return 0


def _deposit_packet(args: argparse.Namespace, ws: Workspace) -> int:
    """`desk packet deposit:N -o FILE.pdf`: the application's cover, checklist and documents, for the platform."""
    from desk.errors import DeskError
    from desk.operations.packets import MakeDepositPacket, make_deposit_packet

    number = args.case.strip().partition(":")[2].strip()
    if not number.isdigit():
        raise DeskError(words.tr("{0!r}: give the deposit application as deposit:N, e.g. deposit:1").format(args.case))
    request = MakeDepositPacket(int(number), args.output, args.destination, args.today)
    result = make_deposit_packet(ws, request, progress=_progress())
    path, size = result.parts[0], result.size
    if args.json:
        print_json(
            {
                "deposit": int(number),
                "files": [{"path": str(path), "size": size}],
                "pages": result.pages,
                "first_page": result.numbers[0],
                "last_page": result.numbers[1],
                "documents": result.exhibits,
                "size": size,
                "pdfa": not result.not_archival,
            }
        )
        return 0
    lines = [
        f"{path}  {format_size(size)}",
        words.tr("deposit {0}: {1} pages, {2} documents").format(number, result.pages, result.exhibits),
        _numbered(result),
    ]
    print_lines([*lines, result.not_archival] if result.not_archival else lines)
    return 0


def _numbered(result: PacketMade) -> str:
    """Where its page numbers sit in the business's register (`desk register`)."""
    return words.tr("numbered {0}–{1}, kept in the Bates register (desk register)").format(*result.numbers)


def _progress() -> Progress | None:
    """Progress on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        said = "\r" + words.tr("making the packet… {0}/{1}").format(done, total)
        print(said, end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _destinations(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.reports.destinations import destinations

    found = destinations()
    if args.json:
        print_json(
            [
                {
                    "code": d.code,
                    "name": d.name,
                    "per_file_bytes": d.per_file_bytes,
                    "per_case_bytes": d.per_case_bytes,
                    "max_files": d.max_files,
                    "pages_per_file": d.pages_per_file,
                    "image_dpi": d.image_dpi,
                    "audience": d.audience,
                    "default": n == 0,
                    "source": d.source,
                    "assumption": d.assumption,
                    "note": d.note,
                }
                for n, d in enumerate(found)
            ]
        )
        return 0
    print_lines(_describe(found))
    return 0


def _describe(found: Sequence[Any]) -> list[str]:
    width = max(len(d.code) for d in found)
    lines = []
    for n, d in enumerate(found):
        if d.image_dpi is not None:
            about = words.tr("{0}: {1}; photos at {2} dpi; audience {3}").format(
                d.name, d.describe_limits(), d.image_dpi, d.audience
            )
        else:
            about = words.tr("{0}: {1}; audience {2}").format(d.name, d.describe_limits(), d.audience)
        default = "  " + words.tr("(default)") if n == 0 else ""
        lines.append(f"{d.code:<{width}}  {about}{default}")
        assumption = "  " + words.tr("[assumption]") if d.assumption else ""
        lines.append(f"{'':<{width}}  " + words.tr("source: {0}").format(d.source) + assumption)
        if d.note:
            lines.append(f"{'':<{width}}  " + words.tr("check: {0}").format(d.note))
    return lines

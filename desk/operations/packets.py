"""Packets: the claim packet of a dispute (`desk packet DISPUTE`, Claim Packet…) and the packet of a deposit refund
application (`desk packet deposit:N`).

    made = make_claim_packet(ws, MakeClaimPacket(4, Path("packet.pdf"), "paypal"), progress=bar, cancelled=stop)
    made.parts   # (packet-part1.pdf, packet-part2.pdf) when the destination's limits split it

The file's place is checked before any work. A claim packet first gives the dispute's exhibits that have none their
labels, in a write transaction of their own (labels once given are kept, so every packet, letter and bundle names
an exhibit alike); the packet is then made from a read (`desk.reports` only reads). A packet that is refused or
cancelled writes no file; labels given before stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.common import Cancelled, Progress
from desk.disputes.exhibits import label_exhibits
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.operations import Record, Result, changed
from desk.reports.claim_packet import PacketFiles, Steps, claim_packet
from desk.reports.deposit_packet import deposit_packet
from desk.reports.deposit_packet import gather as gather_deposit
from desk.reports.destinations import Destination, default_destination, destination
from desk.reports.packet_facts import gather
from desk.reports.target import check_target
from desk.workspace import Workspace


@dataclass(frozen=True)
class MakeClaimPacket:
    dispute_id: int
    out: Path
    destination: str | Destination | None = None  # a code of `destinations()`; None: the default (the platform)
    today: date | None = None  # the packet's date; None: today


@dataclass(frozen=True)
class MakeDepositPacket:
    application_id: int
    out: Path
    destination: str | None = None  # a deposit packet goes to the platform only: None or the default's code
    today: date | None = None


@dataclass(frozen=True, kw_only=True)
class PacketMade(Result):
    """`parts`: the files written (one, or FILE-part1.pdf … when split); `exhibits`: the exhibits (a deposit
    packet's documents) in them; `size`: bytes of all parts."""

    parts: tuple[Path, ...]
    pages: int
    exhibits: int
    size: int


def make_claim_packet(
    ws: Workspace, request: MakeClaimPacket, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PacketMade:
    dest = _destination(request.destination)
    out = check_target(request.out)
    today = request.today or date.today()
    step = Steps(f"dispute {request.dispute_id}", 3, progress, cancelled)
    step.check()
    with ws.write() as session:  # labels first (kept from then on), so the packet and any letter agree
        given = label_exhibits(session, get_dispute(session, request.dispute_id))
    with ws.read() as session:
        facts = gather(session, request.dispute_id, for_counsel=dest.for_counsel, today=today, destination=dest.name)
    files = claim_packet(facts, ws.vault, out, dest, step)
    what = f"the claim packet for dispute {request.dispute_id}"
    return _made(files, what, "exhibit", changed(Record.EVIDENCE) if given else frozenset())


def make_deposit_packet(
    ws: Workspace, request: MakeDepositPacket, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PacketMade:
    platform = default_destination()
    if request.destination not in (None, platform.code):
        raise DeskError(
            f"a deposit packet goes to the platform only (it is never split and holds no internal evidence): "
            f"it cannot be made for {request.destination!r}"
        )
    out = check_target(request.out)
    step = Steps(f"deposit {request.application_id}", 3, progress, cancelled)
    step.check()
    with ws.read() as session:
        facts = gather_deposit(session, request.application_id)
    files = deposit_packet(facts, ws.vault, out, request.today or date.today(), step)
    return _made(files, f"the packet of deposit application {request.application_id}", "document", frozenset())


def _destination(chosen: str | Destination | None) -> Destination:
    if isinstance(chosen, Destination):
        return chosen
    return destination(chosen) if chosen else default_destination()


def _made(files: PacketFiles, what: str, item: str, records: frozenset[Record]) -> PacketMade:
    count = len(files.parts)
    where = f"{count} files" if count > 1 else str(files.parts[0])
    message = (
        f"Made {what}: {files.pages} page{'s' if files.pages != 1 else ''}, {files.exhibits} "
        f"{item}{'s' if files.exhibits != 1 else ''}, in {where}."
    )
    return PacketMade(
        changed=records,
        message=message,
        parts=files.parts,
        pages=files.pages,
        exhibits=files.exhibits,
        size=files.size,
    )

"""Packets: the claim packet of a dispute (`desk packet DISPUTE`, Claim Packet…) and the packet of a deposit refund
application (`desk packet deposit:N`).

    made = make_claim_packet(ws, MakeClaimPacket(4, Path("packet.pdf"), "paypal"), progress=bar, cancelled=stop)
    made.parts   # (packet-part1.pdf, packet-part2.pdf) when the destination's limits split it

The file's place is checked before any work. A claim packet first gives the dispute's exhibits that have none their
labels, in a write transaction of their own (labels once given are kept, so every packet, letter and bundle names
an exhibit alike); the packet is then made from a read (`desk.reports` only reads). A packet that is refused or
cancelled writes no file; labels given before stay.

Every packet is a production with page numbers of its own, unique across the business: it is laid out from the
register's next free number and recorded in the register (`desk.evidence.productions`) once its files are written,
all or nothing: a packet refused, cancelled or not recorded takes no numbers and leaves no file. When another packet
took those numbers meanwhile, it is laid out again from the next free ones.

    saved = save_register(ws, SaveRegister(Path("register.csv")))   # every production and exhibit, as CSV"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from desk.common import Cancelled, Progress
from desk.disputes.exhibits import label_exhibits
from desk.disputes.lifecycle import get_dispute
from desk.errors import DeskError
from desk.evidence.productions import NumbersTaken, Produced, ProducedItem, next_free_number, record_production
from desk.files import remove_file
from desk.language import english, words
from desk.operations import Record, Result, changed
from desk.reports.bates import Numbering
from desk.reports.bates_register import register_csv
from desk.reports.claim_packet import PacketFiles, Steps, claim_packet
from desk.reports.deposit_packet import deposit_packet
from desk.reports.deposit_packet import gather as gather_deposit
from desk.reports.destinations import Destination, default_destination, destination
from desk.reports.document import write_atomically
from desk.reports.packet_facts import gather
from desk.reports.pdfa_pages import note as archival_note
from desk.reports.stamping import bates
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
    packet's documents) in them; `size`: bytes of all parts; `not_archival`: empty when every part is PDF/A, else
    the sentence saying which exhibit keeps it from being so, and why."""

    parts: tuple[Path, ...]
    pages: int
    exhibits: int
    size: int
    not_archival: str = ""
    first_number: int = 1  # the page numbers it took from the business's register
    last_number: int = 1
    numbers: tuple[str, str] = ("", "")  # the same as stamped on its first and last page: ("DESK000020", …)


def make_claim_packet(
    ws: Workspace, request: MakeClaimPacket, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PacketMade:
    dest = _destination(request.destination)
    out = check_target(request.out)
    today = request.today or date.today()
    step = Steps(words.tr("dispute {0}").format(request.dispute_id), 3, progress, cancelled)
    step.check()
    with ws.write() as session:  # labels first (kept from then on), so the packet and any letter agree
        given = label_exhibits(session, get_dispute(session, request.dispute_id))
    # The packet's words are English whatever the window speaks (the core's words among them: a deadline's detail).
    with ws.read() as session, english():
        facts = gather(session, request.dispute_id, for_counsel=dest.for_counsel, today=today, destination=dest.name)
        first = next_free_number(session)

    def make(numbering: Numbering) -> tuple[PacketFiles, Produced]:
        with english():
            files = claim_packet(replace(facts, numbering=numbering), ws.vault, out, dest, step)
        produced = _produced(
            files, numbering, facts.bates_prefix, [(e.evidence_id, e.label, e.name) for e in facts.exhibits]
        )
        return files, replace(
            produced, dispute_id=facts.dispute_id, case=facts.name, destination=dest.name, made_on=today
        )

    files, produced = _produce(ws, first, make)
    records = changed(Record.EVIDENCE) if given else frozenset()
    return _made(files, _claim_packet_made(request.dispute_id, files, produced), records, produced)


def make_deposit_packet(
    ws: Workspace, request: MakeDepositPacket, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> PacketMade:
    platform = default_destination()
    if request.destination not in (None, platform.code):
        raise DeskError(
            words.tr(
                "a deposit packet goes to the platform only (it is never split and holds no internal evidence): "
                "it cannot be made for {0!r}"
            ).format(request.destination)
        )
    out = check_target(request.out)
    step = Steps(words.tr("deposit {0}").format(request.application_id), 3, progress, cancelled)
    step.check()
    today = request.today or date.today()
    with ws.read() as session, english():
        facts = gather_deposit(session, request.application_id)
        first = next_free_number(session)
    documents = [(f.evidence_id, f.label, f.name) for doc in facts.documents for f in doc.files]

    def make(numbering: Numbering) -> tuple[PacketFiles, Produced]:
        with english():
            files = deposit_packet(replace(facts, numbering=numbering), ws.vault, out, today, step)
        produced = _produced(files, numbering, facts.bates_prefix, documents)
        # The register's name for it (a document, and the register's CSV): English, as the packet is.
        case = f"Deposit application {facts.application_id} — {facts.platform} store {facts.store}"
        return files, replace(
            produced, application_id=facts.application_id, case=case, destination=platform.name, made_on=today
        )

    files, produced = _produce(ws, first, make)
    return _made(files, _deposit_packet_made(request.application_id, files, produced), frozenset(), produced)


TRIES = 3  # layouts from a newer next free number, when other packets keep taking the numbers meanwhile


def _produce(
    ws: Workspace, first: int, make: Callable[[Numbering], tuple[PacketFiles, Produced]]
) -> tuple[PacketFiles, Produced]:
    """Make the packet from `first` and record it; all or nothing: its files go when it cannot be recorded."""
    for _ in range(TRIES):
        files, produced = make(Numbering(first))
        try:
            with ws.write() as session:
                record_production(session, produced, ws.actor)
        except NumbersTaken as taken:
            first = taken.next_free  # the next layout writes over these files
            continue
        except BaseException:
            _remove(files.parts)
            raise
        return files, produced
    _remove(files.parts)
    raise DeskError(
        words.tr(
            "other packets were being made at the same time and kept taking the page numbers; nothing was "
            "written: make this packet again"
        )
    )


def _remove(paths: tuple[Path, ...]) -> None:
    for path in paths:
        remove_file(path)


def _produced(files: PacketFiles, numbering: Numbering, prefix: str, exhibits: list[tuple[int, str, str]]) -> Produced:
    """The production `files` are, numbered by `numbering`; whose it is and where it goes are the caller's."""
    items = [
        ProducedItem(evidence_id, label, name, numbers.first, numbers.last, numbers.pages)
        for (evidence_id, label, name), numbers in zip(exhibits, numbering.exhibits, strict=True)
        if numbers is not None
    ]
    last = numbering.first + files.pages - 1
    name = files.parts[0].name if len(files.parts) == 1 else ", ".join(p.name for p in files.parts)
    return Produced(None, None, "", "", prefix, numbering.first, last, len(files.parts), name, date.min, items)


def _destination(chosen: str | Destination | None) -> Destination:
    if isinstance(chosen, Destination):
        return chosen
    return destination(chosen) if chosen else default_destination()


def _where(files: PacketFiles) -> str:
    count = len(files.parts)
    return words.tr("%n files", "", count) if count > 1 else str(files.parts[0])


def _numbers(produced: Produced) -> str:
    return f"{bates(produced.prefix, produced.first)}–{bates(produced.prefix, produced.last)}"


def _claim_packet_made(dispute_id: int, files: PacketFiles, produced: Produced) -> str:
    # Two counts in one sentence: each is a plural text of its own ("%n page(s)"), put into the sentence whole.
    pages = words.tr("%n page(s)", "", files.pages)
    exhibits = words.tr("%n exhibit(s)", "", files.exhibits)
    return words.tr("Made the claim packet for dispute {0}: {1} numbered {2}, {3}, in {4}.").format(
        dispute_id, pages, _numbers(produced), exhibits, _where(files)
    )


def _deposit_packet_made(application_id: int, files: PacketFiles, produced: Produced) -> str:
    pages = words.tr("%n page(s)", "", files.pages)
    documents = words.tr("%n document(s)", "", files.exhibits)
    return words.tr("Made the packet of deposit application {0}: {1} numbered {2}, {3}, in {4}.").format(
        application_id, pages, _numbers(produced), documents, _where(files)
    )


def _made(files: PacketFiles, said: str, records: frozenset[Record], produced: Produced) -> PacketMade:
    not_archival = archival_note(files.parts)
    message = said + (f" {not_archival}" if not_archival else "")
    return PacketMade(
        changed=records,
        message=message,
        parts=files.parts,
        pages=files.pages,
        exhibits=files.exhibits,
        size=files.size,
        not_archival=not_archival,
        first_number=produced.first,
        last_number=produced.last,
        numbers=(bates(produced.prefix, produced.first), bates(produced.prefix, produced.last)),
    )


@dataclass(frozen=True)
class SaveRegister:
    out: Path  # a .csv file


@dataclass(frozen=True, kw_only=True)
class RegisterSaved(Result):
    path: Path
    productions: int


def save_register(
    ws: Workspace, request: SaveRegister, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> RegisterSaved:
    """The Bates register (every packet made, its page numbers and its exhibits') as a CSV file."""
    out = check_target(request.out, suffix=".csv")
    with ws.read() as session, english():
        data, count = register_csv(session)
    write_atomically(out, data)
    said = (
        words.tr("Saved the Bates register (%n packet(s)) to {0}.", "", count)
        if count
        else words.tr("Saved the Bates register (no packets made yet) to {0}.")
    )
    return RegisterSaved(message=said.format(out), path=out, productions=count)

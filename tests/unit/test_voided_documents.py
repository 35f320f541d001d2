"""Voided records on the demo folder: every list, packet, bundle, ladder and the overdue cases are still made, and
what was voided is not in them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pdfcheck import text_of
from sqlalchemy import select

from desk.lists.listing import fetch_page
from desk.lists.specs import DETAILS, SPECS
from desk.models import DepositApplication, Dispute, Evidence, EvidenceLink, LedgerEntry, Refund
from desk.operations.bundles import ExportBundle, export_bundle
from desk.operations.packets import MakeClaimPacket, MakeDepositPacket, make_claim_packet, make_deposit_packet
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.overview.overdue import overdue_cases
from desk.reports.letter_ladder import letter_ladder
from desk.workspace import Workspace

TODAY = date(2026, 11, 23)


def test_documents_and_lists_are_made_without_what_was_voided(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    with ws.read() as s:
        dispute_id, evidence_id, name = next(
            (link.dispute_id, link.evidence_id, link.evidence.original_name)
            for link in s.scalars(select(EvidenceLink).where(EvidenceLink.dispute_id.is_not(None)))
            if link.evidence.parent_id is None
            and not s.scalars(select(Evidence).where(Evidence.parent_id == link.evidence_id)).first()
        )
        refund_id = s.scalars(select(Refund.id).order_by(Refund.id)).first()
        entry_id = s.scalars(select(LedgerEntry.id).order_by(LedgerEntry.id)).first()
        disputes = list(s.scalars(select(Dispute.id)))
        deposits = list(s.scalars(select(DepositApplication.id)))
    packet = make_claim_packet(ws, MakeClaimPacket(dispute_id, tmp_path / "before.pdf", today=TODAY))
    assert name in " ".join(text_of(packet.parts[0]).split())

    void_record(ws, VoidRecord(VoidKind.EVIDENCE, evidence_id, "the wrong photo"))
    assert refund_id is not None and entry_id is not None
    void_record(ws, VoidRecord(VoidKind.REFUND, refund_id, "entered twice"))
    void_record(ws, VoidRecord(VoidKind.ENTRY, entry_id, "entered twice"))

    packet = make_claim_packet(ws, MakeClaimPacket(dispute_id, tmp_path / "after.pdf", today=TODAY))
    assert name not in " ".join(text_of(packet.parts[0]).split())
    for number in disputes:
        make_claim_packet(ws, MakeClaimPacket(number, tmp_path / f"d{number}.pdf", today=TODAY))
    for number in deposits:
        make_deposit_packet(ws, MakeDepositPacket(number, tmp_path / f"a{number}.pdf", today=TODAY))
    export_bundle(ws, ExportBundle(tmp_path / "bundle.zip", today=TODAY))
    with ws.read() as s:
        overdue_cases(s, TODAY)
        for number in disputes:
            letter_ladder(s, s.get_one(Dispute, number), TODAY)
        for spec in SPECS.values():
            if spec.parent is None:
                rows = fetch_page(s, spec)
                voided = fetch_page(s, spec, filters={"voided": True}) if spec.voidable is not None else rows
                assert len(voided) >= len(rows)
        for details in DETAILS.values():
            for spec in details:
                fetch_page(s, spec, parent_id=dispute_id)
        assert evidence_id not in {r.id for r in fetch_page(s, SPECS["evidence"], limit=10_000)}
        assert evidence_id in {r.id for r in fetch_page(s, SPECS["evidence"], limit=10_000, filters={"voided": True})}

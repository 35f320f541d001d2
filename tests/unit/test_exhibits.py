"""Exhibit labels: a dispute's evidence (its own, its order's, its refunds') gets letters once and keeps them;
internal evidence has a sequence of its own, so a packet for the other side shows no gap."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from factories import add_files, dispute, order

from desk.disputes.exhibits import exhibits, label_exhibits, letters
from desk.evidence.cases import CaseRef
from desk.models import Audience, Dispute
from desk.operations.evidence import MarkEvidence, mark_evidence
from desk.workspace import Workspace


@pytest.mark.parametrize(("n", "label"), [(1, "A"), (26, "Z"), (27, "AA"), (28, "AB"), (52, "AZ"), (703, "AAA")])
def test_exhibit_letters_count_like_spreadsheet_columns(n: int, label: str) -> None:
    assert letters(n) == label


def _file(tmp_path: Path, name: str, text: str, day: int) -> Path:
    """A text file whose capture time (its modification time) is 2026-10-`day`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stamp = datetime(2026, 10, day, 12, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def _labels(ws: Workspace, dispute_id: int, audience: Audience) -> list[tuple[str, str]]:
    with ws.read() as s:
        found = exhibits(s, s.get_one(Dispute, dispute_id), audience=audience)
        return [(e.label, e.evidence.original_name) for e in found]


def test_labels_are_given_once_and_kept_and_internal_evidence_has_its_own(workspace: Workspace, tmp_path: Path) -> None:
    ws = workspace
    with ws.write() as s:
        o = order(s, placed_on=date(2026, 10, 1))
        d = dispute(s, o.lines[0])
        s.flush()
        order_id, dispute_id = o.id, d.id
    # Added out of order: labels follow the capture time.
    add_files(ws, [_file(tmp_path, "chat.txt", "seller: no refund", 9)], CaseRef("dispute", dispute_id, "d"))
    add_files(ws, [_file(tmp_path, "receipt.txt", "paid 25.00", 2)], CaseRef("order", order_id, "o"))
    memo = _file(tmp_path, "memo.txt", "our margin", 1)
    add_files(ws, [memo], CaseRef("dispute", dispute_id, "d"), audience=Audience.COUNSEL)
    with ws.write() as s:
        label_exhibits(s, s.get_one(Dispute, dispute_id))
    first = _labels(ws, dispute_id, Audience.COUNSEL)
    assert first == [("A", "receipt.txt"), ("B", "chat.txt"), ("INT-1", "memo.txt")]
    assert _labels(ws, dispute_id, Audience.EXTERNAL) == first[:2]

    # Evidence added later gets the next letter, whatever its capture time; evidence added since the last labelling
    # shows as "?" rather than being left out.
    add_files(ws, [_file(tmp_path, "photo.txt", "broken", 1)], CaseRef("dispute", dispute_id, "d"))
    assert _labels(ws, dispute_id, Audience.EXTERNAL)[-1] == ("?", "photo.txt")
    with ws.write() as s:
        label_exhibits(s, s.get_one(Dispute, dispute_id))
    assert _labels(ws, dispute_id, Audience.COUNSEL) == [*first[:2], ("C", "photo.txt"), first[2]]

    # Marking evidence internal later keeps it out of the other side's packet.
    chat_id = next(e_id for e_id in _evidence_ids(ws, "chat.txt"))
    mark_evidence(ws, MarkEvidence(chat_id, Audience.COUNSEL))
    assert "chat.txt" not in [name for _, name in _labels(ws, dispute_id, Audience.EXTERNAL)]

    # Our staff's own evidence reaches neither the other side nor our lawyer; a staff document shows it.
    mark_evidence(ws, MarkEvidence(chat_id, Audience.INTERNAL))
    assert "chat.txt" not in [name for _, name in _labels(ws, dispute_id, Audience.COUNSEL)]
    assert "chat.txt" in [name for _, name in _labels(ws, dispute_id, Audience.INTERNAL)]
    # The older way of asking still reads the same: true is counsel's view, false the other side's.
    with ws.read() as s:
        older = exhibits(s, s.get_one(Dispute, dispute_id), include_internal=True)
        assert [e.evidence.original_name for e in older] == [n for _, n in _labels(ws, dispute_id, Audience.COUNSEL)]


def _evidence_ids(ws: Workspace, name: str) -> list[int]:
    from sqlalchemy import select

    from desk.models import Evidence

    with ws.read() as s:
        return list(s.scalars(select(Evidence.id).where(Evidence.original_name == name)))

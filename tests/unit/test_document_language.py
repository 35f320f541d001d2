"""A document reads English whatever language the core's words are in: a claim packet made while they are Russian
carries its deadline's detail in English, while the same words shown as a result (the deadline in Desk's own list)
and the operation's own message are Russian. The packet is for a supplier or a platform, not for our staff."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.language import Catalog, english, use, words
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.overview.deadlines import deadlines_for
from desk.policies import load_policies
from desk.workspace import Workspace
from tests import factories

TODAY = date(2026, 10, 21)  # the dispute opened the day before: when to escalate is the deadline that matters
DETAIL = "escalate to the platform if the seller has not answered by {0}"  # its detail (desk.overview.deadlines)
MADE = "Made the claim packet for dispute {0}: {1} numbered {2}, {3}, in {4}."  # the operation's message
RUSSIAN = {
    DETAIL: "обратиться к площадке, если продавец не ответит до {0}",
    MADE: "Сделан пакет претензии по спору {0}: {1} с номерами {2}, {3}, в {4}.",
}


@pytest.fixture
def russian() -> Iterator[None]:
    use(Catalog("ru_RU", {("words", source, ""): text for source, text in RUSSIAN.items()}).translate)
    try:
        yield
    finally:
        use(None)


def _dispute(ws: Workspace) -> int:
    with ws.write() as session:
        order = factories.order(session)
        found = factories.dispute(session, order.lines[0], opened_on=date(2026, 10, 20))
        session.flush()
        return found.id


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_packet_made_while_the_words_are_russian_reads_english(
    workspace: Workspace, tmp_path: Path, russian: None
) -> None:
    ws = workspace
    dispute_id = _dispute(ws)
    with ws.read() as session:  # the detail as Desk shows it, in its list of deadlines: Russian
        shown = [d for d in deadlines_for(session, load_policies(session), TODAY) if d.case == f"dispute:{dispute_id}"]
    assert "обратиться к площадке, если продавец не ответит до 2026-10-25" in [str(d.detail) for d in shown]

    made = make_claim_packet(ws, MakeClaimPacket(dispute_id, tmp_path / "packet.pdf", today=TODAY))

    assert made.message.startswith(f"Сделан пакет претензии по спору {dispute_id}: ")  # the result: Russian
    text = _text(tmp_path / "packet.pdf")
    assert "escalate to the platform if the seller has not answered by 2026-10-25" in text  # the document: English
    assert not re.search("[а-яё]", text, re.IGNORECASE), "Russian words went into a document for the other side"
    assert words.tr(DETAIL) == RUSSIAN[DETAIL]  # and the words are Russian again once the packet is made
    with english():
        assert words.tr(DETAIL) == DETAIL

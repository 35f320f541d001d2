"""A letter's language versions are one letter (issue 13, point 4): made the same day for the same rung they share
its number, go out together, and never cite or enclose one another; a draft is no exhibit and no sent letter."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.disputes.exhibits import exhibits
from desk.disputes.sending import sent_letters
from desk.errors import DeskError
from desk.models import DisputeLetter
from desk.operations.letters import MakeLetter, MarkLetterSent, make_letter, mark_letter_sent
from desk.operations.voiding import VoidKind, VoidRecord, void_record
from desk.reports.letter_ladder import letter_ladder
from desk.workspace import Workspace

DAY = date(2026, 11, 23)
LATER = date(2026, 11, 30)
KIND = "platform_arbitration"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


LANGS = ("en", "zh", "ru")


def _three(ws: Workspace, tmp_path: Path, kind: str = KIND, on: date = DAY) -> dict[str, int]:
    """The letter made in English, Chinese and Russian: each language's letter number, and its version's id."""
    made = {lang: make_letter(ws, MakeLetter(2, kind, lang, tmp_path / f"{kind}-{lang}.pdf", on)) for lang in LANGS}
    numbers = {lang: result.letter_id for lang, result in made.items()}
    return numbers | {f"{lang}-version": result.version_id for lang, result in made.items()}


def test_the_versions_of_one_days_letter_share_its_number_and_enclose_none_of_each_other(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    ids = _three(ws, tmp_path)
    assert ids["en"] == ids["zh"] == ids["ru"] == ids["en-version"]
    assert len({ids["en-version"], ids["zh-version"], ids["ru-version"]}) == 3
    for lang in LANGS:
        text = _text(tmp_path / f"{KIND}-{lang}.pdf")
        assert "Escalation to platform arbitration (" not in text, lang  # no version lists another as its exhibit
        assert "request for platform arbitration" not in text and "平台仲裁申请" not in text, lang  # nor cites it


def test_marking_one_version_sent_sends_the_letter_in_every_language(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    ids = _three(ws, tmp_path)
    with ws.read() as session:
        dispute = session.get_one(DisputeLetter, ids["en"]).dispute
        rung = next(r for r in letter_ladder(session, dispute, DAY) if r.kind == KIND)
        assert rung.sent_on is None and rung.draft_id in {ids[f"{lang}-version"] for lang in LANGS}  # a draft
        assert sent_letters(session, 2) == []

    said = mark_letter_sent(ws, MarkLetterSent(ids["zh-version"], DAY, "e-mail"), today=DAY)

    assert said.letter_id == ids["en"]
    assert "(English, Chinese and Russian)" in said.message
    with ws.read() as session:
        rows = session.query(DisputeLetter).filter(DisputeLetter.dispute_id == 2).all()
        assert {(r.lang, r.sent_on, r.sent_via) for r in rows} == {(lang, DAY, "e-mail") for lang in LANGS}
        assert [letter.id for letter in sent_letters(session, 2)] == [ids["en"]]  # one letter, cited once
        dispute = rows[0].dispute
        rung = next(r for r in letter_ladder(session, dispute, DAY) if r.kind == KIND)
        assert (rung.sent_on, rung.draft_id) == (DAY, None)


def test_a_new_version_cannot_join_a_letter_that_went_out_and_a_remade_language_is_a_new_draft(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    first = make_letter(ws, MakeLetter(2, KIND, "en", tmp_path / "en.pdf", DAY))
    again = make_letter(ws, MakeLetter(2, KIND, "en", tmp_path / "en2.pdf", DAY))
    assert again.letter_id != first.letter_id  # made again in English: a letter of its own
    chinese = make_letter(ws, MakeLetter(2, KIND, "zh", tmp_path / "zh.pdf", DAY))
    assert chinese.letter_id == again.letter_id and chinese.langs == ("en", "zh")  # joins the latest draft
    mark_letter_sent(ws, MarkLetterSent(first.letter_id, DAY, "post"), today=DAY)
    mark_letter_sent(ws, MarkLetterSent(chinese.version_id, DAY, "post"), today=DAY)
    with pytest.raises(DeskError, match="was marked sent on 2026-11-23 without this language: a letter's language"):
        make_letter(ws, MakeLetter(2, KIND, "ru", tmp_path / "ru.pdf", DAY))
    assert not (tmp_path / "ru.pdf").exists()


def test_a_draft_is_no_exhibit_and_a_sent_letter_is_cited_once_with_its_versions_enclosed(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    ids = _three(ws, tmp_path, "seller_reminder")
    with ws.read() as session:
        letters = session.query(DisputeLetter).filter(DisputeLetter.dispute_id == 2).all()
        pdfs = {letter.evidence_id for letter in letters}
        dispute = letters[0].dispute
        assert pdfs.isdisjoint(e.evidence.id for e in exhibits(session, dispute, include_internal=False))
        assert pdfs <= {e.evidence.id for e in exhibits(session, dispute, include_internal=True)}  # counsel sees all

    mark_letter_sent(ws, MarkLetterSent(ids["ru-version"], DAY, "platform message"), today=DAY)
    later = make_letter(ws, MakeLetter(2, KIND, "en", tmp_path / "later.pdf", LATER))

    with ws.read() as session:
        dispute = session.get_one(DisputeLetter, later.letter_id).dispute
        shown = {e.evidence.id for e in exhibits(session, dispute, include_internal=False)}
    assert pdfs <= shown  # the letter that went out is evidence, in each language it went in
    assert later.evidence_id not in shown  # the new one is a draft
    text = _text(tmp_path / "later.pdf")
    assert text.count("our reminder to the seller") == 1


def test_a_letter_whose_first_version_is_voided_keeps_its_other_versions_together(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    ids = _three(ws, tmp_path)
    void_record(ws, VoidRecord(VoidKind.LETTER, ids["en-version"], "wrong recipient"))
    again = make_letter(ws, MakeLetter(2, KIND, "en", tmp_path / "again.pdf", DAY))
    assert again.letter_id == ids["en"] and again.langs == ("zh", "ru", "en")
    with ws.read() as session:
        dispute = session.get_one(DisputeLetter, ids["zh-version"]).dispute
        rung = next(r for r in letter_ladder(session, dispute, DAY) if r.kind == KIND)
    assert rung.draft_id is not None and rung.draft_langs == ("zh", "ru", "en")
    mark_letter_sent(ws, MarkLetterSent(rung.draft_id, DAY, "e-mail"), today=DAY)
    with ws.read() as session:
        kept = session.query(DisputeLetter).filter(DisputeLetter.dispute_id == 2).all()
        assert sorted((r.lang, r.sent_on) for r in kept) == [("en", DAY), ("ru", DAY), ("zh", DAY)]

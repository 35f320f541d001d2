"""Escalation letters: the ladder across a dispute's life (seeds 002, 004), the other roads to the money by how the
order was paid, and `make_letter` — a real PDF from an editable template, recorded on the dispute and kept as
evidence in one transaction, in English, Russian and Chinese."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from factories import add_files, order, supplier
from pdfcheck import checks_pdfs, qpdf_check, render, text_of
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.disputes.letter_policy import LADDER_FILE, load_ladder, parse_ladder
from desk.disputes.lifecycle import open_on_line, record_event
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.models import (
    Audience,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeLetter,
    DisputeReason,
    DisputeWant,
    Evidence,
    EvidenceKind,
    EvidenceLink,
    ExhibitLabel,
    PaymentMethod,
    Refund,
    RefundCause,
    RefundPart,
)
from desk.money import Money
from desk.operations.letters import MakeLetter, MarkLetterSent, make_letter, mark_letter_sent
from desk.policies.rules import PolicyError
from desk.reports.letter_fields import FIELDS, fields_markdown
from desk.reports.letter_ladder import Rung, letter_ladder, other_roads
from desk.reports.letter_templates import SHIPPED_DIR, copy_templates, read_template
from desk.reports.letters import LANGS
from desk.settings import set_setting
from desk.workspace import Workspace

E = DisputeEventKind
SUPPLIER = "深圳市华强北电子有限公司"
needs_tools = checks_pdfs


def _dispute(
    session: Session,
    methods: tuple[tuple[PaymentMethod, int], ...] | None = None,
    order_no: str = "8100555",
    seller_name: str = SUPPLIER,
) -> Dispute:
    """AliExpress order 8100555 placed 2026-10-01: 2 cables at 12.50 USD; a dispute on it opened 2026-10-20 claiming
    20.00 USD (seed 002: the seller has 5 days to answer)."""
    seller = supplier(session, name=seller_name, contact="Lily Chen", shop_url="https://example.com/store/1")
    row = order(
        session,
        order_no=order_no,
        currency="USD",
        seller=seller,
        paid_on=date(2026, 10, 1),
        delivered_on=date(2026, 10, 15),
        payments=methods,
        lines=(("USB-C cable 1 m, braided", 2, 1250),),
    )
    session.flush()
    found = open_on_line(
        session, row.lines[0], DisputeReason.DAMAGED, DisputeWant.REFUND, Money(2000, "USD"), date(2026, 10, 20)
    )
    found.platform_case_no = "5009000111"
    found.statement = "Both cables arrived with the braid torn at the plug."
    return found


def _rungs(session: Session, dispute: Dispute, today: date) -> dict[str, Rung]:
    return {r.kind: r for r in letter_ladder(session, dispute, today)}


def test_the_ladder_follows_the_dispute_with_exact_dates(workspace: Workspace) -> None:
    with workspace.write() as s:
        d = _dispute(s)
        # Opened 2026-10-20: a reminder is offered at once; escalation waits for the seller's 5 days (seed 002).
        r = _rungs(s, d, date(2026, 10, 22))
        assert r["seller_reminder"].available and "2026-10-20" in str(r["seller_reminder"].why)
        assert not r["platform_arbitration"].available
        assert str(r["platform_arbitration"].why).startswith(
            "not yet: from 2026-10-26, if the seller has not answered by 2026-10-25"
        )
        assert str(r["formal_demand"].why).startswith("not at this stage: the dispute is open")
        assert [x.kind for x in letter_ladder(s, d, date(2026, 10, 22))] == list(load_ladder().codes)
        # The last day of the seller's time is still the seller's; the day after, escalation is offered.
        assert not _rungs(s, d, date(2026, 10, 25))["platform_arbitration"].available
        silent = _rungs(s, d, date(2026, 10, 26))["platform_arbitration"]
        assert silent.available
        assert (
            str(silent.why)
            == "available since 2026-10-26: the seller's time to answer ended on 2026-10-25 without an answer"
        )
        # An offer below the claim opens escalation at once (seed 002: "you can immediately appeal").
        record_event(s, d, E.OFFER, date(2026, 10, 23), amount=Money(500, "USD"))
        offered = _rungs(s, d, date(2026, 10, 23))["platform_arbitration"]
        assert offered.available
        assert (
            str(offered.why)
            == "available since 2026-10-23: the seller offered 5.00 USD of the 20.00 USD claimed on 2026-10-23"
        )
        # Escalated: the seller's rungs close; a demand waits 60 days for a decision (seed 002: up to 2 months).
        record_event(s, d, E.OFFER_REJECTED, date(2026, 10, 24))
        record_event(s, d, E.ESCALATED, date(2026, 10, 27))
        r = _rungs(s, d, date(2026, 12, 25))
        assert not r["seller_reminder"].available and not r["platform_arbitration"].available
        assert "escalated to the platform (since 2026-10-27)" in str(r["platform_arbitration"].why)
        assert str(r["formal_demand"].why).startswith(
            "not yet: from 2026-12-26, 60 days after the escalation on 2026-10-27"
        )
        assert _rungs(s, d, date(2026, 12, 26))["formal_demand"].available
        # The platform decides for less than claimed: demand, ADR and counsel are offered from that day.
        record_event(s, d, E.DECIDED, date(2026, 11, 10), amount=Money(800, "USD"))
        r = _rungs(s, d, date(2026, 11, 10))
        expected = (
            "available since 2026-11-10: the platform decided on 2026-11-10 for 8.00 USD of the 20.00 USD claimed"
        )
        assert str(r["formal_demand"].why) == str(r["adr_request"].why) == str(r["lawyer_cover"].why) == expected
        assert r["formal_demand"].reply_days == 14 and r["formal_demand"].sent_on is None
        # A letter made is a draft of its day; once marked sent, the day it was sent is the rung's.
        letter = DisputeLetter(
            dispute_id=d.id, kind="formal_demand", lang="en", made_on=date(2026, 11, 12), made_by="t"
        )
        s.add(letter)
        s.flush()
        made = _rungs(s, d, date(2026, 11, 20))["formal_demand"]
        assert (made.sent_on, made.drafted_on) == (None, date(2026, 11, 12))
        letter.sent_on, letter.sent_via = date(2026, 11, 13), "e-mail"
        s.flush()
        sent = _rungs(s, d, date(2026, 11, 20))["formal_demand"]
        assert (sent.sent_on, sent.drafted_on) == (date(2026, 11, 13), None)
        # Closed after a partial decision the dispute is "lost": the seller's rungs stay shut, the demand stays open.
        record_event(s, d, E.CLOSED, date(2026, 11, 21))
        r = _rungs(s, d, date(2026, 11, 22))
        assert r["formal_demand"].available and not r["seller_reminder"].available
        assert "closed after the platform decided against us (since 2026-11-21)" in str(r["seller_reminder"].why)


def test_a_demand_without_answer_and_an_overdue_refund_open_their_rungs(workspace: Workspace) -> None:
    with workspace.write() as s:
        d = _dispute(s)
        record_event(s, d, E.SELLER_ANSWERED, date(2026, 10, 21))
        record_event(s, d, E.ESCALATED, date(2026, 10, 22))
        # A forced demand of 2026-11-01 gave until 2026-11-15; ADR and counsel are offered the day after.
        s.add(
            DisputeLetter(
                dispute_id=d.id, kind="formal_demand", lang="en", made_on=date(2026, 11, 1),
                reply_by=date(2026, 11, 15), made_by="t", sent_on=date(2026, 11, 1), sent_via="e-mail",
            )
        )  # fmt: skip
        # A draft asks nothing of anyone: its reply date opens no rung.
        s.add(
            DisputeLetter(
                dispute_id=d.id, kind="formal_demand", lang="en", made_on=date(2026, 11, 2),
                reply_by=date(2026, 11, 10), made_by="t",
            )
        )  # fmt: skip
        s.flush()
        r = _rungs(s, d, date(2026, 11, 15))
        assert str(r["adr_request"].why).startswith(
            "not yet: from 2026-11-16, if our formal demand letter of 2026-11-01 is not answered by 2026-11-15"
        )
        r = _rungs(s, d, date(2026, 11, 16))
        assert r["adr_request"].available and r["lawyer_cover"].available
        assert "the reply date (2026-11-15) of our formal demand letter of 2026-11-01 has passed" in str(
            r["adr_request"].why
        )

        # Decided in full, the card refund sent 2026-11-12: AliExpress's 3–20 days end on 2026-12-02.
        record_event(s, d, E.DECIDED, date(2026, 11, 11), amount=Money(2000, "USD"))
        refund = Refund(order=d.order_line.order, dispute=d, cause=RefundCause.DISPUTE, approved_on=date(2026, 11, 11))
        refund.parts.append(RefundPart(method=PaymentMethod.CARD, expected_minor=2000, sent_on=date(2026, 11, 12)))
        s.add(refund)
        record_event(s, d, E.REFUND_SENT, date(2026, 11, 12), amount=Money(2000, "USD"))
        s.flush()
        on_time = _rungs(s, d, date(2026, 12, 2))["platform_complaint"]
        assert str(on_time.why) == "available since 2026-10-21: the seller answered on 2026-10-21 without settling"
        complaint = _rungs(s, d, date(2026, 12, 3))["platform_complaint"]
        assert complaint.available
        assert str(complaint.why) == (
            "available since 2026-12-03: the refund of 20.00 USD to Card was due by 2026-12-02 and has not arrived"
        )
        assert str(_rungs(s, d, date(2026, 12, 16))["formal_demand"].why) == (
            "not yet: from 2026-12-17, 14 days after the last day the refund of 20.00 USD to Card was due (2026-12-02)"
        )
        # The money arrived: the dispute is refunded and no letter is offered any more.
        record_event(s, d, E.REFUND_RECEIVED, date(2026, 12, 20), amount=Money(2000, "USD"))
        assert not any(x.available for x in letter_ladder(s, d, date(2026, 12, 21)))
        assert {r.possible for r in other_roads(s, d, date(2026, 12, 21))} == {False}


def test_other_roads_follow_the_payment_methods_and_warn_what_they_close(workspace: Workspace) -> None:
    with workspace.write() as s:
        both = _dispute(s, ((PaymentMethod.PAYPAL, 1000), (PaymentMethod.CARD, 1500)))
        roads = {r.kind: r for r in other_roads(s, both, date(2026, 10, 22))}
        assert roads["paypal_claim"].possible and roads["card_chargeback"].possible
        assert str(roads["paypal_claim"].why) == "paid 10.00 USD by PayPal on 2026-10-01 (21 days ago)"
        paypal = " ".join(map(str, roads["paypal_claim"].warnings))
        assert "within 20 days" in paypal and "cannot be reopened" in paypal and "current terms" in paypal
        card = " ".join(map(str, roads["card_chargeback"].warnings))
        assert "card issuer" in card and "buyer protection" in card and "still open" in card
        # The rungs a chargeback may end say so while it is possible.
        arbitration = _rungs(s, both, date(2026, 10, 22))["platform_arbitration"]
        assert any("chargeback ends the platform's own buyer protection" in str(w) for w in arbitration.warnings)
        assert not any("chargeback" in str(w) for w in _rungs(s, both, date(2026, 10, 22))["seller_reminder"].warnings)

        balance = _dispute(s, ((PaymentMethod.BALANCE, 2500),), order_no="8100556", seller_name="Other 公司")
        roads = {r.kind: r for r in other_roads(s, balance, date(2026, 10, 22))}
        assert not roads["paypal_claim"].possible and not roads["card_chargeback"].possible
        assert (
            str(roads["card_chargeback"].why)
            == "the order was paid by Balance; this needs a payment by Card, Debit card or Apple Pay"
        )
        arbitration = _rungs(s, balance, date(2026, 10, 22))["platform_arbitration"]
        assert not any("chargeback" in str(w) for w in arbitration.warnings)


def _business(ws: Workspace, name: str = "TechBox Trading UG (haftungsbeschränkt)") -> None:
    with ws.write() as s:
        set_setting(s, "business_name", name)
        set_setting(s, "business_address", "Kastanienallee 12\n10435 Berlin\nGermany")
        set_setting(s, "business_contact", "Anna Weber, claims@techbox.example, +49 30 1234 5678")


def _decided_dispute(ws: Workspace, tmp_path: Path) -> int:
    """A dispute decided against us in part on 2026-11-10, with one photo as evidence and one internal note."""
    with ws.write() as s:
        d = _dispute(s)
        record_event(s, d, E.SELLER_ANSWERED, date(2026, 10, 21))
        record_event(s, d, E.ESCALATED, date(2026, 10, 22))
        record_event(s, d, E.DECIDED, date(2026, 11, 10), amount=Money(800, "USD"))
        rep = "Our supplier rep says: settle at 10."
        record_event(s, d, E.NOTE, date(2026, 11, 10), note=rep, audience=Audience.COUNSEL)
        dispute_id = d.id
    photo = tmp_path / "torn-braid.txt"
    photo.write_text("photo of the torn braid", encoding="utf-8")
    add_files(ws, [photo], CaseRef("dispute", dispute_id, "dispute"), kind=EvidenceKind.PHOTO, note="Torn braid")
    secret = tmp_path / "margin.txt"
    secret.write_text("our margin calculation", encoding="utf-8")
    add_files(ws, [secret], CaseRef("dispute", dispute_id, "dispute"), note="Margin sheet", audience=Audience.COUNSEL)
    return dispute_id


def _counts(ws: Workspace) -> tuple[int, ...]:
    with ws.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (DisputeLetter, Evidence, EvidenceLink, DisputeEvent, ExhibitLabel)
        )


@needs_tools
def test_make_letter_writes_the_pdf_and_records_letter_event_and_evidence_together(
    workspace: Workspace, tmp_path: Path
) -> None:
    _business(workspace)
    dispute_id = _decided_dispute(workspace, tmp_path)
    out = tmp_path / "out" / "demand.pdf"
    result = make_letter(workspace, MakeLetter(dispute_id, "formal_demand", "en", out, date(2026, 11, 23)))
    assert result.path == out and result.reply_by == date(2026, 12, 7)
    qpdf_check(out)
    data = out.read_bytes()
    with workspace.read() as s:
        letter = s.get_one(DisputeLetter, result.letter_id)
        assert (letter.kind, letter.lang, letter.made_on, letter.reply_by) == (
            "formal_demand", "en", date(2026, 11, 23), date(2026, 12, 7),
        )  # fmt: skip
        assert letter.evidence_id == result.evidence_id and letter.made_by == "tester"
        evidence = s.get_one(Evidence, result.evidence_id)
        assert evidence.sha256 == hashlib.sha256(data).hexdigest() and evidence.kind is EvidenceKind.DOCUMENT
        assert evidence.media_type == "application/pdf" and not evidence.internal
        assert workspace.vault.read_bytes(evidence.sha256) == data
        assert [link.dispute_id for link in evidence.links] == [dispute_id]
        note = s.scalars(select(DisputeEvent).order_by(DisputeEvent.id.desc())).first()
        assert note is not None
        assert note.kind is E.NOTE and note.occurred_on == date(2026, 11, 23)
        assert note.audience is Audience.INTERNAL  # our record of it; the letter itself is listed from its own row
        assert (
            note.note == f"Letter made: Formal demand letter (en), kept as evidence {evidence.id}; reply by 2026-12-07"
        )
    text = " ".join(text_of(out).split())
    for expected in (
        "8100555", "5009000111", "25.00 USD", "20.00 USD", "8.00 USD", "7 December 2026", SUPPLIER,
        "TechBox Trading UG (haftungsbeschränkt)", "Both cables arrived with the braid torn at the plug.",
        "We enclose Exhibit A", "Photo — Torn braid", "torn-braid.txt", "Page 1 of",
    ):  # fmt: skip
        assert expected in text, expected
    # Internal evidence and notes never reach the other side.
    assert "Margin sheet" not in text and "settle at 10" not in text and "INT-" not in text
    render(out, "letter-en")

    # The same day again, a lawyer's letter: internal, so it stays out of the next letters to the seller.
    counsel = make_letter(
        workspace, MakeLetter(dispute_id, "lawyer_cover", "en", tmp_path / "counsel.pdf", date(2026, 11, 23))
    )
    with workspace.read() as s:
        assert s.get_one(Evidence, counsel.evidence_id).internal
    # The next letter names only the letters that went out: the demand once it is marked sent.
    draft = make_letter(
        workspace, MakeLetter(dispute_id, "adr_request", "en", tmp_path / "draft.pdf", date(2026, 11, 23))
    )
    assert "our formal demand" not in " ".join(text_of(draft.path).split())
    for letter in (result, counsel):
        mark_letter_sent(
            workspace, MarkLetterSent(letter.letter_id, date(2026, 11, 23), "e-mail"), today=date(2026, 11, 23)
        )
    adr = make_letter(workspace, MakeLetter(dispute_id, "adr_request", "en", tmp_path / "adr.pdf", date(2026, 11, 23)))
    adr_text = " ".join(text_of(adr.path).split())
    assert "Formal demand letter (English)" in adr_text and "Cover letter to a lawyer" not in adr_text
    assert "our formal demand (reply by 7 December 2026)" in adr_text


@needs_tools
@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("ru", ("Уважаемые представители магазина", "Оставляем за собой все права", "25,00 USD", "7 декабря 2026 г.")),
        ("zh", ("此致", "正式索赔函", "我方保留一切权利", "2026年12月7日", "25.00 USD")),
    ],
)
def test_russian_and_chinese_letters_print_their_language(
    workspace: Workspace, tmp_path: Path, lang: str, phrases: tuple[str, ...]
) -> None:
    _business(workspace, "ООО «ТехБокс» & 北京分公司")
    dispute_id = _decided_dispute(workspace, tmp_path)
    out = tmp_path / f"demand-{lang}.pdf"
    make_letter(workspace, MakeLetter(dispute_id, "formal_demand", lang, out, date(2026, 11, 23)))
    qpdf_check(out)
    text = "".join(text_of(out).split())  # Chinese lines break anywhere: compare without white space
    for expected in (*phrases, "8100555", SUPPLIER, "ООО«ТехБокс»&北京分公司"):
        assert "".join(expected.split()) in text, expected
    pages = render(out, f"letter-{lang}")
    assert pages and all(p.stat().st_size > 5_000 for p in pages)


def test_an_edited_template_in_the_data_folder_wins_and_is_never_overwritten(
    workspace: Workspace, tmp_path: Path
) -> None:
    _business(workspace)
    dispute_id = _decided_dispute(workspace, tmp_path)
    kinds = load_ladder().codes
    done = dict(copy_templates(workspace.root, kinds))
    mine = workspace.root / "templates" / "letters" / "en" / "formal_demand.txt"
    assert done[mine] == "copied" and mine.read_bytes() == (SHIPPED_DIR / "en" / "formal_demand.txt").read_bytes()
    assert (mine.parent.parent / "FIELDS.md").read_text(encoding="utf-8") == fields_markdown()
    mine.write_text(
        "Subject: Our own words on $order_no\n\nDear $supplier,\n\nPay ${outstanding} by $reply_by, costs 5$$.\n",
        encoding="utf-8",
    )
    assert dict(copy_templates(workspace.root, kinds))[mine] == "kept: yours differs from the shipped one"
    assert mine.read_text(encoding="utf-8").startswith("Subject: Our own words")
    out = tmp_path / "mine.pdf"
    make_letter(workspace, MakeLetter(dispute_id, "formal_demand", "en", out, date(2026, 11, 23)))
    text = " ".join(text_of(out).split())
    assert "Our own words on 8100555" in text and "Pay 20.00 USD by 7 December 2026, costs 5$." in text
    assert "We reserve all our rights" not in text


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "Subject: x\n\nDear $supplier,\n\nWe claim $claimed.\nSee $order_number now.\n",
            "line 6: unknown field $order_number",
        ),
        ("Subject: x\n\nCosts $ 5.\n", "line 3, column 7: a '$' that starts no field"),
        ("Dear $supplier,\n\nNo subject.\n", "line 1: the first line must be 'Subject: …'"),
        ("Subject: only a subject\n", "the letter has a subject but no body"),
    ],
)
def test_a_bad_template_names_file_line_and_field_and_records_nothing(
    workspace: Workspace, tmp_path: Path, body: str, problem: str
) -> None:
    _business(workspace)
    dispute_id = _decided_dispute(workspace, tmp_path)
    mine = workspace.root / "templates" / "letters" / "ru" / "adr_request.txt"
    mine.parent.mkdir(parents=True)
    mine.write_text(body, encoding="utf-8")
    before = _counts(workspace)
    out = tmp_path / "bad.pdf"
    with pytest.raises(DeskError) as error:
        make_letter(workspace, MakeLetter(dispute_id, "adr_request", "ru", out, date(2026, 11, 23)))
    assert str(error.value).startswith(f"{mine}, ") or str(error.value).startswith(f"{mine}:")
    assert problem in str(error.value)
    assert _counts(workspace) == before and not out.exists()


def test_refusals_are_clear_and_change_nothing(workspace: Workspace, tmp_path: Path) -> None:
    dispute_id = _decided_dispute(workspace, tmp_path)
    out = tmp_path / "x.pdf"
    before = _counts(workspace)
    cases = [
        (dispute_id, "fax", "en", "unknown letter kind 'fax'; known: seller_reminder, platform_complaint"),
        (dispute_id, "formal_demand", "de", "unknown letter language 'de'; known: en, ru, zh"),
        (999, "formal_demand", "en", "no dispute 999"),
        (dispute_id, "seller_reminder", "en", "the reminder to the seller is not offered for dispute"),
        (dispute_id, "formal_demand", "en", "the sender's name is missing: set it with `desk setting business_name"),
    ]
    for number, kind, lang, message in cases:
        with pytest.raises(DeskError) as error:
            make_letter(workspace, MakeLetter(number, kind, lang, out, date(2026, 11, 23)))
        assert message in str(error.value)
    # A letter dated before the dispute's last event would break its timeline: refused, nothing kept.
    _business(workspace)
    with pytest.raises(DeskError, match="before the dispute's last event"):
        make_letter(workspace, MakeLetter(dispute_id, "formal_demand", "en", out, date(2026, 11, 9), force=True))
    assert _counts(workspace) == before and not out.exists()
    # Staff may know better: --force makes a rung that is not offered, and the event says so.
    forced = make_letter(
        workspace, MakeLetter(dispute_id, "seller_reminder", "zh", out, date(2026, 11, 23), force=True)
    )
    with workspace.read() as s:
        note = s.scalars(select(DisputeEvent).order_by(DisputeEvent.id.desc())).first()
        assert note is not None and note.note is not None
        assert note.note.startswith(f"Letter made: Reminder to the seller (zh), kept as evidence {forced.evidence_id}")
        assert "made although not offered (not at this stage" in note.note


def test_every_shipped_template_reads_and_fields_md_lists_every_field() -> None:
    for lang in LANGS:
        for kind in load_ladder().codes:
            template = read_template(SHIPPED_DIR / lang / f"{kind}.txt")
            assert template.subject and len(template.paragraphs) >= 5
    assert (SHIPPED_DIR / "FIELDS.md").read_text(encoding="utf-8") == fields_markdown()
    assert all(f"`${name}`" in fields_markdown() for name in FIELDS)


def test_the_ladder_file_is_checked() -> None:
    good = LADDER_FILE.read_text(encoding="utf-8")
    with pytest.raises(PolicyError, match=r"ladder\.toml, rung 1 \(seller_reminder\), when 1: after must be one of"):
        parse_ladder(good.replace('after = "opened"', 'after = "sunrise"', 1), "ladder.toml")
    with pytest.raises(PolicyError, match=r"road 2 \(card_chargeback\): unknown payment method 'visa'"):
        parse_ladder(good.replace('"card", "debit_card"', '"visa", "debit_card"'), "ladder.toml")


def test_the_templates_command_copies_and_lists_the_fields(
    data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(data_folder), "letter", "--templates"]) == 0
    out = capsys.readouterr().out
    assert f"Letter templates: {data_folder.resolve() / 'templates' / 'letters'}" in out
    copied = [f"{Path(name)}: copied" for name in ("en/formal_demand.txt", "zh/lawyer_cover.txt")]
    assert all(line in out for line in copied)  # in the system's own way of writing a path
    assert "$reply_by" in out and "the date to reply by" in out
    assert main(["--data", str(data_folder), "letter", "--templates"]) == 0
    assert f"{Path('ru/adr_request.txt')}: already there" in capsys.readouterr().out
    assert main(["--data", str(data_folder), "letter", "dispute:x"]) == 1
    assert "'dispute:x' is not a dispute" in capsys.readouterr().err

"""An escalation letter for a dispute, from its template, as a PDF: the document only, from a read.

The letter is made, recorded and kept by its operation (`desk.operations.letters.make_letter`), which checks first
(`offered`, `sender`), gives the exhibits their labels, has the PDF made here (`letter_document`), then records the
`DisputeLetter`, a note on the dispute and the PDF as evidence in one transaction.

The sender's name (setting `business_name`) is required: a letter that does not say who claims is no demand at all,
and since every letter made is kept as evidence that it was sent, a defective one would stay in the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.disputes.exhibits import Exhibit, exhibits
from desk.disputes.letter_policy import RungSpec
from desk.errors import DeskError
from desk.language import words
from desk.models import Dispute, DisputeLetter
from desk.reports import letter_lang as L
from desk.reports.document import Meta, page_size
from desk.reports.letter_fields import addressee, letter_fields, owed
from desk.reports.letter_ladder import Rung, letter_ladder
from desk.reports.letter_pdf import ExhibitRow, LetterLayout, letter_pdf
from desk.reports.letter_templates import LetterText, Template, render
from desk.settings import get_str

LANGS = L.LANGS

__all__ = ["LANGS", "LetterDocument", "demands_something", "exhibit_rows", "letter_document", "offered", "sender"]


@dataclass(frozen=True)
class LetterDocument:
    data: bytes  # the PDF
    reply_by: date | None  # the date a reply is asked for, when the letter sets one


def offered(session: Session, dispute: Dispute, spec: RungSpec, today: date, *, force: bool) -> Rung:
    """The dispute's rung of the letter on `today`; DeskError when it is not offered then, unless `force`d."""
    rung = next(r for r in letter_ladder(session, dispute, today) if r.kind == spec.code)
    if not rung.available and not force:
        raise DeskError(
            words.tr(
                "the {0} is not offered for dispute {1} on {2}: {3}. Make it anyway with --force if you know better"
            ).format(words.tr(spec.title).lower(), dispute.id, today.isoformat(), rung.why)
        )
    return rung


def demands_something(dispute: Dispute, spec: RungSpec) -> None:
    """A letter to the seller or the platform asks for money: refused (forced or not) when nothing of the claim is
    outstanding, for it would demand "0.00". A letter to our own counsel asks for advice and is not held back."""
    if spec.to == "counsel":
        return
    received, outstanding = owed(dispute)
    if outstanding.is_zero:
        raise DeskError(
            words.tr(
                "the {0} for dispute {1} would demand nothing: of the {2} claimed, {3} has been received, so nothing "
                "is outstanding; nothing was recorded"
            ).format(words.tr(spec.title).lower(), dispute.id, dispute.claimed, received)
        )


def sender(session: Session) -> tuple[str, list[str], list[str]]:
    """The business's name, its letterhead lines (address, contact) and the signature block."""
    name = get_str(session, "business_name").strip()
    if not name:
        raise DeskError(
            words.tr(
                'the sender\'s name is missing: set it with `desk setting business_name "Your Company Ltd"` '
                "(and business_address, business_contact) before making a letter; nothing was recorded"
            )
        )
    address = [line for line in get_str(session, "business_address").splitlines() if line.strip()]
    contact = get_str(session, "business_contact").strip()
    who, _, rest = contact.partition(",")
    signature = [line.strip() for line in (who, name, rest) if line.strip()]
    # On the letterhead the contact reads better one item a line: who, e-mail, phone.
    contact_lines = [part.strip() for part in contact.split(",") if part.strip()]
    return name, [*address, *contact_lines], signature


def letter_document(
    session: Session, dispute: Dispute, spec: RungSpec, lang: str, template: Template, today: date
) -> LetterDocument:
    """The letter `spec` in `lang` for the dispute, filled in from `template` (read and checked beforehand), with
    the exhibits as labelled now (internal ones never shown)."""
    shown = exhibits(session, dispute, include_internal=False)
    reply_by = today + timedelta(days=spec.reply_days) if spec.reply_days else None
    values = letter_fields(session, dispute, spec, lang, today, reply_by, shown)
    text = render(template, values)
    rows, note = exhibit_rows(session, shown, lang)
    layout = _layout(spec, lang, text, values, sender(session), addressee(dispute, spec, lang).lines, rows, note)
    return LetterDocument(letter_pdf(layout, page_size(get_str(session, "page_size"))), reply_by)


def exhibit_rows(session: Session, shown: list[Exhibit], lang: str) -> tuple[list[ExhibitRow], str]:
    """The exhibit list in the letter's language: each kind named in it, our own earlier letters described in it;
    a description the user typed in another language is quoted as recorded, and the note below the list (the
    second value, empty when there is nothing to say) names that language."""
    ours = {
        letter.evidence_id: letter
        for letter in session.scalars(
            select(DisputeLetter).where(DisputeLetter.evidence_id.in_([e.evidence.id for e in shown]))
        )
    }
    rows: list[ExhibitRow] = []
    foreign: list[str] = []
    for exhibit in shown:
        evidence = exhibit.evidence
        kind = L.KINDS[lang][evidence.kind].capitalize()
        letter = ours.get(evidence.id)
        if letter is not None and letter.sent_on is not None:
            what = L.QUOTED[lang]["our_letter"].format(
                title=L.TITLES[lang].get(letter.kind, L.KINDS[lang][evidence.kind]),
                language=L.LANGUAGE_NAMES[lang].get(letter.lang, letter.lang),
                date=L.day(letter.sent_on, lang),
            )
        elif evidence.description:
            what = f"{kind} — {evidence.description}"
            source = L.written_in(evidence.description)
            if source is not None and source != lang and source not in foreign:
                foreign.append(source)
        else:
            what = kind
        rows.append(ExhibitRow(exhibit.label, what, evidence.original_name))
    named = L.LABELS[lang]["sep"].join(L.LANGUAGE_NAMES[lang][code] for code in foreign)
    return rows, L.QUOTED[lang]["as_recorded"].format(language=named) if foreign else ""


def _layout(
    spec: RungSpec,
    lang: str,
    text: LetterText,
    values: dict[str, str],
    signed: tuple[str, list[str], list[str]],
    recipient: list[str],
    rows: list[ExhibitRow],
    note: str,
) -> LetterLayout:
    words = L.LABELS[lang]
    footer = words["order"].format(order_no=values["order_no"], line_no=values["line_no"])
    footer += " · " + words["case"].format(case_no=values["case_no"])
    # Our record's number means something to our lawyer only; the other side knows the order and its case number.
    ours = words["ours"].format(dispute_id=values["dispute_id"]) if spec.audience.kept_in else None
    reference = footer + (f" · {ours}" if ours else "")
    about = f"dispute {values['dispute_id']}" if ours else f"order {values['order_no']}"
    meta = Meta(title=text.subject, author=signed[0], subject=f"{spec.title}, {about}")
    return LetterLayout(
        lang=lang,
        sender=signed[0],
        sender_lines=signed[1],
        signatory=signed[2],
        recipient=recipient,
        date=values["date"],
        subject=text.subject,
        reference=reference,
        footer=footer,
        paragraphs=text.paragraphs,
        exhibits=rows,
        meta=meta,
        exhibit_note=note,
    )

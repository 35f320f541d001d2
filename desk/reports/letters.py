"""An escalation letter for a dispute, from its template, as a PDF: the document only, from a read.

The letter is made, recorded and kept by its operation (`desk.operations.letters.make_letter`), which checks first
(`offered`, `sender`), gives the exhibits their labels, has the PDF made here (`letter_document`), then records the
`DisputeLetter`, a note on the dispute and the PDF as evidence in one transaction.

The sender's name (setting `business_name`) is required: a letter that does not say who claims is no demand at all,
and since every letter made is kept as evidence that it was sent, a defective one would stay in the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desk.disputes.exhibits import Exhibit, exhibits
from desk.disputes.letter_policy import RungSpec
from desk.errors import DeskError
from desk.models import Dispute
from desk.reports import letter_lang as L
from desk.reports.document import Meta, page_size
from desk.reports.letter_fields import addressee, letter_fields
from desk.reports.letter_ladder import Rung, letter_ladder
from desk.reports.letter_pdf import LetterLayout, letter_pdf
from desk.reports.letter_templates import LetterText, Template, render
from desk.settings import get_str

LANGS = L.LANGS

__all__ = ["LANGS", "LetterDocument", "letter_document", "offered", "sender"]


@dataclass(frozen=True)
class LetterDocument:
    data: bytes  # the PDF
    reply_by: date | None  # the date a reply is asked for, when the letter sets one


def offered(session: Session, dispute: Dispute, spec: RungSpec, today: date, *, force: bool) -> Rung:
    """The dispute's rung of the letter on `today`; DeskError when it is not offered then, unless `force`d."""
    rung = next(r for r in letter_ladder(session, dispute, today) if r.kind == spec.code)
    if not rung.available and not force:
        raise DeskError(
            f"the {spec.title.lower()} is not offered for dispute {dispute.id} on {today.isoformat()}: "
            f"{rung.why}. Make it anyway with --force if you know better"
        )
    return rung


def sender(session: Session) -> tuple[str, list[str], list[str]]:
    """The business's name, its letterhead lines (address, contact) and the signature block."""
    name = get_str(session, "business_name").strip()
    if not name:
        raise DeskError(
            'the sender\'s name is missing: set it with `desk setting business_name "Your Company Ltd"` '
            "(and business_address, business_contact) before making a letter; nothing was recorded"
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
    layout = _layout(spec, lang, text, values, sender(session), addressee(dispute, spec, lang).lines, shown)
    return LetterDocument(letter_pdf(layout, page_size(get_str(session, "page_size"))), reply_by)


def _layout(
    spec: RungSpec,
    lang: str,
    text: LetterText,
    values: dict[str, str],
    signed: tuple[str, list[str], list[str]],
    recipient: list[str],
    shown: list[Exhibit],
) -> LetterLayout:
    words = L.LABELS[lang]
    footer = words["order"].format(order_no=values["order_no"], line_no=values["line_no"])
    footer += " · " + words["case"].format(case_no=values["case_no"])
    reference = footer + " · " + words["ours"].format(dispute_id=values["dispute_id"])
    meta = Meta(title=text.subject, author=signed[0], subject=f"{spec.title}, dispute {values['dispute_id']}")
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
        exhibits=shown,
        meta=meta,
    )

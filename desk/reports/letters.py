"""`make_letter`: an escalation letter for a dispute, from its template, as a PDF that is kept.

Making a letter is one write transaction: the exhibits are labelled, the template is filled in, the PDF is built,
and then the `DisputeLetter` row, a dispute event (a note saying which letter was made and, for a demand, the reply
date) and the PDF as evidence of the dispute are recorded together. Only then is the PDF written to `out`. A bad
template, a rung not offered now (unless forced) or a missing sender's name stops it before anything is recorded.

The sender's name (setting `business_name`) is required: a letter that does not say who claims is no demand at all,
and since every letter made is kept as evidence that it was sent, a defective one would stay in the record."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from desk.disputes.exhibits import Exhibit, exhibits, label_exhibits
from desk.disputes.letter_policy import RungSpec, load_ladder
from desk.disputes.lifecycle import get_dispute, record_event
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.evidence.files import add_bytes
from desk.models import DisputeEventKind, DisputeLetter, EvidenceKind
from desk.reports import letter_lang as L
from desk.reports.document import Meta, page_size, write_atomically
from desk.reports.letter_fields import addressee, letter_fields
from desk.reports.letter_ladder import letter_ladder
from desk.reports.letter_pdf import LetterLayout, letter_pdf
from desk.reports.letter_templates import LetterText, read_template, render, template_path
from desk.settings import get_str
from desk.workspace import Workspace

LANGS = L.LANGS

__all__ = ["LANGS", "LetterResult", "make_letter"]


@dataclass(frozen=True)
class LetterResult:
    path: Path
    evidence_id: int
    reply_by: date | None
    letter_id: int


def _check_out(out: Path) -> None:
    """Refuse an output path that cannot be written before anything is recorded."""
    if out.suffix.lower() != ".pdf":
        raise DeskError(f"{out}: the letter is a PDF; give a file name ending in .pdf")
    if out.is_dir():
        raise DeskError(f"{out} is a folder; give a file name ending in .pdf")
    folder = next((p for p in [out.parent, *out.parent.parents] if p.exists()), None)
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK):
        raise DeskError(f"{out}: cannot write there (the folder is missing or not writable)")


def _sender(session: Session) -> tuple[str, list[str], list[str]]:
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


def _layout(
    spec: RungSpec,
    lang: str,
    text: LetterText,
    values: dict[str, str],
    sender: tuple[str, list[str], list[str]],
    recipient: list[str],
    shown: list[Exhibit],
) -> LetterLayout:
    words = L.LABELS[lang]
    footer = words["order"].format(order_no=values["order_no"], line_no=values["line_no"])
    footer += " · " + words["case"].format(case_no=values["case_no"])
    reference = footer + " · " + words["ours"].format(dispute_id=values["dispute_id"])
    meta = Meta(title=text.subject, author=sender[0], subject=f"{spec.title}, dispute {values['dispute_id']}")
    return LetterLayout(
        lang=lang,
        sender=sender[0],
        sender_lines=sender[1],
        signatory=sender[2],
        recipient=recipient,
        date=values["date"],
        subject=text.subject,
        reference=reference,
        footer=footer,
        paragraphs=text.paragraphs,
        exhibits=shown,
        meta=meta,
    )


def make_letter(
    ws: Workspace,
    dispute_id: int,
    kind: str,
    lang: str,
    out: Path,
    *,
    today: date | None = None,
    force: bool = False,
) -> LetterResult:
    """Make the letter `kind` in `lang` for the dispute, record it and write it to `out` (see the module's doc)."""
    L.check_lang(lang)
    spec = load_ladder().rung(kind)
    today = today or date.today()
    out = Path(out)
    _check_out(out)
    template = read_template(template_path(ws.root, lang, kind))  # checked whole before anything is made
    with ws.write() as session:
        dispute = get_dispute(session, dispute_id)
        rung = next(r for r in letter_ladder(session, dispute, today) if r.kind == kind)
        if not rung.available and not force:
            raise DeskError(
                f"the {spec.title.lower()} is not offered for dispute {dispute_id} on {today.isoformat()}: "
                f"{rung.why}. Make it anyway with --force if you know better"
            )
        sender = _sender(session)
        label_exhibits(session, dispute)
        shown = exhibits(session, dispute, include_internal=False)
        reply_by = today + timedelta(days=spec.reply_days) if spec.reply_days else None
        values = letter_fields(session, dispute, spec, lang, today, reply_by, shown)
        text = render(template, values)
        layout = _layout(spec, lang, text, values, sender, addressee(dispute, spec, lang).lines, shown)
        data = letter_pdf(layout, page_size(get_str(session, "page_size")))

        name = f"letter-{kind}-{lang}-dispute-{dispute_id}-{today.isoformat()}.pdf"
        note = f"{spec.title} ({L.LANG_NAMES[lang]}) made on {today.isoformat()}"
        case = CaseRef("dispute", dispute_id, f"dispute {dispute_id}")
        evidence = add_bytes(session, ws.vault, data, name, case, EvidenceKind.DOCUMENT, note, internal=spec.internal)
        letter = DisputeLetter(
            dispute_id=dispute_id,
            kind=kind,
            lang=lang,
            made_on=today,
            reply_by=reply_by,
            evidence_id=evidence.id,
            made_by=ws.actor,
        )
        session.add(letter)
        event_note = f"Letter made: {spec.title} ({lang}), kept as evidence {evidence.id}"
        if reply_by is not None:
            event_note += f"; reply by {reply_by.isoformat()}"
        if not rung.available:
            event_note += f"; made although not offered ({rung.why})"
        record_event(session, dispute, DisputeEventKind.NOTE, today, note=event_note, internal=spec.internal)
        session.flush()
        result = LetterResult(out, evidence.id, reply_by, letter.id)
    try:
        write_atomically(out, data)
    except OSError as error:
        raise DeskError(
            f"{out}: cannot write the letter ({error.strerror or error}); it was recorded and kept as evidence "
            f"{result.evidence_id}: `desk evidence list {dispute_id}` shows it"
        ) from None
    return result

"""Letters: an escalation letter for a dispute (`desk letter DISPUTE --kind K`, Letter…), made, recorded and kept;
and the editable templates copied into the data folder (`desk letter --templates`).

    made = make_letter(ws, MakeLetter(12, "formal_demand", "en", Path("demand.pdf")))
    made.letter_id, made.evidence_id, made.reply_by

In order: the request, the file's place and the template are checked before anything is read; then, in one write,
the letter is checked against the dispute (offered now, or forced; the sender named; its note would be accepted on
the dispute's timeline) and the dispute's exhibits are given their labels; the PDF is made from a read; then the
`DisputeLetter`, the dispute's note event and the PDF as evidence are recorded in ONE transaction; only then is the
file written. A refused letter records nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desk.common import Cancelled, Progress, formatted, stop_if_cancelled
from desk.disputes import letter_versions, sending
from desk.disputes.exhibits import label_exhibits
from desk.disputes.letter_policy import RungSpec, load_ladder
from desk.disputes.lifecycle import get_dispute, record_event
from desk.errors import DeskError, classify
from desk.evidence.cases import CaseRef
from desk.evidence.files import add_bytes
from desk.language import english, words
from desk.models import Audience, Dispute, DisputeEventKind, DisputeLetter, EvidenceKind
from desk.operations import Record, Result, changed
from desk.reports import letter_lang as L
from desk.reports.document import write_atomically
from desk.reports.letter_templates import copy_templates, read_template, template_path, user_dir
from desk.reports.letters import LetterDocument, demands_something, letter_document, offered, sender
from desk.reports.target import check_target
from desk.workspace import Workspace

STEPS = 4  # checked and labelled, made, recorded, written


@dataclass(frozen=True)
class MakeLetter:
    dispute_id: int
    kind: str  # a rung of the ladder: seller_reminder, platform_complaint, … (desk/disputes/ladder.toml)
    lang: str  # en, ru or zh
    out: Path  # where the PDF goes; it must end in .pdf
    today: date | None = None  # the letter's date; None: today
    force: bool = False  # make it although the ladder does not offer it now


@dataclass(frozen=True, kw_only=True)
class LetterMade(Result):
    path: Path
    letter_id: int  # the letter's number, shared by its versions in other languages
    version_id: int  # this language's version (the same as letter_id for the first one)
    evidence_id: int  # the PDF, kept as evidence of the dispute
    reply_by: date | None
    langs: tuple[str, ...]  # the languages the letter is written in now, this one included


@dataclass(frozen=True)
class MarkLetterSent:
    letter_id: int
    sent_on: date
    via: str  # how it went out: e-mail, platform message, post, …


@dataclass(frozen=True, kw_only=True)
class LetterSent(Result):
    letter_id: int
    dispute_id: int


@dataclass(frozen=True)
class CopyLetterTemplates:
    """The shipped templates go into the data folder's templates/letters/, never over one that is there."""


@dataclass(frozen=True, kw_only=True)
class LetterTemplatesCopied(Result):
    folder: Path
    files: tuple[tuple[Path, str], ...]  # each file and what happened: copied, already there, kept, written


def copy_letter_templates(ws: Workspace, request: CopyLetterTemplates = CopyLetterTemplates()) -> LetterTemplatesCopied:
    files = tuple(copy_templates(ws.root, load_ladder().codes))
    copied = sum(1 for _, status in files if status == "copied")
    folder = user_dir(ws.root)
    message = words.tr("Copied %n letter template(s) into {0}.", "", copied).format(folder)
    return LetterTemplatesCopied(message=message, folder=folder, files=files)


def mark_letter_sent(ws: Workspace, request: MarkLetterSent, *, today: date | None = None) -> LetterSent:
    """A letter made (a draft) counts as sent from here on: the ladder, its reply date and packets see it. Its
    versions in other languages went with it (any of their ids names the letter)."""
    with ws.write() as session:
        letter = sending.get_letter(session, request.letter_id)
        together = letter_versions.versions(session, letter) if not letter.is_voided else [letter]
        for version in together:
            sending.mark_sent(version, request.sent_on, request.via, today or date.today())
        title = _title(letter.kind)
        if len(together) > 1:
            langs = L.listing([L.LANG_ENGLISH[v.lang] for v in together], "en")
            said = formatted(
                words.tr("The {0} ({1}) for dispute {2} is marked sent on {3} by {4}."),
                title,
                langs,
                str(letter.dispute_id),
                request.sent_on,
                letter.sent_via,
            )
        else:
            said = formatted(
                words.tr("The {0} for dispute {1} is marked sent on {2} by {3}."),
                title,
                str(letter.dispute_id),
                request.sent_on,
                letter.sent_via,
            )
        return LetterSent(
            changed=changed(Record.DISPUTE),
            message=str(said),
            dated=said,
            letter_id=letter.letter_no,
            dispute_id=letter.dispute_id,
        )


def _title(kind: str) -> str:
    try:
        return load_ladder().rung(kind).title.lower()
    except DeskError:  # a kind no longer on the ladder
        return words.tr("letter")


def make_letter(
    ws: Workspace, request: MakeLetter, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> LetterMade:
    L.check_lang(request.lang)
    spec = load_ladder().rung(request.kind)
    today = request.today or date.today()
    out = check_target(request.out, suffix=".pdf")
    template = read_template(template_path(ws.root, request.lang, request.kind))  # checked whole before anything
    stopped = words.tr("the letter for dispute {0} was cancelled; nothing was recorded").format(request.dispute_id)
    stop_if_cancelled(cancelled, stopped)
    with ws.write() as session:  # labels first (kept from then on), once the letter is known to be recordable
        dispute = get_dispute(session, request.dispute_id)
        rung = offered(session, dispute, spec, today, force=request.force)
        if not rung.available:  # why, as the note kept with the letter says it: in English, as Desk keeps notes
            with english():
                rung = offered(session, dispute, spec, today, force=True)
        demands_something(dispute, spec)
        sender(session)
        letter_versions.joining(session, dispute.id, spec.code, today, request.lang)
        _check_note(session, dispute, today)
        label_exhibits(session, dispute)
    _progress(progress, 1)
    with ws.read() as session, english():  # the letter's own language; any core words in it English, not the window's
        document = letter_document(
            session, get_dispute(session, request.dispute_id), spec, request.lang, template, today
        )
    _progress(progress, 2)
    stop_if_cancelled(cancelled, stopped)
    made = _record(ws, request, out, spec, document, today, "" if rung.available else str(rung.why))
    _progress(progress, 3)
    try:
        write_atomically(out, document.data)
    except OSError as error:  # the letter is recorded already: say where it is kept
        raise DeskError(
            words.tr(
                "{0}; the letter was recorded and kept as evidence {1}: `desk evidence list {2}` shows it"
            ).format(classify(error).message, made.evidence_id, request.dispute_id)
        ) from error
    _progress(progress, 4)
    return made


def _check_note(session: Session, dispute: Dispute, today: date) -> None:
    """The letter's note is tried on the dispute and undone (a savepoint): a letter the dispute's timeline would
    refuse (dated before its last event) is refused before anything is kept, by the rule that records it."""
    trial = session.begin_nested()
    try:
        note = "(a letter, tried)"
        record_event(session, dispute, DisputeEventKind.NOTE, today, note=note, audience=Audience.INTERNAL)
    finally:
        trial.rollback()


def _record(
    ws: Workspace,
    request: MakeLetter,
    out: Path,
    spec: RungSpec,
    document: LetterDocument,
    today: date,
    not_offered: str,
) -> LetterMade:
    """The letter, its note on the dispute and its PDF as evidence, in one transaction."""
    dispute_id, kind, lang = request.dispute_id, request.kind, request.lang
    # The name the other side reads where a later letter or packet encloses it: plain words, no codes or ids.
    name = f"{spec.title} ({L.LANG_ENGLISH[lang]}), {today.isoformat()}.pdf"
    note = f"{spec.title} ({L.LANG_NAMES[lang]}) made on {today.isoformat()}"
    case = CaseRef("dispute", dispute_id, f"dispute {dispute_id}")
    with ws.write() as session:
        dispute = get_dispute(session, dispute_id)
        joins = letter_versions.joining(session, dispute_id, kind, today, lang)
        evidence = add_bytes(
            session, ws.vault, document.data, name, case, EvidenceKind.DOCUMENT, note, audience=spec.audience
        )
        letter = DisputeLetter(
            dispute_id=dispute_id,
            kind=kind,
            lang=lang,
            made_on=today,
            reply_by=document.reply_by,
            evidence_id=evidence.id,
            made_by=ws.actor,
            version_of=joins.letter_no if joins is not None else None,
            audience=spec.audience,
        )
        session.add(letter)
        event_note = f"Letter made: {spec.title} ({lang}), kept as evidence {evidence.id}"
        if document.reply_by is not None:
            event_note += f"; reply by {document.reply_by.isoformat()}"
        if not_offered:
            event_note += f"; made although not offered ({not_offered})"
        # Our own record that it was made (where its PDF is, why it was forced): for our staff only. The letter
        # itself is listed, once, by every document that may show it, from its own row once it is sent.
        record_event(session, dispute, DisputeEventKind.NOTE, today, note=event_note, audience=Audience.INTERNAL)
        session.flush()
        letter_id, version_id, evidence_id = letter.letter_no, letter.id, evidence.id
        langs = tuple(version.lang for version in letter_versions.versions(session, letter))
    written = L.listing([L.LANG_ENGLISH[code] for code in langs], "en")
    title, language = spec.title.lower(), L.LANG_ENGLISH[lang]
    if len(langs) > 1 and document.reply_by:
        said = formatted(
            words.tr(
                "Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}; reply by {6}."
            ),
            title, str(dispute_id), language, str(letter_id), written, str(evidence_id), document.reply_by,
        )  # fmt: skip
    elif len(langs) > 1:
        said = formatted(
            words.tr("Made the {0} for dispute {1} in {2} (letter {3}, now in {4}), kept as evidence {5}."),
            title, str(dispute_id), language, str(letter_id), written, str(evidence_id),
        )  # fmt: skip
    elif document.reply_by:
        said = formatted(
            words.tr("Made the {0} for dispute {1} in {2}, kept as evidence {3}; reply by {4}."),
            title, str(dispute_id), language, str(evidence_id), document.reply_by,
        )  # fmt: skip
    else:
        said = formatted(
            words.tr("Made the {0} for dispute {1} in {2}, kept as evidence {3}."),
            title, str(dispute_id), language, str(evidence_id),
        )  # fmt: skip
    return LetterMade(
        changed=changed(Record.DISPUTE, Record.EVIDENCE),
        message=str(said),
        dated=said,
        path=out,
        letter_id=letter_id,
        version_id=version_id,
        evidence_id=evidence_id,
        reply_by=document.reply_by,
        langs=langs,
    )


def _progress(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, STEPS)

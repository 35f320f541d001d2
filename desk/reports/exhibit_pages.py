"""One exhibit → its pages in the packet.

A photo fills a page under a short heading; a PDF is merged page by page as it is (pypdf), less its scripts, actions
and attached files (`pdf_cleaning`: the index says what its copy was cleaned of); an e-mail is shown with
its headers (Message-ID and Date as the message has them) and its body with its own line breaks, every attachment
named with the exhibit it is (or whose bytes it shares); a text file is printed; anything else
(video, archives, …) gets a page that lists its name, kind, size and sha256 and says that the file itself is in the
vault and the bundle. Evidence Desk flagged (`warning`: a program named .jpg, a file whose content is not what its
name says) is never opened or embedded: it is listed with its warning. So is a file that cannot be read, with why."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desk.common import UndecodableText, decode_text, format_size
from desk.evidence.emails import Attachment
from desk.evidence.messages import is_email
from desk.evidence.outlook_msg import UnreadableMessage
from desk.reports import flowing
from desk.reports.document import para, styles
from desk.reports.photos import PhotoError, PhotoFlowable, Picture, decoded, jpeg, reencode

TEXT_LIMIT = 60_000  # characters of a text file or e-mail body printed; the whole file is in the vault
LINES_PER_PARAGRAPH = 40  # long chat logs are laid out in pieces: one huge Paragraph is slow to split
KIND_LABELS = {
    "photo": "Photo",
    "video": "Video",
    "chat": "Chat",
    "email": "E-mail",
    "payment_proof": "Proof of payment",
    "tracking": "Tracking",
    "invoice": "Invoice",
    "screenshot": "Screenshot",
    "document": "Document",
    "other": "Other",
}
HEADERS = (
    ("from", "From"),
    ("to", "To"),
    ("cc", "Cc"),
    ("date", "Date"),
    ("subject", "Subject"),
    ("message_id", "Message-ID"),
)


@dataclass(frozen=True)
class ExhibitSource:
    """What the packet knows of one exhibit, read in the session: no database object outlives it."""

    label: str
    evidence_id: int
    sha256: str
    size: int
    media_type: str
    kind: str
    name: str
    description: str | None
    captured_at: datetime | None
    internal: bool
    warning: str | None
    details: Mapping[str, Any]
    text: str | None
    attachments: tuple[tuple[str, str], ...] = ()  # (label, name) of its attachments in this packet
    parent: tuple[str, str] | None = None  # (label, subject) of the e-mail it came in, when that is in the packet
    # sha256 → label of every exhibit in this packet: an attachment whose bytes are another exhibit's names it
    labels: Mapping[str, str] = field(default_factory=dict)
    keep_photo_date: bool = True  # a photo's clean copy keeps the date it was taken (setting photo_dates)
    cleaned: str = ""  # what the copy of its PDF shown was cleaned of ("scripts and attached files"); "": nothing

    @classmethod
    def of(cls, evidence: Any, label: str, **more: Any) -> ExhibitSource:
        """What `evidence` (an Evidence row, read in the session) shows as exhibit `label`."""
        from sqlalchemy.orm import object_session

        from desk.settings import get_str

        session = object_session(evidence)
        keep = session is None or get_str(session, "photo_dates") == "keep"
        return cls(
            label=label,
            evidence_id=evidence.id,
            sha256=evidence.sha256,
            size=evidence.size,
            media_type=evidence.media_type,
            kind=evidence.kind.value,
            name=evidence.original_name,
            description=evidence.description,
            captured_at=evidence.captured_at,
            internal=evidence.internal,
            warning=evidence.warning,
            details=dict(evidence.details or {}),
            text=evidence.text_content,
            keep_photo_date=keep,
            **more,
        )

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())

    @property
    def title(self) -> str:
        """The exhibit as a bookmark names it."""
        about = (self.description or self.name).strip().replace("\n", " ")
        return f"Exhibit {self.label} — {about[:70] + '…' if len(about) > 70 else about}"


@dataclass
class Rendered:
    """An exhibit's pages: laid out by Desk (`flowables`, starting on a new page) or its own PDF (`reader`)."""

    source: ExhibitSource
    flowables: list[Any] = field(default_factory=list)
    reader: Any = None  # a pypdf PdfReader
    picture: Picture | None = None

    @property
    def embedded_bytes(self) -> int:
        """Bytes of the file it carries into the PDF (a photo's, a PDF's), for planning the split."""
        if self.reader is not None:
            return self.source.size
        return self.picture.embedded_bytes if self.picture is not None else 0


def shown_clean(source: ExhibitSource, for_counsel: bool) -> bool:
    """Whether the packet shows a copy of the picture without its metadata (a photo for the other side), rather than
    the original: a flagged file is never shown at all."""
    return not for_counsel and source.media_type.startswith("image/") and not source.warning


def fingerprint(source: ExhibitSource, for_counsel: bool) -> str:
    """The exhibit's SHA-256 as an index prints it: always the original's, and for a clean copy it says so."""
    if shown_clean(source, for_counsel):
        return f"SHA-256 {source.sha256} (the original's; the copy shown carries no camera or location data)"
    if source.cleaned:
        return (
            f"SHA-256 {source.sha256} (the original's, kept unchanged; the copy shown was cleaned of active content: "
            f"{source.cleaned})"
        )
    return f"SHA-256 {source.sha256}"


def when_text(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment is not None else "unknown"


def heading(source: ExhibitSource, for_counsel: bool) -> list[Any]:
    """The top of an exhibit's first page: its label, what it shows, where it came from."""
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable

    title = f"Exhibit {source.label}" + (" · INTERNAL" if for_counsel and source.internal else "")
    when = f"captured {when_text(source.captured_at)}" if source.captured_at else "capture date unknown"
    facts = [source.kind_label, source.name, when]
    if source.parent is not None:
        facts.append(f"attached to the e-mail of Exhibit {source.parent[0]}")
    out = [para(title, "h1")]
    if source.description:
        out += flowing.cut(para(source.description, "body"))
    out += [
        para(" · ".join(facts), "small"),
        para(fingerprint(source, for_counsel), "small"),
        HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#999999"), spaceBefore=2, spaceAfter=8),
    ]
    return out


def paragraphs(text: str, style: str, limit: int | None = TEXT_LIMIT) -> list[Any]:
    """Text as paragraphs: blank lines separate them, line breaks and the indentation of lines are kept (a quoted
    reply, a table typed with spaces), long runs of lines and long lines are cut in pieces (`flowing.cut`). A file's
    text is printed up to `limit` characters (the whole file is in the vault); None: all of it (what the user wrote
    has no other copy in the packet)."""
    out: list[Any] = []
    cut = limit is not None and len(text) > limit
    if limit is not None and cut:
        text = text[:limit]
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [_indented(line) for line in block.strip("\n").split("\n")]
        for start in range(0, len(lines), LINES_PER_PARAGRAPH):
            piece = "\n".join(lines[start : start + LINES_PER_PARAGRAPH])
            if piece.strip():
                out += flowing.cut(para(piece, style))
    if cut:
        out.append(para(f"[The text goes on; the first {limit:,} characters are printed here.]", "small"))
    return out


def _indented(line: str) -> str:
    """The line with its leading spaces and tabs, and runs of spaces within it, as no-break spaces, which a
    Paragraph does not collapse: columns typed with spaces stay apart."""
    rest = line.lstrip(" \t")
    lead = line[: len(line) - len(rest)].replace("\t", "    ")
    rest = re.sub(r"[ \t]{2,}", lambda run: "\u00a0" * (len(run[0].replace("\t", "    ")) - 1) + " ", rest)
    return "\u00a0" * len(lead) + rest


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return decode_text(data)[0]
    except UndecodableText:
        return data.decode("latin-1")  # printed anyway: Latin-1 reads any bytes


def _attachment_lines(source: ExhibitSource, attachments: Sequence[Attachment]) -> str:
    """One line per attachment of the e-mail, in its order: its name and the exhibit that shows it."""
    own = {label for label, _ in source.attachments}
    lines = []
    for attachment in attachments:
        label = source.labels.get(attachment.sha256)
        if not source.labels:  # a document that does not say which exhibits it holds: the name alone
            lines.append(attachment.name)
            continue
        if label is None:
            where = "not among these exhibits"
        elif label in own:
            where = f"Exhibit {label}"
        else:
            where = f"the same file as Exhibit {label}"
        lines.append(f"{attachment.name} — {where}")
    return "\n".join(lines)


def _email(source: ExhibitSource, path: Path) -> list[Any]:
    """The e-mail read from its own file: the headers, every attachment, the body as written."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Spacer, Table, TableStyle

    from desk.evidence.messages import read_message

    message = read_message(path, source.media_type, source.name)
    details = message.details or dict(source.details)
    labels = [(label, str(details[key])) for key, label in HEADERS if details.get(key)]
    # An Outlook file's attached messages stay inside it: listed, not exhibits of their own.
    inside = [f"{item} — kept inside this e-mail's file, not an exhibit" for item in details.get("inside", [])]
    if message.attachments or inside:
        lines = _attachment_lines(source, message.attachments) if message.attachments else ""
        labels.append(("Attachments", "\n".join(filter(None, [lines, *inside]))))
    out: list[Any] = []
    if labels:
        style = styles()["cell_bold"]
        # The label column as wide as its longest label: "Attachments" never breaks in two.
        widest = max(stringWidth(label, style.fontName, style.fontSize) for label, _ in labels)
        # A thousand attachments, or recipients, go on in rows below their label, over as many pages as they take.
        rows = flowing.Rows([widest + 14, flowing.FRAME_WIDTH - widest - 14])
        for label, value in labels:
            rows.add([para(label, "cell_bold"), para(value, "cell")])
        table = Table(rows.rows, colWidths=[widest + 14, None], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), "#F3F3F3"),
                    ("BOX", (0, 0), (-1, -1), 0.5, "#BBBBBB"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    *rows.seamless(),
                ]
            )
        )
        out += [table, Spacer(1, 10)]
    body = message.body
    return out + (paragraphs(body, "body") if body.strip() else [para("(The e-mail has no text.)", "small")])


def listing(source: ExhibitSource, reason: str, flagged: bool = False) -> list[Any]:
    """A page that stands for a file the packet does not reproduce, and says why."""
    from reportlab.platypus import Spacer, Table, TableStyle

    rows = [
        ("File name", source.name),
        ("Kind", f"{source.kind_label} ({source.media_type})"),
        ("Size", format_size(source.size) + (f" ({source.size:,} bytes)" if source.size >= 1000 else "")),
        ("SHA-256", source.sha256),
        ("Captured", when_text(source.captured_at)),
        (
            "Where it is",
            "Kept unchanged in the claimant's evidence vault under this SHA-256, and in its evidence bundle; "
            "it can be provided on request.",
        ),
    ]
    cells = flowing.Rows([80, flowing.FRAME_WIDTH - 80])  # a file name of any length goes on in rows below
    for k, v in rows:
        cells.add([para(k, "cell_bold"), para(v, "cell")])
    table = Table(cells.rows, colWidths=[80, None], hAlign="LEFT")
    rules = flowing.rules_below(cells.inner, len(cells.rows) - 1, 0.25, "#CCCCCC")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *rules, *cells.seamless()]))
    colour = "#9B1C1C" if flagged else "#444444"
    said = flowing.Rows([flowing.FRAME_WIDTH])
    said.add([para(reason, "cell_bold" if flagged else "cell")])
    notice = Table(said.rows, colWidths=["100%"])
    notice.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, colour),
                ("BACKGROUND", (0, 0), (-1, -1), "#FDECEC" if flagged else "#F3F3F3"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                *said.seamless(),
            ]
        )
    )
    return [notice, Spacer(1, 12), table]


def _pdf(path: Path) -> tuple[Any, str | None, str]:
    """The PDF's reader, cleaned of active content (`pdf_cleaning`), and what it was cleaned of; or None and why it
    cannot be merged."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from desk.reports.pdf_cleaning import clean_exhibit

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            return None, "The PDF is protected by a password, so its pages cannot be merged into the packet.", ""
        if not reader.pages:
            return None, "The PDF has no pages.", ""
        for page in reader.pages:  # read every page's box now: a damaged page fails here, not in the assembly
            _ = page.cropbox
        return reader, None, clean_exhibit(reader).said()  # in memory: the vault's file stays as it is
    except (
        PyPdfError,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        NotImplementedError,
        RecursionError,
    ) as error:
        # The packet goes to the other side: plain words there, the reader's details in our log
        logging.getLogger(__name__).warning("exhibit %s: the PDF cannot be read: %r", path.name, error)
        why = "The PDF file cannot be read (it is damaged, or not a PDF), so its pages are not reproduced here."
        return None, why, ""


def render_exhibit(
    source: ExhibitSource, path: Path, *, for_counsel: bool, shrink_photo_to: int | None = None
) -> Rendered:
    """The exhibit's pages. `path` is its file in the vault; `shrink_photo_to` re-encodes a photo to at most that
    many bytes (for an upload limit it would not fit otherwise)."""
    top = heading(source, for_counsel)
    if source.warning:
        reason = f"Not reproduced: Desk flagged this file — {source.warning}. It is never opened or embedded."
        return Rendered(source, top + listing(source, reason, flagged=True))
    media = source.media_type
    # The other side sees a photo without the camera's location and make (a copy); counsel sees the original.
    clean = {"clean": shown_clean(source, for_counsel), "keep_date": source.keep_photo_date}
    try:
        if media == "image/jpeg" or (media.startswith("image/") and shrink_photo_to is not None):
            if shrink_photo_to:
                picture = reencode(path, source.sha256, shrink_photo_to, **clean)
            else:
                picture = jpeg(path, source.sha256, **clean)
        elif media.startswith("image/"):
            picture = decoded(path)
        else:
            picture = None
    except PhotoError as error:
        return Rendered(source, top + listing(source, f"Not reproduced: {error}."))
    if picture is not None:
        width, height = picture.upright_pixels
        turned = ", turned upright as its EXIF orientation says" if picture.orientation != 1 else ""
        top.insert(-1, para(f"{width:,} × {height:,} pixels{turned}", "small"))
        if picture.reencoded:
            note = (
                "A smaller copy, made for sending (fewer pixels); "
                f"the original ({format_size(source.size)}) is kept unchanged and can be provided."
            )
            top.insert(-1, para(note, "small"))
        return Rendered(source, [*top, PhotoFlowable(picture)], picture=picture)
    if media == "application/pdf":
        reader, why, cleaned = _pdf(path)
        if reader is not None:
            return Rendered(replace(source, cleaned=cleaned), reader=reader)
        return Rendered(source, top + listing(source, f"Not reproduced: {why}"))
    if is_email(media):
        try:
            return Rendered(source, top + _email(source, path))
        except UnreadableMessage as error:
            return Rendered(source, top + listing(source, f"Not reproduced: {error}."))
    if media.startswith("text/"):
        return Rendered(source, top + paragraphs(_read_text(path), "body"))
    reason = "Not reproduced: a file of this kind cannot be printed. It is listed here so that it can be found."
    return Rendered(source, top + listing(source, reason))

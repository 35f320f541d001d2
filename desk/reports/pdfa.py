"""The last step of every PDF Desk writes: made archival (PDF/A-2b) where it honestly can be.

PDF 1.7 header, the document information and the same facts in XMP metadata (title, author, subject, keywords, real
creation and modification dates in UTC), an sRGB output intent, a file identifier, annotations that print, and no
scripts, actions, attached files or media anywhere in it (`pdf_cleaning`, over every object: an exhibit's PDF is
cleaned before its pages are copied, and this is the last pass).
The PDF/A identification (part 2, conformance B) is written only where pdfa_pages.py finds nothing against it: an
exhibit's own PDF page may bring a font it does not embed, and such a file is archival in all else but does not
claim PDF/A (its `Archival` says why). Fonts: DESIGN.md's DejaVu Sans and WenQuanYi Micro Hei, embedded as subsets
(document.prepare keeps ReportLab's unembedded Helvetica out). The sRGB profile is made by Little CMS (Pillow)."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from desk.reports.document import Meta
from desk.reports.pdf_cleaning import clean_written
from desk.reports.pdfa_pages import check_pages

HEADER = b"%PDF-1.7"
PRODUCER = "Desk (ReportLab, pypdf)"
SRGB = "sRGB IEC61966-2.1"
PRINT_FLAG = 4  # an annotation's "print" bit: PDF/A wants every annotation printed as shown


@dataclass(frozen=True)
class Archival:
    """What the file claims: PDF/A-2b, or why not, in plain words ("fonts it does not include (Helvetica)")."""

    claimed: bool
    problems: tuple[str, ...] = ()


def archival(data: bytes, meta: Meta) -> bytes:
    """A PDF made by ReportLab (a letter, the summary) made archival."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    finish(writer, meta)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def finish(writer: PdfWriter, meta: Meta) -> Archival:
    """Give `writer` the header, metadata, output intent and identifier of an archival file; claim PDF/A-2b only
    where its pages allow it. Call it last, just before `writer.write`."""
    created = (meta.created or made_now()).astimezone(UTC).replace(microsecond=0)
    writer.pdf_header = HEADER
    removed = bool(clean_written(writer))  # only its own bookmarks (jumps within it) and web links stay
    _print_annotations(writer)
    found = check_pages(writer.pages)
    result = Archival(not found.pages, found.problems())
    _set_info(writer, meta, created)
    _set_xmp(writer, meta, created, result.claimed)
    writer.root_object[NameObject("/OutputIntents")] = ArrayObject([_output_intent(writer)])
    # The same identifier twice: a file written once (PDF 32000-1, 14.4). Not the one a ReportLab document brought
    # (its invariant mode gives every document the same), and pypdf makes one only when encrypting.
    seed = f"{meta.title}\n{created.isoformat()}\n{len(writer.pages)}".encode()
    ident = ByteStringObject(hashlib.md5(seed, usedforsecurity=False).digest())
    writer._ID = ArrayObject([ident, ident])
    # What was taken out would still be written, unreferenced. The sweep reads every object (0.2 s for 200 MB of
    # photos): only when there is something to sweep.
    if removed:
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    return result


def made_now() -> datetime:
    """Now, in UTC; or the time SOURCE_DATE_EPOCH names (the reproducible-builds convention), so that the same
    data can be shown to make the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)


def pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def xmp_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _set_info(writer: PdfWriter, meta: Meta, created: datetime) -> None:
    info = {
        "/Title": meta.title,
        "/Author": meta.author,
        "/Subject": meta.subject,
        "/Creator": "Desk",
        "/Producer": PRODUCER,
        "/CreationDate": pdf_date(created),
        "/ModDate": pdf_date(created),
    }
    if meta.keywords:
        info["/Keywords"] = ", ".join(meta.keywords)
    writer.metadata = DictionaryObject(
        {NameObject(key): TextStringObject(value) for key, value in info.items() if value}
    )


def xmp(meta: Meta, created: datetime, claimed: bool) -> bytes:
    """The XMP packet saying what the Info dictionary says (PDF/A wants both to agree), and PDF/A-2b if claimed."""
    when = xmp_date(created)
    fields = []
    if claimed:
        fields += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]
    fields.append("<dc:format>application/pdf</dc:format>")
    if meta.title:
        fields.append(_alt("dc:title", meta.title))
    if meta.author:
        fields.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>")
    if meta.subject:
        fields.append(_alt("dc:description", meta.subject))
    if meta.keywords:
        fields.append(f"<pdf:Keywords>{escape(', '.join(meta.keywords))}</pdf:Keywords>")
    fields += [
        f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>",
        "<xmp:CreatorTool>Desk</xmp:CreatorTool>",
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
    ]
    body = "\n   ".join(fields)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   {body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def _alt(tag: str, text: str) -> str:
    return f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt></{tag}>'


def _set_xmp(writer: PdfWriter, meta: Meta, created: datetime, claimed: bool) -> None:
    stream = StreamObject()  # unfiltered, as PDF/A wants the metadata readable by any tool
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    stream.set_data(xmp(meta, created, claimed))
    writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (a display profile in RGB), made by Little CMS through Pillow rather than shipped."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _output_intent(writer: PdfWriter) -> Any:
    profile = StreamObject()
    profile[NameObject("/N")] = NumberObject(3)
    profile.set_data(srgb_profile())
    profile = profile.flate_encode()
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(SRGB),
            NameObject("/Info"): TextStringObject(SRGB),
            NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
            NameObject("/DestOutputProfile"): writer._add_object(profile),
        }
    )
    return writer._add_object(intent)


def _print_annotations(writer: PdfWriter) -> None:
    """Every annotation printed, as shown: not hidden, not invisible, not "no view"."""
    for page in writer.pages:
        for ref in page.get("/Annots", None) or []:
            annot = ref.get_object()
            flags = int(annot.get("/F", 0))
            annot[NameObject("/F")] = NumberObject((flags | PRINT_FLAG) & ~(1 | 2 | 32))

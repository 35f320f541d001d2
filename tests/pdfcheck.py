"""Checks every test of a produced PDF makes: qpdf finds no damage, pypdf reads the text back, and the pages are
rendered to PNG under tests/artifacts/ for people to look at (DESIGN.md, "Tests"); `archival_check` checks what
PDF/A-2b asks of a file as far as we can without veraPDF (ISO 19005-2; veraPDF is not run here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

ARTIFACTS = Path(__file__).parent / "artifacts"


def qpdf_check(path: Path) -> None:
    """Fails the test when qpdf finds the file damaged or malformed (it exits 0 only for a clean file)."""
    if WINDOWS_WITHOUT_TOOLS:
        return
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"qpdf --check {path.name}: {result.stdout[-2000:]}{result.stderr[-2000:]}"


def text_of(path: Path) -> str:
    """All text pypdf extracts, page after page."""
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def render(path: Path, name: str, first: int = 1, last: int | None = None, dpi: int = 60) -> list[Path]:
    """Render pages `first`..`last` to tests/artifacts/NAME-N.png with pdftoppm and return the PNGs. In the Windows
    lane the test ends here, skipped: what it checked before passed, the rest is the Linux lane's."""
    if WINDOWS_WITHOUT_TOOLS:
        pytest.skip(f"{TOOLS_MISSING}: the checks before the rendering passed")
    ARTIFACTS.mkdir(exist_ok=True)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    subprocess.run([*command, str(path), str(ARTIFACTS / name)], check=True, capture_output=True)
    pngs = sorted(ARTIFACTS.glob(f"{name}-*.png"))
    assert pngs, f"pdftoppm rendered no page of {path.name}"
    return pngs


def tools_present() -> bool:
    return all(shutil.which(tool) for tool in ("qpdf", "pdftoppm", "pdftotext"))


# qpdf and Poppler are Debian packages `.ci/run` installs. The Windows lane (Wine) has no Windows build of them: there
# a test still makes its PDF and reads it back with pypdf, and leaves qpdf's check and the rendering to the Linux lane
# (`qpdf_check` does nothing there and `render` ends the test as skipped); a test that needs the tools from its start
# is skipped with `needs_pdf_tools`.
WINDOWS_WITHOUT_TOOLS = sys.platform == "win32" and not tools_present()
TOOLS_MISSING = "needs qpdf and Poppler (pdftoppm, pdftotext), which have no Windows build in the Wine lane"
needs_pdf_tools = pytest.mark.skipif(not tools_present(), reason=TOOLS_MISSING)
checks_pdfs = pytest.mark.skipif(not tools_present() and not WINDOWS_WITHOUT_TOOLS, reason=TOOLS_MISSING)


PDFAID = "http://www.aiim.org/pdfa/ns/id/"
XMP_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": PDFAID,
}


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    """Every font pdffonts lists, with whether it is embedded (its "emb" column)."""
    if WINDOWS_WITHOUT_TOOLS:
        pytest.skip(f"{TOOLS_MISSING}: the checks before the fonts' passed")
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    # name, type words, encoding, then emb sub uni as yes/no, object and generation numbers
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]


def xmp_of(path: Path) -> Any:
    """The XMP packet of the file, parsed (an XML error fails the test)."""
    from xml.etree import ElementTree

    metadata = PdfReader(path).trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in metadata, "the XMP stream should be left unfiltered"
    return ElementTree.fromstring(metadata.get_data())


def _xmp_value(root: Any, path: str) -> str | None:
    found = root.find(f".//rdf:Description/{path}", XMP_NS)
    return None if found is None else (found.text or "")


def _xmp_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _info_time(text: str) -> datetime:
    digits = text.removeprefix("D:")
    return datetime.strptime(digits[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def archival_check(path: Path, *, claimed: bool = True) -> None:
    """What PDF/A-2b asks that we can check without veraPDF: a 1.7 header, every font embedded, XMP that parses,
    identifies PDF/A-2B (when `claimed`) and agrees with the Info dictionary (title, author, real dates), an
    OutputIntent GTS_PDFA1 with an RGB ICC profile of N=3, a trailer /ID, no JavaScript and qpdf's approval."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.7"), f"{path.name}: header {data[:8]!r}"
    reader = PdfReader(path)
    if claimed:
        bare = [name for name, embedded in fonts_of(path) if not embedded]
        assert not bare, f"{path.name}: fonts not embedded: {bare}"
        truetype_check(reader, path.name)
    root = reader.trailer["/Root"]
    xmp = xmp_of(path)
    part, conformance = _xmp_value(xmp, "pdfaid:part"), _xmp_value(xmp, "pdfaid:conformance")
    assert (part, conformance) == (("2", "B") if claimed else (None, None)), f"{path.name}: PDF/A {part}{conformance}"
    info = reader.metadata
    assert info is not None and info.title and info.author
    assert _xmp_value(xmp, "dc:title/rdf:Alt/rdf:li") == info.title
    assert _xmp_value(xmp, "dc:creator/rdf:Seq/rdf:li") == info.author
    created, modified = _xmp_value(xmp, "xmp:CreateDate"), _xmp_value(xmp, "xmp:ModifyDate")
    assert created and modified, f"{path.name}: XMP without dates"
    assert _xmp_time(created) == _info_time(str(info["/CreationDate"])), f"{path.name}: creation dates differ"
    assert _xmp_time(modified) == _info_time(str(info["/ModDate"])), f"{path.name}: modification dates differ"
    assert _xmp_time(created).year > 2000, f"{path.name}: made on {created}?"
    intents = [i.get_object() for i in root.get("/OutputIntents", [])]
    pdfa = [i for i in intents if i["/S"] == "/GTS_PDFA1"]
    assert len(pdfa) == 1, f"{path.name}: output intents {intents}"
    profile = pdfa[0]["/DestOutputProfile"].get_object()
    icc = profile.get_data()
    assert profile["/N"] == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB ", f"{path.name}: not an RGB ICC"
    assert icc[8] in (2, 4), f"{path.name}: ICC version {icc[8]}"
    ids = reader.trailer.get("/ID")
    assert ids is not None and len(ids) == 2 and ids[0], f"{path.name}: no file identifier"
    assert "/Encrypt" not in reader.trailer
    assert b"/JavaScript" not in data and b"/JS " not in data, f"{path.name}: JavaScript"
    for page in reader.pages:
        for annot in page.get("/Annots", None) or []:
            assert int(annot.get_object().get("/F", 0)) & 4, f"{path.name}: an annotation that does not print"
    qpdf_check(path)


def truetype_check(reader: PdfReader, name: str) -> None:
    """ISO 19005-2, 6.2.11.6: a symbolic TrueType font has no Encoding and a cmap of one subtable (or with 3,0);
    a non-symbolic one is encoded MacRoman or WinAnsi."""
    import struct

    seen: set[int] = set()
    for page in reader.pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            if font.get("/Subtype") != "/TrueType" or id(font) in seen:
                continue
            seen.add(id(font))
            descriptor = font["/FontDescriptor"].get_object()
            program = descriptor["/FontFile2"].get_object().get_data()
            tables = struct.unpack(">H", program[4:6])[0]
            directory = {program[12 + 16 * i : 16 + 16 * i]: 20 + 16 * i for i in range(tables)}
            at = struct.unpack(">I", program[directory[b"cmap"] : directory[b"cmap"] + 4])[0]
            count = struct.unpack(">H", program[at + 2 : at + 4])[0]
            encodings = {struct.unpack(">HH", program[at + 4 + 8 * i : at + 8 + 8 * i]) for i in range(count)}
            if int(descriptor["/Flags"]) & 4:
                assert "/Encoding" not in font, f"{name}: symbolic {font['/BaseFont']} with an Encoding"
                assert count == 1 or (3, 0) in encodings, f"{name}: {font['/BaseFont']} cmap {encodings}"
            else:
                assert font.get("/Encoding") in ("/MacRomanEncoding", "/WinAnsiEncoding"), f"{name}: {font}"


def embedded_jpegs(path: Path) -> list[bytes]:
    """The JPEG streams as the PDF holds them (pypdf's `page.images` would hand back a re-encoded copy)."""
    found = []
    for page in PdfReader(path).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            stream = xobject.get_object()
            if "/DCTDecode" in str(stream.get("/Filter")):
                found.append(stream.get_data())
    return found

"""What keeps a PDF's pages from being PDF/A-2b, found on the pages themselves: a font used without its program in the
file (an exhibit's own page in the standard Helvetica, say), an image in print colours (CMYK, where the file's
output intent is sRGB), a stream in LZW. pdfa.py claims PDF/A only where nothing is found; `note` says, for the
packet's message, which exhibit keeps a written file from it and why."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject


@dataclass
class Obstacles:
    fonts: set[str] = field(default_factory=set)  # fonts used without their program in the file
    cmyk: int = 0  # images in print colours (PDF/A with an sRGB intent allows none)
    lzw: int = 0  # streams in LZW, which PDF/A forbids
    pages: list[int] = field(default_factory=list)  # from 0: the pages that keep the file from being PDF/A

    def problems(self) -> tuple[str, ...]:
        said = [f"fonts it does not include ({', '.join(sorted(self.fonts))})"] if self.fonts else []
        said += ["images in print colours (CMYK)"] if self.cmyk else []
        return (*said, *(["an old compression (LZW) the archival format does not allow"] if self.lzw else []))


def check_pages(pages: Any) -> Obstacles:
    found = Obstacles()
    for n, page in enumerate(pages):
        here = Obstacles()
        contents: Any = page.get("/Contents")
        contents = contents.get_object() if contents is not None else ArrayObject()
        for stream in contents if isinstance(contents, ArrayObject) else [contents]:
            here.lzw += _lzw(stream.get_object())
        for resources in _resources(page.get("/Resources"), set()):
            for font in (resources.get("/Font") or {}).values():
                name = _unembedded(font.get_object())
                if name:
                    here.fonts.add(name)
            for xobject in (resources.get("/XObject") or {}).values():
                image = xobject.get_object()
                here.lzw += _lzw(image)
                if image.get("/Subtype") == "/Image" and _is_cmyk(image.get("/ColorSpace")):
                    here.cmyk += 1
        if here.problems():
            found.fonts |= here.fonts
            found.cmyk += here.cmyk
            found.lzw += here.lzw
            found.pages.append(n)
    return found


def _lzw(stream: Any) -> int:
    filters = stream.get("/Filter") if hasattr(stream, "get") else None
    filters = filters.get_object() if filters is not None else []
    return int("/LZWDecode" in (filters if isinstance(filters, ArrayObject) else [filters]))


def _resources(resources: Any, seen: set[int]) -> Iterator[Any]:
    """A page's resources and those of every form it draws, each once."""
    if resources is None:
        return
    resources = resources.get_object()
    if id(resources) in seen:
        return
    seen.add(id(resources))
    yield resources
    for xobject in (resources.get("/XObject") or {}).values():
        form = xobject.get_object()
        if form.get("/Subtype") == "/Form":
            yield from _resources(form.get("/Resources"), seen)


def _unembedded(font: Any) -> str | None:
    """The font's name when its program is not in the file (Type 3 fonts draw their glyphs: always embedded)."""
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return None
    if subtype == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
        return None
    return str(font.get("/BaseFont", "unnamed font")).lstrip("/")


def _is_cmyk(space: Any) -> bool:
    space = space.get_object() if space is not None else None
    if isinstance(space, ArrayObject) and space:
        if space[0] == "/ICCBased":
            return int(space[1].get_object().get("/N", 0)) == 4
        return space[0] in ("/Indexed",) and _is_cmyk(space[1])
    return bool(space == "/DeviceCMYK")


def status(path: Path) -> tuple[bool, list[str], tuple[str, ...]]:
    """Read back: whether the file claims PDF/A, where something keeps it from it (the bookmark each such page is
    under, or its page number) and what (`Archival.problems`)."""
    reader = PdfReader(path)
    metadata = reader.root_object.get("/Metadata")
    claimed = metadata is not None and b"pdfaid:part" in metadata.get_object().get_data()
    found = check_pages(reader.pages)
    marks = sorted(_marks(reader, reader.outline), key=lambda mark: mark[0])
    where: list[str] = []
    for page in found.pages:
        above = [title for first, title in marks if first <= page]
        name = above[-1] if above else f"page {page + 1}"
        if name not in where:
            where.append(name)
    return claimed, where, found.problems()


def _marks(reader: PdfReader, outline: Any) -> Iterator[tuple[int, str]]:
    for item in outline:
        if isinstance(item, list):
            yield from _marks(reader, item)
        else:
            page = reader.get_destination_page_number(item)
            if page is not None:
                yield page, str(item.title)


def note(paths: Sequence[Path]) -> str:
    """A sentence for the message when a file Desk wrote could not be made PDF/A, saying which exhibit and why;
    empty when every file is."""
    where: list[str] = []
    problems: list[str] = []
    for path in paths:
        claimed, marks, found = status(path)
        if not claimed:
            where += [m for m in marks if m not in where]
            problems += [p for p in found if p not in problems]
    if not where:
        return ""
    what = " and ".join(problems)
    return (
        f"Not marked as archival (PDF/A): {'; '.join(where)} {'brings' if len(where) == 1 else 'bring'} {what}; "
        "everything else in the file follows the archival format."
    )

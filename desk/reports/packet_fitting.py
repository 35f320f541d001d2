"""How a claim packet's photos are made to fit a destination, and what is said when nothing does.

A packet is tried in a few ways before it is refused (`tries_for`): photos at the destination's own resolution; at
the lowest resolution destinations ask for; and, where the destination caps the whole case, with every photo given
an equal share of what the other exhibits leave. Every destination goes down the same ladder, so a case that fits a
stricter destination is not refused by one looser in every limit. A photo alone larger than a part is re-encoded
smaller at any step rather than refused. Only JPEGs are brought down to a resolution: their bytes follow their
pixels; a screenshot (PNG) stays lossless (few bytes for many pixels, and its text would blur as a JPEG)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf.errors import PyPdfError

from desk.common import format_size
from desk.errors import DeskError
from desk.language import words
from desk.reports.destinations import Destination
from desk.reports.exhibit_pages import Rendered
from desk.reports.packet_facts import PacketFacts
from desk.reports.packet_split import PageTooLarge
from desk.reports.resolution import target_bytes

LOWEST_DPI = 150  # the lowest resolution destinations ask for: the last resolution tried before a refusal
FIXED_GUESS = 200_000  # bytes of fonts, the front and part covers, when photos share what a destination takes
SMALLEST_SHARE = 40_000  # bytes below which a photo is not worth showing: the packet is refused instead
CASE_MARGIN = 0.09  # of a case's limit kept free for what the shares' estimate misses


@dataclass(frozen=True)
class Try:
    """One way to make the packet: photos at `dpi` (None: as they are), each at most `photo_share` bytes."""

    dpi: int | None
    photo_share: int | None = None


def tries_for(dest: Destination, facts: PacketFacts) -> list[Try]:
    """The ways to try, in order, before a packet is refused: photos at the destination's own resolution; at the
    lowest resolution destinations ask for; and where the destination caps the whole (bytes a case, or files of a
    size), with every photo given an equal share of what is left beside the other exhibits. Each is tried by every
    destination alike, so a case that fits a stricter destination is not refused by one looser in every limit."""
    tries = [Try(dest.image_dpi)]
    if not dest.limited:
        return tries
    if dest.image_dpi is None or dest.image_dpi > LOWEST_DPI:
        tries.append(Try(LOWEST_DPI))
    capacities = [dest.per_case_bytes] if dest.per_case_bytes is not None else []
    if dest.per_file_bytes is not None and dest.max_files is not None:
        capacities.append(dest.per_file_bytes * dest.max_files)
    photos = [e for e in facts.exhibits if e.media_type.startswith("image/") and not e.warning]
    if capacities and photos:
        others = sum(e.size for e in facts.exhibits if e not in photos)
        share = (int(min(capacities) * (1 - CASE_MARGIN)) - others - FIXED_GUESS) // len(photos)
        if share >= SMALLEST_SHARE:
            tries.append(Try(LOWEST_DPI, share))
    return tries


def photo_bytes(item: Rendered) -> int:
    """Bytes a photo adds to the PDF: a JPEG's own (passed through or re-encoded); another image's, about its file's
    (it is compressed losslessly again), not its count of pixels."""
    picture = item.picture
    if picture is None:
        return 0
    passed_through = picture.reencoded or item.source.media_type == "image/jpeg"
    return picture.embedded_bytes if passed_through else item.source.size


def photo_target(item: Rendered, page: tuple[float, float], dest: Destination, attempt: Try) -> int | None:
    """The bytes to re-encode a photo to in this try: no more pixels than its page shows at the try's dpi, small
    enough for a part when it alone would not fit one, and within its share; None to keep it as it is."""
    if item.picture is None:
        return None
    limit, dpi = dest.per_file_bytes, attempt.dpi
    part_cap = None if limit is None else max(int(limit * 0.8) - 200_000, limit // 4)
    if attempt.photo_share is not None:
        part_cap = attempt.photo_share if part_cap is None else min(part_cap, attempt.photo_share)
    targets = []
    # Only a JPEG: its bytes follow its pixels, so a byte target is a pixel target.
    if dpi is not None and item.source.media_type == "image/jpeg":
        targets.append(target_bytes(item.picture, item.source.size, page, dpi))
    if part_cap is not None and photo_bytes(item) > part_cap:
        targets.append(int(part_cap * 0.9))
    found = [t for t in targets if t is not None]
    return min(found) if found else None


def too_large_page(error: PageTooLarge, facts: PacketFacts, dest: Destination) -> DeskError:
    """The refusal in words: which file, how large, and what a part has room for."""
    source = facts.exhibits[error.exhibit]
    picture = source.media_type.startswith("image/")
    # {0} the file, {1} its exhibit label, {2} what it needs, {3} the destination, {4} its limits, {5} the room left,
    # {6} the page: one whole sentence for each case.
    if picture and error.budget <= 0:
        said = words.tr(
            "the photo '{0}' (Exhibit {1}) alone needs {2} on one page; the packet's own pages already fill a file "
            "({3} takes {4}). Nothing was written: choose another destination"
        )
    elif picture:
        said = words.tr(
            "the photo '{0}' (Exhibit {1}) alone needs {2} on one page; beside the packet's own pages a part has "
            "room for {5} ({3} takes {4}). Nothing was written: choose another destination"
        )
    elif error.budget <= 0:
        said = words.tr(
            "page {6} of '{0}' (Exhibit {1}) alone needs {2}; the packet's own pages already fill a file "
            "({3} takes {4}). Nothing was written: scan it again smaller or choose another destination"
        )
    else:
        said = words.tr(
            "page {6} of '{0}' (Exhibit {1}) alone needs {2}; beside the packet's own pages a part has room for {5} "
            "({3} takes {4}). Nothing was written: scan it again smaller or choose another destination"
        )
    return DeskError(
        said.format(
            source.name,
            source.label,
            format_size(error.size),
            dest.name,
            dest.describe_limits(),
            format_size(error.budget),
            error.page + 1,
        )
    )


def pdf_page_shares(reader: Any, size: int, least: int) -> list[int]:
    """The bytes each page of an exhibit's PDF (a file of `size` bytes) is expected to add: what its own content
    and pictures take, plus an even share of the rest (fonts, the file's structure); at least `least` a page. A
    scan whose first page holds a 4 MB picture and whose second holds a line of text is not two pages of 2 MB."""
    count = len(reader.pages)
    try:
        own = [_page_own_bytes(page) for page in reader.pages]
    except (PyPdfError, KeyError, TypeError, ValueError, AttributeError):  # a damaged page: an even share
        own = [0] * count
    total = sum(own)
    if total > size:  # what the streams say is more than the file: scale it down to the file
        own = [n * size // total for n in own]
        total = sum(own)
    rest = (size - total) // count
    return [max(n + rest, least) for n in own]


def _page_own_bytes(page: Any) -> int:
    """The encoded bytes of a page's content streams and of the pictures and forms it draws, each counted once."""
    seen: set[int] = set()

    def stream_bytes(ref: Any) -> int:
        key = getattr(ref, "idnum", None)
        if key is not None:
            if key in seen:
                return 0
            seen.add(key)
        stream = ref.get_object()
        # pypdf keeps a stream's encoded bytes and drops its /Length once read: the bytes are the measure.
        raw = getattr(stream, "_data", None)
        length = len(raw) if isinstance(raw, bytes) else int(stream.get("/Length", 0) or 0)
        return length + resources_bytes(stream.get("/Resources"))

    def resources_bytes(resources: Any) -> int:
        if resources is None:
            return 0
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            return 0
        xobjects = xobjects.get_object()
        return sum(stream_bytes(xobjects.raw_get(name)) for name in xobjects)

    contents = page.get_contents()
    content = len(contents.get_data()) if contents is not None else 0
    return content + resources_bytes(page.get("/Resources"))

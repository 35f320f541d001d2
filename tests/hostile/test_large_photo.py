"""A phone's 108-megapixel photo is no bomb: it is added and goes into the packet as a photo. Pillow only warns
past 89 million pixels; the packet took that warning for a refusal and printed Pillow's words ("could be
decompression bomb DOS attack") to the platform instead of the photo. One limit now holds everywhere
(desk.image_limits), and the bomb past it is refused (test_evidence_intake.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_runs import desk
from factories import add_files, dispute, order, supplier
from PIL import Image
from pypdf import PdfReader

from desk.evidence.cases import CaseRef
from desk.workspace import Workspace


def test_a_108_megapixel_photo_is_added_and_shown_in_the_packet(workspace: Workspace, tmp_path: Path) -> None:
    photo = tmp_path / "cracked case.jpg"
    Image.new("L", (12_000, 9_000), 128).save(photo, quality=40)  # 108 MP, as a phone's largest mode takes
    with workspace.write() as s:
        d = dispute(s, order(s, seller=supplier(s), order_no="77003").lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        dispute_id = d.id
    add_files(workspace, [photo], CaseRef("dispute", dispute_id, "d"))
    packet = tmp_path / "packet.pdf"  # made in a process of its own, as a user makes it: Pillow's limits as it starts
    made = desk("packet", str(dispute_id), "-o", str(packet), data=workspace.root)
    assert made.returncode == 0, made.stderr

    reader = PdfReader(packet)
    text = " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())
    assert "cannot be read" not in text and "bomb" not in text
    sizes = [
        int(xobject["/Width"]) * int(xobject["/Height"])
        for page in reader.pages
        for xobject in (page["/Resources"].get_object().get("/XObject") or {}).values()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert any(pixels >= 1_000_000 for pixels in sizes), sizes  # the photo, not an icon

"""One case built from files as they come in real life (issue 13, verification): a large phone photo with GPS, a
landscape scan of three pages, and an e-mail with two attachments of which one has the same bytes as the photo.
Its packet for the platform is read back as the platform would: the photo without location or camera, every scanned
page whole (text from its very edges readable), the e-mail listing both attachments with their exhibits, Message-ID
and Date, and the file archival (PDF/A-2b by the project's own check) and sound (qpdf); the lawyer's packet keeps
the original photo."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from factories import add_files, dispute, order
from folder_copies import Folders
from pdfcheck import archival_check, checks_pdfs, embedded_jpegs, qpdf_check, text_of
from real_files import SECRETS, email_with_attachments, landscape_scan, phone_photo

from desk.evidence.cases import CaseRef
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.workspace import Workspace

pytestmark = checks_pdfs
TODAY = date(2026, 12, 5)


@pytest.fixture
def real_case(template_folder: Path, tmp_path: Path, folders: Folders) -> tuple[Workspace, int]:
    folders.copy(template_folder, tmp_path / "data")
    ws = Workspace.open(tmp_path / "data", actor="tester")
    with ws.write() as s:
        d = dispute(s, order(s, placed_on=date(2026, 11, 20)).lines[0], opened_on=date(2026, 12, 2))
        s.flush()
        dispute_id = d.id
    photo = phone_photo(4000, 3000)
    files = {
        "IMG_20261201_143000.jpg": photo,
        "scan landscape.pdf": landscape_scan(3),
        "Re cracked cases.eml": email_with_attachments(
            [("invoice.pdf", landscape_scan(1), "application", "pdf"), ("photo.jpg", photo, "image", "jpeg")]
        ),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    add_files(ws, paths, CaseRef("dispute", dispute_id, "d"))
    return ws, dispute_id


def test_a_case_of_real_world_files_goes_out_clean_whole_and_archival(
    real_case: tuple[Workspace, int], tmp_path: Path
) -> None:
    ws, dispute_id = real_case
    out, lawyer = tmp_path / "platform.pdf", tmp_path / "lawyer.pdf"
    made = make_claim_packet(ws, MakeClaimPacket(dispute_id, out, "platform", TODAY))
    make_claim_packet(ws, MakeClaimPacket(dispute_id, lawyer, "lawyer", TODAY))
    qpdf_check(out)
    archival_check(out)
    assert not made.not_archival
    text = " ".join(text_of(out).split())
    for photo in embedded_jpegs(out):  # the photo's page; the same bytes came with the e-mail
        assert not any(secret in photo for secret in SECRETS)
    for n in (1, 2, 3):  # every scanned page whole: what was at its edges is there
        assert f"TOP EDGE of scanned page {n}" in text and f"BOTTOM EDGE of scanned page {n}" in text
        assert f"RIGHT EDGE {n}" in text
    assert "<REALWORLD-7f3a@mail.huaqiang.example>" in text and "Mon, 16 Nov 2026 09:30:00 +0800" in text
    listed = re.search(r"invoice\.pdf — (Exhibit [A-Z])", text)
    same = re.search(r"photo\.jpg — the same file as (Exhibit [A-Z])", text)
    assert listed and same, text[:3000]
    assert "capture date unknown" not in text  # the photo's date is in its EXIF
    assert any(b"Pixel 8 Pro" in photo for photo in embedded_jpegs(lawyer))
    ws.close()

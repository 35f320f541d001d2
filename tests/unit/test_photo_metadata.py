"""Photos for the other side carry no camera or location data (issue 13, point 2): a phone's JPEG with GPS, make,
model, serial, maker note, XMP, IPTC, a comment, an ICC profile, a JFIF thumbnail and a second picture after its end
goes into a packet for the platform as a clean copy — the same compressed picture, its orientation and (by default)
the date it was taken — while the lawyer's packet and the vault keep the original's bytes. The anchors: the EXIF
2.32 tags (GPS IFD 0x8825, Make 0x010F, Model 0x0110, MakerNote 0x927C) and the JPEG marker layout of ITU T.81."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from factories import add_files, dispute, order
from folder_copies import Folders
from pdfcheck import embedded_jpegs
from PIL import Image
from pypdf import PdfReader
from real_files import (
    BODY_SERIAL,
    EXIF_IFD,
    GPS_IFD,
    MAKE,
    MAKER_NOTE,
    MODEL,
    OFFSET,
    ORIENTATION,
    SECRETS,
    TAKEN,
    phone_photo,
)

from desk.evidence.cases import CaseRef
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.reports.photo_clean import DamagedJpeg, Kept, clean_jpeg
from desk.settings import set_setting
from desk.workspace import Workspace


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def assert_clean(data: bytes) -> None:
    for secret in SECRETS:
        assert secret not in data, secret
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert GPS_IFD not in exif and MAKE not in exif and MODEL not in exif
        assert MAKER_NOTE not in exif.get_ifd(EXIF_IFD) and BODY_SERIAL not in exif.get_ifd(EXIF_IFD)
        assert not {"icc_profile", "xmp", "comment", "photoshop"} & set(image.info), set(image.info)


def test_the_clean_copy_is_the_same_picture_without_the_camera_location_or_trailer() -> None:
    original = phone_photo()
    clean = clean_jpeg(original, Kept(6, "2026:12:01 14:30:00", "+01:00"))
    assert_clean(clean)
    assert pixels(clean) == pixels(original[: original.index(b"\xff\xd9") + 2])  # the scans are copied, not redone
    with Image.open(io.BytesIO(clean)) as image:
        exif = image.getexif()
        assert exif[ORIENTATION] == 6  # it still stands upright wherever it is opened
        assert exif.get_ifd(EXIF_IFD) == {TAKEN: "2026:12:01 14:30:00", OFFSET: "+01:00"}
        assert image.info.get("jfif_density") == (1, 1)  # JFIF kept, its thumbnail not
    assert len(clean) < len(original)


def test_without_the_date_only_the_orientation_is_left_and_an_upright_photo_has_no_exif_at_all() -> None:
    original = phone_photo(64, 48)
    with Image.open(io.BytesIO(clean_jpeg(original, Kept(6)))) as image:
        assert dict(image.getexif()) == {ORIENTATION: 6}
    with Image.open(io.BytesIO(clean_jpeg(original, Kept()))) as image:
        assert "exif" not in image.info


def test_a_progressive_jpeg_and_one_with_restart_markers_survive_cleaning() -> None:
    picture = Image.effect_mandelbrot((200, 150), (-2.0, -1.2, 1.0, 1.2), 32).convert("RGB")
    for options in ({"progressive": True}, {"restart_marker_blocks": 2}):
        out = io.BytesIO()
        picture.save(out, "JPEG", comment=b"Pixel 8 Pro", **options)
        clean = clean_jpeg(out.getvalue(), Kept())
        assert pixels(clean) == pixels(out.getvalue()) and b"Pixel" not in clean


def test_bytes_that_are_not_a_jpeg_are_refused_not_passed_on() -> None:
    with pytest.raises(DamagedJpeg):
        clean_jpeg(b"\x89PNG\r\n", Kept())
    with pytest.raises(DamagedJpeg):
        clean_jpeg(phone_photo(32, 32)[:40], Kept())


@pytest.fixture
def photo_case(template_folder: Path, tmp_path: Path, folders: Folders) -> tuple[Workspace, int, str]:
    folders.copy(template_folder, tmp_path / "data")
    ws = Workspace.open(tmp_path / "data", actor="tester")
    with ws.write() as s:
        d = dispute(s, order(s, placed_on=date(2026, 11, 20)).lines[0], opened_on=date(2026, 12, 2))
        s.flush()
        dispute_id = d.id
    path = tmp_path / "IMG_20261201_143000.jpg"
    path.write_bytes(phone_photo())
    [added] = add_files(ws, [path], CaseRef("dispute", dispute_id, "d"))
    return ws, dispute_id, added.sha256


def test_a_packet_for_the_platform_embeds_the_clean_copy_and_says_so(
    photo_case: tuple[Workspace, int, str], tmp_path: Path
) -> None:
    ws, dispute_id, sha256 = photo_case
    external, counsel = tmp_path / "platform.pdf", tmp_path / "lawyer.pdf"
    make_claim_packet(ws, MakeClaimPacket(dispute_id, external, today=date(2026, 12, 5)))
    make_claim_packet(ws, MakeClaimPacket(dispute_id, counsel, "lawyer", date(2026, 12, 5)))
    [shown] = embedded_jpegs(external)
    assert_clean(shown)
    with Image.open(io.BytesIO(shown)) as image:
        assert image.getexif().get_ifd(EXIF_IFD)[TAKEN] == "2026:12:01 14:30:00"  # kept by default
    words = " ".join(page.extract_text() for page in PdfReader(external).pages)
    assert sha256 in words and "the copy shown carries no camera or location data" in " ".join(words.split())
    # Counsel sees the original's bytes, with everything the phone wrote (up to the picture's end).
    [original] = embedded_jpegs(counsel)
    assert b"Pixel 8 Pro" in original and original == ws.vault.read_bytes(sha256)[: len(original)]
    assert "the copy shown" not in " ".join(page.extract_text() for page in PdfReader(counsel).pages)
    ws.close()


def test_the_setting_removes_the_date_from_the_copy_too(photo_case: tuple[Workspace, int, str], tmp_path: Path) -> None:
    ws, dispute_id, _ = photo_case
    with ws.write() as s:
        set_setting(s, "photo_dates", "remove")
    make_claim_packet(ws, MakeClaimPacket(dispute_id, tmp_path / "p.pdf", today=date(2026, 12, 5)))
    [shown] = embedded_jpegs(tmp_path / "p.pdf")
    assert_clean(shown)
    with Image.open(io.BytesIO(shown)) as image:
        assert dict(image.getexif()) == {ORIENTATION: 6}
    ws.close()


def test_the_lawyers_bundle_keeps_the_original_bytes(photo_case: tuple[Workspace, int, str], tmp_path: Path) -> None:
    import zipfile

    from desk.operations.bundles import ExportBundle, export_bundle

    ws, _, sha256 = photo_case
    made = export_bundle(ws, ExportBundle(tmp_path / "bundle.zip", today=date(2026, 12, 5)))
    with zipfile.ZipFile(made.path) as bundle:
        photos = [bundle.read(name) for name in bundle.namelist() if name.endswith(".jpg")]
    assert photos == [ws.vault.read_bytes(sha256)] and b"Pixel 8 Pro" in photos[0]  # untouched, trailer and all
    ws.close()


def test_a_deposit_packet_shows_a_photo_without_its_metadata(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring_memory import MemoryKeyring, install
    from sqlalchemy import select

    from desk.models import ChecklistItem, DepositApplication
    from desk.operations.packets import MakeDepositPacket, make_deposit_packet

    install(monkeypatch, MemoryKeyring())
    ws = demo_workspace
    with ws.write() as s:
        application = s.scalars(select(DepositApplication)).one()
        item = ChecklistItem(code="shop_photo", label="Photo of the closed shop", required=False)
        application.checklist.append(item)
        s.flush()
        application_id, item_id = application.id, item.id
    photo = tmp_path / "IMG_20261201_143000.jpg"
    photo.write_bytes(phone_photo(320, 240))
    add_files(ws, [photo], CaseRef("checklist", item_id, f"checklist:{item_id}"))
    out = tmp_path / "deposit.pdf"
    make_deposit_packet(ws, MakeDepositPacket(application_id, out, today=date(2026, 12, 5)))
    shown = embedded_jpegs(out)
    assert shown, "the photo is in the packet"
    for data in shown:
        assert_clean(data)
    words = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "the copy shown carries no camera or location data" in words


def test_a_photo_made_smaller_for_an_upload_limit_is_clean_too(tmp_path: Path) -> None:
    from desk.reports.photos import reencode

    path = tmp_path / "big.jpg"
    path.write_bytes(phone_photo(1600, 1200))
    picture = reencode(path, "k", path.stat().st_size // 3, clean=True)
    data = picture.reader.fp.getvalue()
    assert picture.reencoded and picture.cleaned and len(data) == picture.embedded_bytes
    assert_clean(data)
    with Image.open(io.BytesIO(data)) as image:  # turned upright by the re-encoding: no orientation left to apply
        assert image.getexif().get(ORIENTATION) is None and image.width < image.height
        assert image.getexif().get_ifd(EXIF_IFD)[TAKEN] == "2026:12:01 14:30:00"


def test_a_screenshot_goes_in_as_its_pixels_only(photo_case: tuple[Workspace, int, str], tmp_path: Path) -> None:
    from PIL import PngImagePlugin

    ws, dispute_id, _ = photo_case
    text = PngImagePlugin.PngInfo()
    text.add_text("Location", "GPS-SECRET")
    exif = Image.Exif()
    exif[MODEL] = "Pixel 8 Pro"
    shot = tmp_path / "Screenshot_20261202-091500.png"
    Image.effect_mandelbrot((300, 200), (-2.0, -1.2, 1.0, 1.2), 32).convert("RGB").save(shot, pnginfo=text, exif=exif)
    assert b"GPS-SECRET" in shot.read_bytes() and b"Pixel 8 Pro" in shot.read_bytes()
    add_files(ws, [shot], CaseRef("dispute", dispute_id, "d"))
    out = tmp_path / "p.pdf"
    make_claim_packet(ws, MakeClaimPacket(dispute_id, out, today=date(2026, 12, 5)))
    streams = []
    for page in PdfReader(out).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            streams.append(xobject.get_object().get_data())
    assert len(streams) >= 2  # the photo and the screenshot
    for data in streams:
        assert b"GPS-SECRET" not in data and b"Pixel 8 Pro" not in data
    ws.close()

"""Files as people's phones, scanners and mail programs write them, for the documents' tests (issue 13): a phone
photo with everything a phone adds (GPS, camera, serial, maker note, XMP, IPTC, a trailing picture), a landscape
scan of several pages, an e-mail with attachments."""

from __future__ import annotations

import io

from PIL import Image

GPS_IFD, MAKE, MODEL, ORIENTATION, EXIF_IFD = 0x8825, 0x010F, 0x0110, 0x0112, 0x8769
MAKER_NOTE, BODY_SERIAL, TAKEN, OFFSET = 0x927C, 0xA431, 0x9003, 0x9011
SECRETS = (b"Pixel 8 Pro", b"Google", b"GPS-SECRET", b"SERIAL-0042", b"MAKERNOTE", b"adobe:ns:meta", b"IPTC-CITY")


def _app(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + (len(payload) + 2).to_bytes(2, "big") + payload


def phone_photo(width: int = 640, height: int = 480) -> bytes:
    """A JPEG as a phone writes it, with everything a phone adds, stored turned (orientation 6)."""
    picture = Image.effect_mandelbrot((width, height), (-2.0, -1.2, 1.0, 1.2), 64).convert("RGB")
    exif = Image.Exif()
    exif[MAKE], exif[MODEL], exif[ORIENTATION] = "Google", "Pixel 8 Pro", 6
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 31.0, 12.5), "E", (13.0, 24.0, 38.2)
    gps[27] = b"ASCII\x00\x00\x00GPS-SECRET"  # GPSProcessingMethod
    details = exif.get_ifd(EXIF_IFD)
    details[TAKEN], details[OFFSET] = "2026:12:01 14:30:00", "+01:00"
    details[MAKER_NOTE] = b"MAKERNOTE" + bytes(range(64))
    details[BODY_SERIAL] = "SERIAL-0042"
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90, exif=exif, comment=b"Pixel 8 Pro comment", icc_profile=b"ICC" * 40, xmp=xmp)
    data = out.getvalue()
    iptc = _app(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02\x5a\x00\x09IPTC-CITY")
    jfif_with_thumbnail = _app(0xE0, b"JFIF\x00\x01\x02\x00\x00\x01\x00\x01\x01\x01" + b"\x10\x20\x30")
    trailer = io.BytesIO()  # a second picture after the first's end, as phones append depth or gain maps
    Image.new("RGB", (8, 8), "white").save(trailer, "JPEG", exif=exif)
    return data[:2] + jfif_with_thumbnail + iptc + data[2:] + trailer.getvalue()


def landscape_scan(pages: int = 3) -> bytes:
    """A scanner's landscape PDF of several pages, text to the very edges, its fonts embedded."""
    from reportlab.pdfgen.canvas import Canvas

    from desk.reports import fonts
    from desk.reports.document import prepare

    prepare()  # its fonts embedded, as a scanner's OCR layer has them
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(842, 595))
    for n in range(1, pages + 1):
        canvas.setFont(fonts.SANS, 11)
        canvas.drawString(2, 585, f"TOP EDGE of scanned page {n}")
        canvas.drawString(2, 3, f"BOTTOM EDGE of scanned page {n}")
        canvas.drawRightString(840, 300, f"RIGHT EDGE {n}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def email_with_attachments(
    attachments: list[tuple[str, bytes, str, str]],
    *,
    body: str = "Dear customer,\nthe photos and the invoice are attached.\n\nBest regards\nLi Wei\n",
    message_id: str = "<REALWORLD-7f3a@mail.huaqiang.example>",
) -> bytes:
    """An e-mail from a supplier as a mail program saves it (.eml), with its attachments."""
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"] = "Li Wei <sales@huaqiang.example>"
    message["To"] = "Claims <claims@techbox.example>"
    message["Date"] = "Mon, 16 Nov 2026 09:30:00 +0800"
    message["Subject"] = "Re: order 8179037714690228 - cracked cases"
    message["Message-ID"] = message_id
    message.set_content(body)
    for name, data, main, sub in attachments:
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message.as_bytes(policy=SMTP)


def invoice() -> bytes:
    """A one-page PDF invoice, as a supplier sends one."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(595, 842))
    canvas.drawString(72, 760, "Commercial invoice 2026-118")
    canvas.showPage()
    canvas.save()
    return out.getvalue()

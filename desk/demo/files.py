"""The demo's evidence files, made from demo.toml: a chat log, an e-mail, phone photos (JPEG with a small EXIF
block: the camera and when it was taken), a tracking-page screenshot (PNG), PDFs. The same row and capture time
give the same bytes, so the same `today` gives the same evidence."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

from PIL import Image, ImageDraw

Row = dict[str, Any]  # one [[evidence]] table of demo.toml
Fill = Callable[[str], str]  # replaces demo.toml's {day:…}, {order:…}, {tracking:…} in a text

CHINA = timezone(timedelta(hours=8), "CST")
EXIF_IFD, DATETIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x8769, 0x9003, 0x9011
MAKE, MODEL = 0x010F, 0x0110
Colour = tuple[int, int, int]


def text_file(row: Row, captured: datetime, fill: Fill) -> bytes:
    return fill(row["text"]).encode("utf-8")


def email_file(row: Row, captured: datetime, fill: Fill) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = row["from"]
    message["To"] = row["to"]
    message["Subject"] = fill(row["subject"])
    message["Date"] = format_datetime(captured.astimezone(CHINA))  # the seller writes from China
    message["Message-ID"] = fill(row["message_id"])
    message.set_content(fill(row["text"]), charset="utf-8", cte="8bit")
    return message.as_bytes()


def photo_file(row: Row, captured: datetime, fill: Fill) -> bytes:
    """A phone photo of the goods: a coloured item on a table, with the camera and the local time it was taken
    (and that time's offset, so Desk reads the capture time back exactly)."""
    width, height = 192, 144
    image = Image.new("RGB", (width, height), (214, 204, 188))  # a table top
    draw = ImageDraw.Draw(image)
    red, green, blue = row["colour"]
    colour: Colour = (red, green, blue)
    shade: Colour = (colour[0] // 2, colour[1] // 2, colour[2] // 2)
    for n in range(3):  # three items side by side, one cracked across
        left = 18 + n * 58
        draw.rounded_rectangle((left, 30, left + 44, 116), radius=8, fill=colour, outline=shade, width=2)
    draw.line((76, 36, 96, 70, 84, 110), fill=(250, 250, 250), width=2)
    local = captured.astimezone(timezone(timedelta(hours=row.get("utc_offset", 1))))
    exif = Image.Exif()
    exif[MAKE], exif[MODEL] = row.get("make", "Xiaomi"), row.get("camera", "Redmi Note 13")
    ifd = exif.get_ifd(EXIF_IFD)
    ifd[DATETIME_ORIGINAL] = local.strftime("%Y:%m:%d %H:%M:%S")
    ifd[OFFSET_TIME_ORIGINAL] = local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, exif=exif)
    return buffer.getvalue()


Box = tuple[int, int, int, int, Colour]  # left, top, right, bottom (exclusive), colour


def png(width: int, height: int, background: Colour, boxes: tuple[Box, ...] = ()) -> bytes:
    """An RGB PNG of filled boxes on a background: a screenshot's shapes (tests use it for a small image too)."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for left, top, right, bottom, colour in boxes:
        draw.rectangle((left, top, right - 1, bottom - 1), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def tracking_file(row: Row, captured: datetime, fill: Fill) -> bytes:
    """A tracking page: an orange title bar and a timeline whose latest entry (red) never moved on."""
    boxes: list[Box] = [(0, 0, 240, 22, (255, 96, 0))]
    for i, length in enumerate((150, 120, 170, 90, 130)):
        top = 36 + 24 * i
        boxes.append((14, top, 22, top + 8, (220, 50, 40) if i == 0 else (170, 170, 170)))
        boxes.append((32, top, 32 + length, top + 8, (90, 90, 90)))
    return png(240, 160, (255, 255, 255), tuple(boxes))


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF; `invariant` leaves out the creation time and random id so the bytes are reproducible."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desk.reports import fonts

    fonts.register()  # embedded, as the receipts of today's shops and payment providers embed theirs
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=fonts.SANS)
    page.setTitle(title)
    page.setAuthor("Desk demo")
    _width, height = A4
    page.setFont(fonts.SANS_BOLD, 16)
    page.drawString(56, height - 72, title)
    page.setFont(fonts.SANS, 11)
    for n, line in enumerate(lines):
        page.drawString(56, height - 104 - 16 * n, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_file(row: Row, captured: datetime, fill: Fill) -> bytes:
    return pdf(row["title"], fill(row["text"]).splitlines())


FILE_MAKERS: dict[str, Callable[[Row, datetime, Fill], bytes]] = {
    "text": text_file,
    "email": email_file,
    "photo": photo_file,
    "tracking": tracking_file,
    "pdf": pdf_file,
}

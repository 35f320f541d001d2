"""An e-mail exhibit in a claim packet: every attachment listed with the exhibit it became, or with the exhibit whose
bytes it shares; its Message-ID and Date as the message has them; its body with the writer's own line breaks. The
packet is read back with pdftotext -layout and rendered for people to look at."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from pdfcheck import TOOLS_MISSING, WINDOWS_WITHOUT_TOOLS, checks_pdfs, qpdf_check, render
from real_files import email_with_attachments, invoice
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.evidence.emails import read_email
from desk.models import Evidence
from desk.models.audience import Audience
from desk.operations.packets import MakeClaimPacket, make_claim_packet
from desk.workspace import Workspace

pytestmark = checks_pdfs

BODY = (
    "Dear buyer,\n"
    "\n"
    "we checked the photos.\n"
    "Order 8179037714690228 left our warehouse complete.\n"
    "The courier signed for 40 cases.\n"
    "Packing list:\n"
    "        HQ-CASE-01   40 pcs\n"
    "\n"
    "Best regards,\n"
    "Li Wei\n"
    "Shenzhen Huaqiang Electronics\n"
)
MESSAGE_ID = "<CAKx7v+Q2ZfJ3m8@mail.huaqiang.example>"
DATE = "Mon, 16 Nov 2026 09:30:00 +0800"


def photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "JPEG")
    return out.getvalue()


def eml(attachments: list[tuple[str, bytes, str, str]]) -> bytes:
    return email_with_attachments(attachments, body=BODY, message_id=MESSAGE_ID)


def pdftotext(path: Path) -> str:
    if WINDOWS_WITHOUT_TOOLS:
        pytest.skip(TOOLS_MISSING)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_every_attachment_is_listed_with_its_exhibit_and_the_body_keeps_its_lines(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    picture = photo()
    (folder / "cracked.jpg").write_bytes(picture)
    mail = folder / "reply.eml"
    # The second attachment has the bytes of cracked.jpg: it is that exhibit, not one of its own.
    attachments = [
        ("invoice-2026-118.pdf", invoice(), "application", "pdf"),
        ("IMG_2231.jpg", picture, "image", "jpeg"),
        ("packing-notes.txt", b"Packed by Zhang, 2026-10-11.", "text", "plain"),
    ]
    mail.write_bytes(eml(attachments))
    with workspace.write() as s:
        o = order(s, seller=supplier(s), order_no="8179037714690228")
        d = dispute(s, o.lines[0], opened_on=date(2026, 11, 10))
        s.flush()
        dispute_id = d.id
    case = CaseRef("dispute", dispute_id, "d")
    add_files(workspace, [folder / "cracked.jpg"], case)
    add_files(workspace, [mail], case)
    with workspace.write() as s:  # kept for ourselves: not in a packet for the platform
        notes = s.scalars(select(Evidence).where(Evidence.original_name == "packing-notes.txt")).one()
        notes.audience = Audience.COUNSEL
    packet = tmp_path / "packet.pdf"
    make_claim_packet(workspace, MakeClaimPacket(dispute_id, packet, today=date(2026, 11, 23)))
    qpdf_check(packet)

    text = pdftotext(packet)
    pages = text.split("\f")
    mail_page = next(page for page in pages if "Message-ID" in page)
    invoice_page = next(page for page in pages if "Commercial invoice 2026-118" in page)
    photo_page = next(page for page in pages if re.search(r"Photo · cracked\.jpg", page))
    stamp = re.compile(r"Exhibit ([A-Z]) — \d+/\d+")
    label = {"invoice-2026-118.pdf": stamp.findall(invoice_page)[0], "cracked.jpg": stamp.findall(photo_page)[0]}
    assert len(set(stamp.findall(text))) == 3  # the e-mail, the invoice, the photo: IMG_2231.jpg is the photo
    # Every attachment, each with its exhibit; the label "Attachments" in one piece.
    assert re.search(rf"invoice-2026-118\.pdf — Exhibit {label['invoice-2026-118.pdf']}\b", mail_page), mail_page
    assert re.search(rf"IMG_2231\.jpg — the same file as Exhibit {label['cracked.jpg']}\b", mail_page), mail_page
    assert re.search(r"packing-notes\.txt — not among these exhibits", mail_page), mail_page
    assert re.search(r"(?m)^\s*Attachments\s", mail_page) and not re.search(r"Attachment\s*\n\s*s\b", mail_page)
    # Message-ID and Date as the message has them.
    assert MESSAGE_ID in mail_page and DATE in mail_page
    # The body's own line breaks: each line of it is a line of the page, none joined to the next.
    for line in BODY.strip().split("\n"):
        if line:
            words = r"\s+".join(map(re.escape, line.split()))
            assert re.search(rf"(?m)^\s*{words}\s*$", mail_page), f"{line!r} is not a line of its own"
    # ... and its indentation.
    column = {" ".join(line.split()): len(line) - len(line.lstrip()) for line in mail_page.split("\n")}
    assert column["HQ-CASE-01 40 pcs"] > column["Packing list:"] + 3, mail_page
    render(packet, "email-exhibit", dpi=70)


def test_an_html_or_flowed_body_keeps_the_writers_lines() -> None:
    html = EmailMessage()
    html["Subject"] = "html"
    html.set_content(
        "<html><body><p>First paragraph,\nwrapped in the source.</p><p>Second line<br>third line</p></body></html>",
        subtype="html",
    )
    assert read_email(html.as_bytes()).body == "First paragraph, wrapped in the source.\nSecond line\nthird line"
    flowed = (
        b"Subject: flowed\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"This sentence was wrapped by the \r\nsender's program.\r\n From the warehouse: a line of its own.\r\n"
        b"-- \r\nLi Wei\r\n"
    )
    body = read_email(flowed).body
    lines = ["This sentence was wrapped by the sender's program.", "From the warehouse: a line of its own."]
    assert body == "\n".join([*lines, "--", "Li Wei"])


def test_a_forwarded_message_is_an_attachment_too() -> None:
    forwarded = EmailMessage()
    forwarded["Subject"] = "Order confirmation"
    forwarded.set_content("Your order is confirmed.\n")
    outer = EmailMessage()
    outer["Subject"] = "Fwd: Order confirmation"
    outer.set_content("See the message below.\n")
    outer.add_attachment(forwarded)
    message = read_email(outer.as_bytes(policy=SMTP))
    assert [a.name for a in message.attachments] == ["message-1.eml"]
    assert read_email(message.attachments[0].data).body == "Your order is confirmed."
    assert read_email(outer.as_bytes(policy=SMTP)).attachments[0].sha256 == message.attachments[0].sha256

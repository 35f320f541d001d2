"""Outlook `.msg` files read as e-mails (issue 14): the same facts an `.eml` of the message gives — From, To, Cc,
Date, Subject, Message-ID, the body with its own lines, every attachment — in Unicode or 8-bit strings in their code
page, from a plain, HTML or rich-text body; an attached message read inside its parent; and a damaged or crafted
file refused in one sentence naming it, having read no more than the file holds. The files are built here with a
compound file writer (olefile only reads them), as Outlook lays them out."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from compound_files import Storage, Stream, compound_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outlook_files import Attached, Message, compressed_rtf
from real_files import email_with_attachments

from desk.evidence.emails import read_email
from desk.evidence.outlook_msg import UnreadableMessage, outlook_facts, read_outlook
from desk.evidence.rtf_text import decompress, rtf_text
from desk.evidence.sniff import OUTLOOK_MESSAGE, sniff

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"  # past 4,096 bytes: in sectors of its own, not mini
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
BODY = "Dear customer,\r\nthe photos and the invoice are attached.\r\n\r\nBest regards\r\nLi Wei\r\n"


def test_an_outlook_message_reads_as_the_eml_of_the_same_message_does() -> None:
    """The supplier's e-mail saved from Outlook and the same e-mail saved as .eml: the same headers, body and
    attachments (Date and Message-ID as the message had them, kept in its internet headers)."""
    attachments = [("发票 2026-118.pdf", PDF, "application", "pdf"), ("IMG_2231.png", PNG, "image", "png")]
    eml = read_email(email_with_attachments(attachments, body=BODY.replace("\r\n", "\n")))
    msg = Message(
        subject="Re: order 8179037714690228 - cracked cases",
        sender=("Li Wei", "sales@huaqiang.example"),
        to=[("Claims", "claims@techbox.example")],
        body=BODY,
        attachments=[Attached(name, data, f"{main}/{sub}") for name, data, main, sub in attachments],
        headers="Received: from mx.huaqiang.example\r\nDate: Mon, 16 Nov 2026 09:30:00 +0800\r\n"
        "Message-ID: <REALWORLD-7f3a@mail.huaqiang.example>\r\n",
    )
    read = read_outlook(msg.to_bytes(), "reply.msg")
    assert read is not None
    assert read.details == eml.details
    assert read.body == eml.body == "Dear customer,\nthe photos and the invoice are attached.\n\nBest regards\nLi Wei"
    assert [(a.name, a.data) for a in read.attachments] == [(a.name, a.data) for a in eml.attachments]
    assert read.sent_at == eml.sent_at == datetime(2026, 11, 16, 1, 30, tzinfo=UTC)
    assert read.text == eml.text


def test_without_internet_headers_the_date_is_when_it_was_sent_and_cc_and_names_are_kept() -> None:
    msg = Message(
        to=[("Claims", "claims@techbox.example"), ("Анна Петрова", "anna@techbox.example")],
        cc=[("li.wei@huaqiang.example", "LI.WEI@huaqiang.example")],
        sent=datetime(2026, 11, 16, 1, 30, 5, tzinfo=UTC),
        message_id=None,
    )
    read = read_outlook(msg.to_bytes(), "reply.msg")
    assert read is not None
    assert read.details["to"] == "Claims <claims@techbox.example>, Анна Петрова <anna@techbox.example>"
    assert read.details["cc"] == "LI.WEI@huaqiang.example"  # a name that is its address is said once
    assert read.details["date"] == "Mon, 16 Nov 2026 01:30:05 +0000"
    assert "message_id" not in read.details
    assert read.sent_at == datetime(2026, 11, 16, 1, 30, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("codepage", "locale", "subject", "name"),
    [
        (1251, None, "Возврат средств за заказ 8177", "Анна Петрова"),  # the message's own code page
        (None, 0x0804, "退款申请 8177", "李伟"),  # none: its language's (Chinese, PRC: GBK)
        (None, 0x0404, "退款申請 8177", "李偉"),  # Chinese, Taiwan: Big5
        (None, 0x0411, "返金のお願い 8177", "山田"),  # Japanese: Shift JIS
        (None, None, "Größe und Rückgabe", "Jürgen Weiß"),  # nothing said: Windows' Western code page
    ],
)
def test_eight_bit_strings_are_read_in_the_messages_code_page(
    codepage: int | None, locale: int | None, subject: str, name: str
) -> None:
    msg = Message(
        subject=subject,
        sender=(name, "seller@example.com"),
        to=[(name, "buyer@example.com")],
        body=f"{subject}\r\n",
        unicode=False,
        codepage=codepage,
        locale=locale,
    )
    if codepage is None and locale is not None:
        msg.codepage = None  # the test file's strings are written in the language's code page
        encoding = {0x0804: "gbk", 0x0404: "big5", 0x0411: "shift_jis"}[locale]
        msg = _eight_bit(msg, encoding)
    read = read_outlook(msg.to_bytes(), "ansi.msg")
    assert read is not None
    assert read.details["subject"] == subject
    assert read.details["from"] == f"{name} <seller@example.com>"
    assert read.details["to"] == f"{name} <buyer@example.com>"
    assert read.body == subject


def _eight_bit(msg: Message, encoding: str) -> Message:
    """`msg` with its 8-bit strings in `encoding` though it names no code page (as Outlook on a Chinese or
    Japanese Windows writes them, naming only its language)."""

    class InEncoding(Message):
        def _encoding(self) -> str:
            return encoding

    return InEncoding(**{k: getattr(msg, k) for k in msg.__dataclass_fields__})


def test_an_exchange_sender_shows_its_smtp_address_never_its_directory_name() -> None:
    dn = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=3F2A-LIWEI"
    with_smtp = Message(sender=("Li Wei", dn), sender_type="EX", sender_smtp="li.wei@huaqiang.example")
    read = read_outlook(with_smtp.to_bytes(), "ex.msg")
    assert read is not None and read.details["from"] == "Li Wei <li.wei@huaqiang.example>"

    from_headers = Message(sender=("Li Wei", dn), sender_type="EX", headers="From: Li Wei <lw@huaqiang.example>\r\n")
    read = read_outlook(from_headers.to_bytes(), "ex.msg")
    assert read is not None and read.details["from"] == "Li Wei <lw@huaqiang.example>"

    neither = Message(sender=("Li Wei", dn), sender_type="EX")
    read = read_outlook(neither.to_bytes(), "ex.msg")
    assert read is not None and read.details["from"] == "Li Wei"
    assert "EXCHANGELABS" not in read.text


def test_an_html_body_is_reduced_to_text_when_there_is_no_plain_one() -> None:
    html = (
        "<html><head><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml>"
        "<![endif]--><style>p {margin:0}</style></head><body><p>您好，</p><p>退款已经处理,\n请查收。</p>"
        "<p>Li&nbsp;Wei<br>Huaqiang</p></body></html>"
    ).encode("gbk")
    read = read_outlook(Message(body=None, html=html, internet_cpid=936).to_bytes(), "html.msg")
    assert read is not None
    assert read.body == "您好，\n退款已经处理, 请查收。\nLi\u00a0Wei\nHuaqiang"


def test_a_body_kept_only_as_rich_text_is_read_from_it() -> None:
    """Outlook often keeps nothing but the compressed RTF: an HTML mail's HTML wrapped in it (here with a Chinese
    font's GBK bytes in a Western RTF), or RTF written in Outlook itself (Cyrillic bytes, and \\u characters)."""
    wrapped = (
        rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}"
        rb"{\f1\fnil\fcharset134 SimSun;}}{\colortbl\red0\green0\blue0;}"
        b"\r\n"
        rb"{\*\htmltag19 <html>}{\*\htmltag34 <head>}{\*\htmltag241 <!--[if gte mso 9]><xml>\par <w:View>Normal"
        rb"</w:View>\par </xml><![endif]-->}{\*\htmltag41 </head>}{\*\htmltag50 <body>}\htmlrtf \lang1033 \htmlrtf0 "
        rb"{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Dear buyer,{\*\htmltag116 <br>}\htmlrtf \line \htmlrtf0 "
        rb"\f1 \'cd\'cb\'bf\'ee\f0  is on its way &amp; tracked.\htmlrtf\par}\htmlrtf0 "
        rb"{\*\htmltag72 </p>}{\*\htmltag58 </body>}{\*\htmltag27 </html>}}"
    )
    read = read_outlook(Message(body=None, rtf=wrapped).to_bytes(), "rtf.msg")
    assert read is not None and read.body == "Dear buyer,\n退款 is on its way & tracked."

    native = (
        rb"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset204 Arial;}}{\*\generator Riched20;}"
        rb"\pard\f0\fs20 \'c4\'ee\'e1\'f0\'fb\'e9 \'e4\'e5\'ed\'fc,\par"
        b"\r\n"
        rb"\uc1\u1074?\u1086?\u1079?\u1074?\u1088?\u1072?\u1090? 12\tab 500 \u8381?\par}"
    )
    read = read_outlook(Message(body=None, rtf=native).to_bytes(), "rtf.msg")
    assert read is not None and read.body == "Добрый день,\nвозврат 12\t500 ₽"


def test_compressed_rtf_unpacks_as_the_format_says() -> None:
    # [MS-OXRTFCP] section 3's example of a string with repetitions: a reference that overlaps what it writes.
    example = bytes.fromhex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0")
    assert decompress(example) == rb"{\rtf1 WXYZWXYZWXYZWXYZWXYZ}"
    text = rb"{\rtf1\ansi " + b"the replacement ships on Friday, " * 200 + b"}"
    assert decompress(compressed_rtf(text)) == text
    assert rtf_text(text) == ("the replacement ships on Friday, " * 200, False)


def test_a_message_with_no_body_has_an_empty_one() -> None:
    read = read_outlook(Message(body=None).to_bytes(), "empty.msg")
    assert read is not None and read.body == "" and read.details["subject"]


def test_attachment_names_in_any_script_and_the_mime_tag_when_the_name_has_no_extension() -> None:
    attachments = [
        Attached("照片 破损 1.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "image/jpeg"),
        Attached("Накладная №118.pdf", PDF),
        Attached("scan", PNG, "image/png"),
        Attached("photo-taken-by-the-courier-at-the-door.jpeg", b"\xff\xd8" + bytes(10), long_name=False),
    ]
    read = read_outlook(Message(attachments=attachments).to_bytes(), "names.msg")
    assert read is not None
    assert [a.name for a in read.attachments] == [
        "照片 破损 1.jpg",
        "Накладная №118.pdf",
        "scan.png",
        "photo-taken-by-the-courier-at-the-door.jpeg",  # no long name: the display name, not the 8.3 one
    ]
    assert [a.data for a in read.attachments] == [a.data for a in attachments]


def test_an_attached_message_is_read_inside_its_parent_and_not_taken_out() -> None:
    inner = Message(
        subject="Order confirmation 8177",
        body="Your order is confirmed.\r\n",
        attachments=[Attached("receipt.pdf", PDF)],
    )
    outer = Message(subject="Fwd: Order confirmation 8177", body="See the message below.\r\n", embedded=[inner])
    read = read_outlook(outer.to_bytes(), "fwd.msg")
    assert read is not None
    assert read.body == "See the message below."
    assert read.attachments == []  # the inner message's receipt stays inside it, as the message does
    assert read.details["inside"] == ["Order confirmation 8177 (an e-mail)"]
    assert "See the message below.\n\n---------- Attached message ----------\nFrom: Li Wei" in read.text
    assert "Subject: Order confirmation 8177\n\nYour order is confirmed." in read.text


def test_a_compound_file_of_another_kind_is_not_an_email() -> None:
    word = compound_file([Stream("WordDocument", b"\xec\xa5" + bytes(5000)), Stream("\x01CompObj", bytes(100))])
    assert read_outlook(word, "contract.doc") is None
    sniffed = sniff(word[:8192], "contract.doc")
    assert outlook_facts(word, "contract.doc", sniffed) == (sniffed, None)


def test_an_outlook_message_is_sniffed_as_one_whatever_its_name() -> None:
    data = Message().to_bytes()
    for name in ("reply.msg", "reply", "reply.doc"):
        found, message = outlook_facts(data, name, sniff(data[:8192], name))
        assert found.media_type == OUTLOOK_MESSAGE and found.warning is None and message is not None


def _many_recipients(count: int) -> Message:
    return Message(to=[(f"Buyer {n}", f"buyer{n}@example.com") for n in range(count)])


def _overlapping() -> bytes:
    """Ten attachments whose entries all point into one 60 KB attachment's sectors, each from a later one (the
    same first sector twice olefile would catch): nearly ten times the file, if read."""
    msg = Message(attachments=[Attached(f"part{n}.bin", bytes([n]) * 60_000) for n in range(10)])
    first = "__attach_version1.0_#00000000/__substg1.0_37010102"
    others = {first.replace("#00000000", f"#{n:08X}"): (first, n) for n in range(1, 10)}
    return msg.to_bytes(same_sectors=others)


HOSTILE = {
    "empty": lambda: b"",
    "cut in half": lambda: Message(attachments=[Attached("a.pdf", PDF * 4)]).to_bytes()[:12_000],
    "a compound file's signature, then noise": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8,
    "streams whose sectors overlap": _overlapping,
    "a directory of one long chain": lambda: _many_recipients(1500).to_bytes(chained=True),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_damaged_or_crafted_file_is_refused_in_one_sentence_naming_it(case: str) -> None:
    data = HOSTILE[case]()
    started = time.monotonic()
    with pytest.raises(UnreadableMessage) as refused:
        read_outlook(data, "from the supplier.msg")
    message = str(refused.value)
    assert message.startswith("from the supplier.msg is not a readable Outlook message: ")
    assert "\n" not in message and "Error" not in message and "OLE" not in message
    assert time.monotonic() - started < 10


def test_a_broken_msg_is_flagged_but_a_broken_word_document_is_not_ours_to_name() -> None:
    broken = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(3000)
    found, message = outlook_facts(broken, "reply.msg", sniff(broken[:8192], "reply.msg"))
    assert message is None
    assert found.warning == "it is not a readable Outlook message: the file is damaged or is not an Outlook file"
    assert not found.previewable
    sniffed = sniff(broken[:8192], "contract.doc")
    assert outlook_facts(broken, "contract.doc", sniffed) == (sniffed, None)


def test_overlapping_parts_are_refused_before_they_are_read() -> None:
    with pytest.raises(UnreadableMessage, match="its parts overlap"):
        read_outlook(_overlapping(), "x.msg")


def test_very_many_recipients_are_named_up_to_a_bound() -> None:
    read = read_outlook(_many_recipients(1003).to_bytes(), "many.msg")
    assert read is not None
    assert read.details["to"].endswith("Buyer 999 <buyer999@example.com>, and 3 more")


SAMPLE = Message(
    attachments=[Attached("invoice.pdf", PDF), Attached("photo.png", PNG)],
    embedded=[Message(subject="inner", body="inner body\r\n")],
).to_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1), st.integers(0, 255)), min_size=1, max_size=30))
def test_any_damage_is_read_or_refused_never_a_traceback(changes: list[tuple[int, int]]) -> None:
    data = bytearray(SAMPLE)
    for offset, value in changes:
        data[offset] = value
    try:
        read = read_outlook(bytes(data), "x.msg")
    except UnreadableMessage:
        return
    if read is not None:  # what was read is text that can be stored and printed
        (read.text + read.body + "".join(a.name for a in read.attachments)).encode("utf-8")


def test_a_storage_named_like_a_stream_is_no_stream() -> None:
    """A crafted file whose properties "stream" is a storage: not an Outlook message, and no crash."""
    data = compound_file([Storage("__properties_version1.0", [Stream("x", b"1")]), Stream("__substg1.0_001A001F", b"")])
    assert read_outlook(data, "odd.msg") is None

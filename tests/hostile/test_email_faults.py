"""Issue 20: e-mails that strangers wrote. One nested 2,000 deep is kept with a plain warning instead of ending in a
RecursionError; an e-mail forwarded as an attachment has its own attachments split out as exhibits, down to a
bounded depth; and whatever bytes are given as an `.eml`, the reader gives the e-mail or one plain sentence naming
the file (point 10, a property test on a small budget). Each e-mail is made here."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

import pytest
from cli_runs import in_process
from factories import add_files
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from image_bombs import bomb_png
from sqlalchemy import select

from desk.evidence.cases import CaseRef
from desk.evidence.emails import Email, UnreadableMessage, read_email
from desk.evidence.files import MESSAGES_INSIDE
from desk.models import Evidence, EvidenceKind
from desk.search import search
from desk.workspace import Workspace

HEAD = b"From: Shenzhen Topwin <service@topwin.example.cn>\r\nTo: buyer@example.de\r\nMIME-Version: 1.0\r\n"
PDF = b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n"


def _forwarded(depth: int) -> bytes:
    """`depth` e-mails each forwarded as the attachment of the next: message/rfc822 inside message/rfc822."""
    message = HEAD + b"Subject: the first\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    for n in range(depth):
        message = HEAD + b"Subject: forward %d\r\nContent-Type: message/rfc822\r\n\r\n" % n + message
    return message


def _nested_parts(depth: int) -> bytes:
    """Parts inside parts, `depth` levels: multipart/mixed inside multipart/mixed."""
    opening = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n) for n in range(depth))
    closing = b"".join(b"\r\n--b%d--\r\n" % n for n in reversed(range(depth)))
    return HEAD + b"Subject: deep\r\n" + opening + b"Content-Type: text/plain\r\n\r\nhello" + closing


def test_an_email_nested_2000_deep_is_one_plain_sentence_naming_it() -> None:
    """It ended in a RecursionError, in the standard library's parser. (Parts inside parts 2,000 deep end the same
    way, after about 1.5 s of the parser's time here: the forwards show it sooner.)"""
    with pytest.raises(UnreadableMessage) as refused:
        read_email(_forwarded(2000), "deep.eml")
    assert str(refused.value) == "deep.eml is not a readable e-mail: its parts are nested too deeply to be read"
    for made in (_forwarded, _nested_parts):  # deep enough to be refused, not deep enough to exhaust the parser
        with pytest.raises(UnreadableMessage, match=r"^deep\.eml is not a readable e-mail: .* more than 50 levels"):
            read_email(made(60), "deep.eml")
        assert isinstance(read_email(made(20), "deep.eml"), Email)


def test_an_email_nested_2000_deep_is_kept_with_a_warning(workspace: Workspace, case: CaseRef, tmp_path: Path) -> None:
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_forwarded(2000))
    done = in_process("evidence", "add", str(case.id), str(deep), data=workspace.root)
    assert done.returncode == 0 and done.stderr == ""
    [line] = done.stdout.splitlines()
    assert "deep.eml" in line
    assert line.endswith("WARNING: it is not a readable e-mail: its parts are nested too deeply to be read")
    with workspace.read() as s:
        [kept] = s.scalars(select(Evidence)).all()
        assert kept.kind is EvidenceKind.EMAIL and kept.warning is not None  # never previewed or embedded


def _message(subject: str, sent: str, attachments: list[tuple[str, str, bytes]]) -> bytes:
    """An e-mail with a body and `attachments` of (file name, content type, the bytes as they are in the file)."""
    parts = [b"Content-Type: text/plain; charset=utf-8\r\n\r\nsee attached, tracking LP00999888777CN\r\n"]
    for name, kind, body in attachments:
        encoding = b"" if kind == "message/rfc822" else b"Content-Transfer-Encoding: 8bit\r\n"
        disposition = f'Content-Type: {kind}\r\nContent-Disposition: attachment; filename="{name}"\r\n'
        parts.append(disposition.encode() + encoding + b"\r\n" + body + b"\r\n")
    boundary = f"part-{zlib.crc32(subject.encode()):08x}"  # its own: a message inside must not end this one
    joined = b"".join(f"--{boundary}\r\n".encode() + part for part in parts)
    header = f"Subject: {subject}\r\nDate: {sent}\r\nContent-Type: multipart/mixed; boundary={boundary}\r\n\r\n"
    return HEAD + header.encode() + joined + f"--{boundary}--\r\n".encode()


def test_a_forwarded_emails_attachments_are_split_out_as_its_own_are(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """The supplier's invoice, forwarded by the agent, forwarded again: it was kept only inside the e-mail."""
    original = _message("invoice 8170021", "Mon, 02 Nov 2026 10:15:00 +0800", [("invoice.pdf", "application/pdf", PDF)])
    agent = _message("Fwd: invoice", "Tue, 03 Nov 2026 09:00:00 +0100", [("invoice.eml", "message/rfc822", original)])
    outer = _message("Fwd: Fwd: invoice", "Wed, 04 Nov 2026 09:00:00 +0100", [("agent.eml", "message/rfc822", agent)])
    path = tmp_path / "outer.eml"
    path.write_bytes(outer)
    [added] = add_files(workspace, [path], case)
    assert [a.name for a in added.with_all()] == ["outer.eml", "agent.eml", "invoice.eml", "invoice.pdf"]
    with workspace.read() as s:
        kept = {e.original_name: e for e in s.scalars(select(Evidence))}
        assert kept["invoice.pdf"].parent is kept["invoice.eml"]
        assert kept["invoice.eml"].parent is kept["agent.eml"] and kept["agent.eml"].parent is kept["outer.eml"]
        assert kept["invoice.pdf"].kind is EvidenceKind.INVOICE and kept["invoice.pdf"].media_type == "application/pdf"
        assert kept["invoice.eml"].kind is EvidenceKind.EMAIL
        assert (kept["invoice.eml"].details or {})["subject"] == "invoice 8170021"
        assert kept["invoice.pdf"].description == "attached to the e-mail 'invoice 8170021'"
        assert all([link.dispute_id for link in e.links] == [case.id] for e in kept.values())
        found = {h.id for h in search(s, "LP00999888777CN")}
        assert found == {kept[name].id for name in ("outer.eml", "agent.eml", "invoice.eml")}


def test_emails_forwarded_deeper_than_the_limit_are_kept_whole(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """Each level is read again from its own bytes: the splitting stops at MESSAGES_INSIDE e-mails deep."""
    message = _message("level 0", "Mon, 02 Nov 2026 10:15:00 +0800", [("level0.pdf", "application/pdf", PDF + b"0")])
    for level in range(1, MESSAGES_INSIDE + 2):
        inside = [
            (f"level{level}.pdf", "application/pdf", PDF + b"%d" % level),
            (f"fwd{level}.eml", "message/rfc822", message),
        ]
        message = _message(f"level {level}", "Mon, 02 Nov 2026 10:15:00 +0800", inside)
    path = tmp_path / "outer.eml"
    path.write_bytes(message)
    [added] = add_files(workspace, [path], case)
    names = [a.name for a in added.with_all()]
    deepest = MESSAGES_INSIDE + 1  # the one added is level MESSAGES_INSIDE + 1, the last split out is level 2
    assert names[0] == "outer.eml"
    assert [n for n in names if n.endswith(".pdf")] == [f"level{n}.pdf" for n in range(deepest, 1, -1)]
    assert "fwd2.eml" in names  # kept, as a file, with the attachments inside it
    assert "level1.pdf" not in names and "level0.pdf" not in names


def test_a_decompression_bomb_attached_to_an_email_is_kept_flagged_and_never_opened(
    workspace: Workspace, case: CaseRef, tmp_path: Path
) -> None:
    """An e-mail's attachment cannot be refused alone: it is kept with why as its warning, which keeps the preview
    and the packets from ever opening it (they open no flagged file)."""
    bomb = base64.encodebytes(bomb_png())
    path = tmp_path / "photos.eml"
    path.write_bytes(
        _message(
            "photos of the parcel", "Mon, 02 Nov 2026 10:15:00 +0800", [("parcel.png", "image/png", bomb)]
        ).replace(b"Content-Transfer-Encoding: 8bit", b"Content-Transfer-Encoding: base64")
    )
    [added] = add_files(workspace, [path], case)
    [photo] = added.attachments
    assert photo.name == "parcel.png" and photo.media_type == "image/png"
    assert photo.warning is not None and photo.warning.startswith("an image of more than 256 million pixels")
    assert added.warning is None


_FIELDS = ["From", "To", "Cc", "Date", "Subject", "Message-ID", "Content-Type", "Content-Transfer-Encoding",
           "Content-Disposition", "MIME-Version"]  # fmt: skip
_VALUES = [
    'multipart/mixed; boundary="b"', "multipart/alternative; boundary=b", "message/rfc822", "message/delivery-status",
    "text/plain; charset=utf-8", "text/plain; charset=x-unknown", "text/html; charset=gb2312",
    "text/plain; format=flowed; delsp=yes", "application/pdf; name*=utf-8''%E6%96%87.pdf",
    'attachment; filename="=?utf-8?b?5paH?=.pdf"', "attachment; filename*0*=utf-8''a; filename*1=b", "base64",
    "quoted-printable", "x-uuencode", "=?utf-8?q?=E6=82=A8?=", "=?x-unknown?b?AAAA?=", "=?utf-8?b?",
    "Mon, 02 Nov 2026 10:15:00 +0800", "Mon, 99 Foo 10000 99:99:99", "<a@b>", '"unterminated', "\x00@", "<",
    "a@b, <c@d>, ;;;", "(comment (nested",
]  # fmt: skip
_BODIES = [
    b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\n"
    b"Content-Disposition: attachment; filename=z\r\n\r\nzz\r\n--c--\r\n--b--\r\n",
    b"--b\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n--b--",
    b"--b\r\n\r\n--b--",
    b"begin 644 f\r\n#0V%T\r\n`\r\nend\r\n",
]


@st.composite
def _emails(draw: st.DrawFn) -> bytes:
    """Header blocks from fields and values that have broken e-mail parsers, with text of any kind, and bodies."""
    blocks = []
    for _ in range(draw(st.integers(1, 3))):
        lines = draw(st.lists(st.tuples(st.sampled_from(_FIELDS), st.sampled_from(_VALUES) | st.text(max_size=30))))
        head = "".join(f"{field}: {value}\r\n" for field, value in lines).encode("utf-8", "surrogatepass")
        blocks.append(head + b"\r\n" + draw(st.sampled_from(_BODIES) | st.binary(max_size=120)))
    return b"\r\n".join(blocks)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | _emails())
@example(b"From: \x00@\r\n\r\n").via("found before")
@example(b'To: "\r\n\r\n').via("found before")
@example(b"Message-ID: <\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n--b--").via("found before")
def test_any_bytes_read_as_an_email_give_the_email_or_one_plain_sentence(data: bytes) -> None:
    """Found, before: a header the parser fails on (`From: \\x00@`, `To: "`, `Message-ID: <`) raised IndexError
    from the reader's own fallback, which parsed the header again; a deep structure raised RecursionError."""
    try:
        message = read_email(data, "supplier.eml")
    except UnreadableMessage as error:
        assert str(error).startswith("supplier.eml is not a readable e-mail: ")
        return
    assert isinstance(message.text, str) and all(isinstance(a.data, bytes) for a in message.attachments)

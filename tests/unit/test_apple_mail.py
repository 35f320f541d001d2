"""Messages dragged from Apple Mail, asked of Mail by Message-ID (issue 14, point 2): Mail's drag names each message
with a `message:` link, and Mail gives its source through AppleScript. osascript is macOS's own; a shell script
answering as Mail does stands in for it here (tests/mail_app.py)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from mail_app import CLOSED, DENIED, mail_app, message_source

from desk.apple_mail import MailUnavailable, dragged_ids, fetch, message_name
from desk.evidence.emails import read_email


def test_the_links_of_a_drag_name_its_messages_once_each() -> None:
    links = [
        "message:%3C9A1F2E@mail.huaqiang.example%3E",
        "message://%3cB7@x.example%3e",
        "message:%3C9A1F2E@mail.huaqiang.example%3E",
        "https://mail.example/9A1F2E",
        "message:",
    ]
    assert dragged_ids(links) == ["9A1F2E@mail.huaqiang.example", "B7@x.example"]


def test_mail_gives_each_selected_message_as_its_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mail = mail_app(tmp_path, monkeypatch)
    subject = "=?UTF-8?B?" + base64.b64encode("Re: 订单 8177 / 破损".encode()).decode() + "?="
    mail.select("a1@mail.example", message_source(subject, "a1@mail.example"))
    mail.select("b2@mail.example", message_source("Tracking: LP0012", "b2@mail.example"))

    got, missing = fetch(["a1@mail.example", "gone@mail.example", "b2@mail.example"])

    assert [m.message_id for m in got] == ["a1@mail.example", "b2@mail.example"] and missing == ["gone@mail.example"]
    assert [m.name for m in got] == ["Re_ 订单 8177 _ 破损.eml", "Tracking_ LP0012.eml"]
    assert got[0].source == message_source(subject, "a1@mail.example")  # byte for byte, osascript's own line gone
    assert read_email(got[1].source).details["subject"] == "Tracking: LP0012"
    # Mail was asked by the script, for the selected message with that id
    assert 'tell application "Mail"' in mail.asked() and "if message id of picked is wanted" in mail.asked()


@pytest.mark.parametrize(
    ("message_id", "said"),
    [
        (DENIED, "Desk may not ask Mail for messages: allow it in System Settings › Privacy & Security › Automation "
                 "(Desk › Mail), then drop the message again"),
        (CLOSED, "Mail is not running"),
    ],
)
def test_mail_that_cannot_answer_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_id: str, said: str
) -> None:
    mail_app(tmp_path, monkeypatch)
    with pytest.raises(MailUnavailable) as raised:
        fetch([message_id])
    assert str(raised.value) == said


def test_without_osascript_mail_cannot_be_asked() -> None:
    with pytest.raises(MailUnavailable, match="Mail can only be asked on a Mac"):
        fetch(["a1@mail.example"], osascript="")  # no program, as on Windows or Linux


def test_a_message_is_named_by_its_subject_made_safe() -> None:
    assert message_name(b"Subject: CON\n\nx") == "_CON.eml"
    assert message_name(b"From: a@b\n\nno subject") == "message.eml"
    assert message_name(b"Subject: =?x-unknown?Q?abc?=\n\n") == "=_x-unknown_Q_abc_=.eml"

"""A message dragged from Outlook onto a dispute, through OLE and Qt's own drop target on the real window (issue 14,
point 2): Outlook gives the message only as a storage object, which Qt's target cannot read; Desk's target in front
of it reads it. The drag's source is made of Windows' COM calls (tests/outlook_drags.py), the rest is real.

It needs Qt's `windows` platform with a screen: the Windows lane runs the GUI tests offscreen, so there it is
skipped. By hand, under Xvfb, with the lane's Wine server stopped first so that it starts on that screen:
    Xvfb :77 & WINEPREFIX=~/.cache/desk-wine/prefix wineserver -k
    DISPLAY=:77 DESK_TESTS_QT_PLATFORM=windows uv run python tools/windows/lane.py test \
        tests/ui/test_outlook_drop_window.py"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from driving import list_page
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Evidence, EvidenceKind, EvidenceLink
from desk.ui.main_window import MainWindow
from desk.workspace import Workspace

pytestmark = [
    pytest.mark.skipif(sys.platform != "win32", reason="Outlook's drags are Windows COM (ole32)"),
    # What Wine's user32 lacks of the DPI calls Qt's windows platform makes (a real Windows has them)
    pytest.mark.qt_log_ignore("DpiAwareness::PerMonitorVersion2 is not supported", "EnableNonClientDpiScaling"),
]

if sys.platform == "win32":
    from ctypes import POINTER, byref, c_int64, c_long, c_ulong, c_void_p

    from outlook_drags import Source
    from outlook_files import Message
    from PySide6.QtGui import QGuiApplication

    from desk.ui import ole_drops
    from desk.ui.evidence_drop import FileDrops

COPY = 1
DRAG_TYPES = (c_void_p, c_ulong, c_int64, POINTER(c_ulong)) if sys.platform == "win32" else ()


def test_a_message_dragged_from_outlook_onto_a_dispute_becomes_its_evidence(
    qtbot: QtBot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    if QGuiApplication.platformName() != "windows" or not int(window.winId()):
        pytest.skip("needs Qt's windows platform with a screen; the Windows lane runs offscreen")
    page = list_page(qtbot, window, "disputes")

    def registered() -> int:
        return int(ole_drops.user32.GetPropW(int(window.winId()), "OleDropTargetInterface") or 0)

    qtbot.waitUntil(lambda: registered() in ole_drops._fronts)  # Desk's target, in front of Qt's
    front = registered()

    source = Source(Message(subject="Re: order 8177 from Outlook").to_bytes(), "storage", tmp_path)
    row = page.table.visualRect(page.model.index(1, 1)).center()
    at = page.table.viewport().mapToGlobal(row)
    point = c_int64((at.y() << 32) | (at.x() & 0xFFFFFFFF))  # POINTL, on the screen
    effect = c_ulong(COPY)
    assert ole_drops.call(front, 3, source.address, 0, point, byref(effect), types=DRAG_TYPES, result=c_long) == 0
    assert ole_drops.call(front, 4, 0, point, byref(effect), types=DRAG_TYPES[1:], result=c_long) == 0
    assert effect.value == COPY and window.statusBar().currentMessage().startswith("Drop to add the files")
    assert ole_drops.call(front, 6, source.address, 0, point, byref(effect), types=DRAG_TYPES, result=c_long) == 0

    drops = page.table.viewport().findChild(FileDrops)
    assert drops is not None and drops.notice is None and drops.last is not None
    qtbot.waitUntil(lambda: not drops.last.busy and drops.last.outcome is not None, timeout=30_000)
    assert [drops.last.report.item(i).text() for i in range(drops.last.report.count())] == [
        "Re_ order 8177.msg — added as email"
    ]
    # Qt asked for the bytes as memory and as a stream, and got nothing; Desk then took the storage
    media = [tymed for fmt, _index, tymed in source.asked if fmt == source.contents_format]
    assert media[-1] & ole_drops.TYMED_ISTORAGE and not any(m & ole_drops.TYMED_ISTORAGE for m in media[:-1])
    with demo_workspace.read() as s:
        subjects = [e.details["subject"] for e in s.scalars(select(Evidence).join(EvidenceLink)) if e.details
                    and e.kind is EvidenceKind.EMAIL]
    assert "Re: order 8177 from Outlook" in subjects

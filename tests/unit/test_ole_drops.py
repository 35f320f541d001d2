"""A message dragged from Outlook reaches Desk whole (issue 14, point 2): Outlook hands its bytes only as a storage
object, which Qt does not read, so Desk reads them from the drag's data object through a drop target put in front of
Qt's. Windows COM, here for real (ole32 under Wine in the Windows lane): the data object, the storage (opened from a
real .msg file), the window and the registration are real; the source (Outlook) and the window's own target (Qt's)
are stand-ins made of the same COM calls, at the edge where Windows meets another program."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="Outlook's drags are Windows COM (ole32)")

if sys.platform == "win32":
    import ctypes
    from ctypes import POINTER, byref, c_int64, c_ulong, c_void_p
    from pathlib import Path

    from outlook_drags import Source
    from outlook_files import Message
    from PySide6.QtCore import QMimeData

    from desk.evidence.outlook_msg import is_compound_file, read_outlook
    from desk.ui import mail_drags, ole_drops

    HWND_MESSAGE = c_void_p(-3)
    user32, ole32 = ole_drops.user32, ole_drops.ole32
    ole32.OleInitialize.argtypes = [c_void_p]
    user32.CreateWindowExW.argtypes = [c_ulong, ctypes.c_wchar_p, ctypes.c_wchar_p, c_ulong, ctypes.c_int,
                                       ctypes.c_int, ctypes.c_int, ctypes.c_int, c_void_p, c_void_p, c_void_p,
                                       c_void_p]
    user32.CreateWindowExW.restype = c_void_p
    user32.DestroyWindow.argtypes = [c_void_p]

    class QtTarget:
        """The window's own drop target, as Qt registers it: Drop asks for the message as Desk's drop handler does
        (through Qt's mime data first, which gives nothing for a storage)."""

        def __init__(self) -> None:
            self.calls: list[tuple[object, ...]] = []
            self.read_in_drop = b""
            self.released = 0
            self.vtable = ole_drops._VTable(
                ole_drops.QUERY(self._query), ole_drops.COUNT(lambda this: 2),
                ole_drops.COUNT(self._release),
                ole_drops.ENTER(lambda this, data, keys, point, effect: self._record("enter", data, keys, point)),
                ole_drops.OVER(lambda this, keys, point, effect: self._record("over", keys, point)),
                ole_drops.LEAVE(lambda this: self._record("leave")),
                ole_drops.DROP(self._drop))
            self.object = ole_drops._Object(ctypes.pointer(self.vtable))

        @property
        def address(self) -> int:
            return ctypes.addressof(self.object)

        def _query(self, this: int, iid: int, out: object) -> int:
            out[0] = this  # type: ignore[index]
            return 0

        def _release(self, this: int) -> int:
            self.released += 1
            return 1

        def _record(self, *call: object) -> int:
            self.calls.append(call)
            return 0

        def _drop(self, this: int, data: int, keys: int, point: int, effect: object) -> int:
            self.calls.append(("drop", data, keys, point))
            self.read_in_drop = mail_drags.contents(QMimeData(), 0)
            return 0



@pytest.fixture
def message() -> bytes:
    return Message(subject="Re: order 8179037714690228 - 破损的外壳", sender=("Li Wei", "sales@huaqiang.example"),
                   to=[("Claims", "claims@techbox.example")], body="The photos are attached.\r\n").to_bytes()


@pytest.fixture
def window() -> int:
    ole32.OleInitialize(None)
    # A message-only window: it needs no screen (CI has none), and RegisterDragDrop takes it as any other
    hwnd = user32.CreateWindowExW(0, "STATIC", "drop here", 0, 0, 0, 10, 10, HWND_MESSAGE, None, None, None)
    assert hwnd
    yield hwnd
    ole32.RevokeDragDrop(hwnd) if user32.GetPropW(hwnd, "OleDropTargetInterface") else None
    user32.DestroyWindow(hwnd)


def subject_of(data: bytes) -> str:
    email = read_outlook(data, "dragged.msg")
    assert email is not None
    return str(email.details["subject"])


@pytest.mark.parametrize("form", ["storage", "stream", "memory"])
def test_each_form_of_a_dragged_message_reads_as_the_message(message: bytes, form: str, tmp_path: Path) -> None:
    source = Source(message, form, tmp_path)
    data = ole_drops.file_contents(source.address, 0)
    every_form = ole_drops.TYMED_HGLOBAL | ole_drops.TYMED_ISTREAM | ole_drops.TYMED_ISTORAGE
    assert source.asked == [(source.contents_format, 0, every_form)]
    if form == "storage":  # the same message, written out anew as a compound file
        assert is_compound_file(data[:8]) and data != message
    else:
        assert data == message
    assert subject_of(data) == "Re: order 8179037714690228 - 破损的外壳"


def test_a_file_the_source_does_not_give_reads_as_nothing(message: bytes, tmp_path: Path) -> None:
    assert ole_drops.file_contents(Source(message, "storage", tmp_path).address, 1) == b""  # one file: no second
    assert ole_drops.file_contents(Source(message, "none", tmp_path).address, 0) == b""


def test_a_message_dropped_on_the_window_reaches_the_drop_handler_whole(
    window: int, message: bytes, tmp_path: Path
) -> None:
    """Before: Qt's mime data gave the handler b"" for a storage, and the user was told to save the message first."""
    qt = QtTarget()
    ole32.RegisterDragDrop(window, qt.address)
    assert user32.GetPropW(window, "OleDropTargetInterface") == qt.address
    assert ole_drops.put_in_front(window)
    front = user32.GetPropW(window, "OleDropTargetInterface")
    assert front not in (None, qt.address)
    assert not ole_drops.put_in_front(window)  # once is enough

    source = Source(message, "storage", tmp_path)
    effect = c_ulong(1)
    point = c_int64((20 << 32) | 10)  # POINTL(10, 20)
    types = (c_void_p, c_ulong, c_int64, POINTER(c_ulong))
    ole_drops.call(front, 3, source.address, 1, point, byref(effect), types=types)  # DragEnter
    ole_drops.call(front, 4, 1, point, byref(effect), types=(c_ulong, c_int64, POINTER(c_ulong)))  # DragOver
    ole_drops.call(front, 6, source.address, 0, point, byref(effect), types=types)  # Drop
    assert [call[0] for call in qt.calls] == ["enter", "over", "drop"]
    assert qt.calls[2] == ("drop", source.address, 0, point.value)
    assert subject_of(qt.read_in_drop) == "Re: order 8179037714690228 - 破损的外壳"
    assert ole_drops.dragged_contents(0) == b""  # outside a drop, nothing is held

    ole_drops.call(front, 5)  # DragLeave
    assert qt.calls[-1] == ("leave",)
    ole32.RevokeDragDrop(window)
    assert qt.released >= 1  # Qt's target is let go with ours


def test_a_window_without_a_drop_target_is_left_alone(window: int) -> None:
    assert not ole_drops.put_in_front(window)
    assert not user32.GetPropW(window, "OleDropTargetInterface")

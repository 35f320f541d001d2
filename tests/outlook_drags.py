"""What Outlook hands over when a message is dragged, made of Windows' own COM calls (ole32; under Wine in the
Windows lane): an IDataObject whose FileGroupDescriptorW names the message and whose FileContents is its bytes in
the form the source chooses: a storage opened from a real .msg file (as Outlook gives a message), memory, or a
stream. Windows only, as desk.ui.ole_drops is."""

from __future__ import annotations

import ctypes
import struct
import sys
from ctypes import POINTER, WINFUNCTYPE, Structure, byref, c_long, c_ulong, c_void_p
from pathlib import Path

assert sys.platform == "win32"

from desk.ui import ole_drops  # noqa: E402

E_NOTIMPL, DV_E_FORMATETC = -0x7FFFBFFF, -0x7FFBFF98  # 0x80004001, 0x80040064 as signed longs
GMEM_MOVEABLE = 0x2
STGM_READ_SHARE_DENY_WRITE = 0x20
STREAM_WRITE = 4
kernel32, ole32, user32 = ole_drops.kernel32, ole_drops.ole32, ole_drops.user32
kernel32.GlobalAlloc.argtypes = [ctypes.c_uint, ctypes.c_size_t]
kernel32.GlobalAlloc.restype = c_void_p
ole32.StgOpenStorage.argtypes = [ctypes.c_wchar_p, c_void_p, c_ulong, c_void_p, c_ulong, POINTER(c_void_p)]
ole32.StgOpenStorage.restype = ctypes.HRESULT
ole32.CreateStreamOnHGlobal.argtypes = [c_void_p, ctypes.c_int, POINTER(c_void_p)]
ole32.CreateStreamOnHGlobal.restype = ctypes.HRESULT

GETDATA = WINFUNCTYPE(c_long, c_void_p, POINTER(ole_drops.FORMATETC), POINTER(ole_drops.STGMEDIUM))
QUERY_GET = WINFUNCTYPE(c_long, c_void_p, POINTER(ole_drops.FORMATETC))
OTHER = WINFUNCTYPE(c_long, c_void_p)  # the methods a drop never calls: only their slots must exist


class DataVTable(Structure):
    _fields_ = [("QueryInterface", ole_drops.QUERY), ("AddRef", ole_drops.COUNT), ("Release", ole_drops.COUNT),
                ("GetData", GETDATA), ("GetDataHere", OTHER), ("QueryGetData", QUERY_GET),
                *((f"unused{n}", OTHER) for n in range(6))]


def descriptor(name: str) -> bytes:
    """FILEGROUPDESCRIPTORW naming one file: a count, then 592 bytes with its attributes and its name at byte 72."""
    return struct.pack("<II32sI32s", 1, 0x04, bytes(32), 0x80, bytes(32)) + name.encode("utf-16-le").ljust(520, b"\0")


class Source:
    """A drag of one message named `name`, whose FileContents is `message` in the form `form` ("storage", "memory",
    "stream"; anything else: none). `asked` keeps each GetData's (format, index, media)."""

    def __init__(self, message: bytes, form: str, folder: Path, name: str = "Re: order 8177.msg") -> None:
        self.message, self.form, self.folder, self.name = message, form, folder, name
        self.asked: list[tuple[int, int, int]] = []
        self.contents_format = user32.RegisterClipboardFormatW("FileContents")
        self.descriptor_format = user32.RegisterClipboardFormatW("FileGroupDescriptorW")
        self.vtable = DataVTable(ole_drops.QUERY(lambda this, iid, out: E_NOTIMPL),
                                 ole_drops.COUNT(lambda this: 1), ole_drops.COUNT(lambda this: 1),
                                 GETDATA(self._get), OTHER(lambda this: E_NOTIMPL), QUERY_GET(self._query),
                                 *(OTHER(lambda this: E_NOTIMPL) for _ in range(6)))
        self.object = ole_drops._Object(ctypes.cast(ctypes.pointer(self.vtable), POINTER(ole_drops._VTable)))

    @property
    def address(self) -> int:
        return ctypes.addressof(self.object)

    def _query(self, this: int, wanted: object) -> int:
        asked = wanted.contents  # type: ignore[attr-defined]
        return 0 if asked.cfFormat in (self.contents_format, self.descriptor_format) else DV_E_FORMATETC

    def _get(self, this: int, wanted: object, medium: object) -> int:
        asked = wanted.contents  # type: ignore[attr-defined]
        self.asked.append((asked.cfFormat, asked.lindex, asked.tymed))
        out = medium.contents  # type: ignore[attr-defined]
        out.pUnkForRelease = None
        if asked.cfFormat == self.descriptor_format and asked.tymed & ole_drops.TYMED_HGLOBAL:
            out.tymed, out.handle = ole_drops.TYMED_HGLOBAL, memory(descriptor(self.name))
            return 0
        if asked.cfFormat != self.contents_format or asked.lindex not in (0, -1):
            return DV_E_FORMATETC
        if self.form == "storage" and asked.tymed & ole_drops.TYMED_ISTORAGE:  # as Outlook gives a message
            path = self.folder / "from-outlook.msg"
            path.write_bytes(self.message)
            storage = c_void_p()
            ole32.StgOpenStorage(str(path), None, STGM_READ_SHARE_DENY_WRITE, None, 0, byref(storage))
            out.tymed, out.handle = ole_drops.TYMED_ISTORAGE, storage.value
        elif self.form == "memory" and asked.tymed & ole_drops.TYMED_HGLOBAL:
            out.tymed, out.handle = ole_drops.TYMED_HGLOBAL, memory(self.message)
        elif self.form == "stream" and asked.tymed & ole_drops.TYMED_ISTREAM:  # left at its end, as written
            stream = c_void_p()
            ole32.CreateStreamOnHGlobal(None, True, byref(stream))
            data = ctypes.create_string_buffer(self.message, len(self.message))
            ole_drops.call(stream.value or 0, STREAM_WRITE, data, len(self.message), None,
                           types=(c_void_p, c_ulong, c_void_p))
            out.tymed, out.handle = ole_drops.TYMED_ISTREAM, stream.value
        else:
            return DV_E_FORMATETC
        return 0


def memory(data: bytes) -> int:
    handle = kernel32.GlobalAlloc(GMEM_MOVEABLE, len(data))
    ctypes.memmove(kernel32.GlobalLock(handle), data, len(data))
    kernel32.GlobalUnlock(handle)
    return int(handle)

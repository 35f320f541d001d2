"""Windows: the bytes of a message dragged from Outlook, read from the drag itself.

Outlook hands a dragged message's bytes (FileContents) only as a storage object: the message as a compound file not
yet written anywhere. Qt reads FileContents from memory or a stream only, so the message reached Desk empty. Qt keeps
the drag's data object to itself; so Desk puts a thin drop target in front of the one Qt registered for its window.
It passes every call on to Qt's, and while Qt handles a drop it keeps the drag's data object, from which
`dragged_contents` reads FileContents in whichever form the source gives: memory, a stream, or a storage, copied into
a compound file in memory, which is what a .msg file is.

Only imported on Windows: ctypes and COM, no other dependency."""

from __future__ import annotations

import sys

assert sys.platform == "win32"  # the rest is Windows' COM (and mypy checks it only for Windows)
# ruff: noqa: E402 - the imports below exist on Windows only

import contextlib
import ctypes
import logging
import uuid
from ctypes import (
    HRESULT,
    POINTER,
    WINFUNCTYPE,
    Structure,
    WinDLL,
    byref,
    c_int64,
    c_long,
    c_size_t,
    c_uint64,
    c_ulong,
    c_ushort,
    c_void_p,
    c_wchar_p,
)

log = logging.getLogger(__name__)

ole32 = WinDLL("ole32")
user32 = WinDLL("user32")
kernel32 = WinDLL("kernel32")

TYMED_HGLOBAL, TYMED_ISTREAM, TYMED_ISTORAGE = 1, 4, 8
DVASPECT_CONTENT = 1
STGM_READWRITE, STGM_SHARE_EXCLUSIVE, STGM_CREATE = 0x2, 0x10, 0x1000
STATFLAG_NONAME = 1
S_OK, E_NOINTERFACE, E_UNEXPECTED = 0, -0x7FFFBFFE, -0x7FFF0001  # 0x80004002, 0x8000FFFF as a signed long
IID_IUNKNOWN = uuid.UUID("00000000-0000-0000-C000-000000000046").bytes_le
IID_IDROPTARGET = uuid.UUID("00000122-0000-0000-C000-000000000046").bytes_le
READ_SIZE = 1 << 16
# The slots of the interfaces' methods, in the order of their vtables (IUnknown's three first).
DATA_GET_DATA = 3
STREAM_READ, STREAM_SEEK = 3, 5
STORAGE_COPY_TO, STORAGE_COMMIT = 7, 9
LOCK_BYTES_STAT = 9


class FORMATETC(Structure):
    _fields_ = [("cfFormat", c_ushort), ("ptd", c_void_p), ("dwAspect", c_ulong), ("lindex", c_long),
                ("tymed", c_ulong)]


class STGMEDIUM(Structure):
    _fields_ = [("tymed", c_ulong), ("handle", c_void_p), ("pUnkForRelease", c_void_p)]


class STATSTG(Structure):
    _fields_ = [("pwcsName", c_void_p), ("type", c_ulong), ("cbSize", c_uint64), ("mtime", c_uint64),
                ("ctime", c_uint64), ("atime", c_uint64), ("grfMode", c_ulong), ("grfLocksSupported", c_ulong),
                ("clsid", ctypes.c_byte * 16), ("grfStateBits", c_ulong), ("reserved", c_ulong)]


user32.RegisterClipboardFormatW.argtypes = [c_wchar_p]
user32.RegisterClipboardFormatW.restype = ctypes.c_uint
user32.GetPropW.argtypes = [c_void_p, c_wchar_p]
user32.GetPropW.restype = c_void_p
kernel32.GlobalSize.argtypes = [c_void_p]
kernel32.GlobalSize.restype = c_size_t
kernel32.GlobalLock.argtypes = [c_void_p]
kernel32.GlobalLock.restype = c_void_p
kernel32.GlobalUnlock.argtypes = [c_void_p]
ole32.ReleaseStgMedium.argtypes = [POINTER(STGMEDIUM)]
ole32.ReleaseStgMedium.restype = None
ole32.CreateILockBytesOnHGlobal.argtypes = [c_void_p, ctypes.c_int, POINTER(c_void_p)]
ole32.CreateILockBytesOnHGlobal.restype = HRESULT
ole32.StgCreateDocfileOnILockBytes.argtypes = [c_void_p, c_ulong, c_ulong, POINTER(c_void_p)]
ole32.StgCreateDocfileOnILockBytes.restype = HRESULT
ole32.GetHGlobalFromILockBytes.argtypes = [c_void_p, POINTER(c_void_p)]
ole32.GetHGlobalFromILockBytes.restype = HRESULT
ole32.RegisterDragDrop.argtypes = [c_void_p, c_void_p]
ole32.RegisterDragDrop.restype = HRESULT
ole32.RevokeDragDrop.argtypes = [c_void_p]
ole32.RevokeDragDrop.restype = HRESULT


def call(obj: int, slot: int, *args: object, types: tuple[type, ...] = (), result: type = HRESULT) -> int:
    """Method `slot` of the COM object at `obj`; an HRESULT that is a failure raises OSError."""
    vtable = ctypes.cast(c_void_p(obj), POINTER(POINTER(c_void_p))).contents
    method = WINFUNCTYPE(result, c_void_p, *types)(vtable[slot])
    return int(method(obj, *args) or 0)


def add_ref(obj: int) -> None:
    call(obj, 1, result=c_ulong)


def release(obj: int) -> None:
    call(obj, 2, result=c_ulong)


def file_contents(data_object: int, index: int) -> bytes:
    """The bytes of the `index`th virtual file of a data object; b"" when the source gives none."""
    wanted = FORMATETC(user32.RegisterClipboardFormatW("FileContents"), None, DVASPECT_CONTENT, index,
                       TYMED_HGLOBAL | TYMED_ISTREAM | TYMED_ISTORAGE)
    medium = STGMEDIUM()
    try:
        call(data_object, DATA_GET_DATA, byref(wanted), byref(medium), types=(POINTER(FORMATETC), POINTER(STGMEDIUM)))
    except OSError:
        return b""
    try:
        if medium.tymed == TYMED_HGLOBAL:
            return global_bytes(medium.handle)
        if medium.tymed == TYMED_ISTREAM:
            return stream_bytes(medium.handle)
        if medium.tymed == TYMED_ISTORAGE:
            return storage_bytes(medium.handle)
        return b""
    except OSError as error:
        log.warning("a dragged file could not be read: %s", error)
        return b""
    finally:
        ole32.ReleaseStgMedium(byref(medium))


def global_bytes(handle: int, size: int | None = None) -> bytes:
    if size is None:
        size = kernel32.GlobalSize(handle)
    pointer = kernel32.GlobalLock(handle)
    if not pointer:
        raise ctypes.WinError()
    try:
        return ctypes.string_at(pointer, size)
    finally:
        kernel32.GlobalUnlock(handle)


def stream_bytes(stream: int) -> bytes:
    # From its start: a source may hand over a stream already read (the seek may fail; then from where it is)
    with contextlib.suppress(OSError):
        call(stream, STREAM_SEEK, 0, 0, None, types=(c_int64, c_ulong, c_void_p))
    chunks: list[bytes] = []
    buffer = ctypes.create_string_buffer(READ_SIZE)
    got = c_ulong()
    while True:
        call(stream, STREAM_READ, buffer, READ_SIZE, byref(got), types=(c_void_p, c_ulong, POINTER(c_ulong)))
        if not got.value:
            return b"".join(chunks)
        chunks.append(buffer.raw[: got.value])


def storage_bytes(storage: int) -> bytes:
    """A storage object written out as a compound file, in memory: the bytes of the .msg it would be on disk."""
    lock_bytes = c_void_p()
    ole32.CreateILockBytesOnHGlobal(None, True, byref(lock_bytes))
    try:
        copy = c_void_p()
        ole32.StgCreateDocfileOnILockBytes(lock_bytes, STGM_CREATE | STGM_READWRITE | STGM_SHARE_EXCLUSIVE, 0,
                                           byref(copy))
        try:
            call(storage, STORAGE_COPY_TO, 0, None, None, copy, types=(c_ulong, c_void_p, c_void_p, c_void_p))
            call(copy.value or 0, STORAGE_COMMIT, 0, types=(c_ulong,))
        finally:
            release(copy.value or 0)
        stat = STATSTG()
        call(lock_bytes.value or 0, LOCK_BYTES_STAT, byref(stat), STATFLAG_NONAME, types=(POINTER(STATSTG), c_ulong))
        memory = c_void_p()
        ole32.GetHGlobalFromILockBytes(lock_bytes, byref(memory))
        return global_bytes(memory.value or 0, stat.cbSize)
    finally:
        release(lock_bytes.value or 0)


# The drop target put in front of Qt's: a COM object made of a vtable of Python functions.
QUERY = WINFUNCTYPE(c_long, c_void_p, c_void_p, POINTER(c_void_p))
COUNT = WINFUNCTYPE(c_ulong, c_void_p)
# POINTL, passed by value: eight bytes, which Windows x64 passes as one integer
ENTER = WINFUNCTYPE(c_long, c_void_p, c_void_p, c_ulong, c_int64, POINTER(c_ulong))
OVER = WINFUNCTYPE(c_long, c_void_p, c_ulong, c_int64, POINTER(c_ulong))
LEAVE = WINFUNCTYPE(c_long, c_void_p)
DROP = ENTER


class _VTable(Structure):
    _fields_ = [("QueryInterface", QUERY), ("AddRef", COUNT), ("Release", COUNT), ("DragEnter", ENTER),
                ("DragOver", OVER), ("DragLeave", LEAVE), ("Drop", DROP)]


class _Object(Structure):
    _fields_ = [("vtable", POINTER(_VTable))]


class FrontTarget:
    """Passes each call on to `inner` (Qt's drop target); during Drop it holds the drag's data object."""

    def __init__(self, inner: int) -> None:
        self.inner = inner
        self.count = 1
        add_ref(inner)
        self.vtable = _VTable(QUERY(self._query), COUNT(self._add_ref), COUNT(self._release), ENTER(self._enter),
                              OVER(self._over), LEAVE(self._leave), DROP(self._drop))
        self.object = _Object(ctypes.pointer(self.vtable))

    @property
    def address(self) -> int:
        return ctypes.addressof(self.object)

    def _query(self, this: int, iid: int, out: ctypes._Pointer[c_void_p]) -> int:
        if ctypes.string_at(iid, 16) in (IID_IUNKNOWN, IID_IDROPTARGET):
            out[0] = this
            self.count += 1
            return S_OK
        out[0] = None
        return E_NOINTERFACE

    def _add_ref(self, this: int) -> int:
        self.count += 1
        return self.count

    def _release(self, this: int) -> int:
        self.count -= 1
        if self.count == 0:  # revoked, and nobody else holds it: Qt's target goes too
            release(self.inner)
            _fronts.pop(self.address, None)
        return self.count

    def _enter(self, this: int, data: int, keys: int, point: int, effect: object) -> int:
        return self._pass(3, (c_void_p, c_ulong, c_int64, POINTER(c_ulong)), data, keys, point, effect)

    def _over(self, this: int, keys: int, point: int, effect: object) -> int:
        return self._pass(4, (c_ulong, c_int64, POINTER(c_ulong)), keys, point, effect)

    def _leave(self, this: int) -> int:
        return self._pass(5, ())

    def _drop(self, this: int, data: int, keys: int, point: int, effect: object) -> int:
        global _dropping
        _dropping = data
        try:
            return self._pass(6, (c_void_p, c_ulong, c_int64, POINTER(c_ulong)), data, keys, point, effect)
        finally:
            _dropping = None

    def _pass(self, slot: int, types: tuple[type, ...], *args: object) -> int:
        try:
            return call(self.inner, slot, *args, types=types, result=c_long)
        except Exception:  # nothing may be raised back into COM; the bug is logged
            log.exception("passing a drag on to the window failed")
            return E_UNEXPECTED


_fronts: dict[int, FrontTarget] = {}  # each alive while COM holds it
_dropping: int | None = None


def put_in_front(window: int) -> bool:
    """Put a FrontTarget in front of the drop target registered for the window `window` (an HWND); False when it
    has none (offscreen, or Qt has not registered it yet) or already has one of ours."""
    inner = user32.GetPropW(window, "OleDropTargetInterface")
    if not inner or inner in _fronts:
        return False
    front = FrontTarget(inner)
    try:
        ole32.RevokeDragDrop(window)
    except OSError as error:
        log.warning("Outlook's messages cannot be dropped on this window: %s", error)
        release(inner)
        return False
    try:
        ole32.RegisterDragDrop(window, front.address)
    except OSError as error:
        log.warning("Outlook's messages cannot be dropped on this window: %s", error)
        ole32.RegisterDragDrop(window, inner)  # Qt's own again, so that files can still be dropped
        release(inner)
        return False
    _fronts[front.address] = front
    front.count -= 1  # RegisterDragDrop holds it now
    return True


def dragged_contents(index: int) -> bytes:
    """FileContents `index` of the drop being handled; b"" outside a drop or when the source gives none."""
    return file_contents(_dropping, index) if _dropping else b""

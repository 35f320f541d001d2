"""A compound file writer ([MS-CFB], version 3: 512-byte sectors) for tests, since olefile only reads them.

Enough of the format for Outlook `.msg` files and for broken ones: a header, the FAT, the directory (each storage's
children in a balanced binary tree, ordered as the format orders names), the mini stream (every stream under 4,096
bytes goes there, as the format requires and olefile enforces) with its mini FAT, and streams of whole sectors.
Files up to 109 FAT sectors (about 7 MB): no DIFAT sectors. `chained=True` lays each storage's children out as one
long chain of right siblings instead of a tree, as a crafted file might; `same_sectors` makes a stream's directory
entry point into another's data, as in a file whose parts overlap."""

from __future__ import annotations

import itertools
import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
HEADER_DIFAT = 109


@dataclass
class Stream:
    name: str
    data: bytes


@dataclass
class Storage:
    name: str
    children: list[Stream | Storage] = field(default_factory=list)


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    node: Stream | Storage | None
    path: str
    left: int = NONE
    right: int = NONE
    child: int = NONE
    start: int = END
    size: int = 0


def _order(node: Stream | Storage) -> tuple[int, str]:
    """The format's order of names in a storage: shorter first, then by upper case."""
    return len(node.name), node.name.upper()


def compound_file(
    children: list[Stream | Storage],
    *,
    chained: bool = False,
    same_sectors: dict[str, tuple[str, int]] | None = None,
) -> bytes:
    """The bytes of a compound file whose root storage holds `children`. `same_sectors` maps a stream's path
    ("a/b") to (another's, n): its entry takes the other's sectors from the nth on (a stream of whole sectors)."""
    entries = [_Entry("Root Entry", 5, None, "")]

    def add(storage_entry: int, kids: list[Stream | Storage], prefix: str) -> None:
        ids = []
        for kid in sorted(kids, key=_order):
            entries.append(_Entry(kid.name, 2 if isinstance(kid, Stream) else 1, kid, prefix + kid.name))
            ids.append(len(entries) - 1)
        entries[storage_entry].child = _tree(entries, ids, chained)
        for entry_id in ids:
            node = entries[entry_id].node
            if isinstance(node, Storage):
                add(entry_id, node.children, prefix + node.name + "/")

    add(0, children, "")
    aliased = set(same_sectors or {})

    mini = bytearray()
    mini_fat: list[int] = []
    big: list[tuple[_Entry, bytes]] = []
    for entry in entries:
        if not isinstance(entry.node, Stream) or not entry.node.data or entry.path in aliased:
            continue
        data = entry.node.data
        entry.size = len(data)
        if len(data) < CUTOFF:
            first = len(mini_fat)
            count = -(-len(data) // MINI)
            mini_fat += [*range(first + 1, first + count), END]
            mini += data + bytes(count * MINI - len(data))
            entry.start = first
        else:
            big.append((entry, data))

    directory_sectors = -(-len(entries) * 128 // SECTOR)
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    mini_stream_sectors = -(-len(mini) // SECTOR)
    big_sectors = sum(-(-len(data) // SECTOR) for _entry, data in big)
    others = directory_sectors + mini_fat_sectors + mini_stream_sectors + big_sectors
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + others:
        fat_sectors += 1
    assert fat_sectors <= HEADER_DIFAT, "a test file this large needs DIFAT sectors, which this writer lacks"

    fat: list[int] = [FAT_SECTOR] * fat_sectors
    body = bytearray()

    def place(data: bytes) -> int:
        """Append `data` as a chain of whole sectors; its first sector (END for nothing)."""
        count = -(-len(data) // SECTOR)
        if not count:
            return END
        first = len(fat)
        fat.extend([*range(first + 1, first + count), END])
        body.extend(data + bytes(count * SECTOR - len(data)))
        return first

    directory_start = len(fat)
    fat.extend([*range(directory_start + 1, directory_start + directory_sectors), END])
    body.extend(bytes(directory_sectors * SECTOR))  # written once every entry knows its sectors
    mini_fat_start = place(b"".join(struct.pack("<I", n) for n in mini_fat))
    entries[0].start = place(bytes(mini))
    entries[0].size = len(mini)
    for entry, data in big:
        entry.start = place(data)
    for path, (other, skip) in (same_sectors or {}).items():
        target = next(e for e in entries if e.path == path)
        source = next(e for e in entries if e.path == other)
        target.start, target.size = source.start + skip, source.size - skip * SECTOR

    table = b"".join(_entry_bytes(e) for e in entries)
    table += _empty_entry() * (directory_sectors * SECTOR // 128 - len(entries))
    body[: len(table)] = table
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    fat_bytes = b"".join(struct.pack("<I", n) for n in fat)
    return _header(fat_sectors, directory_start, mini_fat_start, mini_fat_sectors) + fat_bytes + bytes(body)


def _tree(entries: list[_Entry], ids: list[int], chained: bool) -> int:
    """Link `ids` (in the format's order) as a binary search tree of siblings; its root's id."""
    if not ids:
        return NONE
    if chained:
        for here, after in itertools.pairwise(ids):
            entries[here].right = after
        return ids[0]
    middle = len(ids) // 2
    root = ids[middle]
    entries[root].left = _tree(entries, ids[:middle], chained)
    entries[root].right = _tree(entries, ids[middle + 1 :], chained)
    return root


def _entry_bytes(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\x00\x00"
    assert len(name) <= 64, f"{entry.name!r}: a name has at most 31 characters"
    return (
        name.ljust(64, b"\x00")
        + struct.pack("<HBB", len(name), entry.kind, 1)  # black: any colouring reads
        + struct.pack("<III", entry.left, entry.right, entry.child)
        + bytes(16)  # CLSID
        + bytes(4)  # state bits
        + bytes(16)  # creation and modification times
        + struct.pack("<IQ", entry.start, entry.size)
    )


def _empty_entry() -> bytes:
    return bytes(64) + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NONE, NONE, NONE) + bytes(36) + bytes(12)


def _header(fat_sectors: int, directory_start: int, mini_fat_start: int, mini_fat_sectors: int) -> bytes:
    difat = list(range(fat_sectors)) + [FREE] * (HEADER_DIFAT - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)  # CLSID
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)  # minor, major version; byte order; sector shifts
        + bytes(6)
        + struct.pack("<III", 0, fat_sectors, directory_start)
        + struct.pack("<III", 0, CUTOFF, mini_fat_start)
        + struct.pack("<III", mini_fat_sectors, END, 0)  # no DIFAT sectors
        + b"".join(struct.pack("<I", n) for n in difat)
    )
    assert len(header) == SECTOR
    return header

"""What every part of Desk shares and no record kind owns: how long work reports progress and is stopped, how an
enumeration's value and a size are written for people, text with dates in it, and how the bytes of a text file
become text.

Light on purpose: the command line imports it before it knows which command runs."""

from __future__ import annotations

import codecs
import enum
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desk.errors import DeskError
from desk.language import marked_tr
from desk.text_encodings import UndecodableText as UndecodableText
from desk.text_encodings import detect, first_odd_byte

Progress = Callable[[int, int], None]
"""`progress(done, total)`: how far long work has come, in units it chooses (bytes, rows, pages)."""

Cancelled = Callable[[], bool]
"""`cancelled()`: true once the user asked the work to stop; the work stops at its next check."""


class OperationCancelled(DeskError):
    """The user stopped the work. The message says what was kept (e.g. the files added before the stop)."""


def stop_if_cancelled(cancelled: Cancelled | None, message: str) -> None:
    """Raise `OperationCancelled(message)` when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise OperationCancelled(message)


# The steps of opening a data folder (`desk.db.open_database`), as its `progress(step, done, total)` hears them;
# here, so that the window can word them before the database layer loads.
CHECKING, BACKING_UP, UPGRADING, CREATING, OPENING = "checking", "backing up", "upgrading", "creating", "opening"


# -- sizes ------------------------------------------------------------------------------------------------------------

_UNITS = (("KB", 10**3), ("MB", 10**6), ("GB", 10**9), ("TB", 10**12))


def words(value: enum.Enum | str) -> str:
    """An enum value as a person reads it, in the user's language (English in a document, `desk.language.english`):
    its label where it has one, else `seller_answered` → `Seller answered`. The catalogs hold each value's words with
    what it is a value of ("dispute state": an open dispute and an open store are not the same word in Russian);
    desk/models/enum_words.py marks them."""
    english = english_words(value)
    return marked_tr(english, meaning(type(value))) if isinstance(value, enum.Enum) else english


def english_words(value: enum.Enum | str) -> str:
    """`words(value)` in English: for what is kept (a note written into a record) and for the catalogs' sources."""
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    text = str(value.value if isinstance(value, enum.Enum) else value).replace("_", " ")
    return text[:1].upper() + text[1:]


def meaning(kind: type[enum.Enum]) -> str:
    """What an enumeration's values are, for its translators: `DisputeState` → "dispute state"."""
    return " ".join(_CAPITALISED.findall(kind.__name__)).lower()


_CAPITALISED = re.compile(r"[A-Z][a-z0-9]*")


def format_size(n: int) -> str:
    """A size in bytes as people read it: `512 bytes`, `830 KB`, `9.8 MB`, `2 GB`. Units of 1,000 (the smaller
    reading of "MB", the one upload limits are checked against), one decimal, none when it is 0: a limit of
    10,000,000 bytes reads `10 MB`, as the provider says it."""
    if abs(n) < 1000:
        return "1 byte" if n == 1 else f"{n:,} bytes"
    # the largest unit that still reads under 1,000 once rounded (999,960 bytes is `1 MB`, not `1,000 KB`)
    unit, scale = next(((u, s) for u, s in _UNITS if round(abs(n) / s, 1) < 1000), _UNITS[-1])
    return f"{n / scale:,.1f}".removesuffix(".0") + f" {unit}"


# -- text with dates ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dated:
    """Text with dates (and amounts of money) in it, written by whoever shows it: `words(date_text, money_text)` in
    the window (the user's locale), `str()` in the CLI, JSON and documents (ISO dates, the fixed money form). The
    core says what happened, when and how much; the front end decides how a date or an amount reads.

        detail = dated("shipped ", day, "; a dispute can be opened from this day")

    A part that is neither text nor a date is an amount (`desk.money.Money`, which this module may not import):
    `money` writes it, `str` by default."""

    parts: tuple[str | date | Any, ...]

    def words(self, day: Callable[[date], str], money: Callable[[Any], str] = str) -> str:
        return "".join(p if isinstance(p, str) else day(p) if isinstance(p, date) else money(p) for p in self.parts)

    def __str__(self) -> str:
        return self.words(date.isoformat)

    def __add__(self, other: Dated | str) -> Dated:
        return Dated(self.parts + (other.parts if isinstance(other, Dated) else (other,)))

    def __radd__(self, other: str) -> Dated:
        return Dated((other, *self.parts))


def dated(*parts: str | date | Dated | Any) -> Dated:
    """Text, dates and amounts, in the order they are read; a `Dated` among them is spliced in."""
    flat: list[str | date | Any] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, Dated) else (part,))
    return Dated(tuple(flat))


def formatted(template: str, *args: str | date | Dated | Any) -> Dated:
    """`template` with `{0}`, `{1}`… replaced by `args` (text, dates, amounts or dated texts), for a sentence whose
    words are translated whole: `formatted(words.tr("Requested {0}; due {1}."), requested, due)`. `{{` and `}}` are
    braces."""
    parts: list[str | date | Any] = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            parts.append(literal)
        if field is not None:
            value = args[int(field)] if field.isdigit() else None
            if value is None:
                raise ValueError(f"{template!r} has a field {field!r} other than {{0}}, {{1}}…")
            parts.extend(value.parts if isinstance(value, Dated) else (value,))
    return Dated(tuple(parts))


def joined(items: list[Dated], separator: str) -> Dated:
    """`separator.join` for dated texts."""
    out: list[str | date | Dated] = []
    for i, item in enumerate(items):
        out += [separator, item] if i else [item]
    return dated(*out)


# -- text -------------------------------------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file and the name of its encoding, as `desk.text_encodings.detect` finds it: UTF-8 with or
    without its mark (BOM), UTF-16 with its mark (Excel's "Unicode text"), else the likeliest of GB18030 (Chinese
    Excel and suppliers' systems), Windows-1251, Windows-1252 (Excel on Windows saves CSV in its code page) and
    this computer's own. `UndecodableText` when none reads it, naming the byte, or when its text looks wrong in
    every one (control characters, words that change script): some legacy encoding reads nearly any bytes, so only
    text that reads right counts as text. A caller that shows any file anyway reads it as Latin-1 itself."""
    found = detect(data)
    if not found.looks_right:
        at = first_odd_byte(data)
        raise UndecodableText(f"no encoding Desk reads makes text of it (byte 0x{data[at]:02X} at offset {at})", at)
    return found.text, found.name


def whole_characters(data: bytes) -> bytes:
    """The first bytes of a longer text without the character cut in two at their end, if any: for a caller that
    reads only the beginning of a file and then `decode_text`. Tried in `decode_text`'s order (UTF-16 when marked,
    else UTF-8, else GB18030); bytes that are none of them are given back as they are (a single-byte encoding
    cuts no character in two)."""
    marked = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    for encoding in ("utf-16",) if marked else ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            decoder.decode(data)  # not final: a character cut at the end is held back, not an error
        except UnicodeDecodeError:
            continue
        held, _flag = decoder.getstate()
        return data[: len(data) - len(held)]
    return data

"""Which encoding a text file is in, and why Desk thinks so.

    found = detect(data)        # found.text, found.codec ("cp1251"), found.label ("Cyrillic (Windows-1251)")
    print(found.explanation)    # Read as Cyrillic (Windows-1251): the file is not UTF-8, and its words read best …
    again = decode_as(data, codec_for("windows-1252"))   # the user's choice

A file that says what it is, is read so: a UTF-8 or UTF-16 mark (BOM), or bytes that are valid UTF-8 (other text
is almost never valid UTF-8). Otherwise it was saved in a legacy encoding: GB18030 (Chinese Excel and suppliers'
systems), Windows-1251 and Windows-1252 (Excel on a Russian or Western Windows, whose "CSV" is the ANSI code page),
or this computer's own. Nearly any bytes decode in several of them, so each reading is scored by how plausible its
text is (`desk.plausible_text`) and the likeliest wins; when two read about equally well (a few short words), the
one this computer uses wins, and the explanation says the text may need another look."""

from __future__ import annotations

import codecs
import locale
import re
from dataclasses import dataclass, field

from desk.errors import DeskError
from desk.language import words
from desk.plausible_text import plausibility

LEGACY = ("gb18030", "cp1251", "cp1252")  # tried in this order; the order breaks a tie no locale decides
UNICODE_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
}


def _script(codec: str) -> str | None:
    """The writing an encoding is for, as Excel and browsers name it: `Cyrillic` for cp1251."""
    if codec.startswith("utf-"):
        return words.tr("Unicode")
    scripts = {
        "gb18030": words.tr("Chinese"), "gbk": words.tr("Chinese"), "cp936": words.tr("Chinese"),
        "cp950": words.tr("Traditional Chinese"), "big5": words.tr("Traditional Chinese"),
        "cp932": words.tr("Japanese"), "shift_jis": words.tr("Japanese"), "cp949": words.tr("Korean"),
        "cp874": words.tr("Thai"), "cp1250": words.tr("Central European"), "cp1251": words.tr("Cyrillic"),
        "cp1252": words.tr("Western European"), "cp1253": words.tr("Greek"), "cp1254": words.tr("Turkish"),
        "cp1255": words.tr("Hebrew"), "cp1256": words.tr("Arabic"), "cp1257": words.tr("Baltic"),
        "cp1258": words.tr("Vietnamese"),
    }  # fmt: skip
    return scripts.get(codec)


# The encoding Windows would use for the language of a computer whose own encoding is UTF-8 (Linux, macOS).
_CYRILLIC_LANGUAGES = ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn")
# A computer's encoding that one Desk tries already reads as well: Chinese Windows's code page 936 (GBK) is a part of
# GB18030; Latin-1 reads as Windows-1252 but for control characters no text holds.
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "iso8859-1": "cp1252"}
CLOSE = 1.0  # readings whose oddities differ by less than this (plus a tenth) are a close call
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")  # not tab, line breaks, form feed or Ctrl-Z
_ODD_BYTE = re.compile(rb"[\x80-\xff\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
SAMPLE_BYTES = 32_768  # of a large file, this much from its first line beyond ASCII is scored
# Bytes no multi-byte character of GB18030 holds (its trailing bytes are 0x30-0x39 and 0x40 up): a sample cut
# before one of them cuts no character in two in any encoding tried.
_CUT = re.compile(rb"[\x00-\x2f]")


class UndecodableText(DeskError):
    """Bytes that are none of the encodings Desk reads. `offset`: the first byte that does not fit."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class UnknownEncoding(DeskError):
    """An encoding name no codec answers to."""


@dataclass(frozen=True)
class Decoding:
    """A file's text and how it was read. `looks_right`: the text has no more than a few of the oddities a wrong
    encoding leaves (control characters, words that change script, rare characters); `sure`: it looks right and no
    other encoding reads it about as well. When not sure, the explanation asks the user to look."""

    text: str = field(repr=False)
    codec: str  # a Python codec name: "utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1251", …
    explanation: str  # "Read as Cyrillic (Windows-1251): …", for people
    sure: bool = True
    looks_right: bool = True

    @property
    def name(self) -> str:
        return encoding_name(self.codec)

    @property
    def label(self) -> str:
        return encoding_label(self.codec)


def encoding_name(codec: str) -> str:
    """`UTF-8 with BOM`, `GB18030`, `Windows-1251`, `CP932`: what the encoding is called where people choose it."""
    if codec in UNICODE_NAMES:
        return UNICODE_NAMES[codec]
    if re.fullmatch(r"cp125\d", codec):
        return "Windows-" + codec[2:]
    return codec.upper()


def encoding_label(codec: str) -> str:
    """`Cyrillic (Windows-1251)`: the name with the writing it is for, as Excel and browsers list them."""
    script = _script(codec)
    return f"{script} ({encoding_name(codec)})" if script else encoding_name(codec)


def codec_for(name: str) -> str:
    """The codec of an encoding the user names: a name Desk shows (`Windows-1251`, `UTF-8 with BOM`) or any text
    encoding Python knows (`cp1251`, `latin-1`). `UnknownEncoding` otherwise."""
    wanted = name.strip()
    for codec, shown in UNICODE_NAMES.items():
        if wanted.lower() == shown.lower():
            return codec
    try:
        codec = codecs.lookup(wanted).name
        b"a".decode(codec, "replace")  # "rot13" or "hex" are codecs, but not of text (an empty text is not looked up)
    except LookupError:
        raise UnknownEncoding(
            words.tr(
                'unknown encoding "{0}"; Desk reads UTF-8, UTF-16, GB18030, Windows-1251, Windows-1252 or any other '
                "encoding by its usual name"
            ).format(name)
        ) from None
    return codec


def locale_encoding() -> str:
    """The legacy encoding this computer's programs write text in: on Windows its ANSI code page, the one Excel
    saves a CSV in (`locale.getencoding` says it even when Python runs in UTF-8 mode, where
    `getpreferredencoding` says UTF-8); where that is UTF-8 (Linux, macOS), the one Windows uses for the user's
    language."""
    try:
        codec = codecs.lookup(locale.getencoding()).name
    except LookupError:
        codec = "utf-8"
    if codec not in ("utf-8", "ascii"):
        return _SUPERSETS.get(codec, codec)
    language = (locale.getlocale(locale.LC_CTYPE)[0] or "").split("_")[0].lower()
    return "cp1251" if language in _CYRILLIC_LANGUAGES else "gb18030" if language == "zh" else "cp1252"


def decode_as(data: bytes, codec: str) -> Decoding:
    """Read `data` in the codec the user chose (a UTF-8 mark is left out of the text either way). `UndecodableText`
    naming the first byte that does not fit."""
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        at = _offset(exc, codec, data)
        said = words.tr("not {0} text (byte {1} at offset {2})").format(encoding_name(codec), f"0x{data[at]:02X}", at)
        raise UndecodableText(said, at) from None
    return Decoding(text, codec, words.tr("Read as {0}, as chosen.").format(encoding_label(codec)))


def readable_encodings(data: bytes, preferred: str | None = None) -> list[str]:
    """The codecs that read `data` without an error, for the user to choose from: the Unicode ones the file's
    mark or bytes allow, GB18030, Windows-1251, Windows-1252 and this computer's own."""
    out = ["utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        out.append("utf-16")
    unmarked = _utf16_without_mark(data)
    if unmarked is not None:
        out.insert(0, unmarked.codec)
    out += _legacy(preferred or locale_encoding())
    return [codec for codec in out if _reads(data, codec)]


def detect(data: bytes, preferred: str | None = None) -> Decoding:
    """The likeliest reading of `data` (see the module's docstring). `preferred`: the encoding that wins a close
    call, this computer's by default. `UndecodableText` when no encoding Desk tries reads it."""
    if data.startswith(codecs.BOM_UTF8):
        return _marked(data, "utf-8-sig", "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _marked(data, "utf-16", "UTF-16")
    unmarked = _utf16_without_mark(data)
    if unmarked is not None:
        return unmarked
    looks_utf16 = _utf16_order(data)
    if looks_utf16 is not None:  # every other byte zero, as UTF-16 writes Latin text, but not UTF-16 to the end
        at = _offset_in(data, looks_utf16)
        said = words.tr(
            "reads as {0} (every other byte is zero) up to byte {1}, where it breaks off (the file may be cut short)"
        )
        raise UndecodableText(said.format(encoding_name(looks_utf16), at), at)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = exc.start
    else:
        why = (
            words.tr("Read as {0}: the file has only ASCII characters, which read alike in every encoding.")
            if data.isascii()
            else words.tr("Read as {0}: the file is valid UTF-8.")
        )
        return Decoding(text, "utf-8", why.format(encoding_label("utf-8")))
    preferred = preferred or locale_encoding()
    tried = _legacy(preferred)
    readings: dict[str, str] = {}
    for codec in tried:
        try:
            readings[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    if not readings:
        others = ", ".join(encoding_name(c) for c in tried[:-1])
        said = words.tr("not UTF-8 (byte {0} at offset {1}), nor {2} or {3} text").format(
            f"0x{data[not_utf8]:02X}", not_utf8, others, encoding_name(tried[-1])
        )
        raise UndecodableText(said, not_utf8)
    return _likeliest(data, readings, preferred)


def _utf16_without_mark(data: bytes) -> Decoding | None:
    """UTF-16 saved without its mark (some tools write Excel's "Unicode text" so): Latin text in it is every other
    byte zero, which no 8-bit text has."""
    codec = _utf16_order(data)
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return Decoding(
        text, codec, words.tr("Read as {0}: every other byte of its Latin text is zero.").format(encoding_label(codec))
    )


def _utf16_order(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the first bytes are every other one zero, as UTF-16 writes Latin text."""
    head = data[:512]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return "utf-16-le" if odd > 2 * even else "utf-16-be" if even > 2 * odd else None


def _offset_in(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)


def first_odd_byte(data: bytes) -> int:
    """Where `data` stops being plain ASCII text: its first byte beyond ASCII or control character (0 if none)."""
    found = _ODD_BYTE.search(data)
    return found.start() if found else 0


def _legacy(preferred: str) -> list[str]:
    return [*LEGACY, *([preferred] if preferred not in LEGACY and preferred not in UNICODE_NAMES else [])]


def _reads(data: bytes, codec: str) -> bool:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return False
    # A NUL is UTF-16 read one byte at a time, or no text at all.
    return codec.startswith("utf-16") or "\x00" not in text


def _marked(data: bytes, codec: str, mark: str) -> Decoding:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        at = _offset(exc, codec, data)
        said = words.tr("starts with a {0} mark but is not {0} at byte {1}").format(mark, at)
        raise UndecodableText(said, at) from None
    why = words.tr("Read as {0}: the file starts with the {1} mark (BOM).").format(encoding_label(codec), mark)
    return Decoding(text, codec, why)


def _sample(data: bytes) -> bytes:
    """The same bytes of a large file for every reading to be scored on: from the line of its first byte beyond
    ASCII, `SAMPLE_BYTES` and up to the next byte that ends no character."""
    first = re.search(rb"[\x80-\xff]", data)
    start = data.rfind(b"\n", 0, first.start()) + 1 if first else 0
    cut = _CUT.search(data, start + SAMPLE_BYTES)
    return data[start : cut.start() if cut else len(data)]


def _offset(error: UnicodeDecodeError, codec: str, data: bytes) -> int:
    """The offset in the file of the first byte `codec` could not read ("utf-8-sig" counts from after the mark)."""
    return error.start + (len(codecs.BOM_UTF8) if codec == "utf-8-sig" and data.startswith(codecs.BOM_UTF8) else 0)


def _likeliest(data: bytes, readings: dict[str, str], preferred: str) -> Decoding:
    sample = _sample(data)
    scores = {codec: plausibility(sample.decode(codec)) for codec in readings}
    controls = _CONTROLS.search(data) is not None
    best = min(score.oddities for score in scores.values())
    close = [c for c, s in scores.items() if s.oddities - best < CLOSE + best / 10]
    codec = preferred if preferred in close else min(close, key=lambda c: scores[c].oddities)
    rivals = [c for c in close if c != codec]
    label = encoding_label(codec)
    looks_right = scores[codec].looks_right and not controls
    if not looks_right:
        why = words.tr(
            "Read as {0}, the encoding that reads the file best, but some of its text looks wrong in every encoding "
            "Desk knows. Check the preview and change the encoding if needed."
        ).format(label)
    elif rivals:
        others = encoding_label(rivals[0])
        for other in rivals[1:]:
            others = words.tr("{0} or {1}").format(others, encoding_label(other))
        if codec == preferred:
            said = words.tr(
                "Read as {0}, the usual one on this computer: the file reads about as well as {1}. Change it if the "
                "text looks wrong."
            )
        else:
            said = words.tr("Read as {0}: the file reads about as well as {1}. Change it if the text looks wrong.")
        why = said.format(label, others)
    else:
        why = words.tr("Read as {0}: the file is not UTF-8, and its words read best in this encoding.").format(label)
    return Decoding(readings[codec], codec, why, sure=looks_right and not rivals, looks_right=looks_right)

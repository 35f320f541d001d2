"""desk.common: one way to write a size for people, one way to read the bytes of a text file."""

from __future__ import annotations

import codecs
import locale

import pytest

from desk.common import UndecodableText, decode_text, format_size, whole_characters
from desk.errors import DeskError
from desk.evidence.sniff import HEAD, sniff

CHINESE = "卖家同意退款五十元，请在三天内确认收货。"
RUSSIAN = "Продавец согласился вернуть деньги"


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (999, "999 bytes"),
        (1000, "1 KB"),
        (1500, "1.5 KB"),
        (830_000, "830 KB"),
        (999_949, "999.9 KB"),
        (999_960, "1 MB"),  # rounded up into the next unit, never "1,000 KB"
        (9_812_345, "9.8 MB"),
        (10_000_000, "10 MB"),  # a limit reads as the provider says it
        (2_048_000_000, "2 GB"),
        (1_234_000_000_000, "1.2 TB"),
        (5_000_000_000_000_000, "5,000 TB"),
    ],
)
def test_a_size_reads_in_units_of_1000_with_one_decimal_at_most(size: int, shown: str) -> None:
    assert format_size(size) == shown


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (f"{RUSSIAN}, {CHINESE}".encode(), f"{RUSSIAN}, {CHINESE}", "UTF-8"),
        (codecs.BOM_UTF8 + CHINESE.encode(), CHINESE, "UTF-8 with BOM"),  # the mark is not part of the text
        (CHINESE.encode("utf-16"), CHINESE, "UTF-16"),  # Python writes the mark of the machine's byte order
        (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), CHINESE, "UTF-16"),
        (CHINESE.encode("gb18030"), CHINESE, "GB18030"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "Windows-1251"),  # Excel on a Russian Windows
        ("Größe: Müsli-Schüssel".encode("cp1252"), "Größe: Müsli-Schüssel", "Windows-1252"),
        (b"", "", "UTF-8"),
    ],
)
def test_text_is_utf8_with_or_without_its_mark_utf16_with_its_mark_else_the_legacy_encoding_it_reads_best_in(
    data: bytes, text: str, encoding: str
) -> None:
    assert decode_text(data) == (text, encoding)


def test_utf8_is_tried_before_gb18030_which_would_read_it_wrongly() -> None:
    data = RUSSIAN.encode()
    assert data.decode("gb18030") != RUSSIAN  # GB18030 accepts these bytes too, as other characters
    assert decode_text(data) == (RUSSIAN, "UTF-8")


@pytest.mark.parametrize(
    ("data", "message", "offset"),
    [
        # Windows-1251 reads these bytes ("cafй Ѓя"), but as no text: a word that changes script, a Serbian letter
        (b"order;total\ncaf\xe9 \x81\xff", r"no encoding Desk reads makes text of it \(byte 0xE9 at offset 15\)", 15),
        (b"order;total\n\x98\x81\xff", r"not UTF-8 \(byte 0x98 at offset 12\), nor GB18030, Windows-1251 or", 12),
        (b"order;total\n\x01\x02 \xc0", r"no encoding Desk reads makes text of it \(byte 0x01 at offset 12\)", 12),
        (codecs.BOM_UTF8 + b"ok \xff", "starts with a UTF-8 mark but is not UTF-8 at byte 6", 6),
        (codecs.BOM_UTF16_LE + b"o\x00k", "starts with a UTF-16 mark but is not UTF-16 at byte 4", 4),
    ],
)
def test_bytes_that_are_no_text_desk_reads_are_refused_naming_the_byte(
    data: bytes, message: str, offset: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locale, "getencoding", lambda: "cp1252")  # Windows in English: no fourth encoding to try
    with pytest.raises(UndecodableText, match=message) as refused:
        decode_text(data)
    assert refused.value.offset == offset and isinstance(refused.value, DeskError)


def test_the_beginning_of_a_utf8_text_loses_only_the_character_cut_in_two() -> None:
    data = (RUSSIAN + CHINESE).encode()
    for end in range(len(data) - 6, len(data) + 1):
        start = whole_characters(data[:end])
        assert decode_text(start)[1] == "UTF-8" and (RUSSIAN + CHINESE).startswith(decode_text(start)[0])
        assert end - len(start) < 3  # never more than the split character's bytes
    assert whole_characters(data) == data


def test_the_beginning_of_a_gb18030_text_loses_only_the_character_cut_in_two() -> None:
    text = "a" + CHINESE * 3 + "😀"  # two bytes a character, four for the emoji; no line break to cut at
    data = text.encode("gb18030")
    for end in range(len(data) - 8, len(data) + 1):
        shown, encoding = decode_text(whole_characters(data[:end]))
        assert encoding == "GB18030" and text.startswith(shown) and len(shown.encode("gb18030")) > end - 4


def test_bytes_that_are_no_text_are_given_back_as_they_are() -> None:
    assert whole_characters(b"caf\xe9 \x81\xff") == b"caf\xe9 \x81\xff"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_the_beginning_of_a_utf16_text_keeps_whole_units_and_pairs(codec: str) -> None:
    mark = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    text = "receipt 🧾 ok"  # the emoji is a surrogate pair: four bytes
    data = mark + text.encode(codec)
    for end in range(2, len(data) + 1):
        shown, encoding = decode_text(whole_characters(data[:end]))
        assert encoding == "UTF-16" and text.startswith(shown)
    pair_at = len(mark) + 2 * text.index("🧾")
    assert whole_characters(data[: pair_at + 3]) == data[:pair_at]  # half a pair is left out, with its half unit


@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_the_sniffer_takes_a_long_text_cut_inside_a_character_for_text(codec: str) -> None:
    head = ("a" + CHINESE * 400).encode(codec)[:HEAD]  # one long line, its sample ending inside a character
    assert sniff(head, "chat").media_type == "text/plain"
    assert sniff(b"\x01\x02 \x81 \xfe" * 1000, "chat").media_type != "text/plain"  # neither: not text

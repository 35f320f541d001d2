"""CSV files as Excel and suppliers' systems save them: Windows-1251 (Excel on a Russian Windows), Windows-1252 (a
Western one), GB18030, UTF-8 with or without its mark, UTF-16. Each is read right, whatever this computer's own
encoding; a short file that reads alike in several goes by this computer's; the user's choice overrides both."""

from __future__ import annotations

import codecs
import locale
from collections.abc import Callable
from pathlib import Path

import pytest

from desk.importing import ImportFileError, read_sheet
from desk.plausible_text import plausibility
from desk.text_encodings import (
    UndecodableText,
    codec_for,
    detect,
    encoding_label,
    locale_encoding,
    readable_encodings,
)

RUSSIAN = [
    "Кабель USB-C 1 м чёрный",
    "Чехол для телефона (прозрачный)",
    "Зарядное устройство 20 Вт",
    "Наушники беспроводные",
    "Держатель для телефона в автомобиль",
    "Щётка для обуви",
]
WESTERN = ["Größe M Jacke", "Müsli-Schüssel weiß", "Crème brûlée Förmchen", "Théière en céramique", "Fußmatte"]
CHINESE = ["硅胶折叠水杯 350ml", "纯棉T恤 白色", "不锈钢保温杯", "蓝牙耳机 无线", "手机壳 透明 防摔"]
SUPPLIERS = {"cp1251": "ООО «Ромашка»", "cp1252": "Müller & Söhne GmbH", "gb18030": "义乌市佳和日用品有限公司"}

Computer = Callable[..., None]


@pytest.fixture
def computer(monkeypatch: pytest.MonkeyPatch) -> Computer:
    """This computer's encoding (Windows's ANSI code page, or UTF-8 elsewhere) and language, as `locale` says them."""

    def set_to(encoding: str, language: str | None = None) -> None:
        monkeypatch.setattr(locale, "getencoding", lambda: encoding)
        monkeypatch.setattr(locale, "getlocale", lambda category=locale.LC_CTYPE: (language, encoding))

    set_to("cp1252", "en_US")
    return set_to


def _export(items: list[str], supplier: str) -> str:
    """A generic-format export, one line per item, as Excel writes it (CRLF)."""
    rows = ["order_no,supplier,item,qty"] + [f"{n},{supplier},{item},1" for n, item in enumerate(items, 1)]
    return "\r\n".join(rows) + "\r\n"


def _saved(tmp_path: Path, text: str, codec: str, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    return path


def _items(path: Path, encoding: str | None = None) -> list[str]:
    return [cells[2] for _, cells in read_sheet(path, encoding).rows()]


@pytest.mark.parametrize(("codec", "items"), [("cp1251", RUSSIAN), ("cp1252", WESTERN), ("gb18030", CHINESE)])
@pytest.mark.parametrize("own", ["cp1251", "cp1252", "gbk", "utf-8"])
def test_excel_exports_in_legacy_encodings_read_right_whatever_this_computers_encoding(
    tmp_path: Path, computer: Computer, codec: str, items: list[str], own: str
) -> None:
    computer(own)
    path = _saved(tmp_path, _export(items, SUPPLIERS[codec]), codec)
    sheet = read_sheet(path)
    assert _items(path) == items
    assert [cells[1] for _, cells in sheet.rows()] == [SUPPLIERS[codec]] * len(items)
    assert sheet.decoding is not None and sheet.decoding.codec == codec and sheet.decoding.sure
    assert sheet.encoding == {"cp1251": "Windows-1251", "cp1252": "Windows-1252", "gb18030": "GB18030"}[codec]
    assert sheet.encoding_reason == (
        f"Read as {encoding_label(codec)}: the file is not UTF-8, and its words read best in this encoding."
    )


def test_the_issues_words_are_no_longer_read_as_chinese(tmp_path: Path, computer: Computer) -> None:
    for word, codec in (("Кабель", "cp1251"), ("Größe", "cp1252")):
        data = f"order_no,item\r\n1,{word}\r\n".encode(codec)
        assert data.decode("gb18030") != data.decode(codec)  # GB18030 reads these bytes too: "枢徨朦", "Gr鲞e"
        found = detect(data)
        assert (found.codec, found.text.split("\r\n")[1]) == (codec, f"1,{word}")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (_export(RUSSIAN, SUPPLIERS["gb18030"]).encode(), "UTF-8"),
        (codecs.BOM_UTF8 + _export(RUSSIAN, SUPPLIERS["gb18030"]).encode(), "UTF-8 with BOM"),
        (_export(CHINESE, SUPPLIERS["cp1251"]).encode("utf-16"), "UTF-16"),
        (codecs.BOM_UTF16_BE + _export(WESTERN, SUPPLIERS["cp1251"]).encode("utf-16-be"), "UTF-16"),
    ],
)
def test_unicode_files_say_what_they_are(tmp_path: Path, computer: Computer, data: bytes, name: str) -> None:
    computer("cp1251")
    path = tmp_path / "orders.csv"
    path.write_bytes(data)
    sheet = read_sheet(path)
    assert sheet.encoding == name and sheet.headers[0] == "order_no"  # the mark is not part of the first header
    text = data.decode("utf-8-sig" if name.startswith("UTF-8") else "utf-16")
    assert _items(path) == [line.split(",")[2] for line in text.splitlines()[1:]]
    assert sheet.decoding is not None and sheet.decoding.sure
    assert sheet.encoding_reason is not None and sheet.encoding_reason.startswith("Read as Unicode (")


def test_a_plain_ascii_file_is_utf8_and_says_why(tmp_path: Path, computer: Computer) -> None:
    sheet = read_sheet(_saved(tmp_path, _export(["USB cable"], "Yiwu Trade"), "ascii"))
    assert sheet.encoding == "UTF-8"
    assert sheet.encoding_reason == (
        "Read as Unicode (UTF-8): the file has only ASCII characters, which read alike in every encoding."
    )


@pytest.mark.parametrize(
    ("own", "language", "shown", "codec"),
    [
        ("cp1251", None, "Да", "cp1251"),  # Windows in Russian: its ANSI code page
        ("cp1252", None, "Äà", "cp1252"),
        ("cp936", None, "泥", "gb18030"),  # Chinese Windows (GBK), read as GB18030, which holds all of GBK
        ("UTF-8", "ru_RU", "Да", "cp1251"),  # Linux, macOS: what Windows uses for the user's language
        ("UTF-8", "zh_CN", "泥", "gb18030"),
        ("UTF-8", "de_DE", "Äà", "cp1252"),
    ],
)
def test_a_short_file_that_reads_alike_in_several_encodings_goes_by_this_computers(
    tmp_path: Path, computer: Computer, own: str, language: str | None, shown: str, codec: str
) -> None:
    computer(own, language)
    path = _saved(tmp_path, "order_no,item\r\n1,Да\r\n", "cp1251")  # bytes C4 E0: "Да", "Äà", or one Chinese word
    sheet = read_sheet(path)
    assert _items_of(sheet) == [shown]
    assert sheet.decoding is not None and sheet.decoding.codec == codec and not sheet.decoding.sure
    reason = sheet.encoding_reason or ""
    assert reason.startswith(f"Read as {encoding_label(codec)}, the usual one on this computer: the file reads about "
                             "as well as ")
    assert reason.endswith(". Change it if the text looks wrong.")


def _items_of(sheet: object) -> list[str]:
    from desk.importing import Sheet

    assert isinstance(sheet, Sheet)
    return [cells[1] for _, cells in sheet.rows()]


def test_this_computers_encoding_is_one_of_the_candidates(tmp_path: Path, computer: Computer) -> None:
    computer("cp1250")  # Central European Windows: "Łódź" is none of GB18030, Windows-1251 or -1252's words
    path = _saved(tmp_path, "order_no,item\r\n1,Kubek Łódź\r\n", "cp1250")
    sheet = read_sheet(path)
    assert (sheet.encoding, _items_of(sheet)) == ("Windows-1250", ["Kubek Łódź"])
    assert "cp1250" in readable_encodings(path.read_bytes())


def test_the_users_encoding_overrides_the_one_found(tmp_path: Path, computer: Computer) -> None:
    path = _saved(tmp_path, _export(RUSSIAN[:1], SUPPLIERS["cp1251"]), "cp1251")
    assert _items(path) == ["Кабель USB-C 1 м чёрный"]
    sheet = read_sheet(path, "windows-1252")
    assert (sheet.encoding, _items(path, "Windows-1252")) == ("Windows-1252", ["Êàáåëü USB-C 1 ì ÷¸ðíûé"])
    assert sheet.encoding_reason == "Read as Western European (Windows-1252), as chosen."
    assert read_sheet(path, "cp1251").encoding == "Windows-1251"


def test_an_encoding_that_cannot_read_the_file_or_does_not_exist_is_refused_plainly(
    tmp_path: Path, computer: Computer
) -> None:
    path = _saved(tmp_path, _export(RUSSIAN[:1], SUPPLIERS["cp1251"]), "cp1251", "ru.csv")
    with pytest.raises(ImportFileError) as wrong:
        read_sheet(path, "utf-8")
    assert str(wrong.value) == "ru.csv: not UTF-8 text (byte 0xCE at offset 30); choose another encoding"
    with pytest.raises(ImportFileError, match=r'^unknown encoding "klingon"; Desk reads UTF-8, UTF-16, GB18030, '):
        read_sheet(path, "klingon")
    with pytest.raises(ImportFileError, match='unknown encoding "rot13"'):
        read_sheet(path, "rot13")  # a codec, but not of text


def test_bytes_no_encoding_reads_are_refused_naming_the_byte(computer: Computer) -> None:
    # 0x98 is in no Windows-1251 character, 0x81 in no Windows-1252 one, 0xFF in no GB18030 one
    with pytest.raises(UndecodableText) as refused:
        detect(b"order_no,item\n1,\x98\x81\xff\n")
    assert str(refused.value) == "not UTF-8 (byte 0x98 at offset 16), nor GB18030, Windows-1251 or Windows-1252 text"
    assert refused.value.offset == 16


def test_the_encodings_offered_are_those_that_read_the_file(computer: Computer) -> None:
    russian = _export(RUSSIAN, SUPPLIERS["cp1251"])
    assert readable_encodings(russian.encode("cp1251")) == ["cp1251", "cp1252"]  # "я" is 0xFF: no GB18030
    assert readable_encodings(russian.encode()) == ["utf-8", "gb18030", "cp1251"]
    assert readable_encodings(codecs.BOM_UTF8 + russian.encode())[0] == "utf-8-sig"
    assert readable_encodings(russian.encode("utf-16")) == ["utf-16"]  # read a byte at a time, it has NULs


@pytest.mark.parametrize(
    ("name", "codec"),
    [("Windows-1251", "cp1251"), ("cp1252", "cp1252"), ("GB18030", "gb18030"), ("UTF-8 with BOM", "utf-8-sig"),
     ("utf8", "utf-8"), ("UTF-16", "utf-16"), ("latin-1", "iso8859-1")],
)
def test_encodings_are_named_as_people_and_python_name_them(name: str, codec: str) -> None:
    assert codec_for(name) == codec


def test_this_computers_encoding_is_its_ansi_code_page_even_in_utf8_mode(computer: Computer) -> None:
    computer("cp1251", "Russian_Russia")
    assert locale_encoding() == "cp1251"
    computer("UTF-8", "uk_UA")
    assert locale_encoding() == "cp1251"
    computer("UTF-8", None)  # the C locale
    assert locale_encoding() == "cp1252"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Кабель", "枢徨朦"),  # Windows-1251 read as GB18030: rare Chinese characters
        ("Größe", "Gr鲞e"),  # Windows-1252 read as GB18030: Chinese inside a Latin word
        ("Crème", "Crиme"),  # read as Windows-1251: a word that changes script
        ("Кабель", "Êàáåëü"),  # Windows-1251 read as Windows-1252: a run of accented letters
        ("有限公司", "УРПЮ№«Лѕ"),  # GB18030 read as Windows-1251: symbols inside words, rare letters
        ("纯棉T恤", "´¿ÃÞTÐô"),  # Chinese writes Latin letters into its words; Windows-1252 makes symbols of it
        ("Größe", "Gr\x9aße"),  # a C1 control character, as Latin-1 reads Windows-1252's "š"
    ],
)
def test_a_wrong_reading_has_more_oddities_than_the_right_one(right: str, wrong: str) -> None:
    assert plausibility(right).oddities == 0 and plausibility(right).looks_right
    assert plausibility(wrong).oddities >= 1


def test_a_large_file_is_scored_on_a_sample_and_read_whole(tmp_path: Path, computer: Computer) -> None:
    rows = ["order_no;item"] + [f"{n};Кабель {n} м, чёрный" for n in range(60_000)] + ["60000;Последняя строка"]
    path = _saved(tmp_path, "\n".join(rows) + "\n", "cp1251")
    sheet = read_sheet(path)
    assert sheet.encoding == "Windows-1251"
    assert list(sheet.rows())[-1] == (60_002, ["60000", "Последняя строка"])

"""The core's words in the user's language without Qt (desk.language): read from a Qt Linguist catalog, plurals
by each language's rule (Russian has three forms), English where a text has no translation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.language import Catalog, plural_index, use, words

CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>words</name>
    <message>
        <source>{0} is not a date like 2026-11-23</source>
        <translation>{0} — не дата вида 2026-11-23</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due.</source>
        <translation>
            <numerusform>Наступило %n напоминание.</numerusform>
            <numerusform>Наступило %n напоминания.</numerusform>
            <numerusform>Наступило %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet translated</source>
        <translation type="unfinished">Ещё нет</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[Catalog]:
    path = tmp_path / "desk_ru.ts"
    path.write_text(CATALOG, encoding="utf-8")
    catalog = Catalog.read(path)
    use(catalog.translate)
    yield catalog
    use(None)


@pytest.mark.parametrize(
    ("n", "form"), [(1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1), (25, 2), (111, 2)]
)
def test_russian_takes_one_of_three_forms_by_the_count(n: int, form: int) -> None:
    assert plural_index("ru_RU", n) == form


def test_english_and_chinese_forms() -> None:
    assert [plural_index("en", n) for n in (0, 1, 2)] == [1, 0, 1]
    assert {plural_index("zh_CN", n) for n in (0, 1, 2, 5)} == {0}


def test_the_core_speaks_the_catalogs_language(russian: Catalog) -> None:
    assert russian.language == "ru_RU"
    assert words.tr("{0} is not a date like 2026-11-23").format("31.02") == "31.02 — не дата вида 2026-11-23"
    assert words.tr("%n reminder(s) came due.", "", 1) == "Наступило 1 напоминание."
    assert words.tr("%n reminder(s) came due.", "", 3) == "Наступило 3 напоминания."
    assert words.tr("%n reminder(s) came due.", "", 11) == "Наступило 11 напоминаний."
    # An unfinished translation is not used, and a text without one stays English.
    assert words.tr("Not yet translated") == "Not yet translated"
    assert words.tr("Something else") == "Something else"


def test_without_a_catalog_the_words_are_english() -> None:
    use(None)
    assert words.tr("%n reminder(s) came due.", "", 2) == "2 reminders came due."
    assert words.tr("%n reminder(s) came due.", "", 1) == "1 reminder came due."
    assert words.tr("%n match(es)", "", 3) == "3 matches"


def test_a_document_gets_english_words_whatever_the_window_speaks(russian: Catalog) -> None:
    from desk.language import english

    with english():
        assert words.tr("{0} is not a date like 2026-11-23") == "{0} is not a date like 2026-11-23"
    assert words.tr("{0} is not a date like 2026-11-23").startswith("{0} — не дата")


def test_a_translated_sentence_keeps_its_dates_for_the_front_end() -> None:
    from datetime import date

    from desk.common import formatted

    said = formatted("Запрошено {0}; срок {1}.", date(2026, 11, 19), date(2026, 11, 24))
    assert str(said) == "Запрошено 2026-11-19; срок 2026-11-24."
    assert said.words(lambda d: d.strftime("%d.%m.%Y")) == "Запрошено 19.11.2026; срок 24.11.2026."
    with pytest.raises(ValueError, match="has a field 'x'"):
        formatted("{x}", 1)

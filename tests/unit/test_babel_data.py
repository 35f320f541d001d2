"""The built app ships Babel's locale data trimmed (packaging/babel_data.py: 32 MB down to about 6, for the 150 MB
install of issue 14, point 3). Every locale must write money, dates, times, numbers and country names exactly as
with Babel's own data, and no module but the four checked here may read Babel, or a new use could need a part the
build left out."""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import babel.localedata
import pytest

from desk import calendar, money
from desk.importing import dates
from desk.money import Money
from desk.reports import letter_lang
from desk.ui import locale_text

PROJECT = Path(__file__).resolve().parents[2]
BABEL_READERS = {
    "desk/money.py", "desk/calendar.py", "desk/ui/locale_text.py", "desk/reports/letter_lang.py",
    "desk/importing/dates.py",
}


def babel_data_module() -> ModuleType:
    """packaging/babel_data.py, as the spec imports it: from its folder."""
    if str(PROJECT / "packaging") not in sys.path:
        sys.path.insert(0, str(PROJECT / "packaging"))
    return importlib.import_module("babel_data")


AMOUNTS = [Money.of("1234567.89", "USD"), Money.of("-0.5", "EUR"), Money.of("11900", "JPY"), Money.of("12.345", "KWD"),
           Money.of("99.99", "CNY")]
DAYS = [date(2026, 1, 3), date(2026, 11, 23)]
MOMENT = datetime(2026, 11, 23, 17, 5, tzinfo=UTC)


def written(identifier: str) -> list[str]:
    """Everything Desk writes through Babel, in the locale `identifier`."""
    locale_text.use_locale(identifier)
    out = [locale_text.money_text(m) for m in AMOUNTS]
    out += [locale_text.date_text(d) for d in DAYS]
    out += [locale_text.datetime_text(MOMENT), locale_text.number_text(Decimal("1234567.25")),
            locale_text.number_text(7), locale_text.country_text("CN"), locale_text.country_text("DE")]
    out += [m.format(identifier) for m in AMOUNTS]
    out += [calendar.country_name("RU", identifier)]
    return out


def letters() -> list[str]:
    return [text for lang in letter_lang.LANGS for text in
            [letter_lang.day(DAYS[1], lang), *(letter_lang.money(m, lang) for m in AMOUNTS)]]


def with_data(folder: Path | None, monkeypatch: pytest.MonkeyPatch, produce: Callable[[], list[str]]) -> list[str]:
    """`produce()` with Babel reading its locale data from `folder` (None: its own), and nothing of it cached."""
    if folder is not None:
        monkeypatch.setattr(babel.localedata, "_dirname", str(folder))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    try:
        return produce()
    finally:
        monkeypatch.undo()
        babel.localedata._cache.clear()
        locale_text.use_locale(None)


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return babel_data_module().write_trimmed(tmp_path_factory.mktemp("babel") / "locale-data")


def test_the_trimmed_data_is_much_smaller_and_keeps_every_locale(trimmed: Path) -> None:
    own = babel_data_module().locale_data_dir()
    assert sorted(p.name for p in trimmed.iterdir()) == sorted(p.name for p in own.glob("*.dat"))
    size = sum(p.stat().st_size for p in trimmed.iterdir())
    assert size < sum(p.stat().st_size for p in own.glob("*.dat")) / 4


def every_locale() -> Iterator[str]:
    yield from sorted(babel.localedata.locale_identifiers())


def test_every_locale_writes_the_same_with_the_trimmed_data(trimmed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locales = list(every_locale())
    assert len(locales) > 700  # Babel's, not an empty folder

    def all_of_them() -> list[str]:
        return [f"{name}: {text}" for name in locales for text in written(name)]

    own = with_data(None, monkeypatch, all_of_them)
    ours = with_data(trimmed, monkeypatch, all_of_them)
    assert ours == own
    # Not English everywhere: the locales were really used
    assert "ru_RU: Китай" in own and "de: China" in own


def test_letters_write_the_same_with_the_trimmed_data(trimmed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert with_data(trimmed, monkeypatch, letters) == with_data(None, monkeypatch, letters)


def month_names() -> list[str]:
    """The month and weekday names an import reads dates by, in its six languages."""
    dates._names.cache_clear()
    try:
        months, weekdays = dates._names()
        return [f"{name}={month}" for name, month in sorted(months.items())] + sorted(weekdays)
    finally:
        dates._names.cache_clear()


def test_imports_read_the_same_month_names_with_the_trimmed_data(
    trimmed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = with_data(None, monkeypatch, month_names)
    assert "dez=12" in names and "дек=12" in names and "十二月=12" in names
    assert with_data(trimmed, monkeypatch, month_names) == names


def test_a_dropped_part_is_missing_for_real(trimmed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above would pass if Babel still read its own folder: a name Desk never shows is gone."""
    from babel import Locale

    def language_name() -> list[str]:
        return [str(Locale.parse("de_DE").languages.get("fr"))]

    assert with_data(None, monkeypatch, language_name) == ["Französisch"]
    with pytest.raises(KeyError):
        with_data(trimmed, monkeypatch, language_name)


def test_only_the_checked_modules_read_babel() -> None:
    readers = set()
    for path in (PROJECT / "desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name == "babel" or name.startswith("babel.") for name in names):
                readers.add(path.relative_to(PROJECT).as_posix())
    assert readers == BABEL_READERS, "a new reader of Babel: check it in `written` above, or keep what it reads"
    assert {money.__name__, calendar.__name__} == {"desk.money", "desk.calendar"}

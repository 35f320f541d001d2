"""The command line speaks the user's language: DESK_LANG when set, else the environment's as POSIX programs read it
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG; C is English), else on Windows and macOS the interface's (given here as a fake
of the system's answer); English for a language Desk does not speak, with --json, and when a catalog cannot be read.
In process through `desk.cli.main`: the language is chosen before the parser is built, whatever the command."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from desk.cli import CoreWords, language_from, main
from desk.commands import Parser
from desk.language import Catalog, use, words
from desk.paths import resource

ENVIRONMENT = ("DESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

RUSSIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>words</name>
    <message>
        <source>give some text to search for</source>
        <translation>укажите текст для поиска</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_again(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No language from the machine running the tests; English again after each test, as the next one expects."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    yield
    use(None)
    Parser.json_errors = False


def no_system() -> Sequence[str]:
    raise AssertionError("the environment named a language: the system is not asked")


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "en"),  # only Simplified Chinese is translated
        ({"LANG": "zh_HK.Big5"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "ru_RU.UTF-8@euro"}, "ru"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),  # LC_ALL wins over LANG
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "ru_RU.UTF-8"}, "ru"),  # set but empty: not set
        ({"LANGUAGE": "ru:en", "LANG": "en_US.UTF-8"}, "ru"),  # LANGUAGE before the locale
        ({"LANGUAGE": "de:zh_CN", "LANG": "en_US.UTF-8"}, "zh_CN"),  # the first of its list Desk speaks
        ({"LANGUAGE": "zh_TW:ru", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANGUAGE": "de", "LANG": "ru_RU.UTF-8"}, "en"),  # LANGUAGE's list is the whole choice
        ({"LANGUAGE": "ru", "LC_ALL": "C"}, "en"),  # as gettext: no LANGUAGE in the C locale
        ({"LANGUAGE": "ru"}, "ru"),
    ],
)
def test_the_environment_names_the_language(environment: dict[str, str], language: str) -> None:
    assert language_from(environment, no_system) == language


@pytest.mark.parametrize(
    ("desk_lang", "language"),
    [("ru", "ru"), ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("en", "en"), ("ru_RU.UTF-8", "ru")],
)
def test_desk_lang_wins_over_the_environment(desk_lang: str, language: str) -> None:
    environment = {"DESK_LANG": desk_lang, "LANGUAGE": "de", "LC_ALL": "C", "LANG": "zh_TW.UTF-8"}
    assert language_from(environment, no_system) == language


def test_a_desk_lang_desk_does_not_speak_leaves_the_choice_to_the_environment() -> None:
    assert language_from({"DESK_LANG": "fr", "LANG": "ru_RU.UTF-8"}, no_system) == "ru"
    assert language_from({"DESK_LANG": "zh_TW", "LANG": "zh_CN.UTF-8"}, no_system) == "zh_CN"


@pytest.mark.parametrize(
    ("interface", "language"),
    [
        (["ru-RU", "en-US"], "ru"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-Hant-TW", "zh-Hans-CN"], "zh_CN"),  # Traditional first, then Simplified: the one Desk speaks
        (["zh-Hant-TW"], "en"),
        (["zh_HK"], "en"),
        (["fr-FR", "ru"], "ru"),
        (["fr-FR"], "en"),
        (["ru_RU"], "ru"),  # Windows' answer, through locale.windows_locale
        ([], "en"),  # a system that does not say
    ],
)
def test_without_a_language_in_the_environment_the_interface_s_is_used(interface: list[str], language: str) -> None:
    assert language_from({"HOME": "/home/someone"}, lambda: interface) == language


def test_the_command_line_speaks_desk_lang(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DESK_LANG", "ru")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    with pytest.raises(SystemExit):
        main(["--data", str(tmp_path), "--version"])
    assert isinstance(words.translate, CoreWords) and words.translate.language == "ru"


def test_the_command_line_speaks_the_environment_s_language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        main(["--data", str(tmp_path), "--version"])
    assert isinstance(words.translate, CoreWords) and words.translate.language == "zh_CN"


def test_english_reads_its_plural_forms_from_its_catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """English too has a catalog: "%n file(s)" is "1 file" and "2 files" there, not the source text."""
    catalog = Catalog.read(resource("translations", "desk_en.ts"))
    source, forms = next((k[1], v) for k, v in catalog.messages.items() if isinstance(v, list) and k[0] == "words")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("DESK_LANG", "en")
    with pytest.raises(SystemExit):
        main(["--data", str(tmp_path), "--version"])
    assert words.tr(source, "", 1) == forms[0].replace("%n", "1") != source.replace("%n", "1")
    assert words.tr(source, "", 2) == forms[1].replace("%n", "2")
    assert words.tr("A text without a translation") == "A text without a translation"


def test_json_for_scripts_stays_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DESK_LANG", "ru")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        main(["--data", str(tmp_path), "--json", "--version"])
    assert isinstance(words.translate, CoreWords) and words.translate.language == "en"


def test_a_command_s_words_come_through_the_catalog(tmp_path: Path) -> None:
    path = tmp_path / "desk_ru.ts"
    path.write_text(RUSSIAN, encoding="utf-8")
    use(CoreWords("ru", path))
    assert words.tr("give some text to search for") == "укажите текст для поиска"
    assert [words.tr("in %n day(s)", "", n) for n in (1, 3, 5)] == ["через 1 день", "через 3 дня", "через 5 дней"]
    assert words.tr("Nothing due: no open case has a deadline.") == "Nothing due: no open case has a deadline."


def test_the_catalog_is_read_when_the_first_word_is_asked_not_before(tmp_path: Path) -> None:
    path = tmp_path / "desk_ru.ts"
    use(CoreWords("ru", path))  # nothing there yet: nothing read yet either
    path.write_text(RUSSIAN, encoding="utf-8")
    assert words.tr("give some text to search for") == "укажите текст для поиска"


@pytest.mark.parametrize("content", [None, b"", b"<TS><context>", b"\xff\xfe not XML at all"])
def test_a_missing_or_unreadable_catalog_leaves_the_words_english(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "desk_ru.ts"
    if content is not None:
        path.write_bytes(content)
    use(CoreWords("ru", path))
    assert words.tr("give some text to search for") == "give some text to search for"
    assert words.tr("in %n day(s)", "", 3) == "in 3 day(s)"


def test_a_list_names_kinds_and_cases_in_the_language_and_its_json_keeps_them_english(
    monkeypatch: pytest.MonkeyPatch, demo_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`desk evidence list` in Russian: the kind of each file ("Переписка", not "Chat") and its cases ("спор 2") are
    words of the language; the same list as JSON keeps the values scripts read ("chat", "dispute 2")."""
    monkeypatch.setenv("DESK_LANG", "ru")
    assert main(["--data", str(demo_folder), "evidence", "list"]) == 0
    said = capsys.readouterr().out
    chat = next(line for line in said.splitlines() if ".txt" in line)
    assert "Переписка" in chat and "спор " in chat and "Chat" not in chat and "dispute" not in chat, chat
    assert main(["--data", str(demo_folder), "--json", "evidence", "list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    first = next(item for item in listed if item["name"].endswith(".txt"))
    assert first["kind"] == "chat" and first["cases"][0].startswith("dispute ")

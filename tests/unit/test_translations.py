"""The translation gate (tools/translations.py): each kind of problem is found in a small catalog written here, a
clean catalog passes, calls whose text lupdate cannot extract are named; and the committed catalogs hold together.
lupdate and lrelease are PySide6's own, run for real (a fraction of a second each)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import tool_scripts

ROOT = Path(__file__).parents[2]

# Switched on once the translators have finished Russian and Chinese: then every text must be translated.
FULL_GATE = True
# Modules whose texts lupdate cannot all extract yet (the lead's, under edit): to be emptied, never added to.
NOT_YET_EXTRACTABLE: set[str] = set()


tool = tool_scripts.tool("translations")
RU, ZH, EN = (next(c for c in tool.CATALOGS if c.code == code) for code in ("ru", "zh_CN", "en"))


def catalog(tmp_path: Path, language: str, messages: str, context: str = "Window") -> Path:
    path = tmp_path / f"{language}.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n<context>\n<name>{context}</name>\n{messages}</context>\n</TS>\n',
        encoding="utf-8",
    )
    return path


def message(source: str, translation: str, kind: str = "") -> str:
    typed = f' type="{kind}"' if kind else ""
    return (
        f"<message><source>{escape(source)}</source><translation{typed}>{escape(translation)}</translation></message>\n"
    )


def plural(source: str, *forms: str, kind: str = "") -> str:
    typed = f' type="{kind}"' if kind else ""
    said = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in forms)
    return (
        f'<message numerus="yes"><source>{escape(source)}</source><translation{typed}>{said}</translation></message>\n'
    )


def test_a_finished_catalog_has_no_problems(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        "ru_RU",
        message("Saved {0} on {1}", "Сохранено {0}, {1}")
        + message("&Edit", "&Правка")
        + plural("%n file(s)", "%n файл", "%n файла", "%n файлов"),
    )
    extracted = {
        ("Window", "Saved {0} on {1}", ""): False,
        ("Window", "&Edit", ""): False,
        ("Window", "%n file(s)", ""): True,
    }
    assert tool.catalog_problems(path, RU, extracted) == []


def test_a_text_not_translated_yet_fails_the_gate_and_is_counted_in_the_summary(tmp_path: Path) -> None:
    path = catalog(tmp_path, "ru_RU", message("Open", "", kind="unfinished") + message("Close", "Закрыть"))
    assert tool.catalog_problems(path, RU) == ['ru_RU.ts: Window: "Open": not translated yet']
    assert tool.catalog_problems(path, RU, unfinished=False) == []  # the summary's structural gate
    empty = catalog(tmp_path, "ru_RU", message("Open", ""))
    assert tool.catalog_problems(empty, RU, unfinished=False) == [
        'ru_RU.ts: Window: "Open": marked finished, but a translation is empty'
    ]


def test_texts_the_code_no_longer_has_are_named(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        "ru_RU",
        message("Old", "Старое", kind="obsolete") + message("Gone", "Ушло", kind="vanished") + message("Kept", "Ок"),
    )
    assert tool.catalog_problems(path, RU, {("Window", "Kept", ""): False, ("Window", "New", ""): False}) == [
        'ru_RU.ts: Window: "Old": no longer in the code (run `tools/translations.py update`)',
        'ru_RU.ts: Window: "Gone": no longer in the code (run `tools/translations.py update`)',
        'ru_RU.ts: Window: "New": in the code, not in the catalog (run `update`)',
    ]
    # a text the catalog holds as current that lupdate no longer finds
    assert tool.catalog_problems(path, RU, {}, unfinished=False)[-1] == (
        'ru_RU.ts: Window: "Kept": no longer in the code (run `update`)'
    )


def test_a_russian_plural_needs_three_forms_chinese_one(tmp_path: Path) -> None:
    two = catalog(tmp_path, "ru_RU", plural("%n file(s)", "%n файл", "%n файлов"))
    assert tool.catalog_problems(two, RU) == ['ru_RU.ts: Window: "%n file(s)": has 2 plural forms, Russian needs 3']
    one_empty = catalog(tmp_path, "ru_RU", plural("%n file(s)", "%n файл", "", "%n файлов"))
    assert tool.catalog_problems(one_empty, RU) == [
        'ru_RU.ts: Window: "%n file(s)": marked finished, but a translation is empty'
    ]
    chinese = catalog(tmp_path, "zh_CN", plural("%n file(s)", "%n 个文件"))
    assert tool.catalog_problems(chinese, ZH) == []
    assert tool.catalog_problems(catalog(tmp_path, "zh_CN", plural("%n file(s)", "%n 个", "%n 个")), ZH) == [
        'zh_CN.ts: Window: "%n file(s)": has 2 plural forms, Chinese needs 1'
    ]


def test_placeholders_must_be_the_same_in_the_translation(tmp_path: Path) -> None:
    path = catalog(
        tmp_path,
        "ru_RU",
        message("{0} of {1}", "{0} из")
        + message("Page %1", "Страница %2")
        + message("Saved as {name}", "Сохранено как {имя}")
        + message("{0:,} rows", "{0} строк")
        + message("Braces {{0}} stay", "Скобки {{0}} остаются")
        + plural("%n file(s)", "%n файл", "файла", "%n файлов"),
    )
    assert tool.catalog_problems(path, RU) == [
        'ru_RU.ts: Window: "{0} of {1}": the translation lacks {1}',
        'ru_RU.ts: Window: "Page %1": the translation lacks %1; adds %2',
        'ru_RU.ts: Window: "Saved as {name}": the translation lacks {name}; adds {имя}',
        'ru_RU.ts: Window: "{0:,} rows": the translation lacks {0:,}; adds {0}',
        'ru_RU.ts: Window: "%n file(s)": plural form 2 lacks %n',
    ]


def test_only_english_may_say_one_without_the_number(tmp_path: Path) -> None:
    english = catalog(tmp_path, "en", plural("%n file(s)", "a file", "%n files"))
    assert tool.catalog_problems(english, EN) == []
    russian = catalog(tmp_path, "ru_RU", plural("%n file(s)", "один файл", "%n файла", "%n файлов"))
    assert tool.catalog_problems(russian, RU) == ['ru_RU.ts: Window: "%n file(s)": plural form 1 lacks %n']
    # and the English catalog holds plurals only
    assert tool.catalog_problems(catalog(tmp_path, "en", message("Open", "Open")), EN) == [
        'en.ts: Window: "Open": not a plural, and this catalog holds only plurals'
    ]


def test_an_accelerator_the_translation_drops_is_named(tmp_path: Path) -> None:
    path = catalog(
        tmp_path, "zh_CN", message("&Tools", "工具") + message("Q&&A", "问答") + message("&File", "文件(&F)")
    )
    assert tool.catalog_problems(path, ZH) == [
        'zh_CN.ts: Window: "&Tools": the translation has no keyboard accelerator (&), the source has one'
    ]


def test_a_catalog_that_cannot_be_read_or_names_another_language(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    [problem] = tool.catalog_problems(broken, RU)
    assert problem.startswith("broken.ts: cannot be read:")
    assert tool.catalog_problems(catalog(tmp_path, "de_DE", ""), RU) == [
        "de_DE.ts: says it is in the language 'de_DE', not 'ru_RU'"
    ]


def test_lupdate_files_each_call_under_the_context_the_window_looks_it_up_in(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "dialog.py").write_text(
        "from desk.ui.tr_context import TrContext\n"
        'Guides = TrContext("Guides")\n'
        "class Dialog:\n"
        "    def words(self, n):\n"
        '        return self.tr("%n file(s)", "", n), self.tr("Open"), Guides.tr("No orders yet")\n',
        encoding="utf-8",
    )
    assert tool.extracted_texts(tmp_path / "desk") == {
        ("Dialog", "%n file(s)", ""): True,
        ("Dialog", "Open", ""): False,
        ("Guides", "No orders yet", ""): False,
    }


def test_calls_whose_text_lupdate_cannot_extract_are_named(tmp_path: Path) -> None:
    source = tmp_path / "bad.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from desk.ui.tr_context import TrContext\n"
        'Wrong = TrContext("Other")\n'
        "def shown(parent, title, n):\n"
        "    parent.tr('Hello')\n"  # 5
        "    Wrong.tr('Hi')\n"
        "    tr('Bare')\n"
        "    QCoreApplication.translate('Ctx', '%n x', None, n)\n"
        "    QCoreApplication.translate(title, 'y')\n"
        "class Page:\n"  # 10
        "    def show(self, title, n):\n"
        "        self.tr(title)\n"
        "        self.tr(f'Search {title}')\n"
        "        self.tr('%n rows')\n"
        "        self.tr('%n row(s)', '', n)\n"  # 15: fine
        "        QCoreApplication.translate('Page', title)\n"  # fine: marked where it is defined
        "        from desk.language import words\n"
        "        words.tr('%n reminder(s) came due.', '', n)\n",  # fine: the core's words, context "words"
        encoding="utf-8",
    )
    found = tool.code_problems([source])
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in found] == ["5", "6", "7", "8", "9", "12", "13", "14"]
    assert "parent.tr(…): lupdate files it under 'parent'" in found[0]
    assert "use self.tr in a class, or a TrContext named as its context" in found[1]
    assert "f-string" in found[6] and "%n in a text given no count" in found[7]


def test_a_qm_older_than_its_catalog_is_named(tmp_path: Path) -> None:
    ts = catalog(tmp_path, "ru_RU", message("Open", "Открыть"))
    qm = tmp_path / "ru_RU.qm"
    assert tool.qm_problems(RU, ts, qm) == ["ru_RU.qm: missing (run `tools/translations.py release`)"]
    assert tool.lrelease(ts, qm).returncode == 0
    assert tool.qm_problems(RU, ts, qm) == []
    catalog(tmp_path, "ru_RU", message("Open", "Открыть файл"))
    assert tool.qm_problems(RU, ts, qm) == [
        "ru_RU.qm: not made from ru_RU.ts as it is now (run `tools/translations.py release`)"
    ]


def test_the_committed_catalogs_hold_together() -> None:
    """Everything but texts not translated yet: each catalog lists exactly what the code has, its plurals have their
    forms and its translations their placeholders, its .qm is made from it, and the code's texts can be extracted."""
    extracted = tool.extracted_texts()
    problems = [p for c in tool.CATALOGS for p in tool.catalog_problems(c.ts, c, extracted, unfinished=False)]
    problems += [p for c in tool.CATALOGS for p in tool.qm_problems(c)]
    problems += [p for p in tool.code_problems(tool.source_files()) if p.split(":")[0] not in NOT_YET_EXTRACTABLE]
    assert problems == []
    assert sum(numerus for numerus in extracted.values()) > 30  # the plurals are extracted as plurals


@pytest.mark.skipif(not FULL_GATE, reason="switched on (FULL_GATE) once Russian and Chinese are translated")
def test_every_text_is_translated() -> None:
    extracted = tool.extracted_texts()
    assert [p for c in tool.CATALOGS for p in tool.catalog_problems(c.ts, c, extracted)] == []
    assert tool.code_problems(tool.source_files()) == []


def test_english_plural_forms_come_from_the_source_where_it_writes_them() -> None:
    english_forms = tool.english_forms
    assert english_forms("%n reminder(s) came due.") == ["%n reminder came due.", "%n reminders came due."]
    assert english_forms("%n match(es)") == ["%n match", "%n matches"]
    assert english_forms("%n people") is None  # written by hand in desk_en.ts

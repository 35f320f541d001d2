"""The words Desk's core says to people (its errors, the command line's lines), in the user's language.

    from desk.language import words
    raise DeskError(words.tr("{0} is not a date like 2026-11-23").format(text))
    print(words.tr("%n reminder(s) came due.", "", count))

Every such text is marked `words.tr(...)`: Qt's `pyside6-lupdate` finds them (context `words`) beside the window's
own, into the one catalog per language (resources/translations/desk_<lang>.ts, tools/translations.py). English is
the source; a text without a translation stays English. The window installs Qt's translator (`use(translate)` with
QCoreApplication.translate, desk.ui.language); the command line reads the catalog itself (`Catalog.read`), with no
Qt. JSON for scripts stays English: the command line installs no catalog with --json.

Plural texts carry `%n` and their count: Russian has three forms (1 день, 2 дня, 5 дней), Chinese one, English two
(the catalog desk_en.ts holds only those)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

CONTEXT = "words"
Translate = Callable[[str, str, "str | None", int], str]  # (context, source, disambiguation, n) → text


_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")  # "%n file(s)", "%n match(es)": both English forms in one text


def _english(_context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """The source text: with a count, its "(s)" read as English reads it (the catalogs need not be installed)."""
    if n < 0:
        return text
    text = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text)
    return text.replace("%n", str(n))


# Set while a document is made (a packet, a letter, a bundle): its words are its own language's, never the window's.
_in_document: ContextVar[bool] = ContextVar("in_document", default=False)


class Words:
    """`words.tr(text)`: the text in the language in use (the receiver's name is the catalog's context)."""

    def __init__(self) -> None:
        self.translate: Translate = _english

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        translate = _english if _in_document.get() else self.translate
        return translate(CONTEXT, text, disambiguation or None, n)


@contextmanager
def english() -> Iterator[None]:
    """The core's words in English within: for documents sent to a supplier, platform or lawyer, whatever language
    the window speaks (each thread, and so each worker making a document, has its own)."""
    token = _in_document.set(True)
    try:
        yield
    finally:
        _in_document.reset(token)


words = Words()


def marked_tr(text: str, meaning: str) -> str:
    """`text` in the language in use, marked with what it means where it is defined (`words.tr("Open", "dispute
    state")` in desk/models/enum_words.py): one English word can be two in another language."""
    return words.tr(text, meaning)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a text kept in a table (`KIND_WORDS = {"withdrawal": QT_TRANSLATE_NOOP("words", "Withdrawal due")}`)
    for the catalog; it is translated where it is shown, `words.tr(KIND_WORDS[kind])`. The context is "words"."""
    return text


def use(translate: Translate | None) -> None:
    """Say the core's words through `translate` from now on (None: English again)."""
    words.translate = translate or _english


def plural_index(language: str, n: int) -> int:
    """Which of a language's plural forms a count takes, in the order Qt Linguist keeps them."""
    if language.startswith("ru"):  # one: 1, 21, 101…; few: 2–4, 22–24…; many: the rest
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language.startswith("zh"):
        return 0
    return 0 if n == 1 else 1  # English and the languages like it


class Catalog:
    """One language's translations, read from its Qt Linguist file (the .ts Desk ships beside the .qm)."""

    def __init__(self, language: str, messages: dict[tuple[str, str, str], str | list[str]]) -> None:
        self.language = language
        self.messages = messages  # (context, source, disambiguation) → text, or its plural forms

    @classmethod
    def read(cls, path: Path) -> Catalog:
        """The finished translations of `path`; unfinished and vanished ones are left out (their English stays)."""
        root = ElementTree.parse(path).getroot()  # a file Desk ships, never one from outside
        messages: dict[tuple[str, str, str], str | list[str]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment") or ""
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes" and forms and all(forms):
                    messages[(name, source, comment)] = forms
                elif translation.text:
                    messages[(name, source, comment)] = translation.text
        return cls(root.get("language", ""), messages)

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        found = self.messages.get((context, source, disambiguation or ""))
        if isinstance(found, list):
            text = found[min(plural_index(self.language, n), len(found) - 1)] if n >= 0 else found[0]
        else:
            text = found or source
        return text.replace("%n", str(n)) if n >= 0 else text

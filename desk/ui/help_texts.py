"""The help guides: one Markdown file per page of the window and a Getting Started guide, shipped in
resources/help/<language>/ (a translation is a folder of its own; a guide it lacks is read in English).

Guides name keys as Qt writes them portably ("Ctrl+Shift+E"); they are shown as the platform writes them ("⇧⌘E" on
a Mac), so one text is true everywhere."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence

from desk.paths import resource
from desk.ui.language import current_language

GETTING_STARTED = "getting-started"
SHORTCUTS = "shortcuts"  # not a file: made from the window's actions (desk.ui.help_shortcuts)
FALLBACK = "en"

# A key combination with at least one modifier: "Ctrl+E", "Ctrl+Shift+Backspace", "Alt+Left".
KEYS = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d{1,2}|Backspace|Del|Delete|Left|Right|Up|Down|[A-Z0-9])\b")
# Keys the platform chooses, named in guides as most platforms have them: F1 is ⌘? on a Mac.
STANDARD = {"F1": QKeySequence.StandardKey.HelpContents}
_STANDARD = re.compile(r"\b(?:" + "|".join(STANDARD) + r")\b")


def help_folder(language: str = FALLBACK) -> Path:
    return resource("help", language)


def languages() -> list[str]:
    """The folders to look in: the window's language (Preferences › Language, else the system's), then English."""
    return list(dict.fromkeys([current_language(), FALLBACK]))


def guide_path(name: str) -> Path | None:
    """The guide called `name` in the user's language, or in English; None when there is none."""
    for language in languages():
        path = help_folder(language) / f"{name}.md"
        if path.is_file():
            return path
    return None


def guide_text(name: str) -> str | None:
    """The guide's Markdown with its keys as the platform writes them."""
    path = guide_path(name)
    return native_keys(path.read_text(encoding="utf-8")) if path is not None else None


def native_keys(text: str) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    text = KEYS.sub(lambda m: QKeySequence(m.group(0)).toString(native), text)
    return _STANDARD.sub(lambda m: QKeySequence(STANDARD[m.group(0)]).toString(native) or m.group(0), text)


def keys_named(text: str) -> set[str]:
    """The key combinations a guide names, as written (portable text), and the standard keys it names."""
    return set(KEYS.findall(text)) | set(_STANDARD.findall(text))


def title_of(markdown: str) -> str:
    """The guide's first heading."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""

"""Letter templates: plain text files the user can edit, one per letter kind and language.

The shipped ones are `desk/reports/templates/letters/<lang>/<kind>.txt`; a user's copy in the data folder
(`<data>/templates/letters/<lang>/<kind>.txt`) wins. A template is `string.Template` text: the first line is
`Subject: …`, then the body, with blank lines between paragraphs; fields are `$name` or `${name}` from
`desk.reports.letter_fields.FIELDS`. A template is checked whole before anything is made from it: an unknown field
or a lone `$` is a DeskError naming the file, the line and the field."""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from desk.errors import DeskError
from desk.language import words
from desk.reports.document import write_atomically
from desk.reports.letter_fields import FIELDS, fields_markdown
from desk.reports.letter_lang import LANGS

SHIPPED_DIR = Path(__file__).parent / "templates" / "letters"
SUBJECT = "subject:"


def user_dir(data_root: Path) -> Path:
    return data_root / "templates" / "letters"


def template_path(data_root: Path, lang: str, kind: str) -> Path:
    """The user's edited template when there is one, else the shipped one."""
    mine = user_dir(data_root) / lang / f"{kind}.txt"
    return mine if mine.is_file() else SHIPPED_DIR / lang / f"{kind}.txt"


@dataclass(frozen=True)
class Template:
    path: Path
    subject: str  # template text of the subject line
    paragraphs: list[str]  # template text of each body paragraph


@dataclass(frozen=True)
class LetterText:
    path: Path  # the template it came from
    subject: str
    paragraphs: list[str]


def _check_line(path: Path, number: int, text: str) -> None:
    for match in string.Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name is not None and name not in FIELDS:
            raise DeskError(
                words.tr(
                    "{0}, line {1}: unknown field ${2}; the fields are listed in FIELDS.md "
                    "(`desk letter --templates` prints them)"
                ).format(path, number, name)
            )
        if match.group("invalid") is not None:
            column = match.start() + 1  # the "$" itself (the invalid group is the empty match after it)
            raise DeskError(
                words.tr(
                    "{0}, line {1}, column {2}: a '$' that starts no field; write $$ for a dollar sign "
                    "and ${{name}} for a field followed by letters"
                ).format(path, number, column)
            )


def read_template(path: Path) -> Template:
    """A template read and checked whole; DeskError naming the file, line and field on the first problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DeskError(words.tr("{0}: not UTF-8 text; save the template as UTF-8").format(path)) from None
    except OSError as error:
        raise DeskError(words.tr("{0}: cannot read the template: {1}").format(path, error.strerror or error)) from None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        _check_line(path, number, line)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not lines[first].strip().lower().startswith(SUBJECT):
        raise DeskError(words.tr("{0}, line {1}: the first line must be 'Subject: …'").format(path, (first or 0) + 1))
    subject = lines[first].strip()[len(SUBJECT) :].strip()
    if not subject:
        raise DeskError(words.tr("{0}, line {1}: the subject is empty").format(path, first + 1))
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines[first + 1 :], ""]:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if not paragraphs:
        raise DeskError(words.tr("{0}: the letter has a subject but no body").format(path))
    return Template(path, subject, paragraphs)


def render(template: Template, values: dict[str, str]) -> LetterText:
    """The template with its fields filled in; paragraphs left empty by empty fields are dropped."""
    subject = " ".join(_fill(template.subject, values).split())
    filled = [_fill(p, values).strip() for p in template.paragraphs]
    return LetterText(template.path, subject, [p for p in filled if p])


def _fill(text: str, values: dict[str, str]) -> str:
    """`string.Template` substitution, except that a full stop right after a field whose value ends in one is
    left out: "placed on $order_date." reads "29 сентября 2026 г.", not "2026 г.."."""
    out: list[str] = []
    pos = 0
    for match in string.Template.pattern.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        if match.group("escaped") is not None:
            out.append("$")
            continue
        value = values[match.group("named") or match.group("braced")]
        out.append(value)
        if value.endswith(".") and text.startswith(".", pos) and not text.startswith("..", pos):
            pos += 1
    out.append(text[pos:])
    return "".join(out)


def copy_templates(data_root: Path, kinds: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Copy the shipped templates into the data folder, never over a file that is there (it may be edited); write
    FIELDS.md beside them (it documents this version's fields, so it is refreshed). Returns (path, what happened)."""
    target = user_dir(data_root)
    done: list[tuple[Path, str]] = []
    for lang in LANGS:
        for kind in kinds:
            shipped, mine = SHIPPED_DIR / lang / f"{kind}.txt", target / lang / f"{kind}.txt"
            if not mine.exists():
                write_atomically(mine, shipped.read_bytes())
                done.append((mine, "copied"))
            elif mine.read_bytes() == shipped.read_bytes():
                done.append((mine, "already there"))
            else:
                done.append((mine, "kept: yours differs from the shipped one"))
    fields = target / "FIELDS.md"
    write_atomically(fields, fields_markdown().encode("utf-8"))
    done.append((fields, "written"))
    return done

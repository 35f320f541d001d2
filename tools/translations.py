"""The window's translations: Qt Linguist catalogs in resources/translations, made and checked with Qt's own tools.

    uv run python tools/translations.py update              # the catalogs list every text of the code
    uv run python tools/translations.py release             # compile them (.ts → .qm), beside them
    uv run python tools/translations.py check [--summary] [--lang ru]

`update` runs `lupdate` over every .py under desk/ into `desk_ru.ts`, `desk_zh_CN.ts` and `desk_en.ts`: new texts
are added unfinished, translations already made are kept, texts no longer in the code are dropped. `desk_en.ts`
holds only the plurals: English needs a catalog for "1 file" / "2 files" from one text "%n file(s)".
`release` runs `lrelease`: the `.qm` files are committed, so a clone runs translated without Qt's tools.

`check` is the gate. It prints one line per problem, naming the file, the context and the source text, and exits 1
when there is any: a text not translated yet (or translated empty); a text the catalog holds that the code no longer
has, or one the code has that the catalog lacks (`lupdate` is run into a temporary catalog and the two compared);
a plural without its forms (Russian 3, Chinese 1, English 2); placeholders ({0}, {name}, %1, %L1, %n) or a keyboard
accelerator (&) in the source that the translation lacks, or placeholders it adds; a `.qm` that is not what
`lrelease` makes of its `.ts` now; and calls in the code whose text `lupdate` cannot extract or would file under
another context than the one Qt looks it up in (`self.tr(variable)`, `parent.tr("…")`, an f-string). With
`--summary` it also counts what is translated, per catalog and per context, and texts not translated yet are
counted instead of failing: the structural gate while the translators work.

Translators edit the `.ts` files (Qt Linguist, or by hand): the translation goes in `<translation>`, and
`type="unfinished"` is removed from it once it is right; a plural has one `<numerusform>` per form of the language
(Russian: 1, 21 …; 2–4, 22 …; 5–20, 11 …; each keeping %n)."""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = "desk"  # relative to ROOT: every .py under it
FOLDER = ROOT / "resources" / "translations"


@dataclass(frozen=True)
class Catalog:
    code: str  # desk_<code>.ts; the value desk.ui.language saves for the language
    language: str  # as lupdate writes it in the catalog
    name: str  # for people
    forms: int  # plural forms of the language
    plurals_only: bool = False
    # The first plural form is for exactly one ("a file"), so it may leave %n out; Russian's first form is also for
    # 21, 31 …, and Chinese has one form for every number: theirs keep %n.
    first_form_is_one: bool = False

    @property
    def ts(self) -> Path:
        return FOLDER / f"desk_{self.code}.ts"

    @property
    def qm(self) -> Path:
        return self.ts.with_suffix(".qm")


CATALOGS = (
    Catalog("ru", "ru_RU", "Russian", 3),
    Catalog("zh_CN", "zh_CN", "Chinese", 1),
    Catalog("en", "en", "English", 2, plurals_only=True, first_form_is_one=True),
)

Key = tuple[str, str, str]  # context, source text, disambiguation


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, "" when none
    numerus: bool
    kind: str  # the translation's type: "" when finished, "unfinished", "obsolete" or "vanished"
    forms: tuple[str, ...]  # the translation, or a plural's forms

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment

    @property
    def gone(self) -> bool:
        return self.kind in ("obsolete", "vanished")

    @property
    def translated(self) -> bool:
        return self.kind == "" and bool(self.forms) and all(form.strip() for form in self.forms)


class CatalogError(Exception):
    """A catalog that cannot be read at all."""


# -- reading ------------------------------------------------------------------------------------------------------


def read_catalog(path: Path) -> tuple[str, list[Message]]:
    """The language a .ts file says it is in, and its messages."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise CatalogError(f"{path.name}: cannot be read: {exc}") from exc
    if root.tag != "TS":
        raise CatalogError(f"{path.name}: not a Qt Linguist catalog (its root is <{root.tag}>, not <TS>)")
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            kind = "unfinished"
            if translation is not None:
                kind = translation.get("type", "")
                numerus_forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    forms = tuple((form.text or "") for form in numerus_forms)
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=kind,
                    forms=forms,
                )
            )
    return root.get("language", ""), messages


# -- the problems -------------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})|\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?![&\s])")


def placeholders(text: str) -> Counter[str]:
    """{0}, {name}, {0:,}, %1, %L1, %n, %Ln in `text`, each as often as it occurs ({{ and }} are literal braces)."""
    return Counter(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def shown(text: str, limit: int = 90) -> str:
    """A source text on one line, quoted, cut to `limit` characters."""
    flat = text.replace("\n", "\\n")
    return '"' + (flat if len(flat) <= limit else flat[: limit - 1] + "…") + '"'


def where(path: Path | str, message: Message) -> str:
    name = path.name if isinstance(path, Path) else path
    comment = f" ({message.comment})" if message.comment else ""
    return f"{name}: {message.context or '(no context)'}: {shown(message.source)}{comment}"


def catalog_problems(
    path: Path,
    catalog: Catalog,
    extracted: dict[Key, bool] | None = None,
    *,
    unfinished: bool = True,
) -> list[str]:
    """What is wrong in the catalog at `path` for `catalog`'s language. `extracted`: what lupdate finds in the
    code now (key → is a plural), to compare with; `unfinished=False` leaves texts not translated yet out."""
    try:
        language, messages = read_catalog(path)
    except CatalogError as exc:
        return [str(exc)]
    problems = []
    if language != catalog.language:
        problems.append(f"{path.name}: says it is in the language {language!r}, not {catalog.language!r}")
    live: dict[Key, Message] = {}
    for message in messages:
        at = where(path, message)
        if message.gone:
            problems.append(f"{at}: no longer in the code (run `tools/translations.py update`)")
            continue
        if message.key in live:
            problems.append(f"{at}: listed twice")
        live[message.key] = message
        if catalog.plurals_only and not message.numerus:
            problems.append(f"{at}: not a plural, and this catalog holds only plurals")
            continue
        if message.numerus and len(message.forms) != catalog.forms:
            problems.append(f"{at}: has {len(message.forms)} plural forms, {catalog.name} needs {catalog.forms}")
        if not message.translated:
            if message.kind == "" and message.forms:
                problems.append(f"{at}: marked finished, but a translation is empty")
            elif unfinished:
                problems.append(f"{at}: not translated yet")
        problems.extend(f"{at}: {what}" for what in _form_problems(message, catalog))
    if extracted is not None:
        for key in sorted(set(extracted) - set(live)):
            missing = Message(*key, numerus=extracted[key], kind="unfinished", forms=())
            if not catalog.plurals_only or missing.numerus:
                problems.append(f"{where(path, missing)}: in the code, not in the catalog (run `update`)")
        for key in sorted(set(live) - set(extracted)):
            if not live[key].gone:
                problems.append(f"{where(path, live[key])}: no longer in the code (run `update`)")
        for key in sorted(set(live) & set(extracted)):
            if live[key].numerus != extracted[key]:
                said = "a plural" if extracted[key] else "not a plural"
                problems.append(f"{where(path, live[key])}: {said} in the code (run `update`)")
    return problems


def _form_problems(message: Message, catalog: Catalog) -> Iterator[str]:
    """Placeholders and accelerators that a translation (each plural form) lacks or adds."""
    for number, form in enumerate(message.forms, start=1):
        if not form.strip():
            continue
        which = f"plural form {number}" if message.numerus else "the translation"
        wanted, found = placeholders(message.source), placeholders(form)
        if message.numerus and number == 1 and catalog.first_form_is_one:
            wanted, found = _without_count(wanted), _without_count(found)
        if set(found) != set(wanted):
            lacks = sorted(set(wanted) - set(found))
            adds = sorted(set(found) - set(wanted))
            said = "; ".join(
                part
                for part in (
                    f"lacks {', '.join(lacks)}" if lacks else "",
                    f"adds {', '.join(adds)}" if adds else "",
                )
                if part
            )
            yield f"{which} {said}"
        if _accelerated(message.source) and not _accelerated(form):
            yield f"{which} has no keyboard accelerator (&), the source has one"


def _accelerated(text: str) -> bool:
    """Whether `text` marks a keyboard accelerator: "&File", not "Q&&A" (a literal &) nor "A & B"."""
    return ACCELERATOR.search(text.replace("&&", "")) is not None


def _without_count(found: Counter[str]) -> Counter[str]:
    return Counter({p: n for p, n in found.items() if p not in ("%n", "%Ln")})


# -- Qt's tools ---------------------------------------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """lupdate or lrelease, as PySide6 ships them (beside its package; .exe on Windows)."""
    spec = find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("translations: PySide6 is not installed here (run `uv sync`)")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"translations: PySide6 has no {name} in {folder}")


def run_tool(name: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(qt_tool(name)), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )


def lupdate(ts: Path, catalog: Catalog, *, sources: str | Path = SOURCES) -> subprocess.CompletedProcess[str]:
    """Texts of the code into `ts` (made, or merged with what it holds), the texts no longer there dropped."""
    # lupdate reads its options in order: -extensions before the folder it applies to.
    args: list[str | Path] = ["-extensions", "py", sources, "-no-obsolete", "-target-language", catalog.language]
    if catalog.plurals_only:
        args.append("-pluralonly")
    return run_tool("lupdate", *args, "-ts", ts)


def extracted_texts(sources: str | Path = SOURCES) -> dict[Key, bool]:
    """Every text lupdate finds in the code now: key → whether it is a plural."""
    with tempfile.TemporaryDirectory(prefix="desk-lupdate-") as folder:
        ts = Path(folder) / "extracted.ts"
        done = lupdate(ts, Catalog("xx", "ru_RU", "extracted", 3), sources=sources)
        if done.returncode != 0 or not ts.exists():
            raise SystemExit(f"translations: lupdate failed: {(done.stderr or done.stdout).strip()}")
        return {message.key: message.numerus for message in read_catalog(ts)[1]}


def lrelease(ts: Path, qm: Path) -> subprocess.CompletedProcess[str]:
    return run_tool("lrelease", ts, "-qm", qm)


def qm_problems(catalog: Catalog, ts: Path | None = None, qm: Path | None = None) -> list[str]:
    """The .qm is what lrelease makes of the .ts now (byte for byte: lrelease's output depends only on the .ts)."""
    ts, qm = ts or catalog.ts, qm or catalog.qm
    if not qm.exists():
        return [f"{qm.name}: missing (run `tools/translations.py release`)"]
    with tempfile.TemporaryDirectory(prefix="desk-lrelease-") as folder:
        fresh = Path(folder) / qm.name
        done = lrelease(ts, fresh)
        if done.returncode != 0 or not fresh.exists():
            return [f"{ts.name}: lrelease cannot compile it: {(done.stderr or done.stdout).strip()}"]
        if fresh.read_bytes() != qm.read_bytes():
            return [f"{qm.name}: not made from {ts.name} as it is now (run `tools/translations.py release`)"]
    return []


# -- the code -----------------------------------------------------------------------------------------------------

PLURAL_HINT = "a plural is written X.tr(text, '', n), whose count lupdate recognises"
# Objects whose `.tr` translates under the context of their own name, as lupdate files it: the core's words.
CONTEXT_OBJECTS = {("desk.language", "words")}
EXEMPT = {"desk/ui/tr_context.py", "desk/language.py"}  # translate for others: contexts and texts are the callers'


def code_problems(files: Iterable[Path]) -> list[str]:
    """Calls whose text lupdate cannot extract, or files under another context than Qt looks it up in."""
    problems = []
    for path in files:
        if _name(path) in EXEMPT:
            continue
        text = path.read_text(encoding="utf-8")
        if "tr(" not in text and "translate(" not in text and "QT_TR" not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError as exc:
            problems.append(f"{_name(path)}:{exc.lineno}: cannot be parsed: {exc.msg}")
            continue
        problems.extend(f"{_name(path)}:{line}: {what}" for line, what in _calls(tree))
    return problems


def _name(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _contexts(tree: ast.Module) -> set[str]:
    """Module-level names bound to `TrContext("name")` with their own name, and the context objects imported."""
    named: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            named.update(a.name for a in node.names if a.asname is None and (node.module, a.name) in CONTEXT_OBJECTS)
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if (
                isinstance(value, ast.Call)
                and _callee(value) == "TrContext"
                and value.args
                and _literal(value.args[0])
                and value.args[0].value == node.targets[0].id  # type: ignore[attr-defined]
            ):
                named.add(node.targets[0].id)
    return named


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text_problem(node: ast.expr | None) -> str | None:
    if _literal(node):
        return None
    if isinstance(node, ast.JoinedStr):
        return "an f-string as the text: lupdate extracts it with its braces, the window looks up the text filled in"
    return (
        "a text lupdate cannot extract: mark it where it is defined, QT_TRANSLATE_NOOP(context, text), "
        "and show it with QCoreApplication.translate(context, variable)"
    )


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _calls(tree: ast.Module) -> Iterator[tuple[int, str]]:
    contexts = _contexts(tree)

    def visit(node: ast.AST, in_class: bool, in_fstring: bool) -> Iterator[tuple[int, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                if in_fstring and _callee(child) == "tr" and _literal(_argument(child, 0, "sourceText")):
                    yield child.lineno, IN_FSTRING
                yield from _check_call(child, in_class, contexts)
            yield from visit(
                child, in_class or isinstance(child, ast.ClassDef), in_fstring or isinstance(child, ast.JoinedStr)
            )

    yield from visit(tree, False, False)


IN_FSTRING = (
    "a tr(\"…\") inside an f-string: lupdate does not look into f-strings, so the text never reaches the catalogs; "
    'translate one template with placeholders, self.tr("Dispute {0} · {1}").format(…)'
)


def _check_call(call: ast.Call, in_class: bool, contexts: set[str]) -> Iterator[tuple[int, str]]:
    name = _callee(call)
    line = call.lineno
    if name in ("tr", "_tr") and isinstance(call.func, ast.Name):
        yield line, f"a bare {name}(…): lupdate files it under no context; use self.tr in a class, or a TrContext"
        return
    if name == "tr" and isinstance(call.func, ast.Attribute):
        receiver = call.func.value
        if isinstance(receiver, ast.Name) and receiver.id == "self":
            if not in_class:
                yield line, "self.tr(…) outside a class: lupdate cannot tell its context"
        elif not (isinstance(receiver, ast.Name) and receiver.id in contexts):
            said = ast.unparse(receiver)
            yield (
                line,
                (
                    f"{said}.tr(…): lupdate files it under {said!r}, the window looks it up under {said}'s class; "
                    "use self.tr in a class, or a TrContext named as its context"
                ),
            )
        text = _argument(call, 0, "sourceText")
        # The core's `words.tr(TABLE[key])`: a text of a table, marked QT_TRANSLATE_NOOP("words", …) where it is
        # defined (desk.language); only an f-string cannot be.
        marked_elsewhere = isinstance(receiver, ast.Name) and receiver.id == "words" and text is not None
        problem = _text_problem(text) if not marked_elsewhere or isinstance(text, ast.JoinedStr) else None
        if problem:
            yield line, problem
        disambiguation = _argument(call, 1, "disambiguation")
        written = _literal(disambiguation) or _none(disambiguation) or marked_elsewhere  # marked with the text
        if disambiguation is not None and not written:
            yield line, "a disambiguation that is not written out: lupdate cannot extract it"
        yield from _plural_problems(line, text, _argument(call, 2, "n"))
    elif name == "translate" and (isinstance(call.func, ast.Name) or _on_application(call.func)):
        if not _literal(_argument(call, 0, "context")):
            yield line, "QCoreApplication.translate with a context that is not written out"
        text = _argument(call, 1, "key")
        if isinstance(text, ast.JoinedStr):
            yield line, _text_problem(text) or ""
        count = _argument(call, 3, "n")
        if count is not None and not isinstance(count, ast.Constant):
            yield line, f"QCoreApplication.translate with a count: lupdate does not see it as a plural; {PLURAL_HINT}"
    elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
        if not (_literal(_argument(call, 0, "context")) and _literal(_argument(call, 1, "sourceText"))):
            yield line, f"{name} with a context or text that is not written out"
    elif name == "QT_TR_NOOP":
        yield line, 'QT_TR_NOOP: lupdate files it under no context; use QT_TRANSLATE_NOOP("Context", "text")'


def _on_application(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and ast.unparse(func.value) in (
        "QCoreApplication",
        "QApplication",
        "QGuiApplication",
    )


def _none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _plural_problems(line: int, text: ast.expr | None, count: ast.expr | None) -> Iterator[tuple[int, str]]:
    if not _literal(text):
        return
    # A count without %n is a plural too: the number decides the form ("{0} stops" / "{0} stop being tracked").
    if re.search(r"%L?n", text.value) and count is None:  # type: ignore[union-attr]
        yield line, "%n in a text given no count: the window would show %n; " + PLURAL_HINT


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / SOURCES).rglob("*.py") if "__pycache__" not in p.parts)


# -- the verbs ----------------------------------------------------------------------------------------------------


ENGLISH_PLURAL = re.compile(r"\((e?s)\)")  # "file(s)", "match(es)": English forms written into the source


def english_forms(source: str) -> list[str] | None:
    """The two English forms of a plural written "%n file(s) came"; None when the source does not say them."""
    if not ENGLISH_PLURAL.search(source):
        return None
    return [ENGLISH_PLURAL.sub("", source), ENGLISH_PLURAL.sub(lambda m: m.group(1), source)]


def fill_english(ts: Path) -> int:
    """Give the English catalog's new plurals their forms where the source says them; the rest stay to be written."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = english_forms(message.findtext("source") or "")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        if forms is None:
            continue
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def update(catalogs: Sequence[Catalog]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    code = 0
    for catalog in catalogs:
        done = lupdate(catalog.ts, catalog)
        print((done.stdout + done.stderr).strip())
        code = code or done.returncode
        if catalog.plurals_only and fill_english(catalog.ts):
            lupdate(catalog.ts, catalog)  # written back in lupdate's own layout
    for problem in code_problems(source_files()):
        print(f"warning: {problem}")
    return code


def release(catalogs: Sequence[Catalog]) -> int:
    code = 0
    for catalog in catalogs:
        done = lrelease(catalog.ts, catalog.qm)
        print((done.stdout + done.stderr).strip())
        code = code or done.returncode
    return code


def check(catalogs: Sequence[Catalog], *, summary: bool = False) -> int:
    problems = code_problems(source_files())
    extracted = extracted_texts()
    for catalog in catalogs:
        problems += catalog_problems(catalog.ts, catalog, extracted, unfinished=not summary)
        if catalog.ts.exists():
            problems += qm_problems(catalog)
    for problem in problems:
        print(problem)
    if summary:
        for catalog in catalogs:
            print(progress(catalog))
    return 1 if problems else 0


def progress(catalog: Catalog, top: int = 10) -> str:
    """How much of a catalog is translated, and the contexts with the most texts still to translate."""
    try:
        _, messages = read_catalog(catalog.ts)
    except CatalogError as exc:
        return str(exc)
    live = [m for m in messages if not m.gone and (m.numerus or not catalog.plurals_only)]
    done = [m for m in live if m.translated]
    plurals = [m for m in live if m.numerus]
    percent = 100 * len(done) // len(live) if live else 100
    lines = [
        f"{catalog.ts.name} ({catalog.name}): {len(done)} of {len(live)} texts translated ({percent}%), "
        f"{len(live) - len(done)} to do; plurals {sum(m.translated for m in plurals)} of {len(plurals)}"
    ]
    left = Counter(m.context or "(no context)" for m in live if not m.translated)
    if left:
        lines.append("  to do: " + ", ".join(f"{context} {n}" for context, n in left.most_common(top)))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/translations.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("verb", choices=("update", "release", "check"))
    parser.add_argument("--lang", choices=[c.code for c in CATALOGS], action="append", help="only this catalog")
    parser.add_argument(
        "--summary", action="store_true", help="check: count what is translated; untranslated texts do not fail"
    )
    args = parser.parse_args(argv)
    catalogs = [c for c in CATALOGS if not args.lang or c.code in args.lang]
    if args.verb == "update":
        return update(catalogs)
    if args.verb == "release":
        return release(catalogs)
    return check(catalogs, summary=args.summary)


if __name__ == "__main__":
    sys.exit(main())

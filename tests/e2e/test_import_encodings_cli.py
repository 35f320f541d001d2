"""`desk import` of CSV files saved by Excel on Windows (its ANSI code page): the encoding is found from the text,
the summary and `--json` say which and why, and `--encoding` reads the file in another."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runs import desk, in_process

ROWS = [
    "platform,order_no,supplier,placed_on,currency,item,qty,unit_price,payments",
    "ozon,1001,ООО «Ромашка»,2026-10-01,RUB,Кабель USB-C 1 м,2,150.00,card:300.00",
    "wildberries,2002,Müller & Söhne,2026-10-02,EUR,Größe M Jacke,1,30.00,card:30.00",
]
WHY = "Read as Cyrillic (Windows-1251): the file is not UTF-8, and its words read best in this encoding."


def _excel_csv(tmp_path: Path, rows: list[str], codec: str) -> Path:
    path = tmp_path / "ozon.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(codec))
    return path


def test_a_windows_1251_export_is_imported_and_the_summary_says_how_it_was_read(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    path = _excel_csv(tmp_path, ROWS[:2], "cp1251")
    result = desk("import", str(path), data=folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Imported ozon.csv (Windows-1251, comma-separated; Generic format): 1 rows")
    assert lines[1] == f"  {WHY}"
    listed = json.loads(in_process("orders", "--json", data=folder).stdout)
    assert [(o["supplier"], o["lines"][0]["item"]) for o in listed] == [("ООО «Ромашка»", "Кабель USB-C 1 м")]


def test_json_says_the_encoding_and_why(tmp_path: Path) -> None:
    path = _excel_csv(tmp_path, ROWS[:2], "cp1251")
    result = in_process("import", str(path), "--dry-run", "--json", data=tmp_path / "shop")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["encoding"], report["encoding_reason"]) == ("Windows-1251", WHY)
    assert report["read_as"] == "Windows-1251, comma-separated"


def test_encoding_overrides_the_one_found(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    western = _excel_csv(tmp_path, [ROWS[0], ROWS[2]], "cp1252")
    # Read as Windows-1251 on purpose: the supplier's name comes out as Desk was told to read it.
    result = in_process("import", str(western), "--encoding", "windows-1251", "--json", data=folder)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["encoding"], report["encoding_reason"]) == (
        "Windows-1251", "Read as Cyrillic (Windows-1251), as chosen."
    )
    suppliers = [o["supplier"] for o in json.loads(in_process("orders", "--json", data=folder).stdout)]
    assert suppliers == ["Mьller & Sцhne"]  # ü and ö are ь and ц in Windows-1251


def test_an_unknown_or_unfitting_encoding_is_one_plain_line(tmp_path: Path) -> None:
    folder = tmp_path / "shop"
    path = _excel_csv(tmp_path, ROWS[:2], "cp1251")
    unknown = in_process("import", str(path), "--encoding", "klingon", data=folder)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert unknown.stderr.startswith('desk: error: unknown encoding "klingon"; Desk reads UTF-8, UTF-16, GB18030')
    unfitting = in_process("import", str(path), "--encoding", "utf-8", data=folder)
    assert unfitting.returncode == 1
    assert unfitting.stderr.strip() == (
        "desk: error: ozon.csv: not UTF-8 text (byte 0xCE at offset 86); choose another encoding"
    )

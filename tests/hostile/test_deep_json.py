"""JSON nested 2,000 deep, where Desk reads JSON back: a stranger's bundle manifest, and the data folder's own
(an override of a platform rule, a remembered column mapping, a setting), as a hostile or damaged database would
hold it. Each is refused with one sentence naming where it was (a setting falls back to its default, as for any
value it cannot read); Python's recursion limit never ends a command with a traceback."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from cli_runs import in_process

from desk.models import ImportMapping, Platform, PolicyOverride, Setting
from desk.settings import get_setting, spec
from desk.workspace import Workspace

DEEP = "[" * 2000 + "]" * 2000
NESTED = "nested more than 64 levels deep"


def test_a_bundle_manifest_nested_2000_deep_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "deep.zip"
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("manifest.json", '{"files": ' + DEEP + "}")
    done = in_process("verify-bundle", str(bundle), data=tmp_path / "no-folder")
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert done.stdout.splitlines()[0].startswith(f"manifest.json: its lists and objects are {NESTED}"), done.stdout


def test_the_data_folders_json_nested_2000_deep_is_refused(workspace: Workspace, data_folder: Path) -> None:
    with workspace.write() as s:
        s.add(PolicyOverride(platform=Platform.ALIEXPRESS, key="seller_response", value=DEEP,
                             effective=date(2026, 1, 1), source="a damaged folder"))  # fmt: skip
        s.add(ImportMapping(name="deep", header_key="0" * 64, mapping=DEEP))
        s.add(Setting(key="reminder_days", value=DEEP))
    with workspace.read() as s:
        assert get_setting(s, "reminder_days") == spec("reminder_days").default
    rules = in_process("policy", "list", data=data_folder)
    assert rules.returncode == 1 and "Traceback" not in rules.stderr
    assert rules.stderr.startswith("desk: error: policy override 1 (aliexpress seller_response): its lists and")
    assert NESTED in rules.stderr and len(rules.stderr.splitlines()) == 1
    orders = data_folder.parent / "orders.csv"
    orders.write_text("Order #,Date,Total\n8100001,2026-01-01,5.00\n", encoding="utf-8")
    imported = in_process("import", str(orders), "--mapping", "deep", data=data_folder)
    assert imported.returncode == 1 and "Traceback" not in imported.stderr
    assert imported.stderr.startswith('desk: error: the remembered mapping "deep": its lists and objects are')

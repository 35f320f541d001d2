"""`desk evidence add|list` and `desk verify` over the vault (issue 4, point 4): every missing or altered file is
named with its case, and the exit code says so."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runs import desk, in_process


def test_add_then_list_a_cases_evidence(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    chat = tmp_path / "聊天记录.txt"
    chat.write_text("卖家说：我们会退款。", encoding="gb18030")
    added = desk(
        "evidence", "add", "1", str(chat), "--kind", "chat", "--note", "seller promised", "--json", data=folder
    )
    assert added.returncode == 0, added.stderr
    report = json.loads(added.stdout)
    [item] = report["added"]
    assert report["case"] == "dispute 1" and item["kind"] == "chat" and item["media_type"] == "text/plain"
    listed = json.loads(in_process("evidence", "list", "dispute:1", "--json", data=folder).stdout)
    assert [e["id"] for e in listed if e["name"] == "聊天记录.txt"] == [item["id"]]
    assert all("dispute 1" in e["cases"] for e in listed)
    everything = json.loads(in_process("evidence", "list", "--json", data=folder).stdout)
    assert len(everything) > len(listed)


def test_bad_input_names_the_problem_and_changes_nothing(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    before = in_process("evidence", "list", "--json", data=folder).stdout
    missing = in_process("evidence", "add", "1", str(tmp_path / "nope.jpg"), data=folder)
    assert missing.returncode == 1 and f"{tmp_path / 'nope.jpg'}: no such file or folder" in missing.stderr
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    no_case = in_process("evidence", "add", "aliexpress:0000", str(photo), data=folder)
    assert no_case.returncode == 1 and "no order aliexpress:0000" in no_case.stderr
    bad_kind = in_process("evidence", "add", "1", str(photo), "--kind", "selfie", data=folder)
    assert bad_kind.returncode == 1 and "unknown kind 'selfie'; known: photo, video" in bad_kind.stderr
    assert in_process("evidence", "list", "--json", data=folder).stdout == before


def test_verify_names_each_missing_or_altered_file_with_its_case(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    proof = tmp_path / "receipt.pdf"
    proof.write_bytes(b"%PDF-1.4\n% a receipt\n")
    adding = ("evidence", "add", "aliexpress:8177210849365013", str(proof), "--json")
    added = json.loads(in_process(*adding, data=folder).stdout)
    sha = added["added"][0]["sha256"]
    ok = in_process("verify", "--progress", data=folder)
    assert ok.returncode == 0, ok.stderr
    assert "all intact" in ok.stdout and "verifying: 100 %" in ok.stderr
    stored = folder / "vault" / "sha256" / sha[:2] / sha[2:]
    stored.write_bytes(b"%PDF-1.4\n% a forged receipt\n")  # the vault file changed behind Desk's back
    listed = json.loads(in_process("evidence", "list", "--json", data=folder).stdout)
    other = next(e for e in listed if e["sha256"] != sha)
    (folder / "vault" / "sha256" / other["sha256"][:2] / other["sha256"][2:]).unlink()
    broken = desk("verify", data=folder)
    assert broken.returncode == 1
    lines = broken.stderr.splitlines()
    assert f"evidence {added['added'][0]['id']} 'receipt.pdf' (aliexpress:8177210849365013): altered:" in broken.stderr
    assert any(line.startswith(f"evidence {other['id']} {other['name']!r}") and "missing from the vault" in line
               for line in lines)  # fmt: skip
    assert "Traceback" not in broken.stderr


def test_evidence_added_internal_or_marked_later_says_so_in_the_list(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    memo = tmp_path / "memo.txt"
    memo.write_text("our margin on this line is 40%", encoding="utf-8")
    added = in_process("evidence", "add", "1", str(memo), "--internal", "--json", data=folder)
    assert added.returncode == 0, added.stderr
    [item] = json.loads(added.stdout)["added"]

    def internal() -> bool:
        listed = json.loads(in_process("evidence", "list", "dispute:1", "--json", data=folder).stdout)
        return next(e["internal"] for e in listed if e["id"] == item["id"])

    assert internal() is True
    assert in_process("evidence", "mark", str(item["id"]), "--shared", data=folder).returncode == 0
    assert internal() is False
    missing = in_process("evidence", "mark", "99999", "--internal", data=folder)
    assert missing.returncode == 1 and "no evidence 99999" in missing.stderr


def test_evidence_edit_says_what_a_file_is_and_shows(tmp_path: Path, demo_folder: Path) -> None:
    folder = demo_folder
    first = json.loads(in_process("evidence", "list", "--json", data=folder).stdout)[0]
    said = ("--kind", "chat", "--description", "the seller agrees")
    done = in_process("evidence", "edit", str(first["id"]), *said, data=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Evidence {first['id']} ({first['name']}) is now chat and has a new description."
    again = {e["id"]: e for e in json.loads(in_process("evidence", "list", "--json", data=folder).stdout)}[first["id"]]
    assert again["kind"] == "chat"
    wrong = in_process("evidence", "edit", str(first["id"]), "--kind", "selfie", data=folder)
    assert wrong.returncode != 0 and "selfie" in wrong.stderr

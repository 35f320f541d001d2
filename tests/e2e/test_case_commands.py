"""`desk dispute open|event|statement`, `desk refund plan|record|receive` and `desk evidence add|unlink|mark|delete`
reach their operations (desk/operations/disputes.py, refunds.py, evidence.py): run in-process with `--data` on a
data folder of the test's own, each shows what only the operation does (a blank claim is the line's limit, a file
that cannot be added refuses the whole add, naming every such file, …)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from factories import dispute, order
from sqlalchemy import func, select

from desk.cli import main
from desk.disputes.lifecycle import claim_limits, get_dispute
from desk.models import Evidence, EvidenceLink, Order, PaymentMethod, Refund, RefundCause
from desk.settings import set_setting
from desk.workspace import Workspace

Run = tuple[int, str, str]


@pytest.fixture
def shop(workspace: Workspace) -> tuple[str, int]:
    """A two-line order paid by card and PayPal, and a dispute on its first line."""
    with workspace.write() as s:
        o = order(
            s,
            order_no="8177000111",
            currency="USD",
            lines=(("Power bank", 2, 2500), ("Cable", 1, 1000)),
            payments=((PaymentMethod.CARD, 4000), (PaymentMethod.PAYPAL, 2000)),
        )
        d = dispute(s, o.lines[0], claimed_minor=2500, opened_on=date(2026, 10, 20))
        s.flush()
        return o.key, d.id


def _desk(workspace: Workspace, capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    code = main(["--data", str(workspace.root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_dispute_open_event_and_statement(
    workspace: Workspace, shop: tuple[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key, _ = shop
    with workspace.read() as s:
        limit = claim_limits(s.scalars(select(Order)).one())[2]
    args = ("dispute", "open", "--order", key, "--line", "2", "--reason", "damaged", "--want", "refund")
    code, out, err = _desk(workspace, capsys, *args, "--amount", "", "--on", "2026-10-21", "--json")
    assert code == 0, err
    opened = json.loads(out)
    assert (opened["line"], opened["claimed"]["minor"]) == (2, limit.minor)  # blank: the most the line allows

    code, _, err = _desk(workspace, capsys, "dispute", "event", str(opened["id"]), "offer", "--amount", " ")
    assert code == 1 and err.strip() == "desk: error: 'Offer' needs an amount"
    code, out, err = _desk(
        workspace, capsys, "dispute", "event", str(opened["id"]), "offer", "--amount", "5", "--on", "2026-10-22"
    )
    assert code == 0, err
    assert "state: offer" in out

    code, out, err = _desk(workspace, capsys, "dispute", "statement", str(opened["id"]), "--text", "  Wrong cable.  ")
    assert (code, out.strip()) == (0, f"Dispute {opened['id']}: statement of facts saved (12 characters)."), err
    with workspace.read() as s:
        assert get_dispute(s, opened["id"]).statement == "Wrong cable."


def test_refund_plan_record_and_receive(
    workspace: Workspace, shop: tuple[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    key, dispute_id = shop
    code, out, err = _desk(workspace, capsys, "refund", "plan", "--order", key, "--amount", "15", "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["refund"] is None and [p["amount"]["minor"] for p in plan["parts"]] == [1000, 500]
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Refund)) == 0

    code, out, err = _desk(
        workspace, capsys, "refund", "record", "--order", key, "--amount", "15", "--dispute", str(dispute_id),
        "--on", "2026-11-02", "--json",
    )  # fmt: skip
    assert code == 0, err
    refund_id = json.loads(out)["refund"]
    with workspace.read() as s:
        refund = s.get_one(Refund, refund_id)
        assert (refund.cause, refund.dispute_id) == (RefundCause.DISPUTE, dispute_id)

    code, out, err = _desk(
        workspace, capsys, "refund", "receive", str(refund_id), "--method", "card", "--amount", "10",
        "--on", "2026-11-04", "--json",
    )  # fmt: skip
    assert code == 0, err
    shown = {p["method"]: p for p in json.loads(out)["parts"]}
    assert shown["card"]["received"]["minor"] == 1000 and shown["paypal"]["received"] is None
    code, _, err = _desk(workspace, capsys, "refund", "receive", str(refund_id), "--method", "card", "--amount", "x")
    assert code == 1 and err.strip() == 'desk: error: the amount received: "x": no number in it'


def test_evidence_add_unlink_mark_and_delete(
    workspace: Workspace, shop: tuple[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key, dispute_id = shop
    chat = tmp_path / "chat.txt"
    chat.write_text("seller: we will refund", encoding="utf-8")
    code, out, err = _desk(workspace, capsys, "evidence", "add", key, str(chat), "--json")
    assert code == 0, err
    [added] = json.loads(out)["added"]
    assert json.loads(out)["case"] == key
    code, out, err = _desk(workspace, capsys, "evidence", "add", str(dispute_id), str(chat))
    assert code == 0 and "already kept, linked" in out, err

    code, out, _ = _desk(workspace, capsys, "evidence", "unlink", str(added["id"]), key)
    assert (code, out.strip()) == (0, f"Evidence {added['id']} (chat.txt) is no longer linked to {key}.")
    code, out, _ = _desk(workspace, capsys, "evidence", "mark", str(added["id"]), "--internal")
    said = f"Evidence {added['id']} (chat.txt) is for our staff and our lawyer: kept out of what is sent out."
    assert (code, out.strip()) == (0, said)
    with workspace.read() as s:
        evidence = s.get_one(Evidence, added["id"])
        assert evidence.internal and [link.dispute_id for link in evidence.links] == [dispute_id]

    code, _, err = _desk(workspace, capsys, "evidence", "delete", str(added["id"]))
    assert code == 1 and err.strip() == "desk: error: chat.txt is not voided: void it first, then delete it for good"
    assert workspace.vault.has(added["sha256"])
    code, _, err = _desk(workspace, capsys, "void", "evidence", str(added["id"]), "--reason", "not needed")
    assert code == 0, err
    code, out, _ = _desk(workspace, capsys, "evidence", "delete", str(added["id"]))
    assert (code, out.strip()) == (0, "chat.txt was deleted for good; its file was removed")
    assert not workspace.vault.has(added["sha256"])
    code, _, err = _desk(workspace, capsys, "evidence", "delete", str(added["id"]))
    assert code == 1 and err.strip() == f"desk: error: no evidence {added['id']}"


def test_evidence_add_names_every_file_that_cannot_be_added_and_adds_none(
    workspace: Workspace, shop: tuple[str, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The CLI used to stop at the first bad file, keeping those before it: now it refuses as the window does."""
    _, dispute_id = shop
    with workspace.write() as s:
        set_setting(s, "evidence_max_mb", 1)
    good = tmp_path / "receipt.txt"
    good.write_text("paid 60.00", encoding="utf-8")
    big = tmp_path / "unboxing.mp4"
    big.write_bytes(bytes(1_200_000))
    missing = tmp_path / "photo.jpg"
    code, out, err = _desk(workspace, capsys, "evidence", "add", str(dispute_id), str(good), str(big), str(missing))
    assert code == 1 and out == ""
    assert err.strip() == (
        "desk: error: nothing was added, because of 2 files that cannot be added: "
        f"{big}: 1.2 MB, above the limit of 1 MB (setting evidence_max_mb); {missing}: no such file or folder"
    )
    with workspace.read() as s:
        assert s.scalar(select(func.count()).select_from(Evidence)) == 0
        assert s.scalar(select(func.count()).select_from(EvidenceLink)) == 0
    assert not [p for p in (workspace.root / "vault").rglob("*") if p.is_file()]  # not even the good file's bytes

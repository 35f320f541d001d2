"""`desk letter` as a user runs it on the demo folder: a Chinese formal demand made, checked and recorded, then the
ladder showing it sent, with the other roads to the money."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cli_runs import desk, in_process
from pdfcheck import checks_pdfs, qpdf_check, text_of

# Demo dispute d6 (resources/demo/demo.toml): decided for part of the claim, refund pending, paid by card and PayPal.
CASE_NO = "5008907354219961"


@checks_pdfs
def test_a_letter_is_made_recorded_and_shown_on_the_ladder(demo_folder: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_folder / "desk.sqlite3") as db:
        dispute_id = db.execute("SELECT id FROM disputes WHERE platform_case_no = ?", (CASE_NO,)).fetchone()[0]
    db.close()
    out = tmp_path / "letters" / "demand-zh.pdf"
    made = desk(
        "letter", str(dispute_id), "--kind", "formal_demand", "--lang", "zh", "-o", str(out),
        "--today", "2026-11-23", "--json", data=demo_folder,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["reply_by"] == "2026-12-07" and result["path"] == str(out)
    qpdf_check(out)
    text = "".join(text_of(out).split())
    for expected in ("正式索赔函", "8177210849365013", CASE_NO, "2026年12月7日", "ShenzhenTopwinOfficialStore", "此致"):
        assert expected in text, expected
    with sqlite3.connect(demo_folder / "desk.sqlite3") as db:
        kind, lang, reply_by, evidence_id = db.execute(
            "SELECT kind, lang, reply_by, evidence_id FROM dispute_letters WHERE id = ?", (result["letter_id"],)
        ).fetchone()
        note = db.execute(
            "SELECT note FROM dispute_events WHERE dispute_id = ? AND kind = 'note' ORDER BY id DESC", (dispute_id,)
        ).fetchone()[0]
    db.close()
    assert (kind, lang, reply_by, evidence_id) == ("formal_demand", "zh", "2026-12-07", result["evidence_id"])
    assert note == f"Letter made: Formal demand letter (zh), kept as evidence {evidence_id}; reply by 2026-12-07"

    ladder = in_process("letter", f"dispute:{dispute_id}", "--today", "2026-11-24", data=demo_folder)
    assert ladder.returncode == 0, ladder.stderr
    lines = ladder.stdout.splitlines()
    demand = next(n for n, line in enumerate(lines) if "formal_demand" in line)
    assert lines[demand + 2].strip() == "made 2026-11-23, not marked sent yet"

    # The same letter in English, made the same day, is a version of it: one letter, sent together.
    english = in_process(
        "letter", str(dispute_id), "--kind", "formal_demand", "--lang", "en", "-o", str(tmp_path / "demand-en.pdf"),
        "--today", "2026-11-23", data=demo_folder,
    )  # fmt: skip
    assert english.returncode == 0, english.stderr
    assert f"Recorded as letter {result['letter_id']} " in english.stdout
    assert "The letter is now written in 中文, English: its versions go out together." in english.stdout
    ladder = in_process("letter", f"dispute:{dispute_id}", "--today", "2026-11-24", data=demo_folder)
    lines = ladder.stdout.splitlines()
    demand = next(n for n, line in enumerate(lines) if "formal_demand" in line)
    assert lines[demand + 2].strip() == "made 2026-11-23 in zh, en, not marked sent yet"

    sent = in_process(
        "letter", "sent", str(result["letter_id"]), "--on", "2026-11-24", "--via", "e-mail", data=demo_folder
    )
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == (
        f"The formal demand letter (Chinese and English) for dispute {dispute_id} is marked sent on 2026-11-24 by "
        "e-mail."
    )
    early = in_process(
        "letter", "sent", str(result["letter_id"]), "--on", "2026-11-22", "--via", "post", data=demo_folder
    )
    assert early.returncode == 1
    assert early.stderr.strip() == (
        f"desk: error: letter {result['letter_id']} was made on 2026-11-23: it cannot have been sent on 2026-11-22"
    )
    ladder = in_process("letter", f"dispute:{dispute_id}", "--today", "2026-11-24", data=demo_folder)
    lines = ladder.stdout.splitlines()
    demand = next(n for n, line in enumerate(lines) if "formal_demand" in line)
    assert "AVAILABLE" in lines[demand] and lines[demand + 2].strip() == "sent 2026-11-24"
    assert "not now" in next(line for line in lines if "seller_reminder" in line)
    roads = "\n".join(lines[lines.index("Other roads to the money:") :])
    assert "paypal_claim" in roads and "cannot be reopened" in roads
    assert "card_chargeback" in roads and "card issuer" in roads
    assert "Traceback" not in ladder.stderr + made.stderr

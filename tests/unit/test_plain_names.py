"""Cases named as people name them, and rules in words with the title of the page they come from (issue 12,
plain words): no machine key, rule key or seed file name in what a person reads."""

from __future__ import annotations

import re
from datetime import date

from desk.models import Dispute, LedgerEntry, RefundPart
from desk.overview import names
from desk.overview.deadlines import deadlines_for
from desk.policies import load_policies, shipped_sets
from desk.policies.sources import titled
from desk.workspace import Workspace

MACHINE = re.compile(r"\b[a-z]+_[a-z_]+\b|\b(dispute|refund_part|ledger_entry|deposit):\d+|\d{3}_[0-9a-f]{16}\.txt")


def test_the_demos_cases_are_named_as_people_name_them(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        dispute = s.get_one(Dispute, 1)
        part = s.query(RefundPart).order_by(RefundPart.id).first()
        withdrawal = s.query(LedgerEntry).filter(LedgerEntry.kind == "withdrawal").first()
        assert part is not None and withdrawal is not None
        assert names.dispute_name(dispute) == (
            f"Dispute 1 ({dispute.order_line.item}, order aliexpress:{dispute.order_line.order.order_no})"
        )
        assert re.fullmatch(
            r"Refund of \d+\.\d\d [A-Z]{3} to [A-Z][\w ]+, order aliexpress:\d+", str(names.refund_part_name(part))
        )
        assert str(names.ledger_entry_name(withdrawal)).startswith("Withdrawal of ")
        assert " CNY from the account " in str(names.ledger_entry_name(withdrawal))
        assert names.case_name(s, "refund_part", part.id) == str(names.refund_part_name(part))
        assert names.case_name(s, "dispute", 999) == "Dispute 999 (since deleted)"


def test_every_deadline_of_the_demo_reads_as_words(demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        deadlines = deadlines_for(s, load_policies(s), date(2026, 11, 23))
    assert deadlines
    for d in deadlines:
        for text in (str(d.name), str(d.rule), str(d.detail), d.what):
            assert not MACHINE.search(text), text
        assert 'Aliexpress")' in str(d.rule) or 'Fund")' in str(d.rule) or 'Guide")' in str(d.rule), str(
            d.rule
        )  # a page's title


def test_every_shipped_rule_cites_its_page_by_title_and_never_its_key() -> None:
    for policy_set in shipped_sets().values():
        for rule in policy_set.rules:
            cited = rule.cite()
            assert rule.name not in cited and ("_" not in rule.key or rule.key not in cited)
            assert ".txt" not in cited and "seed" not in cited.lower(), cited
            assert '"' in cited, cited
    seller = next(r for r in shipped_sets()["aliexpress"].rules if r.key == "seller_response")
    assert seller.cite() == (
        'On AliExpress, the seller has 5 days to answer a dispute ("How to properly return money to Aliexpress")'
    )


def test_a_source_text_reads_with_the_pages_title() -> None:
    assert titled('seed 000: "done within 3 workdays"') == ('"Refund & Withdraw Fund": "done within 3 workdays"')
    assert titled("003_0904c09b3d3b32f3.txt (AliExpress): the seed also says") == (
        '"How to Get Your AliExpress Deposit Refunded? Detailed Step-by-Step Guide" (AliExpress): the page also says'
    )

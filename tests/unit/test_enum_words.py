"""The enumerations' words in the translation catalogs (tools/data_words.py): desk/models/enum_words.py is what the
generator makes of the enumerations now, and a value reads in the window's language with what it is a value of, in
English inside a document and where it is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import tool_scripts

from desk.common import english_words, words
from desk.language import Catalog, english, use
from desk.models import DisputeState, EvidenceKind, Platform, StoreStatus

ROOT = Path(__file__).parents[2]


tool = tool_scripts.tool("data_words")


def test_the_generated_module_is_what_the_enumerations_say_now() -> None:
    # Fails after a value was added or renamed until `uv run python tools/data_words.py` is run again.
    made = tool.ENUM_TARGET.read_text(encoding="utf-8")
    assert made == tool.render_enums(), "run `uv run python tools/data_words.py`"
    assert tool.main(["--check"]) == 0


def test_every_value_people_read_is_marked_and_names_are_not() -> None:
    marked = {text for pairs in tool.enum_texts().values() for text, _ in pairs}
    assert {"Seller answered", "Refund pending", "Order payment", "Video", "Placed"} <= marked
    assert not marked & {p.label for p in Platform if p is not Platform.OTHER}  # names stay as they are
    assert "PayPal" not in marked
    assert ("Other", "platform") in tool.enum_texts()["desk.models.base.Platform"]


@pytest.fixture
def russian() -> Iterator[None]:
    use(Catalog.read(ROOT / "resources" / "translations" / "desk_ru.ts").translate)
    try:
        yield
    finally:
        use(None)


def test_a_value_reads_in_the_language_in_use_by_what_it_is_a_value_of(russian: None) -> None:
    # An open dispute and an open store are one English word and two Russian ones (the catalog tells them apart)
    dispute, store = words(DisputeState.OPEN), words(StoreStatus.OPEN)
    assert dispute != "Open" and store != "Open", (dispute, store)
    assert words(EvidenceKind.VIDEO) != "Video"
    # a platform's name is the same in every language
    assert words(Platform.ALIEXPRESS) == "AliExpress"
    # a document and what is kept: English
    with english():
        assert words(DisputeState.REFUND_PENDING) == "Refund pending"
    assert english_words(DisputeState.REFUND_PENDING) == "Refund pending"


def test_a_rule_for_one_payment_method_names_it_in_the_language_in_use(russian: None) -> None:
    # Found in review: the payment method went into translated sentences by its English label ("… на Card …")
    from datetime import date

    from desk.models import PaymentMethod
    from desk.policies import Rule
    from desk.policies.words import says

    rule = Rule("refund_arrival", (3, 5), "workdays", date(2026, 1, 1), "x", "aliexpress", method="card")
    said = says(rule)
    assert words(PaymentMethod.CARD) in said and "Card" not in said, said

"""The policy files' words in the translation catalogs (tools/data_words.py): desk/policies/data_words.py is what the
generator makes of the policy files now, lupdate reads back every text as the code looks it up, and the texts are
shown in the user's language where they are shown (Preferences › Platform Rules, `desk policy list`, a deposit
application's checklist), their sources left as published."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import tool_scripts

from desk.deposits.applications import create_application
from desk.deposits.check import check
from desk.language import Catalog, english, use
from desk.models import Platform
from desk.money import Money
from desk.policies import Rule
from desk.policies.words import note_words, rule_title, says_in_full, source_words
from desk.workspace import Workspace

ROOT = Path(__file__).parents[2]


tool = tool_scripts.tool("data_words")


def test_the_generated_module_is_what_the_policy_files_say_now() -> None:
    # Fails after a policy file changed until `uv run python tools/data_words.py` is run again.
    assert tool.TARGET.read_text(encoding="utf-8") == tool.render(), "run `uv run python tools/data_words.py`"
    assert tool.main(["--check"]) == 0


def _marked(source: str) -> list[str]:
    """The texts of the QT_TRANSLATE_NOOP("words", …) calls in a module, as Python reads them."""
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    found = []
    for call in calls:
        assert isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP"
        context, text = (ast.literal_eval(a) for a in call.args)
        assert context == "words"
        found.append(text)
    return found


def test_every_text_people_read_is_marked_once_and_reads_back_as_it_is_looked_up() -> None:
    wanted = [text for texts in tool.texts().values() for text in texts]
    assert _marked(tool.TARGET.read_text(encoding="utf-8")) == wanted
    assert len(set(wanted)) == len(wanted)
    # What the window and the CLI show: labels, titles, notes as people read them (the seed files named by their
    # pages' titles); never a source, which quotes the platform's page as published.
    assert "Store closed (cancelled) on AliExpress" in wanted
    assert "a photo of the item as it arrived" in wanted
    assert "Formal demand letter" in wanted
    assert "AliExpress dispute" in wanted
    assert not any("_" in text and ".txt" in text for text in wanted)
    assert not any("only when the following conditions are met" in text for text in wanted)  # a source


def test_a_changed_policy_file_makes_the_module_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "deposit").mkdir()
    (tmp_path / "deposit" / "x.toml").write_text(
        '[[document]]\ncode = "a"\nlabel = "Say \\"it\\" here"\nsource = "s"\n', encoding="utf-8"
    )
    target = tmp_path / "data_words.py"
    monkeypatch.setattr(tool, "POLICIES", tmp_path)
    monkeypatch.setattr(tool, "TARGET", target)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.main(["--check"]) == 1  # not written yet
    assert tool.main([]) == 0
    assert _marked(target.read_text(encoding="utf-8")) == ['Say "it" here']
    assert tool.main(["--check"]) == 0
    (tmp_path / "deposit" / "x.toml").write_text(
        '[[document]]\ncode = "a"\nlabel = "Another"\nsource = "s"\n', encoding="utf-8"
    )
    assert tool.main(["--check"]) == 1


NOTE = "The page does not say by how much; Desk assumes 15 days, like the window after the timer. Record the extended end the platform shows as the order's protection end."  # noqa: E501


@pytest.fixture
def russian(tmp_path: Path) -> Iterator[None]:
    messages = {
        "The seller's time to answer a dispute": "Срок ответа продавца на спор",
        "On {0}": "На {0}",
        "{0}, {1}": "{0}: {1}",
        "the seller has {0} to answer a dispute": "у продавца {0} на ответ",
        "{0}, in effect since {1}": "{0}, действует с {1}",
        NOTE: "Страница не говорит, на сколько.",
        "Store closed (cancelled) on AliExpress": "Магазин закрыт на AliExpress",
    }
    plural = "%n days"
    body = "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in messages.items()
    )
    body += (
        f'<message numerus="yes"><source>{plural}</source><translation><numerusform>%n день</numerusform>'
        "<numerusform>%n дня</numerusform><numerusform>%n дней</numerusform></translation></message>"
    )
    path = tmp_path / "desk_ru.ts"
    path.write_text(f'<TS version="2.1" language="ru_RU"><context><name>words</name>{body}</context></TS>', "utf-8")
    use(Catalog.read(path).translate)
    yield
    use(None)


def test_a_rule_is_read_in_the_users_language_and_its_source_as_published(russian: None) -> None:
    rule = Rule(
        "seller_response", 5, "days", date(2024, 3, 1), '002_8278cbea450b0445.txt: "the store has 5 days"', "aliexpress"
    )
    assert rule_title("seller_response") == "Срок ответа продавца на спор"
    assert says_in_full(rule) == "На AliExpress: у продавца 5 дней на ответ"
    # The page's title stays as the page heads itself.
    assert source_words(rule) == '"How to properly return money to Aliexpress", действует с 2024-03-01'
    assert note_words(NOTE) == "Страница не говорит, на сколько."
    assert note_words("A note nobody translated yet.") == "A note nobody translated yet."


def test_without_a_catalog_the_rule_reads_in_english() -> None:
    rule = Rule("seller_response", 5, "days", date(2024, 3, 1), "002_8278cbea450b0445.txt", "aliexpress")
    assert says_in_full(rule) == "On AliExpress, the seller has 5 days to answer a dispute"


def test_a_deposit_checklist_is_read_in_the_users_language_and_stored_in_english(
    workspace: Workspace, russian: None
) -> None:
    with workspace.write() as s:
        application, _ = create_application(
            s, "Nordic Gadget Outlet", Platform.ALIEXPRESS, Money.of("100.00", "CNY"), date(2026, 9, 20)
        )
        found = {f.code: f for f in check(s, application).findings}
        assert found["store_closed"].label == "Магазин закрыт на AliExpress"
        assert found["store_closed"].source is not None and found["store_closed"].source.startswith('"How to Get')
        assert found["no_violations"].label == "No violations recorded against the store"  # not translated yet
        stored = next(p for p in application.prerequisites if p.code == "store_closed")
        assert stored.label == "Store closed (cancelled) on AliExpress"
        with english():  # a document (the deposit packet) has the policy's own words
            assert {f.code: f for f in check(s, application).findings}["store_closed"].label == stored.label

"""Letters wholly in their language (issue 13, point 4): every shipped template in every language reads without
doubled punctuation ("2026 г.."), the user's statement in another language is marked with its language, and the
exhibit list describes our own letters in the letter's language and says when descriptions are quoted as recorded."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk.disputes.exhibits import exhibits, label_exhibits
from desk.disputes.letter_policy import load_ladder
from desk.disputes.lifecycle import get_dispute
from desk.operations.letters import MakeLetter, MarkLetterSent, make_letter, mark_letter_sent
from desk.reports import letter_lang as L
from desk.reports.letter_fields import letter_fields
from desk.reports.letter_templates import SHIPPED_DIR, Template, read_template, render
from desk.reports.letters import LANGS, exhibit_rows
from desk.workspace import Workspace

DAY = date(2026, 11, 23)
# Two marks where one belongs: "г..", ",,", "。。", "，。" (an ellipsis "..." is three, and is not this).
DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|,,|;;|::|[。，；：]{2}|[.,;:][。，；：]|[。，；：][.,;:]")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize("lang", LANGS)
def test_no_template_prints_doubled_punctuation_for_any_demo_dispute(demo_workspace: Workspace, lang: str) -> None:
    ws = demo_workspace
    ladder = load_ladder()
    with ws.write() as session:
        for dispute_id in range(1, 9):
            label_exhibits(session, get_dispute(session, dispute_id))
    with ws.read() as session:
        for dispute_id in range(1, 9):
            dispute = get_dispute(session, dispute_id)
            shown = exhibits(session, dispute, include_internal=False)
            for spec in ladder.rungs:
                reply_by = DAY + timedelta(days=spec.reply_days) if spec.reply_days else None
                values = letter_fields(session, dispute, spec, lang, DAY, reply_by, shown)
                text = render(read_template(SHIPPED_DIR / lang / f"{spec.code}.txt"), values)
                for paragraph in [text.subject, *text.paragraphs]:
                    found = DOUBLED.search(paragraph)
                    assert found is None, f"{lang}/{spec.code}, dispute {dispute_id}: {found} in {paragraph!r}"


def test_a_full_stop_after_a_field_ending_in_one_is_printed_once() -> None:
    template = Template(Path("t.txt"), "Заказ от $day.", ["Оформлен $day. Сумма $$5.", "Итог: ${day}..."])
    text = render(template, {"day": "29 сентября 2026 г."})
    assert text.subject == "Заказ от 29 сентября 2026 г."
    assert text.paragraphs == ["Оформлен 29 сентября 2026 г. Сумма $5.", "Итог: 29 сентября 2026 г...."]


def test_the_language_of_a_text_is_told_by_its_script() -> None:
    assert L.written_in("Battery lasts about 1.5 h") == "en"
    assert L.written_in("Товар пришёл повреждённым, артикул TW-PRO40") == "ru"
    assert L.written_in("耳机续航只有1.5小时 TWS earbuds Pro") == "zh"
    assert L.written_in("2026-11-23, 149.40") is None


@pytest.mark.parametrize(
    ("lang", "marker", "absent"),
    [
        ("ru", "Заявление покупателя (язык оригинала: английский):", "Statement of the buyer"),
        ("zh", "买方陈述（原文语言：英文）：", "Statement of the buyer"),
        ("en", None, "Statement of the buyer"),
    ],
)
def test_the_buyers_statement_in_another_language_is_marked_in_the_letters_language(
    demo_workspace: Workspace, tmp_path: Path, lang: str, marker: str | None, absent: str
) -> None:
    out = tmp_path / f"{lang}.pdf"
    make_letter(demo_workspace, MakeLetter(2, "platform_arbitration", lang, out, DAY))
    text = "".join(_text(out).split())
    if marker is None:
        assert absent.replace(" ", "") not in text  # English statement, English letter: nothing to mark
    else:
        assert "".join(marker.split()) in text
    with demo_workspace.read() as session:
        statement = get_dispute(session, 2).statement
    assert statement and "".join(statement.split()) in text  # quoted as written


def test_the_exhibit_list_names_our_letters_in_the_letters_language_and_quotes_the_rest_as_recorded(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    reminder = make_letter(ws, MakeLetter(2, "seller_reminder", "en", tmp_path / "r.pdf", DAY))
    mark_letter_sent(ws, MarkLetterSent(reminder.letter_id, DAY, "e-mail"), today=DAY)
    with ws.write() as session:
        label_exhibits(session, get_dispute(session, 2))
    with ws.read() as session:
        shown = exhibits(session, get_dispute(session, 2), include_internal=False)
        rows, note = exhibit_rows(session, shown, "ru")
    ours = [row for row in rows if "Наше письмо" in row.what]
    day = L.day(DAY, "ru")
    assert [row.what for row in ours] == [
        f"Наше письмо: напоминание продавцу (версия на языке: английский), отправлено {day}"
    ]
    assert "seller_reminder" not in ours[0].file and "dispute" not in ours[0].file
    assert note == "Описания приведены так, как они записаны (язык оригинала: английский)."
    others = [row for row in rows if row not in ours]
    assert others and all(
        row.what.split(" — ")[0] in L.KINDS["ru"].values() or row.what.split(" — ")[0].lower() in L.KINDS["ru"].values()
        for row in others
    )


def test_a_russian_date_keeps_its_year_and_abbreviation_on_one_line() -> None:
    # ReportLab breaks a line at U+202F (Babel's space before "г.") but not at U+00A0.
    assert L.day(DAY, "ru") == "23 ноября 2026\u00a0г."

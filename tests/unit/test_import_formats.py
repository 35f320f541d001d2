"""How a file writes dates and numbers: the choices a user makes (`TextFormat`), what Desk settles from the file
itself, and what it refuses to guess (issue "Real exports import as they are", points 4 and 5)."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone
from pathlib import Path

import pytest
from importer import imported

from desk.importing import ColumnMapping, ImportFileError
from desk.importing.dates import AmbiguousDate, DateOrder, parse_date
from desk.importing.text_format import TextFormat, from_choices
from desk.importing.values import BadValue
from desk.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
SHOP = "order_no,platform,supplier,placed_on,currency,item,qty,unit_price\n"


@pytest.mark.parametrize(
    "text",
    [
        "Dec 5, 2025", "December 5, 2025", "5 Dec 2025", "05-Dec-2025", "Dec-05-25", "Fri, Dec 5, 2025 10:22:01 PST",
        "5. Dez. 2025", "5. Dezember 2025", "5 déc. 2025", "vendredi 5 décembre 2025", "5 de dic. de 2025",
        "5 de diciembre de 2025", "5 дек. 2025 г.", "5 декабря 2025", "2025年12月5日", "2025年12月5日 10:22",
    ],
)
def test_a_month_named_in_any_of_six_languages_is_read(text: str) -> None:
    assert parse_date(text) == date(2025, 12, 5)


def test_a_timestamp_with_a_zone_is_the_date_on_the_users_clock() -> None:
    pacific = timezone(timedelta(hours=-8))
    assert parse_date("2025-12-06T02:30:00Z", zone=pacific) == date(2025, 12, 5)
    assert parse_date("2025-12-06T02:30:00Z", zone=UTC) == date(2025, 12, 6)
    assert parse_date("2025-12-06 02:30:00") == date(2025, 12, 6)  # no zone: the date as written


def test_a_numeric_date_is_read_in_the_order_the_user_says_and_never_guessed() -> None:
    assert parse_date("03/04/2026", DateOrder.DMY) == date(2026, 4, 3)
    assert parse_date("03/04/2026", DateOrder.MDY) == date(2026, 3, 4)
    assert parse_date("23/11/2026") == date(2026, 11, 23)  # a day above 12 reads one way only
    with pytest.raises(AmbiguousDate, match='"03/04/2026" could be 3 April or 4 March'):
        parse_date("03/04/2026")
    with pytest.raises(BadValue, match="no such day"):
        parse_date("31/02/2026", DateOrder.DMY)


def shop_file(tmp_path: Path, *rows: str, name: str = "shop.csv") -> Path:
    path = tmp_path / name
    path.write_text(SHOP + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_dates_that_read_two_ways_stop_the_import_until_the_order_is_said(workspace: Workspace, tmp_path: Path) -> None:
    path = shop_file(
        tmp_path,
        "A1,1688,Yiwu Cups,03/04/2026,CNY,Cup,2,5.00",
        "A2,1688,Yiwu Cups,05/06/2026,CNY,Lid,1,1.00",
    )
    refused = imported(workspace, path, dry_run=True)
    assert [str(p) for p in refused.problems] == [
        'row 2, column placed_on: "03/04/2026" could be 3 April or 4 March, and no date in the file settles which: '
        "choose the date order (--dates DMY or MDY)"
    ]
    said = imported(workspace, path, dry_run=True, text_format=from_choices(dates="MDY"))
    assert said.ok and said.text_format is not None and said.text_format.dates is DateOrder.MDY


def test_one_date_with_a_day_above_twelve_settles_the_whole_file(workspace: Workspace, tmp_path: Path) -> None:
    path = shop_file(
        tmp_path,
        "A1,1688,Yiwu Cups,03/04/2026,CNY,Cup,2,5.00",
        "A2,1688,Yiwu Cups,25/04/2026,CNY,Lid,1,1.00",
    )
    report = imported(workspace, path)
    assert report.ok and report.text_format is not None and report.text_format.dates is DateOrder.DMY
    with workspace.read() as s:
        from desk.models import Order

        assert {o.order_no: o.placed_on for o in s.query(Order)} == {"A1": date(2026, 4, 3), "A2": date(2026, 4, 25)}


def test_a_file_whose_dates_disagree_on_their_order_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    path = shop_file(
        tmp_path,
        "A1,1688,Yiwu Cups,13/04/2026,CNY,Cup,2,5.00",
        "A2,1688,Yiwu Cups,04/14/2026,CNY,Lid,1,1.00",
    )
    report = imported(workspace, path, dry_run=True)
    assert [str(p) for p in report.problems] == [
        'row 3, column placed_on: "04/14/2026" is month/day/year, but "13/04/2026" (row 2, column placed_on) is '
        "day/month/year: one of them is wrong"
    ]


@pytest.mark.parametrize(
    ("written", "choices", "minor"),
    [
        ('"1,234.56"', {}, 123456),
        ('"1.234,56"', {}, 123456),
        ('"1 234,56"', {}, 123456),
        ('"1,234"', {"decimal": "point"}, 123400),  # a thousand: never 1.234
        ('"1.234"', {"decimal": "comma"}, 123400),
        ('"1.234,5"', {"decimal": "comma", "thousands": "point"}, 123450),
        ("US $12.34", {}, 1234),
        ("RMB 12.34", {}, 1234),
        ("12.34", {"decimal": "."}, 1234),
    ],
)
def test_amounts_are_read_right_once_the_format_is_known(
    workspace: Workspace, tmp_path: Path, written: str, choices: dict[str, str], minor: int
) -> None:
    currency = "USD" if "US $" in written else "CNY"
    path = shop_file(tmp_path, f"A1,1688,Yiwu Cups,2026-04-03,{currency},Cup,1,{written}")
    report = imported(workspace, path, text_format=from_choices(**choices))  # type: ignore[arg-type]
    assert report.ok, [str(p) for p in report.problems]
    assert report.totals == {currency: minor}


def test_a_thousands_separator_the_user_ruled_out_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    path = shop_file(tmp_path, 'A1,1688,Yiwu Cups,2026-04-03,CNY,Cup,1,"1,234.00"')
    report = imported(workspace, path, dry_run=True, text_format=from_choices(decimal="point", thousands="none"))
    assert [str(p) for p in report.problems] == [
        'row 2, column unit_price: "1,234.00": "," is not this file\'s decimal or thousands separator'
    ]


def test_more_decimals_than_the_currency_has_are_refused_with_row_and_column(workspace: Workspace) -> None:
    """`45.005` CNY was read as 45,005.00 and `0.005` as 5.00: a thousands separator taken for a decimal point."""
    report = imported(workspace, FIXTURES / "shop" / "cny-three-decimals.csv", dry_run=True)
    assert [str(p) for p in report.problems] == [
        'row 3, column unit_price: "45.005": CNY has 2 decimal places, got 3; correct it, or choose to round such '
        "amounts (--round)",
        'row 4, column shipping: "0.005": CNY has 2 decimal places, got 3; correct it, or choose to round such '
        "amounts (--round)",
    ]


def test_extra_decimals_are_rounded_half_up_only_when_the_user_says_so(workspace: Workspace) -> None:
    report = imported(workspace, FIXTURES / "shop" / "cny-three-decimals.csv", text_format=from_choices(
        round_places=True))
    assert report.ok
    # 24 x 16.80 + 12.00, 10 x 45.01 + 0.00, 6 x 22.90 + 0.01, 4 x 15.90 + 0.00
    assert report.totals == {"CNY": 41520 + 45010 + 13741 + 6360}


def test_a_file_that_writes_the_marks_both_ways_in_one_column_is_asked_about(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = shop_file(
        tmp_path,
        'A1,1688,Yiwu Cups,2026-04-03,CNY,Cup,1,"1.50"',
        'A2,1688,Yiwu Cups,2026-04-03,CNY,Lid,1,"2,50"',
    )
    report = imported(workspace, path, dry_run=True)
    assert [str(p) for p in report.problems] == [
        'row 3, column unit_price: "2,50" and "1.50" (row 2) use the point and the comma the other way round: say '
        "which is the decimal separator"
    ]


def test_an_amount_no_other_settles_is_asked_about_not_read_as_a_thousand(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = shop_file(tmp_path, "A1,1688,Yiwu Cups,2026-04-03,CNY,Cup,1,45.005")
    report = imported(workspace, path, dry_run=True)
    assert [str(p) for p in report.problems] == [
        'row 2, column unit_price: "45.005": is the point or comma a decimal or a thousands separator? No amount in '
        "the file settles it; say which"
    ]


def test_blank_tokens_and_currency_signs_are_the_users_to_add(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "yen.csv"
    path.write_text(
        "order_no,platform,supplier,placed_on,item,qty,unit_price,shipping\n"
        "J1,aliexpress,Osaka Goods,2026-04-03,Tea cup,2,¥1200,nil\n",
        encoding="utf-8",
    )
    refused = imported(workspace, path, dry_run=True)
    assert [str(p) for p in refused.problems] == ['row 2, column shipping: "nil": no number in it']
    fmt = from_choices(blanks=["nil"], symbols=["¥=JPY"])
    report = imported(workspace, path, text_format=fmt)
    assert report.ok and report.totals == {"JPY": 2400}


def test_a_european_shops_own_export_imports_with_its_commas_and_blanks(workspace: Workspace) -> None:
    report = imported(workspace, FIXTURES / "shop" / "european-shop.csv")
    assert report.ok, [str(p) for p in report.problems]
    assert (report.orders, report.lines_added) == (4, 5)
    assert report.text_format is not None and report.text_format.dates is DateOrder.DMY
    with workspace.read() as s:
        from desk.models import Order

        mini_pc = s.query(Order).filter_by(order_no="3071255018736604").one()
        assert (mini_pc.currency, mini_pc.lines[0].unit_price_minor, mini_pc.shipping_minor) == ("EUR", 123456, 0)


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ({"dates": "DDMMYY"}, 'date order "DDMMYY": use DMY, MDY or YMD'),
        ({"decimal": "semicolon"}, 'decimal separator "semicolon": use point, comma'),
        ({"thousands": "x"}, 'thousands separator "x": use comma, point, space, apostrophe, none'),
        ({"symbols": ["¥"]}, '"¥" is not SIGN=CODE (e.g. ¥=JPY)'),
        ({"symbols": ["¥=YEN"]}, '"¥" is said to mean YEN, which is not a currency code'),
        ({"decimal": ",", "thousands": "comma"}, '"," cannot separate both thousands and decimals'),
    ],
)
def test_a_choice_that_makes_no_sense_is_refused_by_name(choices: dict[str, object], message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        from_choices(**choices)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_the_default_format_leaves_everything_to_the_file() -> None:
    fmt = TextFormat()
    assert (fmt.dates, fmt.decimal, fmt.thousands, fmt.round_places) == (None, None, None, False)
    assert fmt.is_blank("--") and fmt.is_blank(" N/A ") and fmt.is_blank("Not Available") and not fmt.is_blank("0")


def test_a_shops_vat_column_is_the_orders_tax_and_part_of_its_total(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "vat.csv"
    path.write_text(
        "Order ID;Platform;Seller;Order Date;Currency;Product;Quantity;Price;VAT;Payments\n"
        "V-1;aliexpress;Berlin Parts;2026-04-03;EUR;Kabel;2;10,00;3,80;card:23,80\n",
        encoding="utf-8",
    )
    report = imported(workspace, path)
    assert report.ok, [str(p) for p in report.problems]
    assert report.totals == {"EUR": 2380}
    with workspace.read() as s:
        from desk.models import Order

        vat = s.query(Order).one()
        assert (vat.tax_minor, vat.tax_collector) == (380, None)


def test_a_remembered_mapping_keeps_how_the_file_writes_dates_and_numbers(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Said once with --remember: the same shop's next export reads the same way without being told again."""
    path = tmp_path / "shop.csv"
    path.write_text(
        "Auftrag;Plattform;Verkäufer;Datum;Währung;Artikel;Menge;Preis\n"
        "B1;aliexpress;Berlin Parts;03/04/2026;EUR;Kabel;2;1.234\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping({"order_no": "Auftrag", "platform": "Plattform", "supplier": "Verkäufer",
                             "placed_on": "Datum", "currency": "Währung", "item": "Artikel", "qty": "Menge",
                             "unit_price": "Preis"})
    fmt = from_choices(dates="DMY", decimal="comma")
    first = imported(workspace, path, overrides=mapping, remember_as="Berlin", text_format=fmt)
    assert first.ok and first.totals == {"EUR": 246800}
    path.write_text(path.read_text(encoding="utf-8").replace("B1;", "B2;").replace("03/04", "05/04"),
                    encoding="utf-8")
    again = imported(workspace, path)
    assert again.ok and again.format_label == 'Mapping "Berlin"', [str(p) for p in again.problems]
    assert again.totals == {"EUR": 246800}
    with workspace.read() as s:
        from desk.models import Order

        assert s.query(Order).filter_by(order_no="B2").one().placed_on == date(2026, 4, 5)
    # What the user says now wins over what was remembered.
    said = imported(workspace, path, dry_run=True, text_format=from_choices(dates="MDY", decimal="point"))
    assert said.text_format is not None and said.text_format.dates is DateOrder.MDY


def test_an_amount_too_fine_for_the_currency_it_names_is_said_as_such(workspace: Workspace, tmp_path: Path) -> None:
    """"¥1200.5" with ¥ said to be JPY: the file names its currency; the amount has a decimal JPY does not have."""
    path = tmp_path / "yen.csv"
    path.write_text(
        "order_no,platform,supplier,placed_on,item,qty,unit_price\n"
        "J1,aliexpress,Osaka Goods,2026-04-03,Cup,1,¥1200.5\n",
        encoding="utf-8",
    )
    report = imported(workspace, path, dry_run=True, text_format=from_choices(symbols=["¥=JPY"]))
    assert [str(p) for p in report.problems] == [
        'row 2, column unit_price: "¥1200.5": JPY has 0 decimal places, got 1; correct it, or choose to round such '
        "amounts (--round)"
    ]

"""Header names are matched to Desk's import fields whatever their case, spacing and punctuation."""

from __future__ import annotations

import pytest

from desk.importing import ColumnMapping, ImportFileError, header_key, normalise
from desk.importing.fields import BY_NAME, FIELDS, GENERIC_COLUMNS, field_for, headings
from desk.importing.mappings import generic_mapping, parse_assignments


@pytest.mark.parametrize(
    "header", ["order_no", "Order No", "ORDER_NO", "order no", " Order-No ", "orderNo", "ORDER NO"]
)
def test_order_no_is_found_however_it_is_written(header: str) -> None:
    assert field_for(header) == "order_no"


def test_unknown_headers_name_no_field() -> None:
    assert field_for("Order reference") is None
    assert field_for("") is None


def test_a_header_written_as_the_import_dialog_names_the_field_is_found() -> None:
    for field in FIELDS:
        for heading in headings(field):
            assert field_for(heading) == field.name, heading
            assert "_" not in heading  # what a spreadsheet's header writes, not the field's key
    assert headings(BY_NAME["order_no"]) == ("Order number", "Order no")
    assert field_for("ORDER NUMBER") == "order_no"
    assert generic_mapping(["Order number", "Quantity", "Tracking numbers"]).columns == {
        "order_no": "Order number",
        "qty": "Quantity",
        "tracking_no": "Tracking numbers",
    }


def test_a_label_and_a_short_heading_for_one_field_are_refused() -> None:
    with pytest.raises(ImportFileError, match='"Order number" and "order no" both mean Order number'):
        generic_mapping(["Order number", "order no"])


def test_normalise_keeps_letters_of_any_script() -> None:
    assert normalise(" 订单 号 ") == "订单号"
    assert normalise("Номер_Заказа") == "номерзаказа"
    assert normalise("Ｑｔｙ") == "qty"  # full-width letters from Chinese spreadsheets


def test_the_generic_header_maps_every_column() -> None:
    headers = [c.replace("_", " ").title() for c in GENERIC_COLUMNS]  # "Order No", "Placed On", …
    mapping = generic_mapping(headers)
    assert mapping.columns == dict(zip(GENERIC_COLUMNS, headers, strict=True))
    assert mapping.missing() == []


def test_two_headers_for_one_field_are_refused() -> None:
    with pytest.raises(ImportFileError) as caught:
        generic_mapping(["order_no", "Order No", "item"])
    assert str(caught.value) == 'the columns "order_no" and "Order No" both mean Order number; keep one'


def test_the_header_key_ignores_order_case_and_spacing() -> None:
    assert header_key(["Order ID", "Item", "Price"]) == header_key(["price", "ORDER_ID", "item", ""])
    assert header_key(["Order ID", "Item"]) != header_key(["Order ID", "Item", "Price"])
    assert len(header_key(["a"])) == 64


def test_a_mapping_reads_columns_named_loosely_and_refuses_missing_ones() -> None:
    mapping = ColumnMapping({"order_no": "order id", "item": "Title"}, {"platform": "aliexpress"})
    resolved = mapping.resolve(["Order ID", "Title", "Price"])
    assert resolved.columns == {"order_no": "Order ID", "item": "Title"}
    assert resolved.fixed == {"platform": "aliexpress"}
    with pytest.raises(ImportFileError) as caught:
        mapping.resolve(["Order ID", "Price"])
    assert str(caught.value) == (
        'item is mapped to the column "Title", which this file does not have; its columns: Order ID, Price'
    )


def test_a_mapping_survives_json_and_lists_what_it_lacks() -> None:
    mapping = ColumnMapping({"order_no": "Order #", "item": "Title"}, {"platform": "ozon"})
    assert ColumnMapping.from_json(mapping.to_json()) == mapping
    assert mapping.missing() == ["supplier", "placed_on", "unit_price"]
    merged = mapping.merged(ColumnMapping({"platform": "Marketplace"}, {"item": "Widget"}))
    assert merged.columns == {"order_no": "Order #", "platform": "Marketplace"}
    assert merged.fixed == {"item": "Widget"}


def test_command_line_assignments() -> None:
    assert parse_assignments(["order_no=Order #", "qty = Count"], "COLUMN") == {"order_no": "Order #", "qty": "Count"}
    with pytest.raises(ImportFileError, match='"order_no" is not FIELD=COLUMN'):
        parse_assignments(["order_no"], "COLUMN")
    with pytest.raises(ImportFileError, match='unknown field "colour"'):
        parse_assignments(["colour=red"], "VALUE")

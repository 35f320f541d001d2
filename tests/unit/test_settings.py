"""The business's settings: declared once with typed defaults, checked, stored as JSON in the settings table."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desk.errors import DeskError
from desk.models import AuditEntry, Setting
from desk.settings import DEADLINE_KINDS, SETTINGS, all_settings, get_setting, parse_setting, set_setting
from desk.workspace import Workspace


def test_an_empty_data_folder_has_the_declared_defaults(workspace: Workspace) -> None:
    with workspace.read() as s:
        assert all_settings(s) == {
            "home_currency": "EUR",
            "reminder_days": 3,
            "country": "DE",
            "evidence_max_mb": 2048,
            "page_size": "A4",
            "bates_prefix": "DESK",
            "photo_dates": "keep",
            "business_name": "",
            "business_address": "",
            "business_contact": "",
            # Each kind of deadline's reminder ladder, in days before it (issue 15: 7, 3, 1 and 0 by default).
            **{f"remind_{kind}": "7,3,1,0" for kind in DEADLINE_KINDS},
        }
        assert s.scalars(select(Setting)).all() == []  # defaults are not written


def test_a_setting_is_stored_as_json_in_canonical_form_and_audited(workspace: Workspace) -> None:
    with workspace.write() as s:
        assert set_setting(s, "home_currency", "usd") == "USD"
        set_setting(s, "reminder_days", 5)
        set_setting(s, "country", "fr")
    with workspace.read() as s:
        stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
        assert stored == {"home_currency": "USD", "reminder_days": 5, "country": "FR"}
        assert get_setting(s, "reminder_days") == 5
        audited = s.scalars(select(AuditEntry.table_name)).all()
    assert audited.count("settings") == 3


def test_changing_a_setting_updates_its_row(workspace: Workspace) -> None:
    with workspace.write() as s:
        set_setting(s, "reminder_days", 5)
    with workspace.write() as s:
        set_setting(s, "reminder_days", 0)
    with workspace.read() as s:
        assert get_setting(s, "reminder_days") == 0
        assert len(s.scalars(select(Setting)).all()) == 1


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("colour", "red", "unknown setting 'colour'; known: home_currency, reminder_days, country"),
        ("home_currency", "XYZ", "'XYZ' is not a currency in use"),
        ("home_currency", "DEM", "'DEM' is not a currency in use"),  # historic codes would only hide typos
        ("home_currency", 978, "home_currency must be text, got 978"),
        ("reminder_days", "3", "reminder_days must be a whole number"),
        ("reminder_days", True, "reminder_days must be a whole number"),
        ("reminder_days", -1, "from 0 to 60"),
        ("reminder_days", 61, "from 0 to 60"),
        ("country", "Germany", "is not a country"),
        ("country", "XX", "no working-day calendar for 'XX'"),
        ("page_size", "A5", "page_size must be A4 or Letter, got 'A5'"),
        ("photo_dates", "strip", "photo_dates must be keep or remove, got 'strip'"),
        ("bates_prefix", "MY CO", "bates_prefix must be 1 to 20 characters without spaces"),
        ("bates_prefix", "", "bates_prefix must be 1 to 20 characters"),
        ("business_name", "x" * 201, "business_name may have at most 200 characters, got 201"),
    ],
)
def test_a_bad_setting_is_refused_and_nothing_is_stored(
    workspace: Workspace, name: str, value: object, message: str
) -> None:
    with pytest.raises(DeskError, match=message), workspace.write() as s:
        set_setting(s, name, value)
    with workspace.read() as s:
        assert s.scalars(select(Setting)).all() == []


def test_values_typed_on_the_command_line_are_converted_to_the_settings_type() -> None:
    assert parse_setting("reminder_days", " 7 ") == 7
    assert parse_setting("home_currency", "cny") == "CNY"
    with pytest.raises(DeskError, match="reminder_days must be a whole number, got 'soon'"):
        parse_setting("reminder_days", "soon")


def test_a_stored_value_this_version_refuses_falls_back_to_the_default(workspace: Workspace) -> None:
    with workspace.write() as s:
        s.add(Setting(key="reminder_days", value=json.dumps("three")))
    with workspace.read() as s:
        assert get_setting(s, "reminder_days") == SETTINGS["reminder_days"].default


def test_page_size_and_a_typed_line_break_are_stored_in_canonical_form() -> None:
    assert parse_setting("page_size", "letter") == "Letter"
    assert parse_setting("photo_dates", " Remove ") == "remove"
    assert parse_setting("business_address", r" Hauptstr. 1\n 10115 Berlin ") == "Hauptstr. 1\n10115 Berlin"

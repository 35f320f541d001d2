"""The business's settings, declared in one place with typed defaults, stored as JSON in the `settings` table so
the CLI and the GUI read the same values. Window state is not a setting: it lives in QSettings, per machine."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.errors import DeskError
from desk.json_reading import read_json
from desk.language import QT_TRANSLATE_NOOP, words
from desk.models import Setting

SettingValue = str | int


def _currency(value: SettingValue) -> SettingValue:
    from desk.money import CurrencyError, minor_digits

    try:
        minor_digits(str(value))
    except CurrencyError:
        raise DeskError(
            words.tr("{0!r} is not a currency in use; give an ISO 4217 code such as EUR, USD or CNY").format(value)
        ) from None
    return str(value).upper()


def _country(value: SettingValue) -> SettingValue:
    from desk.calendar import working_calendar

    code = str(value).upper()
    if len(code) != 2 or not code.isalpha():
        raise DeskError(words.tr("{0!r} is not a country; give an ISO 3166 code such as DE, FR or US").format(value))
    try:
        working_calendar(code)
    except ValueError:
        raise DeskError(words.tr("Desk has no working-day calendar for {0!r}").format(code)) from None
    return code


def _reminder_days(value: SettingValue) -> SettingValue:
    if not isinstance(value, int) or not 0 <= value <= 60:
        raise DeskError(words.tr("reminder_days must be a whole number of days from 0 to 60, got {0!r}").format(value))
    return value


# Days before a deadline that a reminder comes up, per kind of deadline (desk.overview.reminders): a ladder such as
# 7, 3, 1 and 0 (the day itself). Up to a year ahead; each step once.
REMINDER_LADDER = "7,3,1,0"
# The kinds of deadline Desk derives (desk.overview.deadlines), each with its own ladder.
DEADLINE_KINDS = (
    "dispute_open_earliest",
    "protection_end",
    "seller_response",
    "escalation",
    "refund_arrival",
    "withdrawal",
    "deposit_review",
)


def reminder_setting(kind: str) -> str:
    return f"remind_{kind}"


def _ladder(name: str) -> Callable[[SettingValue], SettingValue]:
    def check(value: SettingValue) -> SettingValue:
        steps = [part.strip() for part in str(value).replace(";", ",").split(",") if part.strip()]
        try:
            days = sorted({int(step) for step in steps}, reverse=True)
        except ValueError:
            days = []
        if not steps or len(days) != len(steps) or not all(0 <= d <= 365 for d in days) or len(days) > 10:
            raise DeskError(
                words.tr(
                    "{0} must be whole numbers of days before the deadline from 0 to 365, each once, separated by "
                    "commas (such as 7,3,1,0), got {1!r}"
                ).format(name, value)
            )
        return ",".join(str(d) for d in days)

    return check


def ladder_days(value: SettingValue) -> tuple[int, ...]:
    """A checked ladder setting as its days, farthest first: "7,3,1,0" → (7, 3, 1, 0)."""
    return tuple(int(part) for part in str(value).split(","))


def _megabytes(value: SettingValue) -> SettingValue:
    if not isinstance(value, int) or not 1 <= value <= 100_000:
        raise DeskError(
            words.tr("evidence_max_mb must be a whole number of megabytes from 1 to 100000, got {0!r}").format(value)
        )
    return value


def _page_size(value: SettingValue) -> SettingValue:
    for name in ("A4", "Letter"):
        if str(value).strip().lower() == name.lower():
            return name
    raise DeskError(words.tr("page_size must be A4 or Letter, got {0!r}").format(value))


def _bates_prefix(value: SettingValue) -> SettingValue:
    text = str(value).strip()
    if not 1 <= len(text) <= 20 or any(c.isspace() or not c.isprintable() for c in text):
        raise DeskError(
            words.tr("bates_prefix must be 1 to 20 characters without spaces, such as DESK or ACME-, got {0!r}").format(
                value
            )
        )
    return text


def _photo_dates(value: SettingValue) -> SettingValue:
    text = str(value).strip().lower()
    if text not in ("keep", "remove"):
        raise DeskError(words.tr("photo_dates must be keep or remove, got {0!r}").format(value))
    return text


def _text(name: str, limit: int) -> Callable[[SettingValue], SettingValue]:
    def check(value: SettingValue) -> SettingValue:
        # A typed "\n" is a line break: the command line has no other way to give one.
        text = "\n".join(line.strip() for line in str(value).replace("\\n", "\n").strip().splitlines())
        if len(text) > limit:
            raise DeskError(words.tr("{0} may have at most {1} characters, got {2}").format(name, limit, len(text)))
        return text

    return check


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type[str] | type[int]
    default: SettingValue
    help: str  # for people, in English: marked for the catalog, translated where it is shown (words.tr)
    # Checks a value of the right type and returns its canonical form (EUR for eur); DeskError when it is wrong.
    check: Callable[[SettingValue], SettingValue]


SETTINGS: dict[str, SettingSpec] = {
    spec.name: spec
    for spec in (
        SettingSpec(
            "home_currency",
            str,
            "EUR",
            QT_TRANSLATE_NOOP("words", "the currency the Dashboard totals are shown in"),
            _currency,
        ),
        SettingSpec(
            "reminder_days",
            int,
            3,
            QT_TRANSLATE_NOOP("words", "how many days before a deadline it shows as due"),
            _reminder_days,
        ),
        SettingSpec(
            "country",
            str,
            "DE",
            QT_TRANSLATE_NOOP("words", "the business's own country: its business days count refunds"),
            _country,
        ),
        # 2 GB: the unboxing or defect video a platform asks for fits (a phone films 4K at 170 to 400 MB a minute),
        # and a file added by mistake (a disk image, a backup) does not fill the disk; longer videos: raise it.
        SettingSpec(
            "evidence_max_mb",
            int,
            2048,
            QT_TRANSLATE_NOOP("words", "the largest file the evidence vault accepts, in MB"),
            _megabytes,
        ),
        SettingSpec(
            "page_size",
            str,
            "A4",
            QT_TRANSLATE_NOOP("words", "the paper size of packets, letters and reports: A4 or Letter"),
            _page_size,
        ),
        SettingSpec(
            "bates_prefix",
            str,
            "DESK",
            QT_TRANSLATE_NOOP("words", "the prefix of the running number on every packet page"),
            _bates_prefix,
        ),
        SettingSpec(
            "photo_dates",
            str,
            "keep",
            QT_TRANSLATE_NOOP(
                "words",
                "whether photos sent to the other side keep the date they were taken (keep or remove); "
                "their location and camera are always removed",
            ),
            _photo_dates,
        ),
        SettingSpec(
            "business_name",
            str,
            "",
            QT_TRANSLATE_NOOP("words", "the business's legal name, as claimant and letter sender"),
            _text("business_name", 200),
        ),
        SettingSpec(
            "business_address",
            str,
            "",
            QT_TRANSLATE_NOOP("words", "the business's postal address (use \\n between lines)"),
            _text("business_address", 500),
        ),
        SettingSpec(
            "business_contact",
            str,
            "",
            QT_TRANSLATE_NOOP("words", "who signs letters, with an e-mail or phone"),
            _text("business_contact", 200),
        ),
        *(
            SettingSpec(
                reminder_setting(kind),
                str,
                REMINDER_LADDER,
                QT_TRANSLATE_NOOP(
                    "words", "days before such a deadline that a reminder comes up, such as 7,3,1,0 (0: on the day)"
                ),
                _ladder(reminder_setting(kind)),
            )
            for kind in DEADLINE_KINDS
        ),
    )
}


def spec(name: str) -> SettingSpec:
    try:
        return SETTINGS[name]
    except KeyError:
        raise DeskError(words.tr("unknown setting {0!r}; known: {1}").format(name, ", ".join(SETTINGS))) from None


def validate(name: str, value: Any) -> SettingValue:
    """`value` checked against the setting's type and rules, in its canonical form."""
    s = spec(name)
    # bool is an int to Python, never a number of days to a user.
    if isinstance(value, bool) or not isinstance(value, s.type):
        if s.type is int:
            raise DeskError(words.tr("{0} must be a whole number, got {1!r}").format(name, value))
        raise DeskError(words.tr("{0} must be text, got {1!r}").format(name, value))
    return s.check(value)


def parse_setting(name: str, text: str) -> SettingValue:
    """A value typed on the command line, converted to the setting's type and checked."""
    s = spec(name)
    if s.type is int:
        try:
            return validate(name, int(text.strip()))
        except ValueError:
            raise DeskError(words.tr("{0} must be a whole number, got {1!r}").format(name, text)) from None
    return validate(name, text.strip())


def get_setting(session: Session, name: str) -> SettingValue:
    """The stored value, or the default when none is stored (or the stored one no longer passes the checks)."""
    s = spec(name)
    raw = session.scalar(select(Setting.value).where(Setting.key == name))
    if raw is None:
        return s.default
    try:
        return validate(name, read_json(raw, f"the setting {name}"))
    except (DeskError, ValueError):
        return s.default  # a value written by another version that this one refuses: fall back, never crash


def get_int(session: Session, name: str) -> int:
    value = get_setting(session, name)
    assert isinstance(value, int), name
    return value


def get_str(session: Session, name: str) -> str:
    value = get_setting(session, name)
    assert isinstance(value, str), name
    return value


def set_setting(session: Session, name: str, value: Any) -> SettingValue:
    """Store a checked value (in the caller's write transaction, so it is audited) and return it."""
    checked = validate(name, value)
    row = session.scalar(select(Setting).where(Setting.key == name))
    if row is None:
        session.add(Setting(key=name, value=json.dumps(checked)))
    else:
        row.value = json.dumps(checked)
    return checked


def all_settings(session: Session) -> dict[str, SettingValue]:
    return {name: get_setting(session, name) for name in SETTINGS}

"""Working days per country: weekends, public holidays and make-up working days.

The tables come from the `holidays` library, which knows China's make-up working days (调休): a Saturday or Sunday
the government declares a working day in exchange for a longer holiday. Years a government has not announced yet
hold the library's estimate of the holidays and no make-up days.

Two rules about dates as such live here too, for every layer to use:
- Counting never runs off the calendar: a deadline counted from a date near the last one Python can hold (a
  9999-12-31 typed by mistake) is `BeyondCalendar`, a user's error the deadline lists turn into "no deadline for …".
- The span of dates Desk takes without asking (`likely_span`): from 2000-01-01 to a year after today. A date a
  person or a file gives for a case outside it is refused with `UnlikelyDate` unless the user confirms it (the
  command line's --confirm-date, the window's Yes/No question); the operations check it, the import checks its rows.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale

from desk.errors import DeskError
from desk.language import words

if TYPE_CHECKING:
    from holidays import HolidayBase


def country_name(code: str, locale: str | Locale = "en") -> str:
    """`CN` → "China" (in `locale`: "China", "Китай"): people read a country's name, not its ISO code. A code
    Babel does not know stays as it is."""
    return str(Locale.parse(locale).territories.get(code.upper(), code))


class WorkingCalendar:
    """Working days of one country (and optionally one subdivision). Get instances from working_calendar()."""

    def __init__(self, table: HolidayBase) -> None:
        self._table = table
        # The library fills in a year the first time a date in it is looked up; instances are shared across threads.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        subdiv = f", {self._table.subdiv!r}" if self._table.subdiv else ""
        return f"WorkingCalendar({self._table.country!r}{subdiv})"

    def is_working_day(self, d: date) -> bool:
        """False on the country's weekend days and public holidays, True on make-up working days."""
        with self._lock:
            return bool(self._table.is_working_day(d))

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after start (before it when n < 0), start not counted.

        n == 0 gives start if it is a working day, else the next working day.
        """
        # Days that surely hold n working days whatever the holidays: nearer the calendar's ends than that (a date
        # typed as 9999-12-31), the library would first work out the holidays of those years (0.6 s for China's).
        reach = 7 * abs(n) + 60
        if (date.max - start).days < reach if n > 0 else (start - date.min).days < reach:
            raise BeyondCalendar(start, n, "working days")
        with self._lock:
            try:
                return self._table.get_nth_working_day(start, n)
            except (OverflowError, ValueError):  # the library's "year 10000 is out of range"
                raise BeyondCalendar(start, n, "working days") from None

    def count_working_days(self, start: date, end: date) -> int:
        """Working days in (start, end]: count_working_days(d, add_working_days(d, n)) == n for n >= 1."""
        if end <= start:
            return 0
        with self._lock:
            return int(self._table.get_working_days_count(start + timedelta(days=1), end))

    def holiday_name(self, d: date) -> str | None:
        """The public holiday on d, e.g. "National Day", or None (also None on a make-up working day)."""
        with self._lock:
            name = self._table.get(d)
        return None if name is None else str(name)


def working_calendar(country: str, subdiv: str | None = None) -> WorkingCalendar:
    """The calendar of an ISO 3166 country code ("CN", "US", "DE"), optionally a subdivision ("DE", "BY")."""
    return _cached_calendar(country.upper(), subdiv)


@lru_cache(maxsize=64)
def _cached_calendar(country: str, subdiv: str | None) -> WorkingCalendar:
    import holidays  # imported here: it takes ~0.4 s, which app start-up should not pay

    _load_countries_one_by_one()
    try:
        table = holidays.country_holidays(country, subdiv=subdiv)
    except NotImplementedError as error:  # the library's way of saying "unknown country or subdivision"
        where = country if subdiv is None else f"{country}-{subdiv}"
        raise ValueError(f"no holiday calendar for {where!r}: {error}") from None
    return WorkingCalendar(table)


_packages_lock = threading.Lock()


def _load_countries_one_by_one() -> None:
    """The library's own loader imports a country's module by its full name (`holidays.countries.china`), but
    Python first runs the `holidays.countries` package, which imports all of its ~250 countries (0.3 s here, more
    on Windows, in every `desk` command that works out a deadline). Registered without running it, the package
    gives only the countries asked for; none of them needs it to have run (tests/unit/test_calendar.py)."""
    with _packages_lock:
        if "holidays.countries" in sys.modules:
            return
        spec = importlib.util.find_spec("holidays.countries")
        if spec is not None and spec.submodule_search_locations is not None:
            sys.modules["holidays.countries"] = importlib.util.module_from_spec(spec)


def add_working_days(start: date, n: int, country: str) -> date:
    """The n-th working day after start in country; see WorkingCalendar.add_working_days."""
    return working_calendar(country).add_working_days(start, n)


def count_working_days(start: date, end: date, country: str) -> int:
    """Working days in (start, end] in country; see WorkingCalendar.count_working_days."""
    return working_calendar(country).count_working_days(start, end)


def add_days(start: date, n: int) -> date:
    """`start` plus n calendar days; `BeyondCalendar` where that runs off the calendar (past 9999 or before year 1)."""
    try:
        return start + timedelta(days=n)
    except OverflowError:
        raise BeyondCalendar(start, n, "days") from None


class BeyondCalendar(DeskError):
    """A date counted from `start` would fall past 9999-12-31 (or before year 1): no deadline can be counted from
    it. A stored date that far out is a typing mistake; the deadline lists say which case has no deadline."""

    def __init__(self, start: date, n: int, unit: str) -> None:
        """`unit`: "days" or "working days"."""
        if unit == "working days":
            said = (
                words.tr(
                    "no deadline can be counted from {0}: {1} working days after it is past the last date a calendar "
                    "holds; correct that date"
                )
                if n >= 0
                else words.tr(
                    "no deadline can be counted from {0}: {1} working days before it is past the last date a calendar "
                    "holds; correct that date"
                )
            )
        else:
            said = (
                words.tr(
                    "no deadline can be counted from {0}: {1} days after it is past the last date a calendar holds; "
                    "correct that date"
                )
                if n >= 0
                else words.tr(
                    "no deadline can be counted from {0}: {1} days before it is past the last date a calendar holds; "
                    "correct that date"
                )
            )
        super().__init__(said.format(start.isoformat(), abs(n)))
        self.start = start


# ---- the dates Desk takes without asking --------------------------------------------------------------------------

EARLIEST_LIKELY = date(2000, 1, 1)


def latest_likely(today: date | None = None) -> date:
    """A year after `today`: the last date Desk takes without asking (28 February for a 29th)."""
    today = today or date.today()
    if today.year >= date.max.year:
        return date.max
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def likely_span(today: date | None = None) -> tuple[date, date]:
    """The first and last date Desk takes for a case without asking the user to confirm it."""
    return EARLIEST_LIKELY, latest_likely(today)


def is_likely(on: date, today: date | None = None) -> bool:
    first, last = likely_span(today)
    return first <= on <= last


class UnlikelyDate(DeskError):
    """Dates given for a case outside the span Desk takes without asking (before 2000, more than a year ahead).
    The user may mean them: the front ends ask (the command line's `--confirm-date`, the window's Yes/No
    question) and give the request again with `confirm_dates=True`. `dates`: (what the date is, the date), each
    outside the span, as the request names them."""

    def __init__(self, dates: Sequence[tuple[str, date]], today: date) -> None:
        self.dates = tuple(dates)
        self.first, self.last = likely_span(today)
        super().__init__(self._sentence())

    def too_early(self, on: date) -> bool:
        return on < self.first

    def _sentence(self) -> str:
        if len(self.dates) == 1:
            what, on = self.dates[0]
            return words.tr("{0} {1}: if it is right, give --confirm-date to keep it").format(
                what, outside_span(on, self.first, self.last)
            )
        listed = [f"{what} {on.isoformat()}" for what, on in self.dates]
        return words.tr(
            "{0} and {1} are outside the dates Desk takes without asking ({2} to {3}): if they are right, give "
            "--confirm-date to keep them"
        ).format(", ".join(listed[:-1]), listed[-1], self.first.isoformat(), self.last.isoformat())


def outside_span(on: date, first: date, last: date) -> str:
    """`1970-01-01 is before 2000-01-01, outside the dates Desk takes without asking (2000-01-01 to 2027-12-07)`."""
    if on < first:
        return words.tr("{0} is before {1}, outside the dates Desk takes without asking ({1} to {2})").format(
            on.isoformat(), first.isoformat(), last.isoformat()
        )
    return words.tr("{0} is more than a year ahead, outside the dates Desk takes without asking ({1} to {2})").format(
        on.isoformat(), first.isoformat(), last.isoformat()
    )


def check_likely(dates: Iterable[tuple[str, date | None]], *, confirmed: bool, today: date | None = None) -> None:
    """Refuse, with `UnlikelyDate` naming each, the given dates outside the span Desk takes without asking, unless
    the user `confirmed` them. (what the date is, the date): None is no date given."""
    if confirmed:
        return
    today = today or date.today()
    outside = [(what, on) for what, on in dates if on is not None and not is_likely(on, today)]
    if outside:
        raise UnlikelyDate(outside, today)

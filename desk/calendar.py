"""Working days per country: weekends, public holidays and make-up working days.

The tables come from the `holidays` library, which knows China's make-up working days (调休): a Saturday or Sunday
the government declares a working day in exchange for a longer holiday. Years a government has not announced yet
hold the library's estimate of the holidays and no make-up days.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale

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
        with self._lock:
            return self._table.get_nth_working_day(start, n)

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

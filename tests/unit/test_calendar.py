"""Working days. China's 2026 dates are the State Council's schedule (published November 2025), and the library's."""

import subprocess
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.calendar import add_working_days, count_working_days, working_calendar


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# --- China 2026 ----------------------------------------------------------------------------------------------------


def test_china_national_day_2026() -> None:
    cn = working_calendar("CN")
    # Oct 1-7 off; Sun Sep 20 and Sat Oct 10 are the make-up working days.
    assert not any(cn.is_working_day(d) for d in days(date(2026, 10, 1), date(2026, 10, 7)))
    assert cn.is_working_day(date(2026, 9, 20))
    assert cn.is_working_day(date(2026, 10, 10))
    assert cn.is_working_day(date(2026, 10, 8)) and cn.is_working_day(date(2026, 10, 9))
    assert not cn.is_working_day(date(2026, 10, 11))  # a plain Sunday
    # Mid-Autumn is its own holiday this year: Fri Sep 25 off, then the weekend.
    late_september = [cn.is_working_day(d) for d in days(date(2026, 9, 24), date(2026, 9, 28))]
    assert late_september == [True, False, False, False, True]
    assert cn.holiday_name(date(2026, 10, 1)) == "National Day"
    assert cn.holiday_name(date(2026, 10, 10)) is None  # a make-up day is not a holiday


def test_china_make_up_days_around_national_day_are_exactly_these() -> None:
    cn = working_calendar("CN")
    weekend = [d for d in days(date(2026, 9, 1), date(2026, 10, 31)) if d.weekday() >= 5]
    assert [d for d in weekend if cn.is_working_day(d)] == [date(2026, 9, 20), date(2026, 10, 10)]


def test_china_spring_festival_2026() -> None:
    cn = working_calendar("CN")
    # Feb 15 (Sun) to Feb 23 (Mon) off, nine days; Sat Feb 14 and Sat Feb 28 are working days.
    assert not any(cn.is_working_day(d) for d in days(date(2026, 2, 15), date(2026, 2, 23)))
    assert cn.is_working_day(date(2026, 2, 13))
    assert cn.is_working_day(date(2026, 2, 14))
    assert all(cn.is_working_day(d) for d in days(date(2026, 2, 24), date(2026, 2, 28)))
    assert not cn.is_working_day(date(2026, 3, 1))
    assert cn.holiday_name(date(2026, 2, 17)) == "Chinese New Year (Spring Festival)"


def test_china_new_year_2026() -> None:
    cn = working_calendar("CN")
    # Jan 1-3 off, Sun Jan 4 worked.
    new_year = [cn.is_working_day(d) for d in days(date(2025, 12, 31), date(2026, 1, 5))]
    assert new_year == [True, False, False, False, True, True]


# --- plain weeks elsewhere -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["US", "DE"])
def test_a_plain_week(country: str) -> None:
    calendar = working_calendar(country)
    week = days(date(2026, 3, 9), date(2026, 3, 15))  # Monday to Sunday, no holidays in either country
    assert [calendar.is_working_day(d) for d in week] == [True] * 5 + [False] * 2
    assert all(calendar.holiday_name(d) is None for d in week)


def test_us_and_german_holidays() -> None:
    us, de = working_calendar("US"), working_calendar("DE")
    assert not us.is_working_day(date(2026, 7, 3))  # July 4th is a Saturday: observed on Friday
    assert not us.is_working_day(date(2026, 11, 26))  # Thanksgiving
    assert not de.is_working_day(date(2026, 4, 3)) and not de.is_working_day(date(2026, 4, 6))  # Easter
    assert de.holiday_name(date(2026, 10, 3)) == "German Unity Day"
    assert de.is_working_day(date(2026, 10, 5))  # on a Saturday, and Germany does not move it


def test_subdivisions_have_their_own_holidays() -> None:
    assert working_calendar("DE").is_working_day(date(2026, 1, 6))
    assert not working_calendar("DE", "BY").is_working_day(date(2026, 1, 6))  # Epiphany in Bavaria


# --- add_working_days and count_working_days -----------------------------------------------------------------------


def test_add_working_days_across_national_day() -> None:
    # Sep 30 (Wed) + 3: Oct 8, Oct 9, then the make-up Saturday Oct 10.
    assert add_working_days(date(2026, 9, 30), 3, "CN") == date(2026, 10, 10)
    assert add_working_days(date(2026, 9, 30), 4, "CN") == date(2026, 10, 12)
    assert add_working_days(date(2026, 9, 30), 3, "US") == date(2026, 10, 5)


def test_add_working_days_across_a_year_end() -> None:
    assert add_working_days(date(2025, 12, 30), 3, "CN") == date(2026, 1, 5)  # Dec 31, Sun Jan 4, Jan 5
    assert add_working_days(date(2026, 12, 31), 1, "US") == date(2027, 1, 4)
    assert add_working_days(date(2026, 1, 5), -2, "CN") == date(2025, 12, 31)  # back over Jan 4, a Sunday worked
    assert add_working_days(date(2026, 1, 4), -1, "CN") == date(2025, 12, 31)


def test_add_zero_working_days() -> None:
    cn = working_calendar("CN")
    assert cn.add_working_days(date(2026, 9, 30), 0) == date(2026, 9, 30)  # a working day stays
    assert cn.add_working_days(date(2026, 10, 3), 0) == date(2026, 10, 8)  # a holiday moves on
    assert cn.add_working_days(date(2026, 10, 10), 0) == date(2026, 10, 10)  # a make-up Saturday stays


def test_add_negative_working_days() -> None:
    cn = working_calendar("CN")
    assert cn.add_working_days(date(2026, 10, 8), -1) == date(2026, 9, 30)
    assert cn.add_working_days(date(2026, 10, 12), -1) == date(2026, 10, 10)
    assert cn.add_working_days(date(2026, 2, 24), -2) == date(2026, 2, 13)
    assert cn.add_working_days(date(2026, 10, 3), -1) == date(2026, 9, 30)


def test_count_working_days_is_half_open() -> None:
    cn = working_calendar("CN")
    assert cn.count_working_days(date(2026, 9, 30), date(2026, 10, 7)) == 0
    assert cn.count_working_days(date(2026, 9, 30), date(2026, 10, 12)) == 4  # Oct 8, 9, 10, 12
    assert cn.count_working_days(date(2026, 9, 29), date(2026, 9, 30)) == 1
    assert cn.count_working_days(date(2026, 9, 30), date(2026, 9, 30)) == 0
    assert cn.count_working_days(date(2026, 10, 12), date(2026, 9, 30)) == 0
    assert count_working_days(date(2026, 3, 6), date(2026, 3, 13), "US") == 5


dates = st.dates(date(2024, 1, 1), date(2026, 12, 31))


@given(dates, st.integers(1, 40), st.sampled_from(["CN", "US"]))
def test_count_undoes_add(start: date, n: int, country: str) -> None:
    end = add_working_days(start, n, country)
    assert end > start
    assert working_calendar(country).is_working_day(end)
    assert count_working_days(start, end, country) == n


@given(dates, st.integers(1, 40), st.sampled_from(["CN", "US"]))
def test_going_back_returns_to_a_working_start(start: date, n: int, country: str) -> None:
    start = add_working_days(start, 0, country)
    assert add_working_days(add_working_days(start, n, country), -n, country) == start


# --- construction --------------------------------------------------------------------------------------------------


def test_calendars_are_cached_per_country_and_subdivision() -> None:
    assert working_calendar("cn") is working_calendar("CN")
    assert working_calendar("DE", "BY") is not working_calendar("DE")


def test_unknown_country_or_subdivision() -> None:
    with pytest.raises(ValueError, match="'XX'"):
        working_calendar("XX")
    with pytest.raises(ValueError, match="'DE-ZZ'"):
        working_calendar("DE", "ZZ")


def test_importing_the_module_does_not_load_holidays() -> None:
    code = "import sys, desk.calendar; sys.exit('holidays' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_a_country_is_loaded_alone_not_with_the_libraries_other_countries() -> None:
    code = (
        "import sys; from datetime import date; from desk.calendar import working_calendar; "
        "print(working_calendar('CN').add_working_days(date(2026, 9, 30), 3)); "
        "print(sorted(m for m in sys.modules if m.startswith('holidays.countries.')))"
    )
    day, loaded = _run(code).splitlines()
    assert day == "2026-10-10"  # National Day's week and its make-up Saturday, as in the shared process
    assert loaded == "['holidays.countries.china']"


def test_every_country_of_the_library_loads_on_its_own() -> None:
    """Each country module loaded without its package's __init__ having run, as Desk loads them: none of them needs
    it (several import another country, e.g. Åland Finland's)."""
    code = (
        "import sys; from datetime import date; from holidays.registry import EntityLoader; "
        "from desk.calendar import working_calendar; "
        "codes = list(EntityLoader.get_country_codes(include_aliases=False)); "
        "worked = sum(isinstance(working_calendar(c).is_working_day(date(2026, 5, 1)), bool) for c in codes); "
        "print(worked, len(codes), hasattr(sys.modules['holidays.countries'], 'China'))"
    )
    worked, known, package_ran = _run(code).split()
    assert int(known) > 200 and worked == known
    assert package_ran == "False"  # they were loaded one by one, not by the package

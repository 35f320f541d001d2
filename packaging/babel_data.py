"""Babel's locale data as the built app ships it: every locale, without the parts of CLDR that Desk never reads.

Babel keeps one pickle per locale (1,084 of them, 32 MB): the largest parts are the names of units, time zones,
languages and scripts, which Desk never shows. Desk reads Babel in five modules only (money, calendar, the window's
locale text, the letters' languages and the month names an import reads dates by): dates, times, numbers, money
amounts with their ISO code, country names, and month and weekday names. Dropping the unread parts leaves about
5 MB, and keeps every locale, so a user's system locale is written as before. `tests/unit/test_babel_data.py`
checks that each of those modules writes the same with this data as with Babel's own, in every locale, and that no
other module reads Babel."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

# Top-level keys of a locale's data that no call Desk makes reads (babel.numbers, babel.dates and Locale.territories
# read none of them). Each is a name table or a pattern set for a feature Desk does not use. Currency names stay,
# though Desk never shows one: format_currency looks the name up for every amount, shown or not.
UNREAD = frozenset(
    {
        "unit_patterns",  # "3 kilograms": format_unit
        "compound_unit_patterns",
        "unit_display_names",
        "meta_zones",  # time zone names: get_timezone_name, and "z"/"v" in a pattern, which Desk's never have
        "time_zones",
        "languages",  # "German": Locale.display_name, get_language_name
        "scripts",
        "variants",
        "date_fields",  # "in 3 days": format_timedelta
        "compact_decimal_formats",  # "1.2K": format_compact_decimal
        "compact_currency_formats",
        "interval_formats",  # "3–5 May": format_interval
        "datetime_skeletons",  # format_skeleton
    }
)


def locale_data_dir() -> Path:
    import babel

    return Path(babel.__file__).parent / "locale-data"


def write_trimmed(target: Path) -> Path:
    """Babel's locale data without the UNREAD parts, into `target` (emptied first); returns `target`."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for source in sorted(locale_data_dir().glob("*.dat")):
        with source.open("rb") as file:
            data = pickle.load(file)  # Babel's own files, read as Babel reads them
        trimmed = {key: value for key, value in data.items() if key not in UNREAD}
        (target / source.name).write_bytes(pickle.dumps(trimmed, protocol=pickle.HIGHEST_PROTOCOL))
    return target

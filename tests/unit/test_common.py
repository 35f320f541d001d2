"""desk.common: one way to write a size for people."""

from __future__ import annotations

import pytest

from desk.common import format_size


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (999, "999 bytes"),
        (1000, "1 KB"),
        (1500, "1.5 KB"),
        (830_000, "830 KB"),
        (999_949, "999.9 KB"),
        (999_960, "1 MB"),  # rounded up into the next unit, never "1,000 KB"
        (9_812_345, "9.8 MB"),
        (10_000_000, "10 MB"),  # a limit reads as the provider says it
        (2_048_000_000, "2 GB"),
        (1_234_000_000_000, "1.2 TB"),
        (5_000_000_000_000_000, "5,000 TB"),
    ],
)
def test_a_size_reads_in_units_of_1000_with_one_decimal_at_most(size: int, shown: str) -> None:
    assert format_size(size) == shown

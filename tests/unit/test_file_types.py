"""A file's type as people say it (issue 12, plain words): the Evidence page and list name types in words and keep
an unnamed type in brackets, never a bare media type."""

from __future__ import annotations

import pytest

from desk.evidence.file_types import file_type_words
from desk.lists.evidence import EVIDENCE
from desk.lists.listing import display


@pytest.mark.parametrize(
    ("media_type", "words"),
    [
        ("application/pdf", "PDF document"),
        ("image/jpeg", "JPEG photo"),
        ("image/png", "PNG image"),
        ("message/rfc822", "e-mail"),
        ("text/plain", "text file"),
        ("IMAGE/JPEG", "JPEG photo"),
        ("image/x-icon", "image (image/x-icon)"),
        ("application/x-7z-compressed", "file (application/x-7z-compressed)"),
    ],
)
def test_a_media_type_reads_as_words(media_type: str, words: str) -> None:
    assert file_type_words(media_type) == words


def test_the_evidence_lists_type_column_reads_as_words() -> None:
    assert display("application/pdf", EVIDENCE.column("type")) == "PDF document"

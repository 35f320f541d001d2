"""The bundle's load file, `loadfile.csv`: one row per evidence file for a review tool (Relativity, DISCO,
Everlaw…), with the field names of the usual delimited load files (BEGBATES, ENDBATES, CUSTODIAN, NATIVEPATH,
SHA256HASH, …), UTF-8 with a byte-order mark, comma-separated, CRLF line ends (RFC 4180).

Paths are relative to the bundle's root, with forward slashes; dates are ISO 8601 in UTC ("Z"), empty where unknown
(a photo that names no time of its own). The Bates columns are empty where the file was never numbered in a packet.
Every cell is quoted, and a file name that starts like a formula is kept as text (`desk.spreadsheets`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath

from desk.reports.bundle_scope import Placed
from desk.spreadsheets import CsvCell, csv_file

NAME = "loadfile.csv"
COLUMNS = (
    "BEGBATES", "ENDBATES", "EXHIBIT", "CASE", "FILENAME", "NATIVEPATH", "FILESIZE", "MIMETYPE", "SHA256HASH",
    "CUSTODIAN", "ADDEDBY", "DATECAPTURED", "DATEADDED", "CONFIDENTIALITY",
)  # fmt: skip
# (first, last) Bates number of an evidence file, where a production numbered it.
BatesOf = Callable[[Placed], tuple[str, str] | None]


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _case(path: str) -> str:
    """ "dispute 12" or "order aliexpress-8179…", from the file's folder in the bundle."""
    folder = PurePosixPath(path).parent
    if folder.name.startswith("dispute-"):
        return f"dispute {folder.name.removeprefix('dispute-')}"
    return f"order {folder.parent.name}"


def load_file(files: Sequence[Placed], custodian: str, bates: BatesOf | None = None) -> bytes:
    rows: list[list[CsvCell]] = []
    for item in files:
        first, last = (bates(item) if bates else None) or ("", "")
        rows.append([
            first, last, item.label, _case(item.path), item.name, item.path, item.size, item.media_type,
            item.sha256, custodian, item.added_by, _when(item.captured_at), _when(item.added_at),
            "Internal - counsel only" if item.internal else "",
        ])  # fmt: skip
    return csv_file(COLUMNS, rows)

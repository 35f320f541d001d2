"""The bundle for our lawyer (`desk export`, File → Export for Lawyer…): one .zip with README.txt, summary.pdf, a load
file for a review tool (`bundle_loadfile`), the tables as CSV and XLSX, the original evidence files under readable
names, manifest.json with the sha256 and size of every other file, and, where the keyring holds the folder's key,
the manifest's detached signature and the public key (`bundle_signature`); `check_bundle` checks a bundle against its
manifest and the manifest against its signature (`desk verify-bundle`), after `bundle_manifest` found nothing in it
to refuse.

What the bundle holds (which orders, disputes, refunds; the date range applies to the order's placed date) and
where each evidence file goes is `desk.reports.bundle_scope`. It only reads: its operation
(`desk.operations.bundles.export_bundle`) chooses the scope and gives the exhibits their labels first, then hands
`write_bundle` a way to read, the vault and the scope. The zip is written to a temporary file beside the target and
renamed into place, so a crash or a cancel leaves no half-written bundle. Evidence is streamed from the
vault in chunks and hashed on the way (a vault file that no longer matches its hash stops the export); generated
files are hashed as they are made. JPEGs, PDFs and videos are stored as they are, text is deflated; ZIP64 where a
file or the zip needs it."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk import __version__
from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.disk_sync import sync_file
from desk.errors import DeskError
from desk.files import replace_file
from desk.language import words
from desk.reports.bundle_manifest import MANIFEST, read_manifest, zip_refusals
from desk.reports.bundle_scope import Scope
from desk.reports.bundle_signature import (
    PUBLIC_KEY,
    SIGNATURE,
    check_signature,
    fingerprint,
    public_bytes,
    public_key_text,
    same_fingerprint,
    sign,
)
from desk.reports.target import cannot_write
from desk.vault import Vault

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

CHUNK = 1 << 20
SMALL_MEMBER_LIMIT = 1 << 16  # a signify signature or public key is some 150 bytes
CANCELLED = "export cancelled: no bundle was written"
Reader = Callable[[], AbstractContextManager[Session]]  # `Workspace.read`: a read session for each use
# Progress counts bytes of evidence, and the rest as the bytes that take as long to copy into the zip (measured
# with bench/export.py: evidence ~400 MB/s, a case's two summary steps ~35 ms, the tables ~1 ms an order).
UNITS_PER_CASE_STEP = 7_000_000
UNITS_PER_ORDER_IN_TABLES = 400_000
STORED_TYPES = ("image/", "video/", "audio/")
DEFLATED_TYPES = ("text/", "message/", "application/json", "application/xml", "application/csv")


@dataclass(frozen=True)
class BundleFiles:
    path: Path
    files: int  # files in the zip, manifest excluded
    size: int  # bytes of the zip
    cases: int  # disputes included
    manifest_sha256: str  # of manifest.json: noted, it proves later that a bundle is the one sent
    key_fingerprint: str | None  # of the key that signed the manifest; None: not signed (no keyring)


@dataclass(frozen=True)
class _Entry:
    path: str
    sha256: str
    size: int


class _Meter:
    """Progress in units that only grow, and the cancel check, in one place."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: Cancelled | None, stopped: str = CANCELLED
    ) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled, self.stopped = progress, cancelled, stopped

    def add(self, units: int) -> None:
        stop_if_cancelled(self.cancelled, self.stopped)
        self.done = min(self.done + units, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)


def write_bundle(
    read: Reader,
    vault: Vault,
    scope: Scope,
    out: Path,
    *,
    made_by: str,
    today: date,
    signing_key: Ed25519PrivateKey | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BundleFiles:
    """Write the bundle of `scope` to `out` (its exhibits labelled beforehand). `progress(done, total)` grows to
    total; `cancelled()` true stops it with OperationCancelled, leaving nothing. With `signing_key` the manifest
    is signed (manifest.json.sig, signing-key.pub)."""
    from desk.reports import bundle_tables as tables
    from desk.reports.bates_register import latest_ranges, register_table
    from desk.reports.bundle_chronology import load_extras
    from desk.reports.bundle_loadfile import NAME as LOAD_FILE
    from desk.reports.bundle_loadfile import load_file
    from desk.reports.bundle_scope import load_orders, place_evidence
    from desk.reports.summary_report import shown_orders, summary_pdf

    made_at = datetime.now(UTC)
    with read() as session:
        business = _business(session)
        orders = load_orders(session, scope)
        placement = place_evidence(session, orders, scope)
        _check_vault(vault, placement.files)
        meter = _Meter(
            sum(p.size for p in placement.files)
            + 2 * UNITS_PER_CASE_STEP * len(shown_orders(orders, scope, placement))
            + UNITS_PER_ORDER_IN_TABLES * len(orders),
            progress,
            cancelled,
        )
        meter.add(0)
        extras = load_extras(session, scope)
        pdf = summary_pdf(
            session, scope, orders, placement, extras, made_on=today, made_by=made_by,
            tick=lambda: meter.add(UNITS_PER_CASE_STEP),
        )  # fmt: skip
        made = [
            tables.orders_table(orders, scope),
            tables.disputes_table(orders, scope, placement),
            tables.refunds_table(orders, scope),
            tables.deposits_table(session, scope),
            tables.ledger_table(session, scope),
            register_table(session),
        ]
        numbered = latest_ranges(session)
        meter.add(UNITS_PER_ORDER_IN_TABLES * len(orders))
    counts = (len(orders), len(scope.dispute_ids), len(placement.files))
    public = None if signing_key is None else public_bytes(signing_key)
    key_text = None if public is None else public_key_text(public, business)
    generated = [
        ("README.txt", _readme(business, made_by, scope.describe(), made_at, *counts) + _key_part(public, key_text)),
        ("summary.pdf", pdf),
        (LOAD_FILE, load_file(placement.files, business, lambda placed: numbered.get(placed.evidence_id))),
        *((f"tables/{t.name}.csv", tables.to_csv(t)) for t in made),
        ("tables/tables.xlsx", tables.to_xlsx(made)),
    ]
    stamp = _zip_time(made_at)
    tmp = _temporary_beside(out)
    try:
        with open(tmp, "w+b") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as bundle:
                entries = [_write_bytes(bundle, name, data, stamp) for name, data in generated]
                for item in placement.files:
                    entries.append(_write_evidence(bundle, vault, item, meter))
                manifest = {
                    "made_at": made_at.isoformat(timespec="seconds"),
                    "made_by": made_by,
                    "desk_version": __version__,
                    "files": [{"path": e.path, "sha256": e.sha256, "size": e.size} for e in entries],
                }
                if public is not None:
                    manifest["signing_key_sha256"] = fingerprint(public)
                text = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
                _write_bytes(bundle, MANIFEST, text, stamp)
                if signing_key is not None and key_text is not None:
                    _write_bytes(bundle, SIGNATURE, sign(signing_key, text), stamp)
                    _write_bytes(bundle, PUBLIC_KEY, key_text.encode("utf-8"), stamp)
                meter.add(0)
            raw.flush()
            sync_file(raw.fileno())
        replace_file(tmp, out)  # tried again while a viewer or a scan holds the old file open
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(out, error) from error
        raise
    if progress is not None:
        progress(meter.total, meter.total)
    digest = hashlib.sha256(text).hexdigest()
    found = None if public is None else fingerprint(public)
    return BundleFiles(out, len(entries), out.stat().st_size, len(scope.dispute_ids), digest, found)


def _check_vault(vault: Vault, files: Sequence[Any]) -> None:
    missing = [f for f in files if not vault.has(f.sha256)]
    if missing:
        named = "; ".join(words.tr("evidence {0} ({1})").format(f.evidence_id, f.name) for f in missing[:5])
        if len(missing) > 5:
            named = words.tr("{0} and %n more", "", len(missing) - 5).format(named)
        raise DeskError(
            words.tr("the vault has lost the file of {0}: run `desk verify`; nothing was written").format(named)
        )


def _temporary_beside(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)  # a failure names the folder it could not make
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    except OSError as error:
        raise cannot_write(out, error) from error
    os.close(fd)
    return Path(name)


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """A zip entry's time: UTC (zip keeps no zone), never before 1980, which the format cannot hold."""
    moment = max(moment.astimezone(UTC), datetime(1980, 1, 1, tzinfo=UTC))
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _info(name: str, stamp: tuple[int, int, int, int, int, int], deflate: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16  # rw-r--r-- when unzipped on Unix
    return info


def _write_bytes(bundle: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> _Entry:
    deflate = not name.endswith((".pdf", ".xlsx"))  # both are compressed inside already
    bundle.writestr(_info(name, stamp, deflate), data)  # type: ignore[arg-type]
    return _Entry(name, hashlib.sha256(data).hexdigest(), len(data))


def _deflate(media_type: str) -> bool:
    if media_type.startswith(STORED_TYPES):
        return False
    return media_type.startswith(DEFLATED_TYPES) or media_type.endswith(("+xml", "+json"))


def _write_evidence(bundle: zipfile.ZipFile, vault: Vault, item: Any, meter: _Meter) -> _Entry:
    """Stream one vault file into the zip, hashing it on the way."""
    info = _info(item.path, _zip_time(item.captured), _deflate(item.media_type))
    info.file_size = item.size  # zipfile then adds ZIP64 fields where the size needs them
    digest = hashlib.sha256()
    size = 0
    try:
        source = vault.path_for(item.sha256).open("rb")
    except OSError as error:  # gone since it was checked: a reading problem, not the bundle's
        raise DeskError(
            words.tr(
                "evidence {0} ({1}): its vault file cannot be read ({2}): run `desk verify`; nothing was written"
            ).format(item.evidence_id, item.name, error.strerror or error)
        ) from error
    with source, bundle.open(info, "w") as target:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            target.write(chunk)
            size += len(chunk)
            meter.add(len(chunk))
    if digest.hexdigest() != item.sha256 or size != item.size:
        raise DeskError(
            words.tr(
                "evidence {0} ({1}): its vault file no longer matches its sha256 — run `desk verify`; nothing was "
                "written"
            ).format(item.evidence_id, item.name)
        )
    return _Entry(item.path, item.sha256, size)


def _business(session: Session) -> str:
    from desk.settings import get_str

    return get_str(session, "business_name") or "our business"


def _readme(
    business: str, made_by: str, covers: str, made_at: datetime, orders: int, disputes: int, files: int
) -> bytes:
    text = f"""CASE BUNDLE FOR COUNSEL - {business}

Made on {made_at.strftime("%Y-%m-%d %H:%M")} UTC by {made_by} with Desk {__version__}.
Covers {covers}: {orders} orders, {disputes} disputes, {files} evidence files.

CONFIDENTIAL. This bundle is for our lawyer. It includes internal evidence and our
internal notes, which we never show a supplier or a platform: internal exhibits are
labelled INT-1, INT-2, ... and their file names say "(internal)"; internal notes are
shaded and marked INTERNAL in summary.pdf. What we marked for our staff only is not
included. Please do not forward it to the other side.

WHAT IS INSIDE
  summary.pdf        the cases: each order, its disputes, the statement of facts, a dated
                     chronology whose facts name their exhibits, the index of exhibits with
                     their sha256; money claimed, recovered and outstanding per supplier
  tables/*.csv       orders, disputes, refunds, deposits, ledger (member-account entries),
                     and the Bates register (every packet we made, its page numbers and
                     each exhibit's): UTF-8, comma-separated, a point as the decimal mark,
                     the currency of each amount in its own column
  tables/tables.xlsx the same tables, one sheet each
  evidence/          the original files, byte for byte as we received them:
                     evidence/<platform>-<order number>/dispute-<id>/<exhibit> - <name>
                     and .../order/E<evidence number> - <name> for evidence of an order
                     that is no dispute's exhibit. The exhibit letter is the one the file
                     carries in every packet and letter sent about the dispute.
  loadfile.csv       one row per evidence file for a review tool: Bates range (the numbers
                     of the latest packet that included it; empty where none did), exhibit,
                     case, file name and path in the bundle, size, type, sha256, custodian,
                     who added it, captured and added (ISO 8601, UTC; empty where unknown)
  manifest.json      the sha256 and size of every other file in the bundle
  manifest.json.sig  the signature of manifest.json (Ed25519), and signing-key.pub the public
                     key it was made with, both in the format of OpenBSD's signify

HOW TO CHECK IT
  With Desk:   desk verify-bundle THIS.zip --key "FINGERPRINT"
               (says "intact" or names each altered, missing or added file, checks the
               signature and that it was made with the key of that fingerprint)
  By hand:     unzip, then compare each file's sha256 with its line in manifest.json:
               sha256sum "evidence/..."                      (Linux)
               shasum -a 256 "evidence/..."                  (macOS)
               certutil -hashfile "evidence\\..." SHA256      (Windows)
"""
    return text.replace("\n", "\r\n").encode("utf-8-sig")


def _key_part(public: bytes | None, key_text: str | None) -> bytes:
    if public is None or key_text is None:
        text = """
NOT SIGNED
  This computer had no usable keyring when the bundle was made, so its manifest carries no
  signature: the hashes above show a file was changed only if manifest.json was not changed
  with it. Ask the sender for a signed bundle where that matters.
"""
    else:
        text = f"""  Signature:   signify -V -p signing-key.pub -x manifest.json.sig -m manifest.json
               A valid signature only proves the key's holder signed the manifest: compare
               the key's fingerprint with the one the sender gave you by another way
               (telephone, a letter), not only with the one printed here.

THE SIGNING KEY
  Ed25519 public key (signify format):
    {key_text.splitlines()[1]}
  Fingerprint (sha256 of the key):
    {fingerprint(public)}
"""
    return text.replace("\n", "\r\n").encode("utf-8")


@dataclass(frozen=True)
class BundleCheck:
    files: int  # files the manifest lists (0 when it cannot be read)
    problems: tuple[str, ...]  # one line per file; none when every file is as the manifest says
    manifest_sha256: str | None = None  # None: the bundle has no manifest
    key_fingerprint: str | None = None  # of the key the bundle says signed it; None: none that can be read


def check_bundle(
    path: Path,
    *,
    expected_key: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BundleCheck:
    """What is wrong with the bundle at `path`, one line per file ("…: altered", "…: missing", "…: in the zip but
    not in the manifest"), then whether its manifest is signed, unchanged since, and by the key whose fingerprint
    is `expected_key` where one is given. A bundle whose names lead outside the folder it is unpacked into, that
    holds or lists a name twice, or whose manifest is too large is refused before a file is hashed, one line each
    (`desk.reports.bundle_manifest`). Progress counts the bytes hashed; `cancelled()` stops it with
    OperationCancelled."""
    try:
        bundle = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise DeskError(words.tr("{0}: no such file").format(path)) from None
    except zipfile.BadZipFile:
        raise DeskError(words.tr("{0}: not a zip file").format(path)) from None
    with bundle:
        refused = zip_refusals(bundle)  # before a byte of the manifest is read
        if refused:
            return BundleCheck(0, tuple(refused))
        try:
            manifest, listed = read_manifest(bundle)
        except DeskError as exc:
            return BundleCheck(0, (str(exc),))
        signed = check_signature(manifest, _member(bundle, SIGNATURE), _member(bundle, PUBLIC_KEY))
        problems: list[str] = []
        # each name once: zip_refusals refused a name held twice
        sizes = {info.filename: info.file_size for info in bundle.infolist() if not info.is_dir()}
        total = sum(sizes[item["path"]] for item in listed if item["path"] in sizes)
        meter = _Meter(total, progress, cancelled, f"the check of {path} was cancelled")
        meter.add(0)
        for item in listed:
            name = item["path"]
            if name not in sizes:
                problems.append(f"{name}: missing")
                continue
            found = _hash_member(bundle, name, meter)
            if isinstance(found, str):
                problems.append(f"{name}: altered ({found})")
            elif found != (item["sha256"], item["size"]):
                problems.append(
                    f"{name}: altered (sha256 {found[0]}, {found[1]:,} bytes; "
                    f"the manifest says {item['sha256']}, {item['size']:,} bytes)"
                )
        named = {item["path"] for item in listed} | {MANIFEST, SIGNATURE, PUBLIC_KEY}
        problems += [f"{name}: in the zip but not in the manifest" for name in sizes if name not in named]
    if signed.problem is not None:
        problems.append(signed.problem)
    elif (
        expected_key is not None
        and signed.fingerprint is not None
        and not same_fingerprint(signed.fingerprint, expected_key)
    ):
        problems.append(
            f"{SIGNATURE}: made with the key {signed.fingerprint}, not with the expected key {expected_key}"
        )
    if progress is not None:
        progress(total, total)  # done, even when a missing or unreadable file was not hashed to its end
    digest = hashlib.sha256(manifest).hexdigest()
    return BundleCheck(len(listed), tuple(problems), digest, signed.fingerprint)


def _member(bundle: zipfile.ZipFile, name: str) -> bytes | None:
    """A small member (the signature, the public key), read no further than any of them can be: what is longer is
    no signature or key, and its check says so."""
    try:
        with bundle.open(name) as stream:
            return stream.read(SMALL_MEMBER_LIMIT)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _hash_member(bundle: zipfile.ZipFile, name: str, meter: _Meter) -> tuple[str, int] | str:
    """(sha256, size) of a member, or why it cannot be read (a damaged member fails its CRC check)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with bundle.open(name) as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                meter.add(len(chunk))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return f"cannot be read: {exc}"
    return digest.hexdigest(), size

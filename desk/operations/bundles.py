"""The bundle for our lawyer (`desk export`, File › Export for Lawyer…) and its check (`desk verify-bundle`).

    made = export_bundle(ws, ExportBundle(Path("for-counsel.zip"), date_from=date(2026, 1, 1)), progress=bar)
    verify_bundle(VerifyBundle(made.path)).intact

The export checks its request first (`check_export`: the dates, where the .zip goes), chooses what the bundle holds
from a read, gives the exhibits of its disputes their labels in a write of its own (labels once given are kept, so
the bundle names each exhibit as every packet and letter does), then writes the bundle from reads
(`desk.reports.bundle` only reads). A cancel during the labelling gives none; a cancel or a refusal later writes
no .zip. The manifest is signed with the folder's key, kept in the system's keyring and made in the labels' write
on first use; without a usable keyring the bundle is made unsigned and says so.

Checking a bundle reads a file, not a data folder: `verify_bundle` takes no workspace, but the fingerprint of the
key the signature must have been made with (`own_signing_key` gives this folder's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.common import Cancelled, Progress, stop_if_cancelled
from desk.disputes.exhibits import label_exhibits
from desk.disputes.lifecycle import get_dispute
from desk.evidence.cases import CaseRef
from desk.language import english, words
from desk.operations import Record, Result, changed
from desk.reports.bundle import CANCELLED, check_bundle, write_bundle
from desk.reports.bundle_scope import check_range, select_scope
from desk.reports.bundle_signature import fingerprint, public_bytes, same_fingerprint
from desk.reports.target import check_target
from desk.sealing import bundle_signing_key
from desk.secrets import SecretsUnavailable
from desk.workspace import Workspace


@dataclass(frozen=True)
class ExportBundle:
    out: Path  # the .zip to write
    cases: tuple[CaseRef, ...] = ()  # orders, disputes, refunds; none: every order
    date_from: date | None = None  # only orders placed on or after it
    date_to: date | None = None  # only orders placed on or before it
    today: date | None = None  # the summary's date; None: today


@dataclass(frozen=True, kw_only=True)
class BundleExported(Result):
    path: Path
    files: int  # in the zip, the manifest not counted
    size: int  # bytes of the zip
    cases: int  # disputes included
    manifest_sha256: str
    key_fingerprint: str | None  # of the key that signed the manifest; None: unsigned
    unsigned_because: str | None = None  # why, when unsigned


@dataclass(frozen=True)
class VerifyBundle:
    path: Path  # a .zip made by export_bundle
    expected_key: str | None = None  # the fingerprint the signature's key must have; None: any key


@dataclass(frozen=True, kw_only=True)
class BundleVerified(Result):
    path: Path
    intact: bool
    files: int  # files the manifest lists
    problems: tuple[str, ...]  # one line per altered, missing or added file, or a signature that fails
    manifest_sha256: str | None
    key_fingerprint: str | None  # of the key the bundle says signed it
    key_matches: bool | None  # the signature's key has the expected fingerprint; None: none was expected


def check_export(request: ExportBundle) -> Path:
    """The checks that need no data: the dates' order and where the .zip goes (its path, `~` expanded). The
    Export dialog asks before it starts; `export_bundle` asks again."""
    check_range(request.date_from, request.date_to)
    return check_target(request.out)


def export_bundle(
    ws: Workspace, request: ExportBundle, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BundleExported:
    out = check_export(request)
    with ws.read() as session:
        scope = select_scope(session, request.cases, request.date_from, request.date_to)
    given = 0
    unsigned = None
    with ws.write() as session:  # labels first: once given they are kept, in every packet and bundle
        for dispute_id in sorted(scope.dispute_ids):
            stop_if_cancelled(cancelled, CANCELLED)  # and no label given
            given += label_exhibits(session, get_dispute(session, dispute_id))
        try:
            key = bundle_signing_key(session, create=True)
        except SecretsUnavailable as exc:
            key, unsigned = None, str(exc)
    today = request.today or date.today()
    with english():  # the bundle's words (its summary, tables and manifest) are English whatever the window speaks
        files = write_bundle(
            ws.read, ws.vault, scope, out, made_by=ws.actor, today=today, signing_key=key, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip
    signed = (
        words.tr("The manifest is signed with the key {0}.").format(files.key_fingerprint)
        if files.key_fingerprint
        else words.tr("The manifest is not signed: this computer has no usable keyring.")
    )
    exported = words.tr("Exported {0} files and the manifest (%n dispute(s)) to {1}.", "", files.cases)
    return BundleExported(
        changed=changed(Record.EVIDENCE) if given else frozenset(),
        message=f"{exported.format(files.files, files.path)} {signed}",
        path=files.path,
        files=files.files,
        size=files.size,
        cases=files.cases,
        manifest_sha256=files.manifest_sha256,
        key_fingerprint=files.key_fingerprint,
        unsigned_because=unsigned,
    )


def own_signing_key(ws: Workspace) -> str | None:
    """The fingerprint of the key this folder signs its bundles with; None when it has none yet or there is no
    usable keyring (reads only: the key is made by the first export)."""
    with ws.read() as session:
        try:
            key = bundle_signing_key(session, create=False)
        except SecretsUnavailable:
            return None
    return None if key is None else fingerprint(public_bytes(key))


def verify_bundle(
    request: VerifyBundle, *, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> BundleVerified:
    checked = check_bundle(request.path, expected_key=request.expected_key, progress=progress, cancelled=cancelled)
    intact = not checked.problems
    problems = len(checked.problems)
    return BundleVerified(
        message=(
            words.tr("{0} is intact: {1} files").format(request.path, checked.files)
            if intact
            else words.tr("{0} is not intact: %n problem(s)", "", problems).format(request.path)
        ),
        path=request.path,
        intact=intact,
        files=checked.files,
        problems=checked.problems,
        manifest_sha256=checked.manifest_sha256,
        key_fingerprint=checked.key_fingerprint,
        key_matches=(
            None
            if request.expected_key is None
            else checked.key_fingerprint is not None and same_fingerprint(checked.key_fingerprint, request.expected_key)
        ),
    )

"""Voiding a member account is refused while one of its ledger entries is kept; a voided entry is left out of the
balance, and is restored only into an account that is kept."""

from __future__ import annotations

from desk.errors import DeskError
from desk.models import LedgerEntry, MemberAccount


def account_name(account: MemberAccount) -> str:
    return f"the account {account.name} at {account.provider}"


def void_account(account: MemberAccount) -> None:
    kept = [e for e in account.entries if not e.is_voided]
    if kept:
        raise DeskError(f"{account_name(account)} has {len(kept)} ledger entries: void them first")


def restore_entry(entry: LedgerEntry) -> None:
    if entry.account.is_voided:
        raise DeskError(f"{account_name(entry.account)} is voided: restore it first")

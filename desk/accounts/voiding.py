"""Voiding a member account is refused while one of its ledger entries is kept; a voided entry is left out of the
balance, and is restored only into an account that is kept."""

from __future__ import annotations

from desk.errors import DeskError
from desk.language import words
from desk.models import LedgerEntry, MemberAccount


def account_name(account: MemberAccount) -> str:
    return words.tr("the account {0} at {1}").format(account.name, account.provider)


def void_account(account: MemberAccount) -> None:
    kept = [e for e in account.entries if not e.is_voided]
    if kept:
        raise DeskError(
            words.tr("{0} has %n ledger entries: void them first", "", len(kept)).format(account_name(account))
        )


def restore_entry(entry: LedgerEntry) -> None:
    if entry.account.is_voided:
        raise DeskError(words.tr("{0} is voided: restore it first").format(account_name(entry.account)))

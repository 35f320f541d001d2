"""The Accounts page, the ledger shown under an account, and the account entries shown under the order or
dispute they come from."""

from __future__ import annotations

from sqlalchemy import func, literal, select

from desk.language import QT_TRANSLATE_NOOP
from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import SQL, Kind, ListSpec
from desk.lists.shared import ORDER_KEY, C
from desk.models import LedgerEntry, MemberAccount, Order
from desk.models.accounts import balance_sql, signed_amount_sql


def _accounts() -> SQL:
    balance = balance_sql(MemberAccount.id, MemberAccount.currency)
    entries = select(func.count()).where(LedgerEntry.account_id == MemberAccount.id).scalar_subquery()
    last = select(func.max(LedgerEntry.on_date)).where(LedgerEntry.account_id == MemberAccount.id)
    return select(
        MemberAccount.id,
        MemberAccount.provider.label("provider"),
        MemberAccount.name.label("name"),
        MemberAccount.currency.label("currency"),
        balance.label("balance"),
        MemberAccount.currency.label("balance_currency"),
        entries.label("entries"),
        last.scalar_subquery().label("last_activity"),
    )


ACCOUNTS = ListSpec(
    "accounts",
    QT_TRANSLATE_NOOP("words", "Accounts"),
    (
        C("provider", QT_TRANSLATE_NOOP("words", "Provider"), width=20),
        C("name", QT_TRANSLATE_NOOP("words", "Member"), width=24),
        C("currency", QT_TRANSLATE_NOOP("words", "Currency")),
        C("balance", QT_TRANSLATE_NOOP("words", "Balance"), Kind.MONEY, sortable=False),
        next_deadline_column(),
        C("entries", QT_TRANSLATE_NOOP("words", "Entries"), Kind.INT, sortable=False),
        C("last_activity", QT_TRANSLATE_NOOP("words", "Last activity"), Kind.DATE, sortable=False),
    ),
    _accounts,
    {
        "provider": MemberAccount.provider,
        "name": MemberAccount.name,
        "currency": MemberAccount.currency,
        "next_deadline": next_deadline_sort(lambda found: found.accounts, MemberAccount.id),
    },
    ("provider", False),
    search=(MemberAccount.provider, MemberAccount.name),
    stretch="name",
    computed={"next_deadline": next_deadline_value(lambda found: found.accounts)},
    voidable=MemberAccount,
)


LEDGER = ListSpec(
    "ledger",
    QT_TRANSLATE_NOOP("words", "Ledger"),
    (
        C("on_date", QT_TRANSLATE_NOOP("words", "Date"), Kind.DATE),
        C("kind", QT_TRANSLATE_NOOP("words", "Entry"), Kind.ENUM),
        C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
        C("channel", QT_TRANSLATE_NOOP("words", "Channel"), Kind.ENUM),
        C("status", QT_TRANSLATE_NOOP("words", "Withdrawal"), Kind.ENUM),
        C("order", QT_TRANSLATE_NOOP("words", "Order")),
        C("note", QT_TRANSLATE_NOOP("words", "Note")),
    ),
    lambda: select(
        LedgerEntry.id,
        LedgerEntry.on_date.label("on_date"),
        LedgerEntry.kind.label("kind"),
        signed_amount_sql().label("amount"),
        LedgerEntry.currency.label("amount_currency"),
        LedgerEntry.channel.label("channel"),
        LedgerEntry.withdrawal_status.label("status"),
        ORDER_KEY,
        LedgerEntry.note.label("note"),
    ).outerjoin(Order, Order.id == LedgerEntry.order_id),
    {"on_date": LedgerEntry.on_date, "kind": LedgerEntry.kind},
    ("on_date", True),
    parent=LedgerEntry.account_id,
    voidable=LedgerEntry,
)


def _case_ledger(parent: SQL, name: str) -> ListSpec:
    """A case's entries in member accounts (seed 000: a cost return comes from an order or a claim): shown on the
    order or the dispute it comes from."""
    return ListSpec(
        name,
        QT_TRANSLATE_NOOP("words", "Account entries"),
        (
            C("on_date", QT_TRANSLATE_NOOP("words", "Date"), Kind.DATE),
            C("account", QT_TRANSLATE_NOOP("words", "Account")),
            C("kind", QT_TRANSLATE_NOOP("words", "Entry"), Kind.ENUM),
            C("amount", QT_TRANSLATE_NOOP("words", "Amount"), Kind.MONEY),
            C("note", QT_TRANSLATE_NOOP("words", "Note")),
        ),
        lambda: select(
            LedgerEntry.id,
            LedgerEntry.on_date.label("on_date"),
            (MemberAccount.provider + literal("/") + MemberAccount.name).label("account"),
            LedgerEntry.kind.label("kind"),
            signed_amount_sql().label("amount"),
            LedgerEntry.currency.label("amount_currency"),
            LedgerEntry.note.label("note"),
        ).join(MemberAccount, MemberAccount.id == LedgerEntry.account_id),
        {"on_date": LedgerEntry.on_date, "kind": LedgerEntry.kind},
        ("on_date", True),
        parent=parent,
        voidable=LedgerEntry,
    )


ORDER_LEDGER = _case_ledger(LedgerEntry.order_id, "order_ledger")
DISPUTE_LEDGER = _case_ledger(LedgerEntry.dispute_id, "dispute_ledger")

"""The Accounts page's dialogs for opening a member account, paying an order from one, and cost that came back
to one from an order or a claim (seed 000), through `open_account`, `pay_order_from_account` and `return_cost`.
Each announces what changed; the core's refusals (an order whose status rules the return out, a claim it needs)
are shown in the dialog, which keeps what was typed. OK stays disabled until what the step needs is typed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desk.accounts.balance import label
from desk.accounts.cost_returns import RULES, CostReturnReason
from desk.accounts.ledger import get_account
from desk.models import Dispute, Order
from desk.money import Money
from desk.operations.accounts import (
    OpenAccount,
    PayOrderFromAccount,
    ReturnCost,
    open_account,
    pay_order_from_account,
    return_cost,
)
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.required import unchosen
from desk.workspace import Workspace


class NewAccountDialog(CaseDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a member account"), parent)
        self.workspace = workspace
        self.account_id: int | None = None
        self.provider = QLineEdit()
        self.provider.setToolTip(self.tr("The purchase agent or platform, e.g. Superbuy"))
        self.member = QLineEdit()
        self.member.setToolTip(self.tr("Your member name there"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setToolTip(self.tr("The currency the balance is kept in, e.g. CNY"))
        self.notes = QLineEdit()
        self.form.addRow(self.tr("Agent or platform"), self.provider)
        self.form.addRow(self.tr("Member name"), self.member)
        self.form.addRow(self.tr("Balance kept in"), self.currency)
        said = self.tr("The currency of your balance at the agent, e.g. CNY")
        self.form.addRow("", _hint(said))
        self.form.addRow(self.tr("Notes"), self.notes)
        self.required.need(self.provider, self.tr("the agent or platform"))
        self.required.need(self.member, self.tr("the member name"))
        self.required.need(self.currency, self.tr("the currency"))

    def save(self) -> None:
        name = f"{self.provider.text().strip()}/{self.member.text().strip()}"
        request = OpenAccount(name, self.currency.text().strip().upper(), self.notes.text().strip() or None)
        result = open_account(self.workspace, request)
        self.account_id = result.account_id
        announce(result)


def _hint(text: str) -> QLabel:
    """A grey line under a field saying what to enter in it."""
    hint = QLabel(text)
    hint.setObjectName("countLabel")  # the style's quiet grey
    return hint  # one line: a wrapped label is given room for two in a form


def order_keys(workspace: Workspace) -> dict[str, Money]:
    """Each order as the platform shows it (aliexpress:8177…), newest first, with what was paid for it."""
    with workspace.read() as session:
        return {order.key: order.paid for order in session.scalars(select(Order).order_by(Order.placed_on.desc()))}


def order_field(keys: Iterable[str]) -> QLineEdit:
    """An order typed as the platform shows it (aliexpress:8177…), completed from the folder's orders."""
    field = QLineEdit()
    completer = QCompleter(list(keys), field)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    return field


class _OnAccount(CaseDialog):
    def __init__(self, title: str, workspace: Workspace, account_id: int, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.workspace = workspace
        self.account_id = account_id
        self.entry_id: int | None = None
        with workspace.read() as session:
            account = get_account(session, account_id)
            self.currency = account.currency
            heading = label(account)
        self.form.addRow(self.tr("Account"), QLabel(heading))


class PayOrderDialog(_OnAccount):
    """Pay Order…: an order paid from the account's balance."""

    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pay an order from the account"), workspace, account_id, parent)
        self._paid = order_keys(workspace)
        self.order = order_field(self._paid)
        self.total = QLabel()
        self.total.setObjectName("countLabel")
        self.amount = QLineEdit()
        self.amount.setToolTip(self.tr("In {0} unless you name another currency (200 USD)").format(self.currency))
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        self.form.addRow(self.tr("Order"), self.order)
        self.form.addRow("", self.total)
        self.form.addRow(self.tr("Amount paid"), self.amount)
        self.form.addRow(self.tr("Paid on"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.order.textChanged.connect(self._show_total)
        self.required.need(self.order, self.tr("the order"))
        self.required.need(self.amount, self.tr("the amount"))

    def _show_total(self) -> None:
        paid = self._paid.get(self.order.text().strip())
        self.total.setText("" if paid is None else self.tr("The order cost {0}.").format(paid))

    def save(self) -> None:
        request = PayOrderFromAccount(
            self.account_id,
            self.order.text().strip(),
            to_date(self.on.date()),
            self.amount.text().strip(),
            self.note.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )
        result = pay_order_from_account(self.workspace, request)
        self.entry_id = result.entry_id
        announce(result)


class CostReturnDialog(_OnAccount):
    """Cost Return…: money the agent put back on the balance for an order, or for the claim that settled it."""

    def __init__(self, workspace: Workspace, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cost returned to the account"), workspace, account_id, parent)
        with workspace.read() as session:
            disputes = [
                (d.id, d.order_line.order.key, d.order_line.item)
                for d in session.scalars(select(Dispute).order_by(Dispute.id.desc()))
            ]
        self.reason = QComboBox()
        for reason in CostReturnReason:
            # The core's words (desk.accounts.cost_returns.RULES), translated once marked there as "CostReturnReasons".
            self.reason.addItem(QCoreApplication.translate("words", RULES[reason].written), reason.value)
        unchosen(self.reason, self.tr("Choose why it came back"))  # which one decides whether it is allowed
        self.amount = QLineEdit()
        self.amount.setToolTip(self.tr("In {0} unless you name another currency (200 USD)").format(self.currency))
        self.order = order_field(order_keys(workspace))
        self.dispute = QComboBox()
        self.dispute.addItem(self.tr("No claim"), None)
        for dispute_id, key, item in disputes:
            self.dispute.addItem(self.tr("Dispute {0} · {1} · {2}").format(dispute_id, key, item), dispute_id)
        self.on = date_edit(date.today())
        self.note = QLineEdit()
        hint = QLabel(self.tr("Name the order, the claim that settled it, or both."))
        hint.setObjectName("countLabel")
        self.form.addRow(self.tr("Why"), self.reason)
        self.form.addRow(self.tr("Amount returned"), self.amount)
        self.form.addRow(self.tr("Order"), self.order)
        self.form.addRow(self.tr("Claim"), self.dispute)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("Returned on"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.required.need(self.reason, self.tr("why it came back"))
        self.required.need(self.amount, self.tr("the amount"))
        self.required.also(self._named)
        self.order.textChanged.connect(self.required.update)
        self.dispute.currentIndexChanged.connect(self.required.update)

    def _named(self) -> str | None:
        named = bool(self.order.text().strip()) or self.dispute.currentData() is not None
        return None if named else self.tr("the order or the claim")

    def save(self) -> None:
        request = ReturnCost(
            self.account_id,
            self.amount.text().strip(),
            CostReturnReason(self.reason.currentData()),
            to_date(self.on.date()),
            self.order.text().strip() or None,
            self.dispute.currentData(),
            self.note.text().strip() or None,
            confirm_dates=self.dates_confirmed,
        )
        result = return_cost(self.workspace, request)
        self.entry_id = result.entry_id
        announce(result)

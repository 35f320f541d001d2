"""Recording what arrived on a refund from the GUI (seed 001: each payment method separately)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.models import Refund, RefundPart
from desk.ui.refund_dialogs import ReceiveRefundDialog
from desk.workspace import Workspace


def test_the_dialog_records_one_method_and_refuses_bad_amounts(qtbot: QtBot, demo_workspace: Workspace) -> None:
    with demo_workspace.read() as s:
        part = s.scalars(select(RefundPart).where(RefundPart.received_minor.is_(None))).first()
        assert part is not None
        refund_id, method, expected = part.refund_id, part.method, part.expected_minor
        approved = s.get(Refund, refund_id).approved_on  # type: ignore[union-attr]
    dialog = ReceiveRefundDialog(demo_workspace, refund_id)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(method.value))
    assert dialog.amount.placeholderText() == f"{expected // 100}.{expected % 100:02d}"

    dialog.amount.setText("twelve")
    dialog.accept()
    assert not dialog.error.isHidden() and '"twelve"' in dialog.error.text()

    dialog.amount.setText("")  # empty: what was expected
    arrived = date(approved.year, approved.month, approved.day)  # type: ignore[union-attr]
    dialog.on.setDate(QDate(arrived.year, arrived.month, arrived.day))
    dialog.accept()
    with demo_workspace.read() as s:
        saved = s.get(RefundPart, part.id)
        assert saved is not None and (saved.received_minor, saved.received_on) == (expected, arrived)

"""Preferences › Platform rules (`desk policy list|set|unset`): each rule of a platform in words, with the public
page it comes from, its value and since when, and whether it is in force today; the business's own value from a
date on (Override…), and Remove Override to go back to the shipped rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.common import words
from desk.errors import DeskError
from desk.models import PaymentMethod, Platform
from desk.operations.settings import OverridePolicy, RemovePolicyOverride, override_policy, remove_policy_override
from desk.policies import Rule, load_policies
from desk.policies.view import rules_by_platform
from desk.policies.words import UNDATED, note_words, rule_title, says, source_words, where
from desk.ui.changes import announce
from desk.ui.date_field import date_edit, to_date
from desk.ui.dispute_dialogs import CaseDialog
from desk.ui.locale_text import date_text
from desk.ui.reach import runs
from desk.ui.tr_context import QT_TRANSLATE_NOOP
from desk.ui.tree_widgets import flat_tree, rich_tooltip
from desk.workspace import Workspace

COLUMNS = (
    QT_TRANSLATE_NOOP("RulesTab", "Rule"),
    QT_TRANSLATE_NOOP("RulesTab", "What it says"),
    QT_TRANSLATE_NOOP("RulesTab", "Since"),
    QT_TRANSLATE_NOOP("RulesTab", "Status"),
    QT_TRANSLATE_NOOP("RulesTab", "Where it comes from"),
)
NOT_A_PLATFORM = ("agent", "default")  # shown, but not overridden: they are no platform's


def rule_name(rule: Rule) -> str:
    """`The time for a refund to arrive (Alipay)`."""
    method = f" ({words(PaymentMethod(rule.method))})" if rule.method else ""
    return rule_title(rule.key) + method


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class RulesTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(words(platform), platform.value)
        self.platform.addItem(self.tr("The purchase agent"), "agent")
        self.platform.addItem(self.tr("Desk's general rules (platforms without their own)"), "default")
        self.platform.currentIndexChanged.connect(self.load)
        self.heading = QLabel()
        self.heading.setObjectName("countLabel")
        self.heading.setWordWrap(True)
        self.rules = flat_tree([QCoreApplication.translate("RulesTab", c) for c in COLUMNS], self)
        self.rules.setObjectName("platformRules")
        self.rules.itemSelectionChanged.connect(self._chosen)
        self.rules.itemDoubleClicked.connect(lambda *_: self.override_selected())

        self.override_button = QPushButton(self.tr("Override…"))
        self.override_button.clicked.connect(self.override_selected)
        runs(self.override_button, "settings.override_policy")
        self.remove_button = QPushButton(self.tr("Remove Override…"))
        self.remove_button.clicked.connect(self.remove_selected)
        runs(self.remove_button, "settings.remove_policy_override")
        for button in (self.override_button, self.remove_button):
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Platform:")))
        top.addWidget(self.platform)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules, 1)
        layout.addLayout(buttons)
        self.shown: list[tuple[Rule, bool]] = []
        self.load()

    @property
    def chosen_platform(self) -> str:
        return str(self.platform.currentData())

    def show_platform(self, platform: str) -> None:
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))

    def load(self) -> None:
        platform = self.chosen_platform
        with self.workspace.read() as session:
            policies = load_policies(session)
            listed = rules_by_platform(session, policies, platform, self.today)
        self.shown = sorted(listed.get(platform, []), key=lambda shown: (rule_name(shown[0]), shown[0].effective))
        self.rules.clear()
        for rule, in_force in self.shown:
            self.rules.addTopLevelItem(self._row(rule, in_force))
        for column in range(len(COLUMNS) - 1):
            self.rules.resizeColumnToContents(column)
            self.rules.setColumnWidth(column, min(self.rules.columnWidth(column) + 12, 320))
        if platform in NOT_A_PLATFORM:
            text = self.tr("These rules are no platform's and cannot be overridden: set a case's own deadline instead.")
        else:
            text = self.tr("{0}: rules in grey are not in force today. Override… sets your own value from a date on.")
            text = text.format(where(platform))
        self.heading.setText(text)
        self._chosen()

    def _row(self, rule: Rule, in_force: bool) -> QTreeWidgetItem:
        since = date_text(rule.effective) if rule.effective > UNDATED else self.tr("always")
        status = self.tr("In force") if in_force else self.tr("Not in force")
        if rule.overridden:
            status += self.tr(", your override")
        elif rule.assumption:
            status += self.tr(", Desk's reading")
        row = QTreeWidgetItem([rule_name(rule), _sentence(says(rule)), since, status, _sentence(source_words(rule))])
        note = note_words(rule.note) if rule.note else ""  # the pages by their titles, in the user's language
        tip = "\n".join(t for t in (_sentence(says(rule)), _sentence(source_words(rule)), note) if t)
        for column in range(len(COLUMNS)):
            row.setToolTip(column, rich_tooltip(tip))
        if rule.overridden:
            font = QFont(row.font(0))
            font.setBold(True)
            row.setFont(0, font)
        if not in_force:
            grey = self.palette().brush(QPalette.ColorRole.PlaceholderText)
            for column in range(len(COLUMNS)):
                row.setForeground(column, QBrush(grey))
        return row

    def selected_rule(self) -> Rule | None:
        item = self.rules.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.shown[self.rules.indexOfTopLevelItem(item)][0]

    def _chosen(self) -> None:
        rule = self.selected_rule()
        overridable = self.chosen_platform not in NOT_A_PLATFORM
        self.override_button.setEnabled(rule is not None and overridable)
        self.remove_button.setEnabled(rule is not None and rule.overridden and overridable)

    def override_selected(self) -> bool:
        rule = self.selected_rule()
        if rule is None or self.chosen_platform in NOT_A_PLATFORM:
            return False
        dialog = OverrideDialog(self.workspace, self.chosen_platform, rule, self, today=self.today)
        if dialog.exec() != OverrideDialog.DialogCode.Accepted:
            return False
        self.load()
        return True

    def remove_selected(self) -> bool:
        rule = self.selected_rule()
        if rule is None or not rule.overridden:
            return False
        asked = QMessageBox.question(
            self,
            self.tr("Remove your override"),
            self.tr("Remove your value for “{0}” from {1}? Desk's own rule applies again from that day.").format(
                rule_name(rule), date_text(rule.effective)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return False
        request = RemovePolicyOverride(self.chosen_platform, rule.key, rule.effective, rule.method)
        announce(remove_policy_override(self.workspace, request))
        self.load()
        return True


class OverrideDialog(CaseDialog):
    """The business's own value for one rule of a platform, from a date on. OK once a value is typed."""

    def __init__(self, workspace: Workspace, platform: str, rule: Rule, parent: QWidget | None, *, today: date) -> None:
        super().__init__(self.tr("Override a platform rule"), parent)
        self.workspace = workspace
        self.platform = platform
        self.rule = rule
        self.result_rule: Rule | None = None
        said = QLabel(f"{where(platform)}: {says(rule)}.")
        said.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("days, or a range such as 3-20"))
        unit = rule.unit.replace("_", " ")
        self.effective = date_edit(today)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("the page or message that says so (optional)"))
        self.form.addRow(self.tr("Now:"), said)
        self.form.addRow(self.tr("Your value ({0}):").format(unit), self.value)
        self.form.addRow(self.tr("In force from:"), self.effective)
        self.form.addRow(self.tr("Where you read it:"), self.source)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Override"))
        self.value.textChanged.connect(self._ready)
        self.value.setFocus()
        self._ready()

    def _ready(self) -> None:
        self.ok.setEnabled(bool(self.value.text().strip()))

    def save(self) -> None:
        if not self.value.text().strip():
            raise DeskError(self.tr("Type your value first: a number of days, or a range such as 3-20."))
        request = OverridePolicy(
            self.platform,
            self.rule.key,
            self.value.text(),
            to_date(self.effective.date()),
            source=self.source.text().strip() or None,
            method=self.rule.method,
        )
        done = override_policy(self.workspace, request)
        self.result_rule = done.rule
        announce(done)

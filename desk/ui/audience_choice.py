"""Who may see a note or a file, chosen in plain words ("Our staff only"); the choice is an `Audience`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desk.models.audience import CHOICES, Audience
from desk.ui.tr_context import QT_TRANSLATE_NOOP

TIPS = {
    Audience.EXTERNAL: QT_TRANSLATE_NOOP(
        "AudienceChoice", "It may go into what is sent to the supplier, the platform or a payment provider."
    ),
    Audience.COUNSEL: QT_TRANSLATE_NOOP(
        "AudienceChoice", "Never sent to the other side; our lawyer's packets and bundle show it."
    ),
    Audience.INTERNAL: QT_TRANSLATE_NOOP(
        "AudienceChoice", "Never in any document Desk makes for anybody else, our lawyer's included."
    ),
}


class AudienceChoice(QComboBox):
    def __init__(self, chosen: Audience = Audience.EXTERNAL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for audience, words in CHOICES.items():
            # The words are the core's (desk.models.audience.CHOICES), translated once marked there as "Audiences".
            self.addItem(QCoreApplication.translate("words", words), audience.value)
            tip = QCoreApplication.translate("AudienceChoice", TIPS[audience])
            self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.set_audience(chosen)
        self.currentIndexChanged.connect(self._tip)
        self._tip()

    def audience(self) -> Audience:
        return Audience(self.currentData())

    def set_audience(self, audience: Audience) -> None:
        self.setCurrentIndex(self.findData(audience.value))

    def _tip(self) -> None:
        self.setToolTip(QCoreApplication.translate("AudienceChoice", TIPS[self.audience()]))

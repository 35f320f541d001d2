"""The encoding a CSV file was read in, why, and a combo to read it in another: a row above the Import dialog's
preview. The choices are the encodings that read the file at all (`desk.text_encodings.readable_encodings`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desk.text_encodings import Decoding, encoding_label
from desk.ui.operation_dialog import ALERT_STYLE


class EncodingChoice(QWidget):
    """`chosen(codec)` when the user picks another encoding; the caller reads the file again and calls `show`."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: str | None = None  # the codec the file is shown in
        self.combo = QComboBox()
        self.combo.setObjectName("encoding")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._activated)  # the user's pick only, not `show` filling it
        self.explanation = QLabel()
        self.explanation.setObjectName("encodingExplanation")
        self.explanation.setWordWrap(True)
        label = QLabel(self.tr("Encoding:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(self.explanation, 1)

    def show_decoding(self, decoding: Decoding | None, choices: list[str]) -> None:
        """Show how the file was read, or hide the row for a workbook (which has no encoding)."""
        self.setVisible(decoding is not None)
        self.shown = decoding.codec if decoding is not None else None
        if decoding is None:
            return
        self.combo.clear()
        for codec in [*choices, *([] if decoding.codec in choices else [decoding.codec])]:
            self.combo.addItem(encoding_label(codec), codec)
        self.combo.setCurrentIndex(self.combo.findData(decoding.codec))
        self.explanation.setText(decoding.explanation)
        # Desk is not sure: the user should look at the rows below before importing.
        self.explanation.setStyleSheet("" if decoding.sure else ALERT_STYLE)

    def _activated(self, index: int) -> None:
        codec = str(self.combo.itemData(index))
        if codec != self.shown:
            self.chosen.emit(codec)

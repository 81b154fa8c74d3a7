"""A titled block of label/value rows: one fact group of the person (address, relatives...).

The person's data is read, not edited, so values are plain selectable labels (copy a number
into another system) in a light frame, denser than a group box of form fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.theme import set_role


def value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A title and rows of (label, value); ``set_rows`` replaces the rows.

    ``stacked`` puts each label above its value: for long values (names with dates) in a
    narrow column, where a label beside them would leave too little room.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.title = QLabel(title)
        set_role(self.title, "cardTitle")
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(3)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if stacked
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(self.form)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            if not label:  # a remark such as "none registered", across the whole card
                remark = value_label(value)
                set_role(remark, "muted")
                self.form.addRow(remark)
                continue
            caption = QLabel(label)
            set_role(caption, "muted")
            self.form.addRow(caption, value_label(value))

    def value_texts(self) -> dict[str, str]:
        """Label -> value as shown; what tests and screen readers read."""
        texts: dict[str, str] = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            span = self.form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            remark = span.widget() if span is not None else None
            if isinstance(remark, QLabel):
                texts[""] = remark.text()
                continue
            if label is None or field is None:
                continue
            caption, value = label.widget(), field.widget()
            if isinstance(caption, QLabel) and isinstance(value, QLabel):
                texts[caption.text()] = value.text()
        return texts

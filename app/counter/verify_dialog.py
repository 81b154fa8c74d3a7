"""Uittreksel controleren: scan the QR of a paper uittreksel and see whether it is genuine.

A keyboard-wedge scanner types the code into the field and ends with Enter; staff may also
paste it. The check (``DocumentService.check_uittreksel``) reads the signing key from the
database, so it runs on the database worker. The verdict is big and coloured, and also
written out (never colour alone). For a genuine code the dialog shows what the code signed:
the employee compares it with the paper, since a genuine code glued onto a changed paper is
exactly the forgery the comparison catches. The field empties after each scan, ready for the
next paper; the verdict stays until then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.brp.model import BrpDate
from app.services.documents.uittreksel import UittrekselCheck, UittrekselData
from app.ui import i18n
from app.ui.banner import Banner, BannerKind
from app.ui.ops import Worker, run_op
from app.ui.theme import ERROR, ERROR_BG, SUCCESS, SUCCESS_BG, set_role

from .brp_text import format_brp_date


def _iso_brp_date(value: str) -> BrpDate | None:
    """The signed birth date ('1985-12-01', '1985-12', '1985', '') as a ``BrpDate``."""
    if not value:
        return None
    try:
        return BrpDate(*(int(part) for part in value.split("-")))
    except (TypeError, ValueError):
        return None


class VerifyDialog(QDialog):
    """One field for the scanner, the verdict under it."""

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check uittreksel"))
        self._services = services
        self._principal = principal
        self.check: UittrekselCheck | None = None
        self.heading = QLabel(self.tr("Check an uittreksel BRP"))
        set_role(self.heading, "heading")
        self.hint = QLabel(
            self.tr("Scan the QR code on the uittreksel, or paste its code here and press Enter.")
        )
        self.hint.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setObjectName("verifyScan")
        self.scan.setAccessibleName(self.tr("Scanned code"))
        self.scan.setPlaceholderText(self.tr("Scan the QR code…"))
        self.scan.setClearButtonEnabled(True)
        self.banner = Banner()

        self.verdict_box = self._build_verdict_box()

        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.scan)
        layout.addWidget(self.banner)
        layout.addWidget(self.verdict_box)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.scan.returnPressed.connect(self.on_scanned)
        self.close_button.clicked.connect(self.close)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_verdict_box(self) -> QFrame:
        """The verdict, what it means and, for a genuine code, the data it signed."""
        self.verdict = QLabel()
        self.verdict.setObjectName("verifyVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("verifyExplanation")
        self.explanation.setWordWrap(True)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("reference", self.tr("Reference")),
            ("issued_on", self.tr("Issued on")),
            ("name", self.tr("Name")),
            ("birth_date", self.tr("Birth date")),
            ("address", self.tr("Address")),
            ("purpose", self.tr("Purpose")),
            ("municipality", self.tr("Issued by")),
        ):
            value = QLabel()
            value.setObjectName(f"verify_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            caption = QLabel(label)
            set_role(caption, "caption")
            form.addRow(caption, value)
        box = QFrame()
        box.setObjectName("verifyVerdictBox")
        result_layout = QVBoxLayout(box)
        result_layout.setContentsMargins(16, 14, 16, 14)
        result_layout.setSpacing(10)
        result_layout.addWidget(self.verdict)
        result_layout.addWidget(self.explanation)
        result_layout.addWidget(self.details)
        box.hide()
        return box

    def on_scanned(self) -> None:
        code = self.scan.text().strip()
        # The field is ready for the next paper at once; the verdict replaces the old one.
        self.scan.clear()
        if not code:
            return
        self.banner.show_message(BannerKind.INFO, self.tr("Checking…"))
        services, principal = self._services, self._principal
        run_op(
            self,
            lambda: services.documents.check_uittreksel(principal, code),
            on_success=self.show_check,
            on_failure=self.on_failed,
            worker=Worker.DATABASE,
        )

    def on_failed(self, error: Exception) -> None:
        self.verdict_box.hide()
        self.banner.show_message(BannerKind.ERROR, i18n.error_text(error))

    def show_check(self, check: UittrekselCheck) -> None:
        self.check = check
        self.banner.clear_message()
        if check.genuine and check.data is not None:
            self._show_genuine(check.data)
        else:
            self._show_not_genuine()
        self.verdict_box.show()
        self.adjustSize()  # the genuine verdict's data need room, the other one does not
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_genuine(self, data: UittrekselData) -> None:
        self._colour(SUCCESS, SUCCESS_BG)
        self.verdict.setText("✔ " + self.tr("Genuine and unchanged"))
        self.explanation.setText(
            self.tr(
                "This code was issued by this municipality. Compare the data below with the "
                "paper: they must be the same. If they differ, the paper was changed."
            )
        )
        birth = format_brp_date(_iso_brp_date(data.birth_date))
        values = {
            "reference": data.reference,
            "issued_on": i18n.format_date(data.issued_on),
            "name": data.name or "–",
            "birth_date": birth,
            "address": "\n".join(data.address) or self.tr("no address in the BRP"),
            "purpose": data.purpose,
            "municipality": data.municipality,
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.details.show()
        self.verdict.setAccessibleName(self.verdict.text())

    def _show_not_genuine(self) -> None:
        self._colour(ERROR, ERROR_BG)
        self.verdict.setText("✘ " + self.tr("Not genuine or changed"))
        self.explanation.setText(
            self.tr(
                "This code was not issued by this municipality, or it was changed after it "
                "was printed. Do not accept the paper as an uittreksel BRP. If the resident "
                "needs one, issue a new uittreksel."
            )
        )
        for value in self.fields.values():
            value.setText("")
        self.details.hide()
        self.verdict.setAccessibleName(self.verdict.text())

    def _colour(self, colour: str, background: str) -> None:
        self.verdict_box.setStyleSheet(
            f"QFrame#verifyVerdictBox {{ background: {background}; border: 2px solid {colour};"
            " border-radius: 6px; }"
        )
        self.verdict.setStyleSheet(f"color: {colour}; font-size: 20pt; font-weight: bold;")

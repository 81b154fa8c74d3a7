"""The contacts behind a bar: a dialog with the list the drill-down query returns.

What a contact was, never who: the service hands out no person data here, and the subject of
a confidential contact is replaced by the word "confidential". The list is cut at the service's
limit; the caption then says how many of how many are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services import Services
from app.services.auth import Principal
from app.services.kpi import ContactRow, Drill, DrillResult, KpiFilter
from app.services.text import QT_TRANSLATE_NOOP
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_datetime, translate
from app.ui.labels import kanaal_label, resolution_label
from app.ui.ops import Worker, run_op
from app.ui.theme import set_role

from ..tables import ModelIndex, RowTableModel, make_table

CONFIDENTIAL = QT_TRANSLATE_NOOP("ContactRowModel", "confidential")


def wait_text(seconds: int | None) -> str:
    """'12:05' (minutes:seconds) or '' without a queue visit."""
    if seconds is None:
        return ""
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}"


class ContactRowModel(RowTableModel[ContactRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactRowModel", "Date and time"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Channel"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Subject"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Result"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Location"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Desk"),
        QT_TRANSLATE_NOOP("ContactRowModel", "Wait"),
    )
    SUBJECT = 2
    WAIT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: tuple[ContactRow, ...]) -> None:
        self.replace_rows(rows)

    def column_count(self) -> int:
        return len(self.HEADERS)

    def header(self, section: int) -> str:
        return translate("ContactRowModel", self.HEADERS[section])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(self.row_at(index.row()), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.WAIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and index.column() == self.SUBJECT
            and self.row_at(index.row()).vertrouwelijk
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None


def cell_text(row: ContactRow, column: int) -> str:
    texts: tuple[Callable[[], str], ...] = (
        lambda: format_datetime(row.plaatsgevonden_op),
        lambda: kanaal_label(row.kanaal),
        lambda: translate("ContactRowModel", CONFIDENTIAL) if row.vertrouwelijk else row.onderwerp,
        lambda: resolution_label(row.resolution),
        lambda: row.location or "",
        lambda: row.desk or "",
        lambda: wait_text(row.wait_seconds),
    )
    return texts[column]()


class DrillDialog(QDialog):
    """Lists the contacts of one drill; loads them itself when shown."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        kpi_filter: KpiFilter,
        drill: Drill,
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.kpi_filter = kpi_filter
        self.drill = drill
        self.drill_result: DrillResult | None = None
        self.setWindowTitle(self.tr("Contacts: {what}").format(what=title))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.caption = QLabel(self.tr("Loading…"))
        self.caption.setObjectName("drillCaption")
        self.banner = Banner()
        self.model = ContactRowModel(self)
        self.table = make_table(
            self.model, "drillContacts", self.tr("Contacts"), stretch=(ContactRowModel.SUBJECT,)
        )
        # Our own button text: Qt's standard "Close" would stay English (no qtbase catalogue).
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("drillClose")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560)

    def load(self) -> None:
        services, principal = self._services, self._principal
        kpi_filter, drill = self.kpi_filter, self.drill
        run_op(
            self,
            lambda: services.kpi.contacts(principal, kpi_filter, drill),
            on_success=self.on_loaded,
            on_failure=self.on_failed,
            worker=Worker.REPORTS,
        )

    def on_loaded(self, result: DrillResult) -> None:
        self.drill_result = result
        self.model.set_rows(result.rows)
        shown = len(result.rows)
        if shown < result.total:
            text = self.tr("{shown} of {total} contacts shown (the newest)").format(
                shown=shown, total=result.total
            )
        else:
            text = self.tr("%n contact(s)", "", result.total)
        self.caption.setText(text)

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, error_text(error))

"""The person search bar: BSN, or surname + birth date, or postcode + house number.

Three groups of fields in one row, because the employee knows at a glance what the visitor
handed over (a passport: BSN; a letter: the address; a phone caller: name and birth date).
The group searched is the one last typed in, or the one where Enter was pressed, so a stale
value in another group never changes the question. Messages about the search appear right
under the fields, where the eye is, and the input stays for a correction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import NotFoundError, ValidationError
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, translate
from app.ui.theme import set_invalid, set_role

from .search_query import CONTEXT, Mode, QueryError, build_query, mode_of_field


class PersonSearch(QWidget):
    """Search fields, the search button and the message line.

    Signals:
        search_requested: a complete question was typed; carries the ``Query``.
        cleared: Esc emptied the fields (a second Esc on empty fields closes the person).
        close_requested: Esc on empty fields: the employee is done with this person.
        read_document_requested: "Read document…" (Ctrl+D): identify from the passport or
            identity card instead of typing.
    """

    search_requested = Signal(object)
    cleared = Signal()
    close_requested = Signal()
    read_document_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = Mode.BSN
        self.bsn = self._edit("bsn", self.tr("BSN"), self.tr("9 digits"), 100, fixed=True)
        self.surname = self._edit("surname", self.tr("Surname"), "", 110)
        self.birth_date = self._edit(
            "birth_date", self.tr("Birth date"), self.tr("dd-mm-yyyy"), 100, fixed=True
        )
        self.given_names = self._edit(
            "given_names", self.tr("Given names"), self.tr("optional"), 90
        )
        self.postcode = self._edit(
            "postcode", self.tr("Postcode"), self.tr("1234 AB"), 80, fixed=True
        )
        self.house_number = self._edit(
            "house_number", self.tr("House number"), self.tr("12a"), 80, fixed=True
        )
        self.surname.setToolTip(self.tr("Surname, with or without prefix: van den Berg or Berg"))
        self.house_number.setToolTip(
            self.tr("With letter or addition if there is one: 12a, 12-2, 12 bis")
        )
        self.fields: dict[str, QLineEdit] = {
            "bsn": self.bsn,
            "surname": self.surname,
            "birth_date": self.birth_date,
            "given_names": self.given_names,
            "postcode": self.postcode,
            "house_number": self.house_number,
        }
        self.search_button = QPushButton(self.tr("&Look up"))
        self.search_button.setObjectName("searchButton")
        self.search_button.setProperty("primary", True)
        self.search_button.setToolTip(self.tr("Look up the person (Enter). Esc clears."))
        # Placed by the person screen (the tab bar's corner): the row of fields is full.
        self.read_document_button = QPushButton(self.tr("Read document…  (Ctrl+D)"))
        self.read_document_button.setObjectName("readDocumentButton")
        self.read_document_button.setToolTip(
            self.tr("Read the passport or identity card: MRZ and chip (Ctrl+D)")
        )
        self.banner = Banner()
        self.banner.setObjectName("searchMessage")
        self._build_layout()
        self._connect()

    def _edit(
        self, name: str, accessible: str, placeholder: str, width: int, *, fixed: bool = False
    ) -> QLineEdit:
        """A search field; ``fixed`` ones (BSN, date, postcode) do not grow, names do."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(60)
        edit.setMinimumWidth(width)
        if fixed:
            edit.setMaximumWidth(width + 20)
        return edit

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        captions = (
            (self.tr("&BSN"), self.bsn),
            None,
            (self.tr("Surna&me"), self.surname),
            (self.tr("Birth da&te"), self.birth_date),
            (self.tr("G&iven names"), self.given_names),
            None,
            (self.tr("P&ostcode"), self.postcode),
            (self.tr("Hous&e number"), self.house_number),
        )
        for column, item in enumerate(captions):
            if item is None:
                separator = QLabel(self.tr("or"))
                set_role(separator, "muted")
                separator.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(separator, 1, column)
                grid.setColumnMinimumWidth(column, 26)
                continue
            text, edit = item
            caption = QLabel(text)
            caption.setBuddy(edit)
            set_role(caption, "caption")
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            grid.setColumnStretch(column, 1 if edit in (self.surname, self.given_names) else 0)
        grid.addWidget(self.search_button, 1, len(captions))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.banner)

    def _connect(self) -> None:
        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda _t, n=name: self.on_field_edited(n))
            edit.returnPressed.connect(lambda n=name: self.on_return_pressed(n))
        self.search_button.clicked.connect(self.on_search_clicked)
        self.read_document_button.clicked.connect(self.read_document_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.on_escape)

    # -- interaction ------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        """The group the next search uses (``search_query.Mode``)."""
        return self._mode

    def focus_search(self) -> None:
        """Ctrl+F: into the field of the group last used, its text selected for retyping."""
        edit = {
            Mode.BSN: self.bsn,
            Mode.NAME: self.surname,
            Mode.ADDRESS: self.postcode,
        }[self._mode]
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    def on_field_edited(self, name: str) -> None:
        self._mode = mode_of_field(name)
        set_invalid(self.fields[name], None)

    def on_return_pressed(self, name: str) -> None:
        self._mode = mode_of_field(name)
        self.on_search_clicked()

    def on_search_clicked(self) -> None:
        self._clear_marks()
        try:
            query = build_query(self._mode, {n: e.text() for n, e in self.fields.items()})
        except QueryError as error:
            self.point_at(error.field, translate(CONTEXT, error.message))
            return
        self.search_requested.emit(query)

    def on_escape(self) -> None:
        if any(edit.text() for edit in self.fields.values()):
            self.clear()
            self.cleared.emit()
        else:
            self.close_requested.emit()

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()
        self._clear_marks()
        self.banner.clear_message()
        self._mode = Mode.BSN
        self.bsn.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- messages ---------------------------------------------------------------------------

    def show_info(self, text: str) -> None:
        self.banner.show_message(BannerKind.INFO, text)

    def clear_message(self) -> None:
        self.banner.clear_message()

    def show_error(self, error: Exception) -> None:
        """A failed search or open: point at the field, or explain calmly, input kept."""
        message = error_text(error)
        if isinstance(error, ValidationError) and error.field in self.fields:
            self.point_at(error.field, message)
        elif isinstance(error, NotFoundError):
            self.banner.show_message(BannerKind.INFO, message)
        else:
            self.banner.show_message(BannerKind.ERROR, message)

    def point_at(self, field: str, message: str) -> None:
        edit = self.fields.get(field, self.bsn)
        set_invalid(edit, message)
        self.banner.show_message(BannerKind.ERROR, message)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def _clear_marks(self) -> None:
        for edit in self.fields.values():
            set_invalid(edit, None)

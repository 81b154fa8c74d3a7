"""The staff login dialog, shared by the windows staff log in to (counter, host view).

The password check (argon2, a database write for the failed-login counter) runs off the GUI
thread; the dialog stays responsive and shows why a login failed right under the fields. A
window that needs a permission passes it as ``required``: a login that lacks it is refused here,
with the same words the services use, instead of opening a window whose every call is refused.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Permission, Principal
from app.services.errors import PermissionDeniedError
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op
from app.ui.theme import set_role


class LoginDialog(QDialog):
    """Asks for username and password; accepted once a login succeeded.

    ``place`` is the line under the municipality (default: the desk and location from the
    settings). ``required`` is the permission the window after the login needs.

    Signals:
        logged_in: a login succeeded; carries the ``Principal``. ``principal`` holds it too.
    """

    logged_in = Signal(object)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        place: str | None = None,
        required: Permission | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._required = required
        self.principal: Principal | None = None
        settings = services.settings
        self.setWindowTitle(self.tr("StadsPunt – log in"))
        self.setMinimumWidth(420)

        heading = QLabel(settings.municipality)
        set_role(heading, "heading")
        place_label = QLabel(
            place if place is not None else f"{settings.desk} · {settings.location}"
        )
        set_role(place_label, "muted")

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Username"), self.username), self.username)
        form.addRow(self._label(self.tr("&Password"), self.password), self.password)

        self.banner = Banner()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.login_button.setProperty("primary", True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.on_login_requested)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(place_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def on_login_requested(self) -> None:
        if not self.login_button.isEnabled():
            return  # Enter pressed while the start-up check or a login is still running
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.banner.show_message(
                BannerKind.ERROR, self.tr("Fill in your username and password.")
            )
            (self.password if username else self.username).setFocus()
            return
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Logging in…"))
        auth = self._services.auth
        run_op(
            self,
            lambda: auth.login(username, password),
            on_success=self.on_login_succeeded,
            on_failure=self.on_login_failed,
        )

    def set_checking(self, checking: bool) -> None:
        """While the database is being checked at start-up, typing is fine, logging in not yet."""
        self.login_button.setEnabled(not checking)
        if checking:
            self.banner.show_message(BannerKind.INFO, self.tr("Connecting to the database…"))
        else:
            self.banner.clear_message()

    def on_login_succeeded(self, principal: Principal) -> None:
        if self._required is not None and not principal.can(self._required):
            self.on_login_failed(PermissionDeniedError(action=self._required.value))
            return
        self.principal = principal
        self.password.clear()
        self.banner.clear_message()
        self._set_busy(False)
        self.logged_in.emit(principal)
        self.accept()

    def on_login_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.password.clear()
        self.banner.show_message(BannerKind.ERROR, error_text(error))
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not busy)

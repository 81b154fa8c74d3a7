"""The beheerder's editor of one product: fees per year, what to bring, norm, kiosk, active.

Only what the catalogue service can change is editable; name, themes and texts are shown
for orientation. Save (Ctrl+S) checks the input here first (an amount must read as whole
cents, a requirement must fit) so that a mistake saves nothing at all, then runs the changed
parts in one background call: the service makes one transaction (with its audit row) per
part. The service stays the judge: a ``ValidationError`` it raises marks the field it names,
and a ``PermissionDeniedError`` (the role was taken away meanwhile) is shown as such.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.registry.models import Kanaal
from app.services import Services
from app.services.auth import Principal
from app.services.catalogue import (
    MAX_FEE_CENTS,
    MAX_NORM_DAYS,
    MAX_REQUIREMENT_CHARS,
    MAX_REQUIREMENTS,
    ProductDetail,
    format_euro,
)
from app.services.errors import ValidationError
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.labels import kanaal_label, thema_label
from app.ui.ops import run_op
from app.ui.theme import set_invalid, set_role

from .card import value_label
from .catalogue_changes import EditError, ProductChanges, save_changes
from .catalogue_fees import FeeEditor
from .catalogue_money import AmountError, AmountProblem, parse_euro_cents
from .catalogue_requirements import RequirementsEditor


class ProductEditor(QScrollArea):
    """One product's editable parts, Save and Revert.

    Signals:
        saved: changes were stored (or a fee removed); carries the fresh ``ProductDetail``.
    """

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.setWidgetResizable(True)
        self._catalogue = services.catalogue
        self._principal = principal
        self._generation = 0
        self._busy = False
        self.detail: ProductDetail | None = None
        self.title = value_label()
        self.title.setObjectName("productTitle")
        set_role(self.title, "articleTitle")
        self.facts = value_label()
        set_role(self.facts, "muted")
        self.fees = FeeEditor(year)
        self.requirements = RequirementsEditor()
        self.norm = QSpinBox()
        self.norm.setObjectName("service_norm_days")
        self.norm.setRange(0, MAX_NORM_DAYS)
        self.norm.setSuffix(self.tr(" working days"))
        self.norm.setAccessibleName(self.tr("Service norm"))
        self.norm.setMinimumWidth(170)
        self.norm.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kiosk = QCheckBox(self.tr("Offered at the &kiosk"))
        self.kiosk.setObjectName("kiosk")
        self.active = QCheckBox(self.tr("A&ctive: can be chosen for contacts"))
        self.active.setObjectName("active")
        self.banner = Banner()
        self.banner.setObjectName("catalogueMessage")
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveProduct")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self._fields: dict[str, QWidget] = {
            "year": self.fees.year,
            "variant": self.fees.variant,
            "amount_cents": self.fees.amount,
            "requirements": self.requirements.list,
            "service_norm_days": self.norm,
        }
        self._build_layout()
        self._connect()
        self.show_detail(None)

    def _build_layout(self) -> None:
        fee_box = QGroupBox(self.tr("Fees per year"))
        QVBoxLayout(fee_box).addWidget(self.fees)
        bring_box = QGroupBox(self.tr("What to bring"))
        QVBoxLayout(bring_box).addWidget(self.requirements)
        service_box = QGroupBox(self.tr("Service"))
        form = QFormLayout(service_box)
        norm_label = QLabel(self.tr("Service &norm"))
        norm_label.setBuddy(self.norm)
        form.addRow(norm_label, self.norm)
        form.addRow(self.kiosk)
        form.addRow(self.active)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        left = QVBoxLayout()
        left.addWidget(fee_box)
        left.addWidget(service_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(bring_box, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(columns)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch(1)  # message and Save stay right under the fields, where the eye is
        self.setWidget(content)
        self.parts: tuple[QWidget, ...] = (fee_box, bring_box, service_box)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.on_save_requested)
        self.revert_button.clicked.connect(self.on_revert_requested)
        self.fees.year_changed.connect(self.on_year_changed)
        self.fees.remove_requested.connect(self.on_remove_fee_requested)
        for signal in (self.fees.changed, self.requirements.changed):
            signal.connect(self.on_edited)
        self.norm.valueChanged.connect(lambda _v: self.on_edited())
        self.kiosk.toggled.connect(lambda _c: self.on_edited())
        self.active.toggled.connect(lambda _c: self.on_edited())
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.on_save_requested)

    # -- showing ----------------------------------------------------------------------------

    def load(self, code: str) -> None:
        """Read ``code`` with the fees of the year shown, in the background."""
        self._request(code, self.show_detail)

    def _request(self, code: str, done: Callable[[ProductDetail], None]) -> None:
        self._generation += 1
        generation = self._generation
        catalogue, principal = self._catalogue, self._principal
        on = date(self.fees.shown_year(), 1, 1)

        def deliver(detail: ProductDetail) -> None:
            if generation == self._generation:
                done(detail)

        run_op(
            self,
            lambda: catalogue.get_product(principal, code, on=on),
            on_success=deliver,
            on_failure=lambda error: self._on_failed(generation, error),
        )

    def show_detail(self, detail: ProductDetail | None) -> None:
        """Fill every field from ``detail`` (None: nothing chosen); the edits are gone."""
        self.detail = detail
        for part in self.parts:
            part.setEnabled(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Choose a product in the list"))
            self.facts.clear()
            self._sync_buttons()
            return
        self.title.setText(f"{detail.naam}  ({detail.code})")
        self.facts.setText(self._facts(detail))
        widgets = (self.norm, self.kiosk, self.active, self.requirements)
        for widget in widgets:
            widget.blockSignals(True)
        self.norm.setValue(detail.service_norm_days)
        self.kiosk.setChecked(detail.kiosk)
        self.active.setChecked(detail.active)
        self.requirements.set_lines(detail.requirements)
        for widget in widgets:
            widget.blockSignals(False)
        self.fees.show_fees(detail)
        for field in self._fields.values():
            set_invalid(field, None)
        self._sync_buttons()

    def _facts(self, detail: ProductDetail) -> str:
        parts = [", ".join(thema_label(t) for t in detail.themas)]
        if detail.unit_name:
            parts.append(self.tr("hand-offs go to {unit}").format(unit=detail.unit_name))
        channels = [kanaal_label(k) for k in detail.kanalen if k != Kanaal.KIOSK]
        if channels:
            parts.append(self.tr("channels: {channels}").format(channels=", ".join(channels)))
        text = " · ".join(p for p in parts if p)
        return f"{text}\n{detail.summary}" if detail.summary else text

    @property
    def dirty(self) -> bool:
        """Something was edited that Save would send."""
        detail = self.detail
        if detail is None:
            return False
        return (
            self.fees.has_change()
            or tuple(line.strip() for line in self.requirements.lines() if line.strip())
            != detail.requirements
            or self.norm.value() != detail.service_norm_days
            or self.kiosk.isChecked() != detail.kiosk
            or self.active.isChecked() != detail.active
        )

    def _sync_buttons(self) -> None:
        dirty = self.dirty
        self.save_button.setEnabled(dirty and not self._busy)
        self.revert_button.setEnabled(dirty and not self._busy)

    # -- saving -----------------------------------------------------------------------------

    def changes(self) -> ProductChanges:
        """The edits as service arguments; raises ``EditError`` naming the field."""
        detail = self.detail
        assert detail is not None
        fee = None
        if self.fees.has_change():
            try:
                cents = parse_euro_cents(self.fees.amount.text())
            except AmountError as exc:
                raise EditError(self._amount_message(exc.problem), "amount_cents") from exc
            fee = (self.fees.shown_year(), self.fees.variant_text(), cents)
        lines = tuple(" ".join(line.split()) for line in self.requirements.lines())
        lines = tuple(line for line in lines if line)
        if len(lines) > MAX_REQUIREMENTS:
            raise EditError(
                self.tr("A product can list at most {n} things to bring.").format(
                    n=MAX_REQUIREMENTS
                ),
                "requirements",
            )
        if any(len(line) > MAX_REQUIREMENT_CHARS for line in lines):
            raise EditError(
                self.tr("A line of what to bring is longer than {n} characters.").format(
                    n=MAX_REQUIREMENT_CHARS
                ),
                "requirements",
            )
        return ProductChanges(
            code=detail.code,
            fee=fee,
            requirements=lines if lines != detail.requirements else None,
            norm_days=(
                self.norm.value() if self.norm.value() != detail.service_norm_days else None
            ),
            kiosk=self.kiosk.isChecked() if self.kiosk.isChecked() != detail.kiosk else None,
            active=self.active.isChecked() if self.active.isChecked() != detail.active else None,
        )

    def _amount_message(self, problem: AmountProblem) -> str:
        return {
            AmountProblem.EMPTY: self.tr("Type the amount in euros, like 84,45."),
            AmountProblem.NEGATIVE: self.tr(
                "A fee cannot be negative. Enter 0 for a free product."
            ),
            AmountProblem.TOO_PRECISE: self.tr(
                "Use at most two digits after the comma: 12,34 is twelve euros and 34 cents."
            ),
            AmountProblem.NOT_A_NUMBER: self.tr(
                "Type the amount in euros, like 84,45 or 1.234,50."
            ),
            AmountProblem.TOO_HIGH: self.tr(
                "A fee above {max} is not accepted; check the amount."
            ).format(max=format_euro(MAX_FEE_CENTS)),
        }[problem]

    def on_save_requested(self) -> None:
        if self._busy or self.detail is None:
            return
        for field in self._fields.values():
            set_invalid(field, None)
        try:
            changes = self.changes()
        except EditError as error:
            self._show_error(error.field, error.message)
            return
        if changes.empty:
            self.banner.show_message(BannerKind.INFO, self.tr("Nothing was changed."))
            return
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Saving…"))
        catalogue, principal = self._catalogue, self._principal
        on = date(self.fees.shown_year(), 1, 1)

        run_op(
            self,
            lambda: save_changes(catalogue, principal, changes, on),
            on_success=self.on_saved,
            on_failure=self.on_save_failed,
        )

    def on_saved(self, detail: ProductDetail) -> None:
        self._set_busy(False)
        self.show_detail(detail)
        self.banner.show_message(
            BannerKind.SUCCESS, self.tr("Saved: {name}.").format(name=detail.naam)
        )
        self.saved.emit(detail)

    def on_save_failed(self, error: Exception) -> None:
        self._set_busy(False)
        field = error.field if isinstance(error, ValidationError) else ""
        self._show_error(field, error_text(error))

    def _show_error(self, field: str, message: str) -> None:
        self.banner.show_message(BannerKind.ERROR, message)
        widget = self._fields.get(field)
        if widget is not None:
            set_invalid(widget, message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync_buttons()

    # -- slots ------------------------------------------------------------------------------

    def on_edited(self) -> None:
        for field in self._fields.values():
            set_invalid(field, None)
        self._sync_buttons()

    def on_revert_requested(self) -> None:
        self.show_detail(self.detail)
        self.banner.clear_message()

    def on_year_changed(self, _year: int) -> None:
        """Another year: its fees replace the table; the other edits stay."""
        if self.detail is not None:
            self._request(self.detail.code, self.fees.show_fees)
            self._sync_buttons()

    def on_remove_fee_requested(self, year: int, variant: str) -> None:
        if self.detail is None or self._busy:
            return
        catalogue, principal, code = self._catalogue, self._principal, self.detail.code
        stored = self.fees.stored(variant)
        self._set_busy(True)

        def remove() -> ProductDetail:
            catalogue.remove_fee(principal, code, year=year, variant=variant)
            return catalogue.get_product(principal, code, on=date(year, 1, 1))

        def done(detail: ProductDetail) -> None:
            self._set_busy(False)
            self.fees.show_fees(detail)
            self._sync_buttons()
            self.banner.show_message(
                BannerKind.SUCCESS,
                self.tr("Fee removed: {year} {variant} {amount}. Enter it again to undo.").format(
                    year=year,
                    variant=variant or self.tr("standard"),
                    amount=stored.text if stored is not None else "",
                ),
            )
            self.saved.emit(detail)

        run_op(self, remove, on_success=done, on_failure=self.on_save_failed)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.banner.show_message(BannerKind.ERROR, error_text(error))

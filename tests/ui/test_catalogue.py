"""The beheerder's catalogue view: fees per year in cents, what to bring, norm, kiosk, active."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.counter.catalogue_model import ProductColumn
from app.counter.catalogue_money import AmountError, AmountProblem, parse_euro_cents
from app.counter.catalogue_screen import CatalogueScreen
from app.counter.main_window import CounterWindow
from app.registry.models import AuditRecord
from app.services import Services
from app.services.auth import Principal
from app.services.errors import ValidationError
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui.conftest import TRANSLATIONS, wait_for_ops


@pytest.fixture
def bea(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "bea", "beheerder")


@pytest.fixture
def window(qtbot: QtBot, sqlite_services: Services, bea: Principal) -> CounterWindow:
    win = CounterWindow(sqlite_services, bea, sqlite_services.settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.person_screen.form.product.isEnabled)
    return win


@pytest.fixture
def catalogue(qtbot: QtBot, window: CounterWindow) -> CatalogueScreen:
    window.show_catalogue()
    screen = window.catalogue
    assert screen is not None
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: screen.editor.detail is not None)
    return screen


def _select(qtbot: QtBot, screen: CatalogueScreen, code: str) -> None:
    row = screen.model.row_of(code)
    screen.table.setCurrentIndex(screen.proxy.mapFromSource(screen.model.index(row, 0)))
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: screen.editor.detail is not None and screen.editor.detail.code == code)


def _save(qtbot: QtBot, screen: CatalogueScreen) -> None:
    qtbot.mouseClick(screen.editor.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


def _audit(services: Services, action: str) -> list[AuditRecord]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(AuditRecord).where(
                    AuditRecord.action == action, AuditRecord.subject_type == "product"
                )
            )
        )


def _fee(services: Services, principal: Principal, code: str, year: int, variant: str = "") -> int:
    detail = services.catalogue.get_product(principal, code, on=date(year, 6, 1))
    fee = detail.fee(variant)
    assert fee is not None and fee.year == year
    return fee.amount_cents


class TestVisibility:
    def test_beheerder_gets_the_catalogue_on_ctrl_3(
        self, qtbot: QtBot, window: CounterWindow
    ) -> None:
        assert window.modes.count() == 5  # person, tasks, catalogue, agenda, MI
        assert window.modes.tabText(2) == "Product catalogue  (Ctrl+3)"
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert window.modes.currentWidget() is window.catalogue
        wait_for_ops(qtbot)

    def test_medewerker_has_no_catalogue_view(
        self, qtbot: QtBot, sqlite_services: Services
    ) -> None:
        anna = make_user(sqlite_services, "anna", "medewerker")
        win = CounterWindow(sqlite_services, anna, sqlite_services.settings)
        qtbot.addWidget(win)
        win.show()
        win.activateWindow()
        assert win.modes.count() == 3  # person, tasks, agenda
        assert win.catalogue is None
        assert win.findChildren(CatalogueScreen) == []
        qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert win.modes.currentWidget() is win.person_screen

    def test_refused_by_the_service_is_shown(self, qtbot: QtBot, sqlite_services: Services) -> None:
        # Roles are enforced by the services, not by hiding the tab: shown anyway, it says no.
        anna = make_user(sqlite_services, "anna", "medewerker")
        screen = CatalogueScreen(sqlite_services, anna)
        qtbot.addWidget(screen)
        screen.show()
        wait_for_ops(qtbot)
        assert screen.banner.kind == BannerKind.ERROR
        assert screen.banner.text() == (
            "Your role does not allow this. Ask a teamleider or beheerder."
        )
        assert screen.model.rowCount() == 0

    def test_window_with_catalogue_still_fits_1366x768(self, window: CounterWindow) -> None:
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366
        assert hint.height() <= 700


class TestList:
    def test_name_theme_kiosk_norm_and_this_years_fee(
        self, qtbot: QtBot, catalogue: CatalogueScreen
    ) -> None:
        model = catalogue.model
        row = model.row_of("paspoort")
        cells = [model.index(row, c).data() for c in ProductColumn]
        assert cells == ["Paspoort", "Civil affairs", "no", "5 day(s)", "€ 87,00"]
        assert model.headerData(ProductColumn.FEE, Qt.Orientation.Horizontal) == "Fee 2026"
        uittreksel = model.row_of("uittreksel-brp")
        assert model.index(uittreksel, ProductColumn.KIOSK).data() == "yes"
        assert catalogue.editor.detail is not None  # the first product opens at once

    def test_filter_narrows_by_name(self, qtbot: QtBot, catalogue: CatalogueScreen) -> None:
        qtbot.keyClicks(catalogue.filter, "pas")
        names = [
            catalogue.proxy.index(r, ProductColumn.NAME).data()
            for r in range(catalogue.proxy.rowCount())
        ]
        assert names == ["Paspoort"]


class TestFees:
    def test_beheerder_changes_the_fee_for_2026(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        fees = catalogue.editor.fees
        fees.table.selectRow(0)  # the standard fee, into the entry line
        assert (fees.variant_text(), fees.amount.text()) == ("", "87,00")
        assert not catalogue.editor.save_button.isEnabled()
        fees.amount.selectAll()
        qtbot.keyClicks(fees.amount, "89,45")
        assert catalogue.editor.save_button.isEnabled()
        _save(qtbot, catalogue)
        assert _fee(sqlite_services, bea, "paspoort", 2026) == 8945
        assert _fee(sqlite_services, bea, "paspoort", 2026, "jonger dan 18") == 6300
        [audit] = _audit(sqlite_services, "update_fee")
        assert audit.subject_id == "paspoort"
        assert "8700 -> 8945" in (audit.detail or "")
        assert catalogue.editor.banner.kind == BannerKind.SUCCESS
        qtbot.waitUntil(
            lambda: (
                catalogue.model.index(catalogue.model.row_of("paspoort"), ProductColumn.FEE).data()
                == "€ 89,45"
            )
        )
        assert catalogue.editor.detail is not None
        assert catalogue.editor.detail.code == "paspoort"  # still selected after the refresh

    def test_next_years_fee_entered_ahead(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        fees = catalogue.editor.fees
        fees.year.setValue(2027)
        wait_for_ops(qtbot)
        assert fees.table.rowCount() == 0
        assert fees.note.text().startswith("No fees entered for 2027")
        fees.variant.setCurrentText("jonger dan 18")
        qtbot.keyClicks(fees.amount, "64")
        _save(qtbot, catalogue)
        assert _fee(sqlite_services, bea, "paspoort", 2027, "jonger dan 18") == 6400
        assert _fee(sqlite_services, bea, "paspoort", 2026, "jonger dan 18") == 6300
        assert fees.table.rowCount() == 1  # 2027 now has this one fee

    @pytest.mark.parametrize(
        ("typed", "message"),
        [
            ("12,345", "Use at most two digits after the comma"),
            ("-1", "A fee cannot be negative"),
            ("twaalf", "Type the amount in euros"),
            ("100.000,01", "A fee above € 100.000,00 is not accepted"),
        ],
    )
    def test_invalid_fee_is_pointed_at_and_nothing_is_saved(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
        *,
        typed: str,
        message: str,
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        editor = catalogue.editor
        editor.norm.setValue(7)  # a valid change beside the wrong one: not saved either
        qtbot.keyClicks(editor.fees.amount, typed)
        _save(qtbot, catalogue)
        assert editor.fees.amount.property("invalid") is True
        assert editor.fees.amount.toolTip().startswith(message)
        assert editor.banner.kind == BannerKind.ERROR
        assert editor.banner.text().startswith(message)
        assert editor.fees.amount.text() == typed  # kept for a correction
        with sqlite_services.db.read() as session:
            changes = select(AuditRecord).where(AuditRecord.subject_type == "product")
            assert session.scalars(changes).all() == []
        detail = sqlite_services.catalogue.get_product(bea, "paspoort")
        assert detail.service_norm_days == 5
        assert _fee(sqlite_services, bea, "paspoort", 2026) == 8700
        qtbot.keyClick(editor.fees.amount, Qt.Key.Key_Backspace)  # editing clears the mark
        assert not editor.fees.amount.property("invalid")

    def test_remove_a_fee(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        fees = catalogue.editor.fees
        row = next(r for r in range(fees.table.rowCount()) if fees._variant_at(r) == "spoedtoeslag")
        fees.table.selectRow(row)
        qtbot.mouseClick(fees.remove_button, Qt.MouseButton.LeftButton)
        wait_for_ops(qtbot)
        detail = sqlite_services.catalogue.get_product(bea, "paspoort")
        assert detail.fee("spoedtoeslag") is None
        assert fees.table.rowCount() == 2
        assert len(_audit(sqlite_services, "remove_fee")) == 1


class TestOtherParts:
    def test_requirements_added_removed_and_reordered(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        editor = catalogue.editor
        requirements = editor.requirements
        before = requirements.lines()
        requirements.list.setCurrentRow(1)
        requirements.move_line(-1)  # the photo first
        requirements.list.setCurrentRow(3)
        qtbot.mouseClick(requirements.remove_button, Qt.MouseButton.LeftButton)
        requirements.list.setCurrentRow(2)
        qtbot.mouseClick(requirements.add_button, Qt.MouseButton.LeftButton)
        requirements.list.currentItem().setText("Het formulier Toestemming minderjarige")
        qtbot.keyClick(requirements.list, Qt.Key.Key_Return)  # end the edit
        expected = (before[1], before[0], before[2], "Het formulier Toestemming minderjarige")
        assert tuple(requirements.lines()) == expected
        _save(qtbot, catalogue)
        assert sqlite_services.catalogue.get_product(bea, "paspoort").requirements == expected
        assert len(_audit(sqlite_services, "update_requirements")) == 1

    def test_norm_kiosk_and_active(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        bea: Principal,
    ) -> None:
        _select(qtbot, catalogue, "rijbewijs")
        editor = catalogue.editor
        editor.norm.setValue(8)
        editor.kiosk.setChecked(True)
        editor.active.setChecked(False)
        _save(qtbot, catalogue)
        detail = sqlite_services.catalogue.get_product(bea, "rijbewijs")
        assert (detail.service_norm_days, detail.kiosk, detail.active) == (8, True, False)
        actions = {
            "update_service_norm",
            "update_kiosk_available",
            "update_active",
        }
        assert all(len(_audit(sqlite_services, a)) == 1 for a in actions)
        row = catalogue.model.row_of("rijbewijs")
        qtbot.waitUntil(
            lambda: catalogue.model.index(row, ProductColumn.NAME).data() == "Rijbewijs (withdrawn)"
        )

    def test_validation_error_of_the_service_marks_its_field(
        self,
        qtbot: QtBot,
        catalogue: CatalogueScreen,
        sqlite_services: Services,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        def refuse(*_args: object, **_kwargs: object) -> None:
            raise ValidationError("Norm refused.", field="service_norm_days")

        monkeypatch.setattr(sqlite_services.catalogue, "set_service_norm", refuse)
        editor = catalogue.editor
        editor.norm.setValue(editor.norm.value() + 1)
        _save(qtbot, catalogue)
        assert editor.norm.property("invalid") is True
        assert editor.banner.text() == "Norm refused."

    def test_another_product_waits_for_save_or_revert(
        self, qtbot: QtBot, catalogue: CatalogueScreen
    ) -> None:
        _select(qtbot, catalogue, "paspoort")
        editor = catalogue.editor
        editor.norm.setValue(9)
        row = catalogue.model.row_of("rijbewijs")
        index = catalogue.proxy.mapFromSource(catalogue.model.index(row, 0))
        catalogue.table.setCurrentIndex(index)
        wait_for_ops(qtbot)
        assert editor.detail is not None and editor.detail.code == "paspoort"
        assert editor.norm.value() == 9
        assert catalogue.banner.text() == "Save or revert the changes to Paspoort first."
        qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
        assert editor.norm.value() == 5
        _select(qtbot, catalogue, "rijbewijs")


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12,34", 1234),
        ("12", 1200),
        ("12,5", 1250),
        ("0", 0),
        ("€ 84,45", 8445),
        ("1.234,56", 123456),
        ("1.234", 123400),
        ("12.34", 1234),
        (" 7,05 ", 705),
        ("100.000,00", 10_000_000),
    ],
)
def test_euro_text_to_whole_cents(text: str, cents: int) -> None:
    assert parse_euro_cents(text) == cents
    assert isinstance(parse_euro_cents(text), int)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", AmountProblem.EMPTY),
        ("12,345", AmountProblem.TOO_PRECISE),
        ("-1", AmountProblem.NEGATIVE),
        ("1,2,3", AmountProblem.NOT_A_NUMBER),
        ("12.3.4", AmountProblem.NOT_A_NUMBER),
        ("1e3", AmountProblem.NOT_A_NUMBER),
        ("100.000,01", AmountProblem.TOO_HIGH),
    ],
)
def test_euro_text_refused(text: str, problem: AmountProblem) -> None:
    with pytest.raises(AmountError) as caught:
        parse_euro_cents(text)
    assert caught.value.problem == problem


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalogue_mnemonics_do_not_collide(language: str) -> None:
    contexts = ("CatalogueScreen", "ProductEditor", "FeeEditor", "RequirementsEditor")
    root = ET.parse(TRANSLATIONS / f"stadspunt_{language}.ts").getroot()  # noqa: S314
    letters: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            match = re.search(r"&(\w)", text)
            if match:
                letter = match.group(1).lower()
                assert letter not in letters, (text, letters.get(letter))
                letters[letter] = text

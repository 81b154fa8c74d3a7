"""The host view against the real services on both databases.

A kiosk speaks through ``services.kiosk_hall`` with its own principal (heartbeat, help), as the
kiosk window does; the host view reads the hall on the database worker and its buttons call
the same service. Each test reads the hall with ``refresh`` and waits for the operation, so no
test depends on the window's timer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.host import labels
from app.host.app import HostStartup
from app.host.rows import KeyedRows
from app.host.window import HostWindow
from app.registry.db import DatabaseUnavailableError
from app.registry.models import Kanaal, Klantcontact
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.device_status import DeviceKind
from app.services.errors import PermissionDeniedError
from app.services.kiosk_hall import HelpReason
from app.ui.login import LoginDialog
from tests.conftest import FakeClock, make_user
from tests.ui.conftest import wait_for_ops

KIOSK = "KIOSK-01"


@pytest.fixture
def host(services: Services) -> Principal:
    return make_user(services, "hanna", "host")


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal(KIOSK)


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """Windows that asked for attention (``QApplication.alert``), instead of the task bar."""
    called: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: called.append(widget))
    return called


@pytest.fixture
def window(qtbot: QtBot, services: Services, host: Principal) -> Iterator[HostWindow]:
    view = HostWindow(services, host, services.settings, sound=False)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    yield view
    view.stop()


def read_hall(qtbot: QtBot, window: HostWindow) -> None:
    window.refresh(force=True)
    wait_for_ops(qtbot)
    assert window.snapshot is not None


def beat(
    services: Services, kiosk: Principal, step: str = "attract", *, session: bool = False
) -> bool:
    """One kiosk heartbeat; True when it carried a host's cancel."""
    started = services.clock() - timedelta(minutes=2) if session else None
    commands = services.kiosk_hall.report_state(
        kiosk, KIOSK, step=step, language="nl", session_started_at=started
    )
    return commands.cancel_session


def test_a_help_request_appears_highlighted_and_alerts(
    qtbot: QtBot,
    services: Services,
    *,
    kiosk: Principal,
    window: HostWindow,
    clock: FakeClock,
    alerts: list[QWidget],
) -> None:
    beat(services, kiosk, "self.paying", session=True)
    read_hall(qtbot, window)
    assert window.help.open_list.rows() == []
    assert not window.alert.isVisible()

    asked = services.kiosk_hall.request_help(kiosk, KIOSK, step="self.paying", waited_seconds=90)
    clock.advance(seconds=65)
    with qtbot.waitSignal(window.help_arrived) as arrived:
        read_hall(qtbot, window)

    assert [r.uuid for r in arrived.args[0]] == [asked.uuid]
    assert alerts == [window]
    row = window.help.row(asked.uuid)
    assert row is not None
    assert row.kiosk.text() == KIOSK
    assert row.reason.text() == "Visitor asks for help"
    assert row.property("kind") == "new"
    assert row.new.isVisibleTo(window)
    assert row.waiting.text() == "1:05"
    row.tick(clock() + timedelta(seconds=10))  # between readings the time counts on
    assert row.waiting.text() == "1:15"
    assert "Self-service: paying by card" in row.detail.text()
    assert window.alert.isVisible()
    assert KIOSK in window.alert.text()
    assert window.windowTitle().startswith("(1) ")
    kiosk_row = window.kiosks.row(KIOSK)
    assert kiosk_row is not None
    assert kiosk_row.help.isVisibleTo(window)

    # Seen once, alerted once: the next reading does not alert again.
    read_hall(qtbot, window)
    assert alerts == [window]


def test_acknowledge_then_resolve_as_a_contact(
    qtbot: QtBot,
    services: Services,
    *,
    kiosk: Principal,
    host: Principal,
    window: HostWindow,
    clock: FakeClock,
    alerts: list[QWidget],
) -> None:
    beat(services, kiosk, "bsn", session=True)
    asked = services.kiosk_hall.request_help(kiosk, KIOSK, step="bsn", waited_seconds=30)
    clock.advance(seconds=40)
    read_hall(qtbot, window)
    row = window.help.row(asked.uuid)
    assert row is not None

    row.ack_button.click()
    wait_for_ops(qtbot)
    (info,) = services.kiosk_hall.help_requests(host)
    assert info.acknowledged_by == host.display_name
    assert info.seconds_to_answer == 40
    assert (
        services.kiosk_hall.report_state(
            kiosk, KIOSK, step="bsn", language="nl", session_started_at=None
        ).help_acknowledged_by
        == host.display_name
    )
    row = window.help.row(asked.uuid)
    assert row is not None
    assert row.property("kind") == "coming"
    assert not row.ack_button.isVisibleTo(window)
    assert "answered after 0:40" in row.detail.text()
    assert not window.alert.isVisible()

    clock.advance(minutes=3)
    row.resolve_button.click()
    dialog = window.help.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.note.setPlainText("Uitgelegd waar het BSN staat.")
    dialog.register.setChecked(True)
    dialog.done_button.click()
    wait_for_ops(qtbot)

    (info,) = services.kiosk_hall.help_requests(host, resolved_since=clock() - timedelta(hours=1))
    assert not info.open
    assert info.resolved_by == host.display_name
    assert info.contact_uuid is not None
    with services.db.read() as session:
        contact = session.get(Klantcontact, info.contact_uuid)
        assert contact is not None
        assert contact.kanaal == Kanaal.KIOSK
        assert contact.inhoud == "Uitgelegd waar het BSN staat."
        assert contact.registered_by_actor_uuid == host.actor_uuid
    assert window.help.row(asked.uuid) is None
    resolved = window.help.resolved_list.row(asked.uuid)
    assert resolved is not None
    assert "answered after 0:40" in resolved.text.text()
    assert "registered as a contact" in resolved.text.text()
    assert window.help.banner.text() == f"Help at {KIOSK} done and registered as a contact."


def test_resolve_without_contact_stores_none(
    qtbot: QtBot, services: Services, kiosk: Principal, host: Principal, window: HostWindow
) -> None:
    beat(services, kiosk, "choose", session=True)
    asked = services.kiosk_hall.request_help(
        kiosk, KIOSK, step="self.printing", waited_seconds=0, reason=HelpReason.PRINT_FAILED
    )
    read_hall(qtbot, window)
    row = window.help.row(asked.uuid)
    assert row is not None
    assert row.reason.text() == "Paid document not printed"
    row.resolve_button.click()
    dialog = window.help.dialog
    assert dialog is not None
    assert not dialog.register.isChecked()
    dialog.done_button.click()
    wait_for_ops(qtbot)
    (info,) = services.kiosk_hall.help_requests(
        host, resolved_since=services.clock() - timedelta(minutes=1)
    )
    assert not info.open
    assert info.contact_uuid is None


def test_remote_cancel_reaches_the_next_heartbeat_once(
    qtbot: QtBot, services: Services, kiosk: Principal, window: HostWindow
) -> None:
    beat(services, kiosk, "attract")
    read_hall(qtbot, window)
    row = window.kiosks.row(KIOSK)
    assert row is not None
    assert row.step.text() == "Start screen, free"
    assert not row.end_button.isEnabled()  # no visitor, nothing to end

    beat(services, kiosk, "queues", session=True)
    read_hall(qtbot, window)
    assert row.end_button.isEnabled()
    assert "Session 2:00" in row.detail.text()

    row.end_button.click()
    box = window.kiosks.confirm
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    no = box.findChild(QWidget, "confirmNo")
    assert no is not None
    no.click()  # type: ignore[attr-defined]
    wait_for_ops(qtbot)
    assert beat(services, kiosk, "queues", session=True) is False

    row.end_button.click()
    box = window.kiosks.confirm
    assert box is not None
    yes = box.findChild(QWidget, "confirmYes")
    assert yes is not None
    yes.click()  # type: ignore[attr-defined]
    wait_for_ops(qtbot)
    assert window.kiosks.banner.text().startswith(KIOSK)
    assert beat(services, kiosk, "queues", session=True) is True
    assert beat(services, kiosk, "attract") is False


def test_device_alerts_show_not_ok_devices_only(
    qtbot: QtBot,
    services: Services,
    *,
    kiosk: Principal,
    host: Principal,
    window: HostWindow,
    clock: FakeClock,
) -> None:
    devices = services.device_status
    devices.report(kiosk, KIOSK, DeviceKind.PRINTER, "paper_out", "paper end")
    devices.report(kiosk, KIOSK, DeviceKind.CARD_READER, "idle")
    staff = make_user(services, "anna")
    devices.report(staff, "BALIE-2", DeviceKind.PAYMENT_TERMINAL, "paper_low")
    clock.advance(minutes=5)
    read_hall(qtbot, window)

    panel = window.devices
    assert panel.row(KIOSK, "card_reader") is None
    out = panel.row(KIOSK, "printer")
    low = panel.row("BALIE-2", "payment_terminal")
    assert out is not None
    assert low is not None
    assert panel.list.rows() == [out, low]  # red before amber
    assert out.state.text() == "Out of paper"
    assert out.property("kind") == "alert"
    assert "since 10:30 (5:00)" in out.detail.text()
    assert "paper end" in out.detail.text()
    assert low.state.text() == "Paper low"
    assert low.property("kind") == "warning"
    assert panel.title() == "Device alerts (2)"

    devices.report(kiosk, KIOSK, DeviceKind.PRINTER, "idle")
    read_hall(qtbot, window)
    assert panel.row(KIOSK, "printer") is None


def test_a_kiosk_not_seen_for_a_while_is_offline(
    qtbot: QtBot, services: Services, kiosk: Principal, window: HostWindow, clock: FakeClock
) -> None:
    beat(services, kiosk, "choose", session=True)
    read_hall(qtbot, window)
    row = window.kiosks.row(KIOSK)
    assert row is not None
    assert row.state.text() == "Online"
    assert row.property("kind") == ""

    clock.advance(minutes=2)
    read_hall(qtbot, window)
    assert row.state.text() == "Offline"
    assert row.state.property("kind") == "offline"
    assert row.property("kind") == "alert"
    assert "last seen 10:30 (2:00 ago)" in row.detail.text()
    # A cancel would hit the next visitor when the kiosk comes back.
    assert not row.end_button.isEnabled()

    beat(services, kiosk, "attract")
    read_hall(qtbot, window)
    assert row.state.text() == "Online"


def test_queue_overview(
    qtbot: QtBot, services: Services, kiosk: Principal, window: HostWindow
) -> None:
    staff = make_user(services, "anna")
    queues = services.queue.list_queues(walk_in_only=True)
    first = queues[0]
    services.queue.take_ticket(kiosk, first.code)
    services.queue.take_ticket(kiosk, first.code)
    desk = next(d for d in services.queue.list_desks() if first.code in d.queue_codes)
    services.queue.open_desk(staff, desk.code)
    read_hall(qtbot, window)

    row = window.queues.row(first.code)
    assert row is not None
    assert row.waiting.text() == "2"
    assert "2 waiting" in row.detail.text()
    assert "no desk open" not in row.detail.text()
    assert desk.naam in window.queues.desks.text()
    assert window.queues.title() == "Queues (2 waiting)"
    services.queue.close_desk(staff, desk.code)


def test_refreshes_never_overlap(
    qtbot: QtBot, services: Services, kiosk: Principal, window: HostWindow
) -> None:
    from app.ui import ops

    loaded: list[object] = []
    window.refreshed.connect(loaded.append)
    window.refresh()
    window.refresh()
    window.refresh()
    assert ops.active_count() == 1
    wait_for_ops(qtbot)
    assert len(loaded) == 1
    # A host's own change asks for one more reading after the running one.
    window.refresh()
    window.refresh(force=True)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: len(loaded) == 3)


def test_a_kiosk_cannot_open_the_host_view(
    qtbot: QtBot, services: Services, kiosk: Principal
) -> None:
    with pytest.raises(PermissionDeniedError):
        HostWindow(services, kiosk, services.settings)
    with pytest.raises(PermissionDeniedError):
        services.kiosk_hall.kiosks(kiosk)

    # Every staff role assists visitors: a medewerker opens the view and reads the hall.
    anna = make_user(services, "anna")
    view = HostWindow(services, anna, services.settings, sound=False)
    qtbot.addWidget(view)
    read_hall(qtbot, view)

    login = LoginDialog(services, required=Permission.ASSIST_VISITORS)
    qtbot.addWidget(login)
    with qtbot.assertNotEmitted(login.logged_in):
        login.on_login_succeeded(kiosk)
    assert login.banner.text() == "Your role does not allow this. Ask a teamleider or beheerder."


def test_a_host_logs_in_and_the_window_opens(
    qtbot: QtBot, services: Services, host: Principal
) -> None:
    startup = HostStartup(services, services.settings)
    startup.start()
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    wait_for_ops(qtbot)
    assert login.login_button.isEnabled()
    login.username.setText("hanna")
    login.password.setText("correct-horse")
    login.login_button.click()
    wait_for_ops(qtbot)
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.refresh_timer.isActive()
    assert window.user.text() == host.display_name
    window.stop()


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("attract", "Start screen, free"),
        ("self.paying", "Self-service: paying by card"),
        ("bsn", "Typing the BSN"),
        ("self.something_new", "self.something_new"),
    ],
)
def test_step_labels_name_known_codes_and_show_unknown_ones(
    qtbot: QtBot, code: str, label: str
) -> None:
    assert labels.step_label(code) == label


def test_durations_read_like_a_clock() -> None:
    assert labels.duration_text(0) == "0:00"
    assert labels.duration_text(65.9) == "1:05"
    assert labels.duration_text(3723) == "1:02:03"
    assert labels.duration_text(-5) == "0:00"


def test_rows_are_kept_by_key_when_the_list_changes(qtbot: QtBot) -> None:
    """A refresh must not replace the row under the host's finger."""
    rows: KeyedRows[str, QLabel] = KeyedRows(QLabel("empty"))
    qtbot.addWidget(rows)
    rows.sync(["a", "b", "c"], key=str, make=QLabel, update=QLabel.setText)
    first_a = rows.row("a")
    assert rows.keys() == ["a", "b", "c"]
    assert not rows.empty.isVisibleTo(rows)
    rows.sync(["c", "a"], key=str, make=QLabel, update=QLabel.setText)
    assert rows.keys() == ["c", "a"]
    assert rows.row("a") is first_a
    assert rows.row("b") is None
    rows.sync([], key=str, make=QLabel, update=QLabel.setText)
    assert rows.keys() == []
    assert rows.empty.isVisibleTo(rows)


def test_queue_overview_shows_the_longest_wait(
    qtbot: QtBot, services: Services, kiosk: Principal, window: HostWindow, clock: FakeClock
) -> None:
    first = services.queue.list_queues(walk_in_only=True)[0]
    services.queue.take_ticket(kiosk, first.code)
    clock.advance(minutes=1)
    services.queue.take_ticket(kiosk, first.code)
    clock.advance(minutes=3)
    read_hall(qtbot, window)
    row = window.queues.row(first.code)
    assert row is not None
    assert "longest 4:00" in row.detail.text()


def test_a_failed_reading_keeps_the_last_one_and_says_so(
    qtbot: QtBot,
    services: Services,
    kiosk: Principal,
    window: HostWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    beat(services, kiosk, "choose", session=True)
    read_hall(qtbot, window)
    before = window.snapshot

    def unreachable(_principal: Principal) -> list[object]:
        raise DatabaseUnavailableError("connection refused")

    monkeypatch.setattr(services.device_status, "current", unreachable)
    window.refresh(force=True)
    wait_for_ops(qtbot)
    assert window.snapshot is before
    assert window.kiosks.row(KIOSK) is not None
    assert window.banner.isVisibleTo(window)
    assert "The database cannot be reached" in window.banner.text()

    monkeypatch.undo()
    read_hall(qtbot, window)
    assert window.snapshot is not before
    assert not window.banner.isVisibleTo(window)

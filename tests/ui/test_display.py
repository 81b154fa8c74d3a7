"""The waiting-room display: calls and queues on screen, announced once, through outages.

The window runs its real watcher thread on a SQLite file (the change watcher polls the file's
data version, so ``:memory:`` would not do); calls are made through the services as a desk
would. Announcing is recorded instead of played: there is no audio in offscreen tests.
"""

from __future__ import annotations

import gc
import wave
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from app.display import announce
from app.display.announce import Announcer, speech_text, spoken_number
from app.display.board import CallTracker, board_view
from app.display.chime import RESOURCE_PATH, write_chime
from app.display.watch import BoardWatcher
from app.display.window import DisplayWindow
from app.registry.db import DatabaseUnavailableError
from app.registry.notify import ChangeWatcher, create_watcher
from app.services import Services
from app.services.auth import Principal
from app.services.queue import CallInfo, DisplayBoard, QueueInfo
from tests.conftest import FakeClock, make_user

A, B, C = "BURGERZAKEN", "AFHALEN", "INFORMATIE"


class RecordingVoice:
    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))


class CountingChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


def _at_once(_delay_ms: int, fn: Callable[[], None]) -> None:
    fn()


@pytest.fixture
def voice() -> RecordingVoice:
    return RecordingVoice()


@pytest.fixture
def staff(sqlite_services: Services) -> Principal:
    principal = make_user(sqlite_services, "anna", "medewerker")
    sqlite_services.queue.open_desk(principal, "BALIE-3")
    return principal


@pytest.fixture
def kiosk(sqlite_services: Services) -> Principal:
    return sqlite_services.auth.kiosk_principal("KIOSK-01")


def _display(
    qtbot: QtBot, services: Services, voice: RecordingVoice, **options: object
) -> DisplayWindow:
    window = DisplayWindow(
        services,
        services.settings,
        announcer=Announcer(None, voice, schedule=_at_once),
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None)
    return window


def _take(services: Services, kiosk: Principal, queue: str, language: str = "nl") -> None:
    services.queue.take_ticket(kiosk, queue, language=language)


def test_shows_the_latest_call_and_the_queues(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    for _ in range(3):
        _take(sqlite_services, kiosk, A)
    window = _display(qtbot, sqlite_services, voice)
    assert window.banner.code == ""
    assert window.queue_rows[A].waiting.text() == "3"

    sqlite_services.queue.call_next(staff, "BALIE-3")

    qtbot.waitUntil(lambda: window.banner.code == "A001")
    assert window.banner.desk == "Balie 3"
    assert window.banner.text() == "A001 → Balie 3"
    assert window.queue_rows[A].waiting.text() == "2"
    # Two ahead, 420 s each (the seeded default), one open desk serving the queue.
    assert window.queue_rows[A].estimate.text() == "Wait ± 14 min"
    assert window.queue_rows[B].estimate.text() == "No wait"
    assert window.queue_rows[C].estimate.text() == "No desk open"
    # Only walk-in queues: an appointment ticket is not something to queue for.
    assert list(window.queue_rows) == [A, B, C, "PARKEREN"]


def test_earlier_calls_are_listed_under_the_latest_once_per_ticket(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    queue = sqlite_services.queue
    for _ in range(3):
        _take(sqlite_services, kiosk, A)
    window = _display(qtbot, sqlite_services, voice)
    for _ in range(2):
        queue.call_next(staff, "BALIE-3")
        queue.end_service(staff, "BALIE-3")
    queue.call_next(staff, "BALIE-3")
    queue.recall(staff, "BALIE-3")

    qtbot.waitUntil(lambda: len(voice.said) == 4)
    assert window.banner.code == "A003"
    shown = [code.text() for code, _arrow, _desk in window.previous_rows]
    assert shown[:2] == ["A002", "A001"]
    assert shown[2:] == ["", "", "", ""]


def test_a_new_call_is_announced_once_and_calls_at_start_up_not_at_all(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    queue = sqlite_services.queue
    for _ in range(12):
        _take(sqlite_services, kiosk, A)
    queue.call_next(staff, "BALIE-3")  # on the board before the display starts
    queue.end_service(staff, "BALIE-3")
    window = _display(qtbot, sqlite_services, voice)
    assert window.banner.code == "A001"

    queue.call_next(staff, "BALIE-3")

    qtbot.waitUntil(lambda: window.banner.code == "A002")
    assert voice.said == [("Nummer A 2, naar balie 3", "nl")]
    assert window.banner.highlighted
    # Another change wakes the display again; the call it already announced stays quiet.
    _take(sqlite_services, kiosk, A)
    qtbot.waitUntil(lambda: window.queue_rows[A].waiting.text() == "11")
    assert voice.said == [("Nummer A 2, naar balie 3", "nl")]


def test_speech_follows_the_ticket_language(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    window = _display(qtbot, sqlite_services, voice)
    _take(sqlite_services, kiosk, A, language="en")
    sqlite_services.queue.call_next(staff, "BALIE-3")
    qtbot.waitUntil(lambda: bool(voice.said))
    assert voice.said == [("Number A 1, please go to desk 3", "en")]
    assert window.banner.code == "A001"


def test_a_recall_is_announced_again(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    _take(sqlite_services, kiosk, A)
    window = _display(qtbot, sqlite_services, voice)
    sqlite_services.queue.call_next(staff, "BALIE-3")
    qtbot.waitUntil(lambda: len(voice.said) == 1)

    sqlite_services.queue.recall(staff, "BALIE-3")

    qtbot.waitUntil(lambda: len(voice.said) == 2)
    assert voice.said[1] == ("Nummer A 1, naar balie 3", "nl")
    assert window.banner.code == "A001"


def test_the_board_survives_an_unreachable_database(
    qtbot: QtBot,
    sqlite_services: Services,
    staff: Principal,
    kiosk: Principal,
    voice: RecordingVoice,
) -> None:
    state = {"down": False, "reads": 0}

    def read_board() -> DisplayBoard:
        state["reads"] += 1
        if state["down"]:
            raise DatabaseUnavailableError("connection refused")
        return sqlite_services.queue.display_board(limit=16)

    for _ in range(3):
        _take(sqlite_services, kiosk, A)
    window = _display(qtbot, sqlite_services, voice, read_board=read_board, backoff_seconds=(0.05,))
    sqlite_services.queue.call_next(staff, "BALIE-3")
    qtbot.waitUntil(lambda: window.banner.code == "A001")

    state["down"] = True
    sqlite_services.queue.end_service(staff, "BALIE-3")
    sqlite_services.queue.call_next(staff, "BALIE-3")
    qtbot.waitUntil(lambda: window.offline)
    assert window.offline_label.isVisibleTo(window)
    assert window.offline_label.text() == "Connection lost"
    assert window.banner.code == "A001"  # the last board stays up
    assert window.queue_rows[A].waiting.text() == "2"
    reads = state["reads"]
    qtbot.waitUntil(lambda: state["reads"] >= reads + 2)  # it keeps retrying

    state["down"] = False
    qtbot.waitUntil(lambda: window.banner.code == "A002")
    assert not window.offline
    assert not window.offline_label.isVisibleTo(window)
    assert voice.said[-1] == ("Nummer A 2, naar balie 3", "nl")


def test_closing_stops_the_watcher_thread_and_its_connection(
    qtbot: QtBot, sqlite_services: Services, voice: RecordingVoice
) -> None:
    closed: list[ChangeWatcher] = []

    class Recorded:
        def __init__(self) -> None:
            self._inner = create_watcher(sqlite_services.db)

        def wait(self, timeout: float) -> bool:
            return self._inner.wait(timeout)

        def close(self) -> None:
            closed.append(self)
            self._inner.close()

    window = _display(qtbot, sqlite_services, voice, watcher_factory=Recorded)
    assert window.watcher.isRunning()

    window.close()

    assert window.watcher.isFinished()
    assert len(closed) == 1


def test_without_changes_the_board_is_read_on_the_refresh_interval_only(
    qtbot: QtBot, sqlite_services: Services, voice: RecordingVoice
) -> None:
    """The display's own reads must not count as a change (that would be a busy loop)."""
    reads: list[datetime] = []

    def read_board() -> DisplayBoard:
        reads.append(datetime.now(UTC))
        return sqlite_services.queue.display_board(limit=16)

    window = _display(qtbot, sqlite_services, voice, read_board=read_board, refresh_seconds=0.4)
    qtbot.wait(1100)
    assert window.watcher.isRunning()
    # Start-up plus one read per 0.4 s: 3 or 4, never the 10 a 100 ms poll would give.
    assert 2 <= len(reads) <= 4


def test_watcher_delivers_a_board_after_a_call_on_both_databases(
    qtbot: QtBot, services: Services
) -> None:
    staff = make_user(services, "bert", "medewerker")
    services.queue.open_desk(staff, "BALIE-3")
    services.queue.take_ticket(services.auth.kiosk_principal("KIOSK-01"), A)
    boards: list[DisplayBoard] = []
    watcher = BoardWatcher(
        lambda: services.queue.display_board(limit=8), lambda: create_watcher(services.db)
    )
    watcher.board_ready.connect(boards.append)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: len(boards) == 1)
        services.queue.call_next(staff, "BALIE-3")
        # Well within the refresh interval: only the change notification can explain it.
        qtbot.waitUntil(lambda: len(boards) == 2, timeout=3000)
    finally:
        assert watcher.stop()
    assert [c.ticket_code for c in boards[1].calls] == ["A001"]


# -- without a window ------------------------------------------------------------------------


def _call(call_id: int, code: str, at: datetime, *, language: str = "nl") -> CallInfo:
    return CallInfo(
        id=call_id,
        ticket_code=code,
        desk_naam="Balie 2",
        called_at=at,
        recall=False,
        language=language,
    )


def _board(calls: list[CallInfo], at: datetime, queues: tuple[QueueInfo, ...] = ()) -> DisplayBoard:
    return DisplayBoard(calls=tuple(calls), queues=queues, at=at)


def test_tracker_announces_ids_it_has_not_seen_even_below_the_highest(clock: FakeClock) -> None:
    now = clock()
    tracker = CallTracker()
    assert tracker.new_calls(_board([_call(5, "A005", now), _call(3, "A003", now)], now)) == []
    # Id 4 commits after 5 (PostgreSQL hands out ids before commit): still new.
    late = _call(4, "A004", now)
    newer = _call(6, "A006", now)
    board = _board([newer, _call(5, "A005", now), late, _call(3, "A003", now)], now)
    assert tracker.new_calls(board) == [late, newer]
    assert tracker.new_calls(board) == []


def test_tracker_does_not_call_out_old_numbers_after_an_outage(clock: FakeClock) -> None:
    now = clock()
    tracker = CallTracker()
    tracker.new_calls(_board([], now))
    old = _call(1, "A001", now - timedelta(minutes=20))
    fresh = _call(2, "A002", now - timedelta(seconds=30))
    assert tracker.new_calls(_board([fresh, old], now)) == [fresh]


def test_board_view_lists_each_ticket_once(clock: FakeClock) -> None:
    now = clock()
    recall = _call(3, "A001", now)
    calls = [recall, _call(2, "A002", now), _call(1, "A001", now)]
    view = board_view(_board(calls, now), previous_rows=6)
    assert view.latest == recall
    assert [c.ticket_code for c in view.previous] == ["A002"]


@pytest.mark.parametrize(
    ("code", "spoken"),
    [("A012", "A 12"), ("B001", "B 1"), ("P100", "P 100"), ("AB007", "A B 7"), ("12", "12")],
)
def test_ticket_codes_are_spelled_for_speech(code: str, spoken: str) -> None:
    assert spoken_number(code) == spoken


def test_speech_text_per_language_and_unusual_desk_names(clock: FakeClock) -> None:
    now = clock()
    call = _call(1, "A012", now)
    assert speech_text(call) == "Nummer A 12, naar balie 2"
    english = _call(1, "A012", now, language="en")
    assert speech_text(english) == "Number A 12, please go to desk 2"
    other = CallInfo(1, "C003", "Spreekkamer 1", now, recall=False, language="de")
    assert speech_text(other) == "Nummer C 3, naar Spreekkamer 1"


def test_a_burst_of_calls_gets_one_chime_and_every_sentence(clock: FakeClock) -> None:
    now = clock()
    chime, voice = CountingChime(), RecordingVoice()
    Announcer(chime, voice, schedule=_at_once).announce(
        [_call(1, "A001", now), _call(2, "B004", now, language="en")]
    )
    assert chime.plays == 1
    assert voice.said == [
        ("Nummer A 1, naar balie 2", "nl"),
        ("Number B 4, please go to desk 2", "en"),
    ]


@pytest.mark.parametrize("path", [RESOURCE_PATH, None])
def test_the_chime_is_a_short_mono_wav_without_clicks(path: Path | None, tmp_path: Path) -> None:
    target = path or write_chime(tmp_path / "chime.wav")
    with wave.open(str(target), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    samples = [
        int.from_bytes(frames[i : i + 2], "little", signed=True) for i in (0, len(frames) - 2)
    ]
    assert 1.0 <= seconds <= 2.5
    assert samples == [0, 0]  # starts and ends silent: no click


def test_a_window_dropped_without_closing_stops_its_thread(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    """Python may delete a window nobody closed; its running thread must not go with it."""

    def open_and_drop() -> BoardWatcher:
        window = DisplayWindow(sqlite_services, sqlite_services.settings, announcer=Announcer())
        window.show()
        qtbot.waitUntil(lambda: window.board is not None)
        assert window.watcher.isRunning()
        return window.watcher

    watcher = open_and_drop()
    gc.collect()

    assert watcher.isFinished()


def test_speech_waits_for_the_chime_and_not_for_a_closed_window(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announce, "SPEECH_DELAY_MS", 50)
    chime, voice = CountingChime(), RecordingVoice()
    context = QObject()
    announcer = Announcer(chime, voice, context=context)

    announcer.announce([_call(1, "A001", clock())])

    assert chime.plays == 1
    assert voice.said == []  # the chime sounds first
    qtbot.waitUntil(lambda: len(voice.said) == 1)

    announcer.announce([_call(2, "A002", clock())])
    context.deleteLater()
    qtbot.wait(200)
    assert chime.plays == 2
    assert len(voice.said) == 1


def test_ctrl_q_closes_the_full_screen_board(
    qtbot: QtBot, sqlite_services: Services, voice: RecordingVoice
) -> None:
    """A wall screen has no title bar; staff close it from a keyboard."""
    window = _display(qtbot, sqlite_services, voice)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.watcher.isFinished()

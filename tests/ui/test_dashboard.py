"""The MI dashboard: its figures are the service's report, filters ask again, bars drill down
to the contacts they count, stale answers are dropped, and exports write the report.

Data from the registry generator (a year up to the day before the test clock's Wednesday
2026-11-25), on SQLite; the figures themselves are checked in tests/services/test_kpi.py.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QPieSeries
from pytestqt.qtbot import QtBot

from app.counter.mi import DashboardView
from app.counter.mi.charts import nice_axis, unique_labels
from app.counter.mi.model import (
    ChartData,
    SeriesData,
    channel_chart,
    drill_for,
    kiosk_chart,
    quick_period,
)
from app.registry.models import Kanaal, Resolution
from app.registry.models_kiosk import SessionOutcome
from app.services import Services, kpi_export
from app.services.auth import Principal
from app.services.generate import generate_registry
from app.services.kpi import ChannelCount, Drill, Grain, KpiFilter, KpiReport
from app.ui.banner import BannerKind
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

END = date(2026, 11, 24)


@pytest.fixture
def lead(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "tl", "teamleider")


@pytest.fixture
def generated(sqlite_services: Services) -> Services:
    generate_registry(sqlite_services.db, contacts=400, end=END, seed=7, batch=200)
    return sqlite_services


def _view(
    qtbot: QtBot, services: Services, principal: Principal, **kwargs: object
) -> DashboardView:
    view = DashboardView(services, principal, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    wait_for_ops(qtbot, timeout=10_000)
    return view


def _expected(services: Services, principal: Principal, view: DashboardView) -> KpiReport:
    return services.kpi.report(
        principal, view.filters.current_filter(), view.filters.current_grain()
    )


# -- pure functions ---------------------------------------------------------------------------


def test_quick_periods() -> None:
    today = date(2026, 11, 25)
    assert quick_period("this_month", today) == (date(2026, 11, 1), today)
    assert quick_period("last_month", today) == (date(2026, 10, 1), date(2026, 10, 31))
    assert quick_period("this_quarter", today) == (date(2026, 10, 1), today)
    assert quick_period("this_year", today) == (date(2026, 1, 1), today)
    assert quick_period("last_12_months", today) == (date(2025, 11, 26), today)
    assert quick_period("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert quick_period("last_12_months", date(2028, 2, 29)) == (
        date(2027, 3, 1),
        date(2028, 2, 29),
    )


def test_axis_ends_on_a_round_number() -> None:
    assert nice_axis(0) == (4.0, 5)
    assert nice_axis(3) == (3.0, 4)
    assert nice_axis(67) == (80.0, 5)
    assert nice_axis(260) == (300.0, 4)
    assert nice_axis(1234) == (1500.0, 4)


def test_repeated_axis_labels_are_kept_apart() -> None:
    labels = unique_labels(["wk 48", "wk 49", "wk 48"])
    assert len(set(labels)) == 3
    assert [label.rstrip("\u200b") for label in labels] == ["wk 48", "wk 49", "wk 48"]


def test_drill_for_each_chart() -> None:
    channel = ChartData(
        "channel",
        ("2026-10-01", "2026-11-01"),
        (SeriesData("balie", (1, 2)), SeriesData("telefoon", (3, 4))),
        grain="month",
    )
    assert drill_for(channel, 1, 0) == Drill(
        figure="channel", kanaal=Kanaal.TELEFOON, period_start=date(2026, 10, 1), grain="month"
    )
    first = ChartData(
        "first_line", ("first_line", "handed_off", "not_resolved"), (SeriesData("c", (1, 2, 3)),)
    )
    assert drill_for(first, 0, 1) == Drill(figure="first_line", resolution=Resolution.HANDED_OFF)
    handoff = ChartData(
        "handoff",
        ("BO-A", "BO-B"),
        tuple(SeriesData(s, (0, 1)) for s in ("on_time", "late", "open_in_time", "open_overdue")),
    )
    assert drill_for(handoff, 3, 1) == Drill(
        figure="handoff", unit_code="BO-B", handoff_state="open_overdue"
    )
    waiting = ChartData("waiting", ("ALG", "PAS"), (SeriesData("p50", (1, 2)),))
    assert drill_for(waiting, 0, 1) == Drill(figure="waiting", queue_code="PAS")
    kiosk = ChartData("kiosk", ("ticket", "bsn"), (SeriesData("abandoned", (0, 2)),))
    assert drill_for(kiosk, 0, 1) == Drill(
        figure="kiosk", last_step="bsn", outcome=SessionOutcome.ABANDONED
    )
    kto = ChartData("kto", ("1", "2", "3", "4", "5"), (SeriesData("answers", (0,) * 5),))
    assert drill_for(kto, 0, 4) == Drill(figure="kto", score=5)


def test_channel_chart_fills_missing_periods_with_zero(
    generated: Services, lead: Principal
) -> None:
    report = generated.kpi.report(lead, _filter(), "month")
    rows = (
        ChannelCount(date(2026, 10, 1), Kanaal.BALIE, 3),
        ChannelCount(date(2026, 11, 1), Kanaal.EMAIL, 2),
    )
    data = channel_chart(replace(report, per_channel=rows))
    assert data.categories == ("2026-10-01", "2026-11-01")
    assert data.sets == (SeriesData("balie", (3.0, 0.0)), SeriesData("e-mail", (0.0, 2.0)))


def test_kiosk_chart_lists_the_busiest_step_first(generated: Services, lead: Principal) -> None:
    report = generated.kpi.report(lead, _filter(), "month")
    data = kiosk_chart(report)
    totals = [sum(s.values[i] for s in data.sets) for i in range(len(data.categories))]
    assert totals == sorted(totals, reverse=True)
    assert sum(totals) == report.kiosk.sessions > 0


def _filter() -> KpiFilter:
    return KpiFilter(date(2025, 11, 25), END)


# -- the view ---------------------------------------------------------------------------------


def test_tiles_and_charts_show_the_report(
    qtbot: QtBot, generated: Services, lead: Principal
) -> None:
    view = _view(qtbot, generated, lead)
    expected = _expected(generated, lead, view)
    assert view.report == expected
    assert expected.first_line.total > 300
    tiles = view.tiles
    assert tiles["contacts"].value.text() == str(expected.first_line.total)
    share = expected.first_line.share
    assert share is not None
    assert tiles["first_line"].value.text() == f"{round(share * 100)}%"
    overdue = sum(u.open_overdue for u in expected.handoffs)
    assert tiles["overdue"].value.text() == str(overdue)
    assert f"({expected.kto.answers} " in tiles["kto"].note.text()

    # Contacts per channel: one stacked set per kanaal, summing to the report's counts.
    sets = view.cards["channel"].bar_sets()
    per_kanaal = {
        k.value: sum(c.contacts for c in expected.per_channel if c.kanaal == k) for k in Kanaal
    }
    shown = {s.label(): sum(s.at(i) for i in range(s.count())) for s in sets}
    assert shown == {
        label: per_kanaal[code]
        for code, label in (
            ("balie", "Counter"),
            ("telefoon", "Telephone"),
            ("e-mail", "E-mail"),
            ("post", "Letter"),
            ("internet", "Internet"),
            ("kiosk", "Kiosk"),
        )
        if per_kanaal[code]
    }
    # KTO: one bar per score, the report's distribution.
    (kto,) = view.cards["kto"].bar_sets()
    assert tuple(int(kto.at(i)) for i in range(5)) == expected.kto.distribution
    # First line: a pie of the three results.
    (pie,) = [s for s in view.cards["first_line"].chart.series() if isinstance(s, QPieSeries)]
    assert sorted(int(s.value()) for s in pie.slices()) == sorted(
        v
        for v in (
            expected.first_line.first_line,
            expected.first_line.handed_off,
            expected.first_line.not_resolved,
        )
        if v
    )
    # Hand-offs: horizontal, the first unit at the top (QtCharts draws the last set's first).
    handoff_sets = view.cards["handoff"].bar_sets()
    on_time = handoff_sets[0]
    assert [on_time.at(i) for i in range(on_time.count())] == [
        u.on_time for u in reversed(expected.handoffs)
    ]
    assert not any(card.is_empty() for card in view.cards.values())
    assert view.export_buttons["csv"].isEnabled()


def test_kanaal_filter_asks_again(qtbot: QtBot, generated: Services, lead: Principal) -> None:
    view = _view(qtbot, generated, lead)
    combo = view.filters.kanaal
    combo.setCurrentIndex(combo.findData(Kanaal.TELEFOON))
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.filter.kanaal == Kanaal.TELEFOON,
        timeout=5000,
    )
    wait_for_ops(qtbot)
    expected = _expected(generated, lead, view)
    assert view.report == expected
    (phone,) = view.cards["channel"].bar_sets()
    assert phone.label() == "Telephone"
    assert sum(phone.at(i) for i in range(phone.count())) == expected.first_line.total
    assert view.tiles["contacts"].value.text() == str(expected.first_line.total)
    # The phone has no kiosk sessions: "no data" instead of empty axes.
    assert view.cards["kiosk"].is_empty()
    assert view.cards["kiosk"].empty.text() == "No data in this period"


def test_quick_pick_sets_the_period(qtbot: QtBot, generated: Services, lead: Principal) -> None:
    view = _view(qtbot, generated, lead)
    quick = view.filters.quick
    quick.setCurrentIndex(quick.findData("last_month"))
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.filter.start == date(2026, 10, 1),
        timeout=5000,
    )
    assert view.report is not None
    assert view.report.filter.end == date(2026, 10, 31)
    assert view.cards["channel"].data is not None
    assert view.cards["channel"].data.categories == ("2026-10-01",)


def test_quick_filter_changes_ask_once(
    qtbot: QtBot, generated: Services, lead: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, generated, lead)
    asked: list[KpiFilter] = []
    report = generated.kpi.report

    def spy(
        principal: Principal, f: KpiFilter, grain: Grain = "month", *, refresh: bool = True
    ) -> KpiReport:
        asked.append(f)
        return report(principal, f, grain, refresh=refresh)

    monkeypatch.setattr(generated.kpi, "report", spy)
    kanaal, grain = view.filters.kanaal, view.filters.grain
    kanaal.setCurrentIndex(kanaal.findData(Kanaal.EMAIL))
    grain.setCurrentIndex(grain.findData("week"))
    kanaal.setCurrentIndex(kanaal.findData(Kanaal.TELEFOON))
    assert asked == []  # nothing asked while the user is still choosing
    qtbot.waitUntil(lambda: view.report is not None and view.report.grain == "week", timeout=3000)
    wait_for_ops(qtbot)
    assert [f.kanaal for f in asked] == [Kanaal.TELEFOON]


def test_a_stale_answer_is_not_shown(
    qtbot: QtBot, generated: Services, lead: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, generated, lead)
    asked: list[Kanaal | None] = []
    shown: list[Kanaal | None] = []
    report = generated.kpi.report

    def spy(
        principal: Principal, f: KpiFilter, grain: Grain = "month", *, refresh: bool = True
    ) -> KpiReport:
        result = report(principal, f, grain, refresh=refresh)
        asked.append(result.filter.kanaal)
        return result

    monkeypatch.setattr(generated.kpi, "report", spy)
    original = view._show_tiles

    def show(shown_report: KpiReport) -> None:
        shown.append(shown_report.filter.kanaal)
        original(shown_report)

    monkeypatch.setattr(view, "_show_tiles", show)
    combo = view.filters.kanaal
    combo.setCurrentIndex(combo.findData(Kanaal.EMAIL))
    view.refresh()
    combo.setCurrentIndex(combo.findData(Kanaal.BALIE))
    view.refresh()
    wait_for_ops(qtbot)
    assert asked == [Kanaal.EMAIL, Kanaal.BALIE]
    assert shown == [Kanaal.BALIE]  # the e-mail answer came first and was dropped
    assert view.report is not None and view.report.filter.kanaal == Kanaal.BALIE
    assert not view.debounce.isActive()  # refresh() took over the pending debounce


def test_clicking_a_bar_lists_its_contacts(
    qtbot: QtBot, generated: Services, lead: Principal
) -> None:
    view = _view(qtbot, generated, lead)
    card = view.cards["channel"]
    assert card.data is not None
    bar_set = card.bar_sets()[0]
    index = max(range(bar_set.count()), key=bar_set.at)
    bar_set.clicked.emit(index)
    dialog = view.dialog
    assert dialog is not None
    wait_for_ops(qtbot)
    assert dialog.drill == Drill(
        figure="channel",
        kanaal=Kanaal(card.data.sets[0].key),
        period_start=date.fromisoformat(card.data.categories[index]),
        grain="month",
    )
    assert dialog.drill_result is not None
    assert dialog.drill_result.total == bar_set.at(index)
    assert dialog.model.rowCount() == min(int(bar_set.at(index)), 500)
    assert dialog.caption.text().startswith(f"{int(bar_set.at(index))} contact")
    assert "Contacts per channel" in dialog.heading.text()


def test_a_horizontal_bar_drills_to_its_own_category(
    qtbot: QtBot, generated: Services, lead: Principal
) -> None:
    view = _view(qtbot, generated, lead)
    report = view.report
    assert report is not None
    card = view.cards["handoff"]
    on_time = card.bar_sets()[0]
    busiest = max(range(len(report.handoffs)), key=lambda i: report.handoffs[i].on_time)
    unit = report.handoffs[busiest]
    # The first unit is the top bar, which QtCharts numbers last.
    assert on_time.at(on_time.count() - 1 - busiest) == unit.on_time > 0
    on_time.clicked.emit(on_time.count() - 1 - busiest)
    wait_for_ops(qtbot)
    dialog = view.dialog
    assert dialog is not None and dialog.drill_result is not None
    assert dialog.drill == Drill(
        figure="handoff", unit_code=unit.unit_code, handoff_state="on_time"
    )
    # The chart counts tasks, the list contacts: at most as many, and some.
    assert 0 < dialog.drill_result.total <= unit.on_time


def test_a_long_list_says_how_much_is_shown(
    qtbot: QtBot, sqlite_services: Services, lead: Principal
) -> None:
    generate_registry(sqlite_services.db, contacts=1200, end=END, seed=9, batch=600)
    view = _view(qtbot, sqlite_services, lead)
    slices = [s for s in view.cards["first_line"].chart.series() if isinstance(s, QPieSeries)]
    first_line = slices[0].slices()[0]
    first_line.clicked.emit()
    wait_for_ops(qtbot)
    dialog = view.dialog
    assert dialog is not None and dialog.drill_result is not None
    assert dialog.drill == Drill(figure="first_line", resolution=Resolution.FIRST_LINE)
    total = dialog.drill_result.total
    assert total > 500
    assert dialog.model.rowCount() == 500
    assert dialog.caption.text() == f"500 of {total} contacts shown (the newest)"


def test_no_data_shows_a_message(qtbot: QtBot, sqlite_services: Services, lead: Principal) -> None:
    view = _view(qtbot, sqlite_services, lead)
    assert view.report is not None and view.report.first_line.total == 0
    assert all(card.is_empty() for card in view.cards.values())
    assert view.tiles["first_line"].value.text() == "–"
    assert view.tiles["contacts"].value.text() == "0"


def test_a_medewerker_is_refused(qtbot: QtBot, sqlite_services: Services) -> None:
    anna = make_user(sqlite_services, "anna", "medewerker")
    view = _view(qtbot, sqlite_services, anna)
    assert view.report is None
    assert view.banner.kind == BannerKind.ERROR
    assert not view.export_buttons["csv"].isEnabled()


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path, dict[str, object]]]:
    """Records what the view asks of ``kpi_export`` and writes the long-form rows."""
    calls: list[tuple[str, Path, dict[str, object]]] = []

    def writer(fmt: str) -> object:
        def write(report: KpiReport, path: Path, **kwargs: object) -> None:
            calls.append((fmt, path, kwargs))
            path.write_text("\n".join(",".join(map(str, row)) for row in report.rows()))

        return write

    for fmt in ("csv", "xlsx", "pdf"):
        monkeypatch.setattr(kpi_export, f"write_{fmt}", writer(fmt))
    return calls


def test_export_writes_the_report_on_screen(
    qtbot: QtBot,
    generated: Services,
    lead: Principal,
    tmp_path: Path,
    exports: list[tuple[str, Path, dict[str, object]]],
) -> None:
    target = tmp_path / "kpi.pdf"
    chosen: list[tuple[str, str]] = []

    def choose(_parent: object, fmt: str, suggested: str) -> Path:
        chosen.append((fmt, suggested))
        return target

    view = _view(qtbot, generated, lead, choose_path=choose)
    view.export_buttons["pdf"].click()
    wait_for_ops(qtbot)
    assert chosen == [("pdf", "stadspunt-kpi-2025-11-26-2026-11-25.pdf")]
    (call,) = exports
    assert call[0] == "pdf" and call[1] == target
    assert call[2]["municipality"] == generated.settings.municipality
    assert view.report is not None
    assert target.read_text().count("\n") + 1 == len(view.report.rows())
    assert view.banner.kind == BannerKind.SUCCESS
    assert str(target) in view.banner.text()


def test_export_to_an_unwritable_place_says_so(
    qtbot: QtBot,
    generated: Services,
    lead: Principal,
    tmp_path: Path,
    exports: list[tuple[str, Path, dict[str, object]]],
) -> None:
    target = tmp_path / "missing" / "kpi.csv"
    view = _view(qtbot, generated, lead, choose_path=lambda *_args: target)
    view.export_buttons["csv"].click()
    wait_for_ops(qtbot)
    assert view.banner.kind == BannerKind.ERROR
    assert "Could not save" in view.banner.text()
    assert not target.exists()


def test_cancelled_export_writes_nothing(
    qtbot: QtBot,
    generated: Services,
    lead: Principal,
    exports: list[tuple[str, Path, dict[str, object]]],
) -> None:
    view = _view(qtbot, generated, lead, choose_path=lambda *_args: None)
    view.export_buttons["xlsx"].click()
    wait_for_ops(qtbot)
    assert exports == []
    assert not view.banner.isVisible()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_real_exports_hold_the_figures_on_screen(
    qtbot: QtBot, generated: Services, lead: Principal, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"kpi.{fmt}"
    view = _view(qtbot, generated, lead, choose_path=lambda *_args: target)
    view.export_buttons[fmt].click()
    wait_for_ops(qtbot, timeout=20_000)
    assert view.banner.kind == BannerKind.SUCCESS, view.banner.text()
    report = view.report
    assert report is not None
    if fmt == "csv":
        with target.open(newline="", encoding="utf-8") as stream:
            rows = list(csv.reader(stream))[1:]
        assert rows == [[str("" if v is None else v) for v in row] for row in report.rows()]
    elif fmt == "xlsx":
        assert target.read_bytes()[:2] == b"PK"
    else:
        assert target.read_bytes()[:5] == b"%PDF-"

"""The teamleider's management-information dashboard (issue 10): filters, tiles, charts that
drill down to their contacts, and exports, all from one ``KpiService.report`` per filter."""

from .view import DashboardView

__all__ = ["DashboardView"]

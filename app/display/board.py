"""What the board shows and what it announces, decided without Qt.

The display announces a call once: when a board holds a call id it has not seen before. Ids are
compared as a set, not against the highest id seen, because on PostgreSQL a call with a smaller
id can commit after one with a larger id (see ``QueueService.display_board``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.services.queue import CallInfo, DisplayBoard, QueueInfo

#: A call older than this when the display first sees it (the display was cut off from the
#: database for a while) is shown but not announced: calling out a number from ten minutes ago
#: sends people to a desk that has moved on.
MAX_ANNOUNCE_AGE = timedelta(minutes=5)


class CallTracker:
    """Remembers the calls already on the board; the first board sets the baseline silently."""

    def __init__(self) -> None:
        self._seen: set[int] | None = None

    @property
    def started(self) -> bool:
        return self._seen is not None

    def new_calls(self, board: DisplayBoard) -> list[CallInfo]:
        """Calls to announce, oldest first: those not on any earlier board, and recent.

        Only the ids of the current board are kept: a call pushed off the board by newer ones
        never returns to it, so forgetting it cannot announce it twice.
        """
        ids = {call.id for call in board.calls}
        seen, self._seen = self._seen, ids
        if seen is None:
            return []
        return [
            call
            for call in reversed(board.calls)
            if call.id not in seen and board.at - call.called_at <= MAX_ANNOUNCE_AGE
        ]


@dataclass(frozen=True)
class BoardView:
    """The board as laid out: the newest call, the ones before it, the walk-in queues."""

    latest: CallInfo | None
    previous: tuple[CallInfo, ...]
    queues: tuple[QueueInfo, ...]


def board_view(board: DisplayBoard, previous_rows: int) -> BoardView:
    """One line per ticket (a recall repeats a ticket; only its newest call is shown)."""
    seen: set[str] = set()
    calls: list[CallInfo] = []
    for call in board.calls:
        if call.ticket_code not in seen:
            seen.add(call.ticket_code)
            calls.append(call)
    return BoardView(
        latest=calls[0] if calls else None,
        previous=tuple(calls[1 : previous_rows + 1]),
        queues=tuple(q for q in board.queues if q.walk_in),
    )

"""A question funnel (vraagtrechter) walked on screen: the question, its options, the answer.

The logic is ``app.services.funnels.Walk`` (Qt-free, immutable, so Back is free); this only
shows where the walk is. Built for the phone: the employee reads the question aloud and
presses the option's number (1-9) as the caller answers, Backspace to go back; the trail of
choices above the question shows how they got here and is what "use in contact" writes into
the contact. At the answer, the action says what happens next in words ("Hand off to
Backoffice Parkeren", "The kiosk can do this"), so the next step never depends on reading the
answer text closely.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.funnels import Funnel, Node, Walk
from app.ui.labels import funnel_action_label
from app.ui.theme import set_role

from .card import value_label

#: Digit keys choose options 1-9; a question with more options is chosen by mouse or Tab.
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class FunnelWalker(QFrame):
    """The current node of a funnel, with Back and Start again.

    Signals:
        walked: the walk moved (an option chosen, back, start again); carries the ``Walk``.
        use_requested: "Use in contact" at an answer; carries the ``Walk``.
    """

    walked = Signal(object)
    use_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelWalker")
        self.setProperty("role", "funnel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._walk: Walk | None = None
        self._unit_name: Callable[[Node], str | None] = lambda _node: None
        self.caption = QLabel(self.tr("Question funnel"))
        set_role(self.caption, "cardTitle")
        self.keys_hint = QLabel(self.tr("1-9 choose · Backspace back"))
        set_role(self.keys_hint, "muted")
        self.trail = value_label()
        self.trail.setObjectName("funnelTrail")
        set_role(self.trail, "trail")
        self.question = value_label()
        self.question.setObjectName("funnelQuestion")
        set_role(self.question, "question")
        self.answer = value_label()
        self.answer.setObjectName("funnelAnswer")
        set_role(self.answer, "funnelAnswer")
        self.action = value_label()
        self.action.setObjectName("funnelAction")
        self.action.setProperty("role", "action")
        self.options: list[QPushButton] = []
        self._options_box = QVBoxLayout()
        self._options_box.setSpacing(4)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Undo the last choice (Backspace)"))
        self.restart_button = QPushButton(self.tr("Start again"))
        self.use_button = QPushButton(self.tr("Use this answer"))
        self.use_button.setObjectName("useAnswer")
        self.use_button.setProperty("primary", True)
        self.use_button.setToolTip(
            self.tr("Fill in product, subject, the choices and the outcome in the contact form")
        )
        self._build_layout()
        self.back_button.clicked.connect(self.on_back)
        self.restart_button.clicked.connect(self.on_restart)
        self.use_button.clicked.connect(self.on_use)
        self.hide()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch(1)
        top.addWidget(self.keys_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.trail)
        layout.addWidget(self.question)
        layout.addLayout(self._options_box)
        layout.addWidget(self.answer)
        layout.addWidget(self.action)
        layout.addLayout(buttons)

    # -- state ------------------------------------------------------------------------------

    @property
    def walk(self) -> Walk | None:
        return self._walk

    def set_funnel(
        self, funnel: Funnel | None, unit_name: Callable[[Node], str | None] | None = None
    ) -> None:
        """Start ``funnel`` from its first question (None hides the walker).

        ``unit_name`` names the unit a hand-off answer goes to (its own unit, or its
        product's), for the action line.
        """
        self._unit_name = unit_name or (lambda _node: None)
        if funnel is None:
            self._walk = None
            self.hide()
            return
        self.show()
        self._show(Walk.start(funnel))

    def choose(self, index: int) -> None:
        """Choose option ``index`` (0-based) of the current question; ignored elsewhere."""
        walk = self._walk
        if walk is None or walk.answered or not 0 <= index < len(walk.current.choices):
            return
        self._show(walk.choose(index))
        self.walked.emit(self._walk)

    def _show(self, walk: Walk) -> None:
        focused = QApplication.focusWidget()
        refocus = focused is not None and (focused is self or self.isAncestorOf(focused))
        self._walk = walk
        node = walk.current
        self.trail.setText(" › ".join(choice for _question, choice in walk.trail))
        self.trail.setToolTip("\n".join(f"{q} {c}" for q, c in walk.trail))
        self.trail.setVisible(bool(walk.path))
        self._set_options(node)
        self.question.setVisible(not node.is_answer)
        self.answer.setVisible(node.is_answer)
        self.action.setVisible(node.is_answer and node.action is not None)
        self.use_button.setVisible(node.is_answer)
        self.back_button.setEnabled(bool(walk.path))
        self.restart_button.setEnabled(bool(walk.path))
        if node.is_answer:
            self.question.clear()
            self.answer.setText(node.text)
            if node.action is not None:
                self.action.setText(funnel_action_label(node.action, self._unit_name(node)))
                self.action.setProperty("kind", node.action.value)
                style = self.action.style()
                style.unpolish(self.action)
                style.polish(self.action)
        else:
            self.question.setText(node.text)
            self.answer.clear()
            self.action.clear()
        if refocus:
            self.focus_walker()

    def _set_options(self, node: Node) -> None:
        for button in self.options:
            self._options_box.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; it must not show meanwhile
            button.deleteLater()
        self.options = []
        for number, choice in enumerate(node.choices, start=1):
            prefix = f"{number}   " if number <= len(_DIGITS) else ""
            button = QPushButton(prefix + choice.label.replace("&", "&&"))
            button.setObjectName(f"funnelOption{number}")
            button.setProperty("option", True)
            button.setAccessibleName(choice.label)
            button.clicked.connect(lambda _checked=False, i=number - 1: self.choose(i))
            self._options_box.addWidget(button)
            if self.isVisible():
                button.show()  # now, not when the layout gets round to it: it may get focus
            self.options.append(button)

    def focus_walker(self) -> None:
        """Focus the first option, or "use in contact" at an answer: the next key to press."""
        target: QWidget = self
        if self.options:
            target = self.options[0]
        elif self.use_button.isVisibleTo(self):
            target = self.use_button
        if target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # shown with the article on the next pass of the event loop
            QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    # -- slots ------------------------------------------------------------------------------

    def on_back(self) -> None:
        if self._walk is not None and self._walk.path:
            self._show(self._walk.back())
            self.walked.emit(self._walk)
            self.focus_walker()

    def on_restart(self) -> None:
        if self._walk is not None and self._walk.path:
            self._show(Walk.start(self._walk.funnel))
            self.walked.emit(self._walk)
            self.focus_walker()

    def on_use(self) -> None:
        if self._walk is not None and self._walk.answered:
            self.use_requested.emit(self._walk)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits choose, Backspace goes back; buttons pass these keys on to here."""
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and key in _DIGITS:
            self.choose(_DIGITS[key] - 1)
            return
        if plain and key == Qt.Key.Key_Backspace:
            self.on_back()
            return
        super().keyPressEvent(event)

"""Question funnels (vraagtrechters): small decision trees that lead to the right answer.

A funnel is a few questions ("Eerste aanvraag of verlenging?", "Is het kind jonger dan 12?")
whose options lead to further questions or to an answer; an answer may name a product and what
to do next (inform, send to the kiosk, make an appointment, hand off to a unit). The counter,
the phone script and the kiosk walk the same tree.

Everything here is plain data and has no Qt and no database: the walker is a pure function of
the tree, so a screen can keep its place in a funnel, go back, and be tested without a window.
``validate`` is what a save must pass; ``app.services.kennisbank`` stores funnels as rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.registry.models_catalogue import FunnelAction, FunnelNodeKind
from app.services.errors import ValidationError
from app.services.text import QT_TRANSLATE_NOOP

MAX_NODES = 100
MAX_OPTIONS = 12
MAX_TEXT_CHARS = 2000
MAX_LABEL_CHARS = 200
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


class FunnelError(ValidationError):
    """A funnel that cannot be saved; ``node`` names the node to point at in the editor."""

    message = QT_TRANSLATE_NOOP("errors", "The question funnel is not valid.")

    def __init__(self, message: str, *, node: str = "", **params: object) -> None:
        self.node = node
        super().__init__(message, field="funnel", node=node, **params)


@dataclass(frozen=True)
class Choice:
    """An option of a question: its label and the key of the node it leads to."""

    label: str
    target: str


@dataclass(frozen=True)
class Node:
    key: str
    text: str
    kind: FunnelNodeKind = FunnelNodeKind.QUESTION
    choices: tuple[Choice, ...] = ()
    #: Answers only: what to do, and about which product / for which unit.
    action: FunnelAction | None = None
    product_code: str | None = None
    unit_code: str | None = None

    @property
    def is_answer(self) -> bool:
        return self.kind == FunnelNodeKind.ANSWER

    @staticmethod
    def question(key: str, text: str, *choices: tuple[str, str]) -> Node:
        """Shorthand for seed files and tests: ``Node.question("k", "Vraag?", ("Ja", "a"))``."""
        options = tuple(Choice(label, target) for label, target in choices)
        return Node(key, text, FunnelNodeKind.QUESTION, options)

    @staticmethod
    def answer(
        key: str,
        text: str,
        action: FunnelAction = FunnelAction.INFORM,
        *,
        product_code: str | None = None,
        unit_code: str | None = None,
    ) -> Node:
        return Node(
            key,
            text,
            FunnelNodeKind.ANSWER,
            (),
            action,
            product_code,
            unit_code,
        )


@dataclass(frozen=True)
class Funnel:
    """A whole tree; ``start`` is the key of the first question."""

    start: str
    nodes: tuple[Node, ...]
    _by_key: Mapping[str, Node] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {n.key: n for n in self.nodes})

    def node(self, key: str) -> Node:
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(f"funnel has no node {key!r}") from None

    # -- walking --------------------------------------------------------------------------

    def first(self) -> Node:
        return self.node(self.start)

    def choose(self, node: Node, choice: int | str) -> Node:
        """The node an option of ``node`` leads to; by position or by label.

        Raises ``ValueError`` for an answer node or an option it does not have: a screen only
        offers the options the node has, so this is a programming error, not user input.
        """
        if node.is_answer:
            raise ValueError(f"node {node.key!r} is an answer; there is nothing to choose")
        if isinstance(choice, int):
            if not 0 <= choice < len(node.choices):
                raise ValueError(f"node {node.key!r} has no option {choice}")
            return self.node(node.choices[choice].target)
        for option in node.choices:
            if option.label == choice:
                return self.node(option.target)
        raise ValueError(f"node {node.key!r} has no option {choice!r}")


@dataclass(frozen=True)
class Walk:
    """Where someone is in a funnel and how they got there; immutable, so "back" is free.

    ``start(funnel)`` begins, ``choose(option)`` answers the current question, ``back()`` undoes
    the last choice, ``answered`` tells that the current node is an answer.
    """

    funnel: Funnel
    path: tuple[tuple[str, int], ...] = ()
    current: Node = field(init=False)

    def __post_init__(self) -> None:
        node = self.funnel.first()
        for key, choice in self.path:
            if node.key != key:
                raise ValueError("walk path does not follow the funnel")
            node = self.funnel.choose(node, choice)
        object.__setattr__(self, "current", node)

    @classmethod
    def start(cls, funnel: Funnel) -> Walk:
        return cls(funnel)

    @property
    def answered(self) -> bool:
        return self.current.is_answer

    def choose(self, choice: int | str) -> Walk:
        node = self.current
        if isinstance(choice, str):
            labels = [c.label for c in node.choices]
            if choice not in labels:
                raise ValueError(f"node {node.key!r} has no option {choice!r}")
            choice = labels.index(choice)
        self.funnel.choose(node, choice)  # raises for an answer or a missing option
        return Walk(self.funnel, (*self.path, (node.key, choice)))

    def back(self) -> Walk:
        return Walk(self.funnel, self.path[:-1]) if self.path else self

    @property
    def trail(self) -> tuple[tuple[str, str], ...]:
        """(question, chosen label) pairs so far: what the employee notes in the contact."""
        result = []
        for key, choice in self.path:
            node = self.funnel.node(key)
            result.append((node.text, node.choices[choice].label))
        return tuple(result)


def validate(funnel: Funnel) -> None:
    """Refuse a tree that a walker could get stuck in or loop through.

    Checks: keys well-formed and unique; the start exists; questions have options with
    distinct, non-empty labels that each lead to an existing node; answers have no options
    and a hand-off answer names a unit or a product; no cycles; every node reachable from the
    start, so at least one answer is reached. Products and units are checked against the
    database by the caller.
    """
    nodes = funnel.nodes
    if not nodes:
        raise FunnelError(QT_TRANSLATE_NOOP("errors", "A question funnel needs at least one node."))
    if len(nodes) > MAX_NODES:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "A question funnel can have at most {n} nodes."),
            n=MAX_NODES,
        )
    seen: set[str] = set()
    for node in nodes:
        _check_node(node)
        if node.key in seen:
            raise FunnelError(
                QT_TRANSLATE_NOOP("errors", "Two nodes of the funnel use the key {node}."),
                node=node.key,
            )
        seen.add(node.key)
    if funnel.start not in seen:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "The funnel starts at {node}, which does not exist."),
            node=funnel.start,
        )
    for node in nodes:
        for choice in node.choices:
            if choice.target not in seen:
                raise FunnelError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Option '{option}' of {node} leads to {target}, which does not exist.",
                    ),
                    node=node.key,
                    option=choice.label,
                    target=choice.target,
                )
    _check_acyclic_and_reachable(funnel)
    if not any(n.is_answer for n in nodes):
        raise FunnelError(QT_TRANSLATE_NOOP("errors", "A question funnel needs an answer."))


def _check_node(node: Node) -> None:
    if not _KEY.match(node.key):
        raise FunnelError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Node key {node} must be 1 to 40 lower-case letters, digits, '-' or '_'.",
            ),
            node=node.key,
        )
    if not node.text.strip() or len(node.text) > MAX_TEXT_CHARS:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "Node {node} needs a text of at most {n} characters."),
            node=node.key,
            n=MAX_TEXT_CHARS,
        )
    if node.is_answer:
        if node.choices:
            raise FunnelError(
                QT_TRANSLATE_NOOP("errors", "Answer {node} cannot have options."), node=node.key
            )
        if node.action == FunnelAction.HAND_OFF and not (node.unit_code or node.product_code):
            raise FunnelError(
                QT_TRANSLATE_NOOP(
                    "errors", "Answer {node} hands off: name the unit or the product."
                ),
                node=node.key,
            )
        if node.action == FunnelAction.KIOSK and not node.product_code:
            raise FunnelError(
                QT_TRANSLATE_NOOP("errors", "Answer {node} sends to the kiosk: name the product."),
                node=node.key,
            )
        return
    if node.action is not None or node.product_code or node.unit_code:
        raise FunnelError(
            QT_TRANSLATE_NOOP(
                "errors", "Question {node} cannot have an action; only answers have one."
            ),
            node=node.key,
        )
    if not node.choices:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "Question {node} has no options; add at least one."),
            node=node.key,
        )
    if len(node.choices) > MAX_OPTIONS:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "Question {node} has more than {n} options."),
            node=node.key,
            n=MAX_OPTIONS,
        )
    labels = [c.label.strip() for c in node.choices]
    if any(not label or len(label) > MAX_LABEL_CHARS for label in labels):
        raise FunnelError(
            QT_TRANSLATE_NOOP(
                "errors", "Every option of {node} needs a label of at most {n} characters."
            ),
            node=node.key,
            n=MAX_LABEL_CHARS,
        )
    if len(set(labels)) != len(labels):
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "Two options of {node} have the same label."),
            node=node.key,
        )


def _check_acyclic_and_reachable(funnel: Funnel) -> None:
    """Depth-first from the start: a node met again on the current path closes a cycle."""
    on_path: list[str] = []
    done: set[str] = set()

    def visit(key: str) -> None:
        if key in done:
            return
        if key in on_path:
            cycle = [*on_path[on_path.index(key) :], key]
            raise FunnelError(
                QT_TRANSLATE_NOOP("errors", "The funnel goes round in a circle: {cycle}."),
                node=key,
                cycle=" → ".join(cycle),
            )
        on_path.append(key)
        for choice in funnel.node(key).choices:
            visit(choice.target)
        on_path.pop()
        done.add(key)

    visit(funnel.start)  # depth is bounded by MAX_NODES, far below the recursion limit
    unreachable = [n.key for n in funnel.nodes if n.key not in done]
    if unreachable:
        raise FunnelError(
            QT_TRANSLATE_NOOP(
                "errors", "Node {node} cannot be reached from the start of the funnel."
            ),
            node=unreachable[0],
        )


def referenced(funnel: Funnel) -> tuple[set[str], set[str]]:
    """Product codes and unit codes the answers name, for the caller's existence check."""
    products = {n.product_code for n in funnel.nodes if n.product_code}
    units = {n.unit_code for n in funnel.nodes if n.unit_code}
    return products, units


def from_mapping(data: Mapping[str, Any]) -> Funnel:
    """A funnel from seed data (TOML): ``start`` and ``nodes``, each node with ``key``,
    ``text`` and either ``options`` ([label, target] pairs) or ``action`` / ``product`` /
    ``unit``. Shape errors become ``FunnelError`` so a bad seed file says what is wrong."""
    try:
        nodes = []
        for raw in data["nodes"]:
            key, text = str(raw["key"]), str(raw["text"])
            if "options" in raw:
                pairs = [(str(label), str(target)) for label, target in raw["options"]]
                nodes.append(Node.question(key, text, *pairs))
            else:
                nodes.append(
                    Node.answer(
                        key,
                        text,
                        FunnelAction(raw.get("action", FunnelAction.INFORM.value)),
                        product_code=raw.get("product"),
                        unit_code=raw.get("unit"),
                    )
                )
        return Funnel(str(data["start"]), tuple(nodes))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FunnelError(
            QT_TRANSLATE_NOOP("errors", "The question funnel data is malformed ({problem})."),
            problem=str(exc),
        ) from exc

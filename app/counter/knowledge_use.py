"""What "use in contact" carries from the kennisbank to the contact form.

Qt-free on purpose: which product, subject and outcome an article or a funnel answer stands
for is a small rule worth testing on its own, and the form only applies it. The employee
still checks the form and presses Register: the kennisbank suggests, it never registers.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.registry.models_catalogue import FunnelAction
from app.services.funnels import Walk
from app.services.kennisbank import Article


@dataclass(frozen=True)
class ContactUse:
    """A suggestion for the contact form.

    ``product_code`` is set when it is clear which product the contact is about (the
    article's only product, or the one a funnel answer names). An article about several
    products lists them in ``product_choices`` instead: the form keeps a product the employee
    already chose among them, and otherwise leaves the product open rather than guess.
    """

    onderwerp: str
    product_code: str | None = None
    product_choices: tuple[str, ...] = ()
    #: Lines for the contact's content (the funnel's questions and answers), if any.
    notes: str = ""
    hand_off: bool = False
    #: The unit to hand off to; None means the product's own unit (the form's default).
    unit_code: str | None = None


def use_article(article: Article, product_code: str | None = None) -> ContactUse:
    """The article as a whole, or with one of its products (a product card's button)."""
    chosen = product_code
    if chosen is None and len(article.product_codes) == 1:
        chosen = article.product_codes[0]
    return ContactUse(
        onderwerp=article.title,
        product_code=chosen,
        product_choices=article.product_codes,
    )


def use_answer(article: Article, walk: Walk) -> ContactUse:
    """A funnel walked to its answer: the answer's product and action, the trail as notes."""
    if not walk.answered:
        raise ValueError("the funnel is not at an answer yet")
    answer = walk.current
    base = use_article(article, answer.product_code)
    return ContactUse(
        onderwerp=article.title,
        product_code=base.product_code,
        product_choices=base.product_choices,
        notes=trail_text(walk),
        hand_off=answer.action == FunnelAction.HAND_OFF,
        unit_code=answer.unit_code,
    )


def trail_text(walk: Walk) -> str:
    """'Question? Chosen option' per line: what was asked, for the contact's content."""
    return "\n".join(f"{question} {choice}" for question, choice in walk.trail)

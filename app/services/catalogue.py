"""The product catalogue: what the municipality offers, what it costs, what to bring, where.

Reading needs only a logged-in principal; a kiosk sees the active products it can handle
itself and nothing else. Changes are for the beheerder (``Permission.MANAGE_CATALOGUE``), each
with an audit row naming the old and new value, in the same transaction.

Money is whole cents (``int``) from the database to the screen; a float is refused, because
0.1 + 0.2 is not 0.3 and a receipt must add up. Fees are kept per calendar year: the fee that
applies is the one of the year of the moment asked about, in Europe/Amsterdam (a payment at
00:30 on 1 January pays the new year's fee). When a year has no fees entered yet, the latest
earlier year is shown and ``ProductDetail.fee_is_current`` says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar
from uuid import UUID

from sqlalchemy import ColumnElement, Exists, and_, delete, exists, func, insert, select
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models import Actor, Kanaal, Product
from app.registry.models_catalogue import (
    Doelgroep,
    ProductChannel,
    ProductDoelgroep,
    ProductFee,
    ProductRequirement,
    ProductThema,
    Thema,
)
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.errors import UnknownProductError, ValidationError
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date

log = logging.getLogger(__name__)

#: A fee above this is a typing error (an extra zero), not a municipal tariff: € 100.000.
MAX_FEE_CENTS = 10_000_000
MIN_FEE_YEAR = 2000
MAX_FEE_YEAR = 2100
MAX_REQUIREMENTS = 30
MAX_REQUIREMENT_CHARS = 300
MAX_VARIANT_CHARS = 60
#: About one year of working days; a longer norm is a typing error.
MAX_NORM_DAYS = 260

THEMA_LABELS: dict[Thema, str] = {
    Thema.BURGERZAKEN: QT_TRANSLATE_NOOP("thema", "Civil affairs"),
    Thema.PARKEREN: QT_TRANSLATE_NOOP("thema", "Parking"),
    Thema.BELASTINGEN: QT_TRANSLATE_NOOP("thema", "Municipal taxes"),
    Thema.ZORG: QT_TRANSLATE_NOOP("thema", "Care and support"),
    Thema.WERK_EN_INKOMEN: QT_TRANSLATE_NOOP("thema", "Work and income"),
    Thema.AFVAL: QT_TRANSLATE_NOOP("thema", "Waste"),
    Thema.OPENBARE_RUIMTE: QT_TRANSLATE_NOOP("thema", "Public space"),
    Thema.WONEN_EN_BOUWEN: QT_TRANSLATE_NOOP("thema", "Housing and building"),
    Thema.ONDERNEMEN: QT_TRANSLATE_NOOP("thema", "Business and events"),
}

DOELGROEP_LABELS: dict[Doelgroep, str] = {
    Doelgroep.INWONER: QT_TRANSLATE_NOOP("doelgroep", "Residents"),
    Doelgroep.ONDERNEMER: QT_TRANSLATE_NOOP("doelgroep", "Businesses"),
    Doelgroep.ORGANISATIE: QT_TRANSLATE_NOOP("doelgroep", "Organisations"),
}


def format_euro(cents: int) -> str:
    """Dutch notation: 8445 → "€ 84,45", 123456 → "€ 1.234,56"."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


@dataclass(frozen=True)
class Fee:
    year: int
    #: "" for the standard fee, else e.g. "jonger dan 18", "spoedtoeslag".
    variant: str
    amount_cents: int

    @property
    def text(self) -> str:
        return format_euro(self.amount_cents)


@dataclass(frozen=True)
class ProductSummary:
    code: str
    naam: str
    summary: str
    themas: tuple[Thema, ...]
    doelgroepen: tuple[Doelgroep, ...]
    kanalen: tuple[Kanaal, ...]
    service_norm_days: int
    unit_code: str | None
    active: bool

    @property
    def kiosk(self) -> bool:
        """Whether a visitor can do this at the kiosk."""
        return Kanaal.KIOSK in self.kanalen


@dataclass(frozen=True)
class ProductDetail(ProductSummary):
    unit_name: str | None
    requirements: tuple[str, ...]
    #: The year asked about (the fee year of the moment given, or of today).
    requested_year: int
    #: The year the fees below are from: ``requested_year``, or the latest earlier year when
    #: nothing is entered for it yet; None when the product has no fees at all.
    fee_year: int | None
    fees: tuple[Fee, ...]
    fee_note: str

    @property
    def fee_is_current(self) -> bool:
        return self.fee_year == self.requested_year

    def fee(self, variant: str = "") -> Fee | None:
        return next((f for f in self.fees if f.variant == variant), None)


class CatalogueService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    # -- reading --------------------------------------------------------------------------

    def list_products(
        self,
        principal: Principal,
        *,
        thema: Thema | None = None,
        doelgroep: Doelgroep | None = None,
        kanaal: Kanaal | None = None,
        kiosk: bool | None = None,
        text: str | None = None,
        include_inactive: bool = False,
    ) -> list[ProductSummary]:
        """Products by name, filtered on any of the matrix axes; all filters must hold.

        ``kiosk=True``: offered at the kiosk; ``kiosk=False``: not offered there. A kiosk
        principal always gets the first; inactive products only for the beheerder.
        """
        if include_inactive:
            principal.require(Permission.MANAGE_CATALOGUE)
        if kiosk_only(principal):
            kiosk = True
        query = select(Product).order_by(Product.naam)
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        if thema is not None:
            query = query.where(_has(ProductThema, ProductThema.thema == thema))
        if doelgroep is not None:
            query = query.where(_has(ProductDoelgroep, ProductDoelgroep.doelgroep == doelgroep))
        if kanaal is not None:
            query = query.where(_has(ProductChannel, ProductChannel.kanaal == kanaal))
        if kiosk is not None:
            at_kiosk = _has(ProductChannel, ProductChannel.kanaal == Kanaal.KIOSK)
            query = query.where(at_kiosk if kiosk else ~at_kiosk)
        if text and text.strip():
            query = query.where(
                func.lower(Product.naam).contains(text.strip().lower(), autoescape=True)
            )
        with self._db.read() as session:
            products = session.scalars(query).all()
            facets = _facets(session, [p.code for p in products])
            units = _unit_codes(session, products)
            return [_summary(p, facets, units) for p in products]

    def get_product(
        self, principal: Principal, code: str, *, on: date | datetime | None = None
    ) -> ProductDetail:
        """One product with the fees of the year of ``on`` (default: now)."""
        year = self._fee_year_of(on)
        with self._db.read() as session:
            product = session.get(Product, code)
            if product is None or not self._may_read(session, principal, product):
                raise UnknownProductError(code=code)
            return _detail(session, product, year)

    def fees_for(
        self, principal: Principal, codes: Iterable[str], *, on: date | datetime | None = None
    ) -> dict[str, tuple[Fee, ...]]:
        """The fees of several products in one query (a price list, an article's products)."""
        del principal  # any logged-in principal may read fees
        year = self._fee_year_of(on)
        with self._db.read() as session:
            return fees_for_year(session, codes, year)

    # -- beheer ---------------------------------------------------------------------------

    def set_fee(
        self,
        principal: Principal,
        code: str,
        *,
        year: int,
        amount_cents: int,
        variant: str = "",
    ) -> ProductDetail:
        """Enter or change one fee of one year (a new year's fees can be entered ahead)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        _check_fee(year, amount_cents)
        variant = " ".join(variant.split())
        if len(variant) > MAX_VARIANT_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The fee variant is longer than {n} characters."),
                field="variant",
                n=MAX_VARIANT_CHARS,
            )
        with self._db.write() as session:
            product = self._lock(session, code)
            fee = session.get(ProductFee, (code, year, variant))
            old = None if fee is None else fee.amount_cents
            if fee is None:
                session.add(
                    ProductFee(
                        product_code=code, year=year, variant=variant, amount_cents=amount_cents
                    )
                )
            else:
                fee.amount_cents = amount_cents
            session.flush()
            self._audit(
                session,
                principal,
                "update_fee",
                code,
                f"{year} {variant or 'standaard'}: {old} -> {amount_cents} cents",
            )
            log.info("fee of %s for %s set by %s", code, year, principal.actor_code)
            return _detail(session, product, year)

    def remove_fee(self, principal: Principal, code: str, *, year: int, variant: str = "") -> None:
        """Take out a fee entered by mistake (a wrong year or variant)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        variant = " ".join(variant.split())
        with self._db.write() as session:
            self._lock(session, code)
            fee = session.get(ProductFee, (code, year, variant))
            if fee is None:
                return
            old = fee.amount_cents
            session.delete(fee)
            self._audit(
                session, principal, "remove_fee", code, f"{year} {variant or 'standaard'}: {old}"
            )

    def set_requirements(
        self, principal: Principal, code: str, requirements: Sequence[str]
    ) -> ProductDetail:
        """Replace the "what to bring" list (order kept, blank lines dropped)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        lines = [" ".join(r.split()) for r in requirements]
        lines = [line for line in lines if line]
        if len(lines) > MAX_REQUIREMENTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A product can list at most {n} requirements."),
                field="requirements",
                n=MAX_REQUIREMENTS,
            )
        if any(len(line) > MAX_REQUIREMENT_CHARS for line in lines):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A requirement is longer than {n} characters."),
                field="requirements",
                n=MAX_REQUIREMENT_CHARS,
            )
        with self._db.write() as session:
            product = self._lock(session, code)
            old = _requirements(session, code)
            session.execute(
                delete(ProductRequirement).where(ProductRequirement.product_code == code)
            )
            if lines:
                session.execute(
                    insert(ProductRequirement),
                    [
                        {"product_code": code, "position": i, "text": line}
                        for i, line in enumerate(lines)
                    ],
                )
            self._audit(
                session,
                principal,
                "update_requirements",
                code,
                f"{len(old)} -> {len(lines)} lines",
            )
            return _detail(session, product, self._fee_year_of(None))

    def set_service_norm(self, principal: Principal, code: str, days: int) -> ProductDetail:
        """The norm in working days that hand-offs about this product get from now on."""
        principal.require(Permission.MANAGE_CATALOGUE)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_NORM_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The service norm must be a whole number of 0 to {n} working days."
                ),
                field="service_norm_days",
                n=MAX_NORM_DAYS,
            )
        with self._db.write() as session:
            product = self._lock(session, code)
            old = product.service_norm_days
            product.service_norm_days = days
            session.flush()
            self._audit(session, principal, "update_service_norm", code, f"{old} -> {days}")
            return _detail(session, product, self._fee_year_of(None))

    def set_kiosk_available(
        self, principal: Principal, code: str, available: bool
    ) -> ProductDetail:
        """Offer the product at the kiosk or take it off (e.g. while the printer is replaced)."""
        principal.require(Permission.MANAGE_CATALOGUE)
        with self._db.write() as session:
            product = self._lock(session, code)
            present = session.get(ProductChannel, (code, Kanaal.KIOSK)) is not None
            if available and not present:
                session.add(ProductChannel(product_code=code, kanaal=Kanaal.KIOSK))
            elif not available and present:
                session.execute(
                    delete(ProductChannel).where(
                        ProductChannel.product_code == code, ProductChannel.kanaal == Kanaal.KIOSK
                    )
                )
            session.flush()
            self._audit(
                session, principal, "update_kiosk_available", code, f"{present} -> {available}"
            )
            return _detail(session, product, self._fee_year_of(None))

    def set_active(self, principal: Principal, code: str, active: bool) -> ProductDetail:
        """Withdraw a product (contacts can no longer name it) or offer it again.

        Products are never deleted: past contacts and tasks refer to them.
        """
        principal.require(Permission.MANAGE_CATALOGUE)
        with self._db.write() as session:
            product = self._lock(session, code)
            old = product.active
            product.active = active
            session.flush()
            self._audit(session, principal, "update_active", code, f"{old} -> {active}")
            return _detail(session, product, self._fee_year_of(None))

    # -- helpers --------------------------------------------------------------------------

    def _fee_year_of(self, on: date | datetime | None) -> int:
        if on is None:
            on = self._clock()
        if isinstance(on, datetime):
            if on.tzinfo is None:
                raise ValueError("a fee moment must be timezone-aware")
            return local_date(on).year
        return on.year

    def _lock(self, session: Session, code: str) -> Product:
        """The product row, locked on PostgreSQL so two beheerders' edits queue."""
        product = session.get(Product, code, with_for_update=not self._db.is_sqlite)
        if product is None:
            raise UnknownProductError(code=code)
        return product

    def _may_read(self, session: Session, principal: Principal, product: Product) -> bool:
        if not product.active and not principal.can(Permission.MANAGE_CATALOGUE):
            return False
        if kiosk_only(principal):
            return session.get(ProductChannel, (product.code, Kanaal.KIOSK)) is not None
        return True

    def _audit(
        self, session: Session, principal: Principal, action: str, code: str, detail: str
    ) -> None:
        record_audit(
            session, principal.actor_uuid, action, "product", code, at=self._clock(), detail=detail
        )


def kiosk_only(principal: Principal) -> bool:
    """Whether the caller sees only what a visitor may see at the kiosk (public articles,
    kiosk products): true for a kiosk identity, which has no staff knowledge permission."""
    return not principal.can(Permission.READ_STAFF_KNOWLEDGE)


def _check_fee(year: int, amount_cents: int) -> None:
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not (MIN_FEE_YEAR <= year <= MAX_FEE_YEAR)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The fee year must be between {low} and {high}."),
            field="year",
            low=MIN_FEE_YEAR,
            high=MAX_FEE_YEAR,
        )
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the fee in whole cents (84,45 euro is 8445)."),
            field="amount_cents",
        )
    if amount_cents < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A fee cannot be negative. Enter 0 for a free product."),
            field="amount_cents",
        )
    if amount_cents > MAX_FEE_CENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A fee above {max} is not accepted; check the amount."),
            field="amount_cents",
            max=format_euro(MAX_FEE_CENTS),
        )


def _has(
    model: type[ProductChannel] | type[ProductDoelgroep] | type[ProductThema],
    condition: ColumnElement[bool],
) -> Exists:
    return exists().where(model.product_code == Product.code, condition)


@dataclass(frozen=True)
class _Facets:
    themas: Mapping[str, tuple[Thema, ...]]
    doelgroepen: Mapping[str, tuple[Doelgroep, ...]]
    kanalen: Mapping[str, tuple[Kanaal, ...]]


def _facets(session: Session, codes: Sequence[str]) -> _Facets:
    """Themes, doelgroepen and channels of many products: three queries, not three per row."""
    themas: dict[str, list[Thema]] = {}
    doelgroepen: dict[str, list[Doelgroep]] = {}
    kanalen: dict[str, list[Kanaal]] = {}
    if codes:
        for code, thema in session.execute(
            select(ProductThema.product_code, ProductThema.thema).where(
                ProductThema.product_code.in_(codes)
            )
        ):
            themas.setdefault(code, []).append(thema)
        for code, doelgroep in session.execute(
            select(ProductDoelgroep.product_code, ProductDoelgroep.doelgroep).where(
                ProductDoelgroep.product_code.in_(codes)
            )
        ):
            doelgroepen.setdefault(code, []).append(doelgroep)
        for code, kanaal in session.execute(
            select(ProductChannel.product_code, ProductChannel.kanaal).where(
                ProductChannel.product_code.in_(codes)
            )
        ):
            kanalen.setdefault(code, []).append(kanaal)
    return _Facets(
        themas={c: _in_enum_order(Thema, v) for c, v in themas.items()},
        doelgroepen={c: _in_enum_order(Doelgroep, v) for c, v in doelgroepen.items()},
        kanalen={c: _in_enum_order(Kanaal, v) for c, v in kanalen.items()},
    )


_E = TypeVar("_E", Thema, Doelgroep, Kanaal)


def _in_enum_order(cls: type[_E], values: Iterable[_E]) -> tuple[_E, ...]:
    """Enum declaration order, so lists and screens show channels and themes consistently."""
    present = set(values)
    return tuple(member for member in cls if member in present)


def _unit_codes(session: Session, products: Sequence[Product]) -> dict[UUID, tuple[str, str]]:
    uuids = {p.unit_actor_uuid for p in products if p.unit_actor_uuid is not None}
    if not uuids:
        return {}
    rows = session.execute(select(Actor.uuid, Actor.code, Actor.naam).where(Actor.uuid.in_(uuids)))
    return {uuid: (code, naam) for uuid, code, naam in rows}


def _summary(
    product: Product, facets: _Facets, units: Mapping[UUID, tuple[str, str]]
) -> ProductSummary:
    unit = units.get(product.unit_actor_uuid) if product.unit_actor_uuid else None
    return ProductSummary(
        code=product.code,
        naam=product.naam,
        summary=product.summary,
        themas=facets.themas.get(product.code, ()),
        doelgroepen=facets.doelgroepen.get(product.code, ()),
        kanalen=facets.kanalen.get(product.code, ()),
        service_norm_days=product.service_norm_days,
        unit_code=unit[0] if unit else None,
        active=product.active,
    )


def _requirements(session: Session, code: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(ProductRequirement.text)
            .where(ProductRequirement.product_code == code)
            .order_by(ProductRequirement.position)
        )
    )


def fees_for_year(session: Session, codes: Iterable[str], year: int) -> dict[str, tuple[Fee, ...]]:
    """Per product, the fees of ``year`` or of its latest earlier year with fees.

    One query for any number of products; products without fees are left out.
    """
    wanted = sorted(set(codes))
    if not wanted:
        return {}
    latest = (
        select(ProductFee.product_code, func.max(ProductFee.year).label("year"))
        .where(ProductFee.product_code.in_(wanted), ProductFee.year <= year)
        .group_by(ProductFee.product_code)
        .subquery()
    )
    rows = session.execute(
        select(ProductFee)
        .join(
            latest,
            and_(
                ProductFee.product_code == latest.c.product_code, ProductFee.year == latest.c.year
            ),
        )
        .order_by(ProductFee.product_code, ProductFee.variant)
    ).scalars()
    result: dict[str, list[Fee]] = {}
    for fee in rows:
        result.setdefault(fee.product_code, []).append(
            Fee(year=fee.year, variant=fee.variant, amount_cents=fee.amount_cents)
        )
    return {code: tuple(fees) for code, fees in result.items()}


def _detail(session: Session, product: Product, year: int) -> ProductDetail:
    facets = _facets(session, [product.code])
    units = _unit_codes(session, [product])
    summary = _summary(product, facets, units)
    unit = units.get(product.unit_actor_uuid) if product.unit_actor_uuid else None
    fees = fees_for_year(session, [product.code], year).get(product.code, ())
    return ProductDetail(
        **{f: getattr(summary, f) for f in ProductSummary.__dataclass_fields__},
        unit_name=unit[1] if unit else None,
        requirements=_requirements(session, product.code),
        requested_year=year,
        fee_year=fees[0].year if fees else None,
        fees=fees,
        fee_note=product.fee_note,
    )


def matrix(
    products: Iterable[ProductSummary],
) -> dict[Thema, dict[Doelgroep, tuple[str, ...]]]:
    """The product-doelgroep-thema matrix: product codes per theme and doelgroep.

    Built from a product list rather than queried, so it honours the same filters (a kiosk
    gets the kiosk's matrix).
    """
    cells: dict[Thema, dict[Doelgroep, list[str]]] = {}
    for product in products:
        for thema in product.themas:
            for doelgroep in product.doelgroepen:
                cells.setdefault(thema, {}).setdefault(doelgroep, []).append(product.code)
    return {
        thema: {doelgroep: tuple(codes) for doelgroep, codes in row.items()}
        for thema, row in cells.items()
    }

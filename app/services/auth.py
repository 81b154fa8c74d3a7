"""Staff login, roles and the permission check every service makes.

Roles are enforced here, in the services, not by hiding buttons: a kiosk process, a script or a
modified client gets the same refusal as the screen would. A ``Principal`` is the identity a
service call runs as; it is created only by a successful login (or, for a kiosk, from its
registered automated actor) and is immutable.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.registry.db import Database
from app.registry.models import Actor, Role, SoortActor, StaffRole, StaffUser
from app.services.actors import unit_by_code
from app.services.audit import record_audit
from app.services.errors import (
    AccountLockedError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


class Permission(enum.StrEnum):
    REGISTER_CONTACT = "register_contact"
    READ_PERSON = "read_person"
    HAND_OFF = "hand_off"
    WORK_TASKS = "work_tasks"
    MANAGE_USERS = "manage_users"
    MANAGE_CATALOGUE = "manage_catalogue"
    VIEW_MANAGEMENT_INFO = "view_management_info"
    #: See a BSN unmasked: staff who identify residents and register their contacts need it;
    #: supervisors and administrators look at tasks and figures and see it masked.
    SEE_FULL_BSN = "see_full_bsn"
    #: Staff-only knowledge articles and products not offered at the kiosk.
    READ_STAFF_KNOWLEDGE = "read_staff_knowledge"
    #: Take a queue ticket, check in for an appointment: what a kiosk does for a visitor.
    ISSUE_TICKET = "issue_ticket"
    #: Open a desk and call, recall, transfer, park and end visits.
    SERVE_VISITORS = "serve_visitors"
    #: Book, reschedule and cancel appointments for a resident.
    BOOK_APPOINTMENTS = "book_appointments"
    #: Report the state of this station's printer, card reader or payment terminal.
    REPORT_DEVICE_STATUS = "report_device_status"
    #: See every station's devices and their alerts (the host view, the MI).
    VIEW_DEVICE_STATUS = "view_device_status"
    #: Take a card payment for a fee and follow it to the end (kiosk, counter).
    TAKE_PAYMENT = "take_payment"
    #: Pay money back to a card: a teamleider's decision, never a kiosk's.
    REFUND_PAYMENT = "refund_payment"
    #: Read a visitor's passport or identity card (MRZ, chip) to know who is at the desk.
    IDENTIFY_VISITOR = "identify_visitor"
    #: A kiosk's own bookkeeping: its state and step for the host view, help requests, and
    #: each visitor session as a contact.
    OPERATE_KIOSK = "operate_kiosk"
    #: Issue a document (uittreksel BRP) to the holder of a chip-verified identity document,
    #: for that holder only: the kiosk's self-service, which reads no other person.
    ISSUE_OWN_DOCUMENT = "issue_own_document"
    #: The host view: see the kiosks, answer help requests, end a kiosk session remotely.
    ASSIST_VISITORS = "assist_visitors"
    #: Read the protocol of person lookups (who looked up whom, with full BSNs): the
    #: beheerder answers residents' and inspectors' questions; nobody else needs it.
    VIEW_AUDIT = "view_audit"
    #: Anonymise contacts past their retention period and delete expired audit rows.
    RUN_RETENTION = "run_retention"


_STAFF = frozenset(
    {
        Permission.REGISTER_CONTACT,
        Permission.READ_PERSON,
        Permission.HAND_OFF,
        Permission.WORK_TASKS,
        Permission.READ_STAFF_KNOWLEDGE,
        Permission.ISSUE_TICKET,
        Permission.SERVE_VISITORS,
        Permission.BOOK_APPOINTMENTS,
        Permission.REPORT_DEVICE_STATUS,
        Permission.VIEW_DEVICE_STATUS,
        Permission.TAKE_PAYMENT,
        Permission.IDENTIFY_VISITOR,
        Permission.ASSIST_VISITORS,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MEDEWERKER: _STAFF | {Permission.SEE_FULL_BSN},
    Role.TEAMLEIDER: _STAFF | {Permission.VIEW_MANAGEMENT_INFO, Permission.REFUND_PAYMENT},
    Role.BEHEERDER: _STAFF
    | {
        Permission.MANAGE_USERS,
        Permission.MANAGE_CATALOGUE,
        Permission.VIEW_MANAGEMENT_INFO,
        Permission.VIEW_AUDIT,
        Permission.RUN_RETENTION,
    },
    # A kiosk registers its own visits and reads what the public may read (kiosk products,
    # public articles); no person data, no history, no tasks.
    # It reports its own devices' state, and sees nobody else's.
    Role.KIOSK: frozenset(
        {
            Permission.REGISTER_CONTACT,
            Permission.ISSUE_TICKET,
            Permission.REPORT_DEVICE_STATUS,
            Permission.TAKE_PAYMENT,
            Permission.IDENTIFY_VISITOR,
            Permission.OPERATE_KIOSK,
            Permission.ISSUE_OWN_DOCUMENT,
        }
    ),
    # In the hall: the kiosks, their help requests and devices, the queues; registers the help
    # given as a contact. No person data.
    Role.HOST: frozenset(
        {
            Permission.ASSIST_VISITORS,
            Permission.VIEW_DEVICE_STATUS,
            Permission.REGISTER_CONTACT,
            Permission.ISSUE_TICKET,
        }
    ),
}

ROLE_LABELS = {
    Role.MEDEWERKER: QT_TRANSLATE_NOOP("roles", "Medewerker"),
    Role.TEAMLEIDER: QT_TRANSLATE_NOOP("roles", "Teamleider"),
    Role.BEHEERDER: QT_TRANSLATE_NOOP("roles", "Beheerder"),
    Role.KIOSK: QT_TRANSLATE_NOOP("roles", "Kiosk"),
    Role.HOST: QT_TRANSLATE_NOOP("roles", "Host"),
}


@dataclass(frozen=True)
class Principal:
    """Who a service call runs as."""

    actor_uuid: UUID
    actor_code: str
    display_name: str
    roles: frozenset[Role]
    user_uuid: UUID | None = None
    unit_actor_uuid: UUID | None = None
    #: The back-office unit the user works for (its code), for screens that default to it.
    unit_code: str | None = None

    def can(self, permission: Permission) -> bool:
        return any(permission in ROLE_PERMISSIONS[role] for role in self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            log.warning("refused %s for actor %s", permission.value, self.actor_code)
            raise PermissionDeniedError(action=permission.value)


_hasher = PasswordHasher()


class AuthService:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        # Injected so the test suite can use cheap argon2 parameters; production uses the
        # library's defaults (RFC 9106 low-memory profile).
        self._hasher = hasher or _hasher

    def login(self, username: str, password: str) -> Principal:
        """Check a password; lock the account for a while after repeated failures.

        The same message for an unknown user and a wrong password, so the screen does not tell
        an attacker which usernames exist.
        """
        username = username.strip().lower()
        now = self._clock()
        with self._db.write() as session:
            user = session.scalars(
                select(StaffUser)
                .where(StaffUser.username == username)
                .options(
                    selectinload(StaffUser.roles),
                    selectinload(StaffUser.actor),
                    selectinload(StaffUser.unit),
                )
            ).one_or_none()
            if user is None or not user.active:
                _dummy_verify(self._hasher, password)
                raise AuthenticationError()
            if user.locked_until is not None and user.locked_until > now:
                seconds = (user.locked_until - now).total_seconds()
                minutes = max(1, math.ceil(seconds / 60))
                raise AccountLockedError(minutes=minutes)
            try:
                self._hasher.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                    log.warning("account %s locked after repeated failed logins", username)
                record_audit(
                    session, user.actor_uuid, "login_failed", "staff_user", username, at=now
                )
                # Commit the counter, then report the failure.
                session.flush()
                failed = True
            else:
                failed = False
                user.failed_logins = 0
                user.locked_until = None
                if self._hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = self._hasher.hash(password)
                record_audit(session, user.actor_uuid, "login", "staff_user", username, at=now)
                principal = _principal_for(user)
        if failed:
            raise AuthenticationError()
        return principal

    def kiosk_principal(self, kiosk_id: str) -> Principal:
        """The identity a kiosk runs as: its registered automated actor.

        A kiosk id that a beheerder has not registered is refused, so a copied kiosk image
        cannot register contacts under a made-up name.
        """
        with self._db.read() as session:
            actor = session.scalars(select(Actor).where(Actor.code == kiosk_id)).one_or_none()
            if actor is None or actor.soort_actor != SoortActor.GEAUTOMATISEERDE_ACTOR:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Kiosk {kiosk} is not registered. A beheerder must add it first."
                    ),
                    kiosk=kiosk_id,
                )
            if not actor.indicatie_actief:
                raise PermissionDeniedError(action="kiosk inactive")
            return Principal(
                actor_uuid=actor.uuid,
                actor_code=actor.code,
                display_name=actor.naam,
                roles=frozenset({Role.KIOSK}),
            )

    def create_user(
        self,
        principal: Principal | None,
        *,
        username: str,
        password: str,
        display_name: str,
        roles: Iterable[Role],
        unit_code: str | None = None,
    ) -> UUID:
        """Create a staff account. ``principal`` None is the operators' CLI/seed path."""
        if principal is not None:
            principal.require(Permission.MANAGE_USERS)
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("-", "").isalnum():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A username uses letters, digits, '.' and '-' only."),
                field="username",
            )
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A password needs at least {n} characters."),
                field="password",
                n=MIN_PASSWORD_LENGTH,
            )
        role_set = frozenset(roles)
        if not role_set:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give the account at least one role."), field="roles"
            )
        password_hash = self._hasher.hash(password)
        with self._db.write() as session:
            if session.scalars(select(StaffUser).where(StaffUser.username == username)).first():
                raise ConflictError(
                    QT_TRANSLATE_NOOP("errors", "The username {username} is already taken."),
                    username=username,
                )
            unit_uuid = None
            if unit_code:
                unit_uuid = unit_by_code(session, unit_code).uuid
            actor = Actor(
                soort_actor=SoortActor.MEDEWERKER, code=username, naam=display_name.strip()
            )
            session.add(actor)
            session.flush()
            user = StaffUser(
                username=username,
                password_hash=password_hash,
                display_name=display_name.strip(),
                actor_uuid=actor.uuid,
                unit_actor_uuid=unit_uuid,
                roles=[StaffRole(role=role) for role in role_set],
            )
            session.add(user)
            session.flush()
            record_audit(
                session,
                principal.actor_uuid if principal else None,
                "create_user",
                "staff_user",
                username,
                at=self._clock(),
            )
            return user.uuid


def _principal_for(user: StaffUser) -> Principal:
    return Principal(
        actor_uuid=user.actor_uuid,
        actor_code=user.actor.code,
        display_name=user.display_name,
        roles=frozenset(r.role for r in user.roles),
        user_uuid=user.uuid,
        unit_actor_uuid=user.unit_actor_uuid,
        unit_code=user.unit.code if user.unit else None,
    )


def _dummy_verify(hasher: PasswordHasher, password: str) -> None:
    """Spend the same time as a real check so response time does not reveal unknown users."""
    with contextlib.suppress(VerificationError):
        hasher.verify(hasher.hash("timing-equaliser"), password)

"""Staff login with argon2 hashes, lockout, and role enforcement in the services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.registry.models import AuditRecord, Role, StaffUser
from app.services import Services
from app.services.auth import MAX_FAILED_LOGINS, Permission
from app.services.errors import (
    AccountLockedError,
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from tests.conftest import FakeClock, make_user


def test_login_returns_principal_with_roles_and_unit(services: Services) -> None:
    make_user(services, "bob", "medewerker", unit="BO-BURGERZAKEN")
    principal = services.auth.login("  BOB ", "correct-horse")
    assert principal.actor_code == "bob"
    assert principal.roles == frozenset({Role.MEDEWERKER})
    assert principal.unit_actor_uuid is not None
    assert principal.can(Permission.READ_PERSON)
    assert not principal.can(Permission.MANAGE_USERS)


def test_password_is_stored_as_argon2_hash(services: Services) -> None:
    make_user(services, "anna", "medewerker")
    with services.db.read() as session:
        stored = session.scalars(select(StaffUser.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert "correct-horse" not in stored


@pytest.mark.parametrize(
    ("username", "password"), [("anna", "wrong-pass"), ("nobody", "correct-horse")]
)
def test_wrong_password_and_unknown_user_give_the_same_error(
    services: Services, username: str, password: str
) -> None:
    make_user(services, "anna", "medewerker")
    with pytest.raises(AuthenticationError) as info:
        services.auth.login(username, password)
    assert info.value.text() == "Username or password is incorrect."


def test_account_locks_after_repeated_failures_and_unlocks_later(
    services: Services, clock: FakeClock
) -> None:
    make_user(services, "anna", "medewerker")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            services.auth.login("anna", "wrong-pass")
    with pytest.raises(AccountLockedError) as info:
        services.auth.login("anna", "correct-horse")  # even the right password is refused now
    assert info.value.params["minutes"] == 15
    clock.advance(minutes=16)
    assert services.auth.login("anna", "correct-horse").actor_code == "anna"
    with services.db.read() as session:
        failures = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "login_failed")
        ).all()
    assert len(failures) == MAX_FAILED_LOGINS


def test_only_beheerder_creates_users(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    bea = make_user(services, "bea", "beheerder")
    with pytest.raises(PermissionDeniedError) as info:
        services.auth.create_user(
            anna, username="eve", password="long-enough", display_name="Eve", roles=[Role.BEHEERDER]
        )
    assert info.value.params["action"] == "manage_users"
    assert "teamleider or beheerder" in info.value.text()
    services.auth.create_user(
        bea, username="eve", password="long-enough", display_name="Eve", roles=[Role.MEDEWERKER]
    )
    assert services.auth.login("eve", "long-enough").display_name == "Eve"


@pytest.mark.parametrize(
    ("username", "password", "roles", "field"),
    [
        ("x y", "long-enough", [Role.MEDEWERKER], "username"),
        ("eve", "short", [Role.MEDEWERKER], "password"),
        ("eve", "long-enough", [], "roles"),
    ],
)
def test_create_user_validates(
    services: Services, username: str, password: str, roles: list[Role], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.auth.create_user(
            None, username=username, password=password, display_name="Eve", roles=roles
        )
    assert info.value.field == field


def test_duplicate_username_is_a_conflict(services: Services) -> None:
    make_user(services, "anna", "medewerker")
    with pytest.raises(ConflictError):
        make_user(services, "anna", "teamleider")


def test_role_matrix() -> None:
    from app.services.auth import ROLE_PERMISSIONS

    # A kiosk serves the visitor in front of it: no person data, no history, no refunds.
    assert ROLE_PERMISSIONS[Role.KIOSK] == {
        Permission.REGISTER_CONTACT,
        Permission.ISSUE_TICKET,
        Permission.REPORT_DEVICE_STATUS,
        Permission.TAKE_PAYMENT,
        Permission.IDENTIFY_VISITOR,
        Permission.OPERATE_KIOSK,
        Permission.ISSUE_OWN_DOCUMENT,
    }
    # A host in the hall helps at the kiosks: no person data, no figures, no money.
    host = ROLE_PERMISSIONS[Role.HOST]
    assert Permission.ASSIST_VISITORS in host
    assert not host & {
        Permission.READ_PERSON,
        Permission.SEE_FULL_BSN,
        Permission.VIEW_MANAGEMENT_INFO,
        Permission.TAKE_PAYMENT,
        Permission.ISSUE_OWN_DOCUMENT,
        Permission.OPERATE_KIOSK,
    }
    assert Permission.REFUND_PAYMENT in ROLE_PERMISSIONS[Role.TEAMLEIDER]
    assert Permission.REFUND_PAYMENT not in ROLE_PERMISSIONS[Role.MEDEWERKER]
    assert Permission.VIEW_MANAGEMENT_INFO not in ROLE_PERMISSIONS[Role.MEDEWERKER]
    assert Permission.VIEW_MANAGEMENT_INFO in ROLE_PERMISSIONS[Role.TEAMLEIDER]
    assert Permission.MANAGE_USERS in ROLE_PERMISSIONS[Role.BEHEERDER]


def test_only_staff_read_staff_knowledge() -> None:
    from app.services.auth import ROLE_PERMISSIONS

    staff = [Role.MEDEWERKER, Role.TEAMLEIDER, Role.BEHEERDER]
    assert all(Permission.READ_STAFF_KNOWLEDGE in ROLE_PERMISSIONS[r] for r in staff)
    assert Permission.READ_STAFF_KNOWLEDGE not in ROLE_PERMISSIONS[Role.KIOSK]

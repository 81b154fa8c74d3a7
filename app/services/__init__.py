"""Use cases of StadsPunt, free of Qt: the core every window, CLI command and test calls.

``Services`` bundles them around one database and one clock. Services are synchronous and safe
to call from worker threads; each call is one database transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from argon2 import PasswordHasher

from app.config import Settings
from app.registry.db import Database
from app.registry.models import utcnow
from app.services.appointments import AppointmentService
from app.services.audit_report import AuditReportService
from app.services.auth import AuthService
from app.services.brp.factory import create_person_source
from app.services.brp.source import PersonSource
from app.services.catalogue import CatalogueService
from app.services.contacts import ContactService
from app.services.device_status import DeviceStatusService
from app.services.documents.uittreksel import DocumentService
from app.services.identity import IdentityService, station_trust_store
from app.services.kennisbank import KennisbankService
from app.services.kiosk_hall import KioskHallService
from app.services.kpi import KpiService
from app.services.kto import KtoService
from app.services.payments import PaymentService
from app.services.persons import PersonService
from app.services.queue import QueueService
from app.services.retention import RetentionService
from app.services.self_service import SelfService


class Services:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
        *,
        password_hasher: PasswordHasher | None = None,
        person_source: PersonSource | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.auth = AuthService(db, clock, password_hasher)
        self.contacts = ContactService(db, clock)
        self.catalogue = CatalogueService(db, clock)
        self.kennisbank = KennisbankService(db, clock)
        self.queue = QueueService(db, clock, settings.location)
        self.appointments = AppointmentService(db, clock)
        self.persons = PersonService(db, clock, person_source or create_person_source(settings.brp))
        self.documents = DocumentService(db, clock)
        self.device_status = DeviceStatusService(db, clock)
        self.payments = PaymentService(db, clock)
        self.identity = IdentityService(db, clock, self.persons, station_trust_store(settings))
        self.kiosk_hall = KioskHallService(db, clock, settings.location)
        self.self_service = SelfService(db, clock, self.persons, self.catalogue)
        self.kpi = KpiService(db, clock)
        self.kto = KtoService(db, clock)
        self.retention = RetentionService(db, clock, settings.retention)
        self.audit_report = AuditReportService(db, clock)

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        return cls(Database(settings.connect_url()), settings)

    def close(self) -> None:
        self.db.dispose()

"""The ``stadspunt`` command: windows per mode, database maintenance and the demo.

Qt is imported only by the commands that open windows, so ``stadspunt db upgrade`` runs on a
server without a display and starts fast.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.config import ConfigError, Settings, load_settings, user_data_dir
from app.logging_setup import setup_logging

if TYPE_CHECKING:
    from app.services.kpi import KpiFilter, KpiReport

log = logging.getLogger("app.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stadspunt", description="StadsPunt KCC counter, kiosk and waiting-room display"
    )
    parser.add_argument("--version", action="version", version=f"stadspunt {__version__}")
    parser.add_argument("--config", type=Path, help="TOML configuration file")
    parser.add_argument("--database-url", help="override the configured database URL")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("counter", help="open the counter (balie) workstation")
    kiosk = sub.add_parser("kiosk", help="open the self-service kiosk")
    kiosk.add_argument("--windowed", action="store_true", help="not full screen (demo, testing)")
    kiosk.add_argument(
        "--no-supervise",
        action="store_true",
        help="run the window in this process, without restart after a crash (debugging)",
    )
    sub.add_parser(
        "host", help="open the host view (gastvrouw/-heer): kiosks, help requests, devices"
    )
    sub.add_parser(
        "hash-pin",
        help=(
            "ask a kiosk host PIN twice and print its argon2 hash for "
            "STADSPUNT_KIOSK_HOST_PIN_HASH or the keyring"
        ),
    )
    display = sub.add_parser("display", help="open the waiting-room display (calls and queues)")
    display.add_argument("--windowed", action="store_true", help="not full screen (demo, testing)")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="migrate the database to the newest schema")
    down = db_sub.add_parser("downgrade", help="migrate back to a revision")
    down.add_argument("revision", help="target revision, e.g. base or 0001")
    db_sub.add_parser("current", help="print the schema revision")
    db_sub.add_parser("seed", help="add reference data (units, products, kiosks)")

    user = sub.add_parser("user", help="staff accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = user_sub.add_parser("add", help="create a staff account (password asked on the tty)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["medewerker", "teamleider", "beheerder", "host"],
        help="may be repeated",
    )
    add.add_argument("--unit", help="back-office unit code, e.g. BO-BURGERZAKEN")

    person = sub.add_parser(
        "person", help="print a person from the configured BRP source as JSON (audited)"
    )
    person.add_argument("bsn")
    person.add_argument("--purpose", required=True, help="why you look this person up")
    person.add_argument(
        "--user", default=getpass.getuser(), help="staff account the lookup is audited under"
    )

    _add_kpi_parser(sub)
    _add_audit_parser(sub)
    _add_retention_parser(sub)

    sub.add_parser(
        "mrz",
        help="parse the machine-readable zone of a passport or ID card from stdin, print JSON",
    )

    sim = sub.add_parser(
        "terminal-sim",
        add_help=False,
        help="run the OPI card-terminal simulator on loopback (demo, tests); --help for options",
    )
    sim.add_argument("sim_args", nargs=argparse.REMAINDER)

    demo = sub.add_parser(
        "demo",
        help="seed a demo database and open counter, kiosk, waiting-room display and host view",
    )
    demo.add_argument("--db", type=Path, help="demo SQLite file (default: in the user data dir)")
    demo.add_argument("--reset", action="store_true", help="start from an empty demo database")
    demo.add_argument("--no-windows", action="store_true", help="only seed, open nothing")
    demo.add_argument(
        "--generate",
        type=int,
        default=0,
        metavar="N",
        help="add N generated contacts over the past year (dashboard demo, benchmarks)",
    )
    return parser


def _add_kpi_parser(sub: Any) -> None:
    kpi = sub.add_parser(
        "kpi", help="print the management figures of a period (as on the dashboard)"
    )
    kpi.add_argument("--from", dest="start", required=True, type=date.fromisoformat)
    kpi.add_argument("--to", dest="end", required=True, type=date.fromisoformat)
    kpi.add_argument(
        "--format",
        choices=["json", "csv", "xlsx", "pdf"],
        default="json",
        help="json and csv print to stdout unless --output; xlsx and pdf need --output",
    )
    kpi.add_argument("--output", type=Path, metavar="FILE", help="write the figures to FILE")
    kpi.add_argument("--grain", choices=["week", "month"], default="month")
    kpi.add_argument("--location", help="only contacts at this location")
    kpi.add_argument("--kanaal", help="only contacts of this channel (balie, telefoon, ...)")
    kpi.add_argument("--unit", help="only this back-office unit (code)")
    kpi.add_argument("--product", help="only contacts about this product (code)")
    kpi.add_argument("--title", default="Managementinformatie KCC", help="PDF report title")
    kpi.add_argument(
        "--user", default=getpass.getuser(), help="staff account (teamleider or beheerder)"
    )


def _add_audit_parser(sub: Any) -> None:
    audit = sub.add_parser(
        "audit", help="print who looked up whom in a period (the protocol; beheerder only)"
    )
    audit.add_argument("--from", dest="start", required=True, type=date.fromisoformat)
    audit.add_argument("--to", dest="end", required=True, type=date.fromisoformat)
    audit.add_argument("--user", dest="actor", help="only the lookups of this user or kiosk")
    audit.add_argument("--bsn", help="only the lookups of this person (who looked at me)")
    audit.add_argument("--format", choices=["csv", "json"], default="csv")
    audit.add_argument("--limit", type=int, default=10_000, help="at most this many rows")
    audit.add_argument(
        "--login",
        default=getpass.getuser(),
        help="your staff account (beheerder); the report is itself recorded under it",
    )


def _add_retention_parser(sub: Any) -> None:
    retention = sub.add_parser(
        "retention", help="anonymise contacts past the retention period ([retention] settings)"
    )
    actions = retention.add_subparsers(dest="retention_command", required=True, metavar="ACTION")
    run = actions.add_parser(
        "run", help="anonymise old contacts, delete expired audit rows, print the counts"
    )
    run.add_argument("--dry-run", action="store_true", help="only count what a run would change")
    run.add_argument(
        "--user",
        help="run as this beheerder (password from STADSPUNT_PASSWORD or the terminal); "
        "without it the run is the system's, for a scheduled job on the server",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    #: The command line as given, for the supervised kiosk's own command line.
    args.argv = list(sys.argv[1:] if argv is None else argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"stadspunt: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.database_url:
        settings = settings.with_database(args.database_url)
    mode = (
        args.command if args.command in ("counter", "kiosk", "display", "host", "demo") else "cli"
    )
    if mode == "kiosk" and _supervised(args):
        mode = "kiosk-supervisor"  # its own log file: two processes must not rotate one
    setup_logging(settings.log_dir, mode, verbose=args.verbose)
    try:
        return _dispatch(args, settings)
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as exc:
        from app.registry.db import DatabaseUnavailableError
        from app.services.errors import DomainError

        if isinstance(exc, DomainError):
            print(f"stadspunt: {exc.text()}", file=sys.stderr)
            return EXIT_ERROR
        if isinstance(exc, DatabaseUnavailableError):
            print(f"stadspunt: the database cannot be reached: {exc}", file=sys.stderr)
            return EXIT_ERROR
        raise


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    commands: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
        "db": _db,
        "user": _user,
        "demo": _demo,
        "person": _person,
        "kpi": _kpi,
        "audit": _audit,
        "retention": _retention,
        "mrz": _mrz,
        "terminal-sim": _terminal_sim,
        "counter": _counter,
        "kiosk": _kiosk,
        "display": _display,
        "host": _host,
        "hash-pin": _hash_pin,
    }
    return commands[args.command](args, settings)


def _counter(args: argparse.Namespace, settings: Settings) -> int:
    from app.counter.app import run_counter

    return run_counter(settings)


def _supervised(args: argparse.Namespace) -> bool:
    """A full-screen kiosk runs as the child of a supervisor that restarts it after a crash."""
    return not (args.windowed or args.no_supervise)


def _kiosk(args: argparse.Namespace, settings: Settings) -> int:
    if _supervised(args):
        from app.kiosk.supervisor import child_command, supervise

        # Exit code 0 (a host closed the kiosk with the PIN) ends the supervisor too.
        return supervise(child_command(args.argv))
    from app.kiosk.app import run_kiosk

    return run_kiosk(settings, windowed=args.windowed)


def _display(args: argparse.Namespace, settings: Settings) -> int:
    from app.display.app import run_display

    return run_display(settings, windowed=args.windowed)


def _host(args: argparse.Namespace, settings: Settings) -> int:
    from app.host.app import run_host

    return run_host(settings)


#: A kiosk PIN is typed on a touch pad by a host: digits only, long enough not to be guessed
#: in the three tries before the pad locks.
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12


def _hash_pin(args: argparse.Namespace, settings: Settings) -> int:
    from argon2 import PasswordHasher

    pin = getpass.getpass("host PIN: ")
    if not pin.isdigit() or not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        print(f"stadspunt: a PIN is {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits", file=sys.stderr)
        return EXIT_USAGE
    if getpass.getpass("again: ") != pin:
        print("stadspunt: the two PINs differ", file=sys.stderr)
        return EXIT_USAGE
    print(PasswordHasher().hash(pin))
    return EXIT_OK


def _db(args: argparse.Namespace, settings: Settings) -> int:
    from app.registry import migrate
    from app.registry.db import Database

    db = Database(settings.connect_url())
    try:
        if args.db_command == "upgrade":
            migrate.upgrade(db)
            print(f"database at revision {migrate.current_revision(db)}")
        elif args.db_command == "downgrade":
            migrate.downgrade(db, args.revision)
            print(f"database at revision {migrate.current_revision(db) or 'base'}")
        elif args.db_command == "current":
            current = migrate.current_revision(db)
            head = migrate.head_revision(db)
            print(f"{current or 'base'} (newest: {head})")
            return EXIT_OK if current == head else EXIT_ERROR
        elif args.db_command == "seed":
            from app.services import Services
            from app.services.seed import seed_kennisbank, seed_reference

            services = Services(db, settings)
            seed_reference(services, (settings.kiosk_id,))
            seed_kennisbank(services)
            print("reference data present (units, products, kiosk, kennisbank)")
    finally:
        db.dispose()
    return EXIT_OK


def _user(args: argparse.Namespace, settings: Settings) -> int:
    from app.registry.models import Role
    from app.services import Services

    password = os.environ.get("STADSPUNT_NEW_PASSWORD") or getpass.getpass("Password: ")
    services = Services.from_settings(settings)
    try:
        services.auth.create_user(
            None,
            username=args.username,
            password=password,
            display_name=args.name,
            roles=[Role(r) for r in args.role],
            unit_code=args.unit,
        )
    finally:
        services.close()
    print(f"account {args.username} created")
    return EXIT_OK


def _person(args: argparse.Namespace, settings: Settings) -> int:
    """Operators' lookup: the same service, audit row and role check as the counter's.

    The operator logs in like staff (password from ``STADSPUNT_PASSWORD`` or the terminal),
    because a lookup must be attributable to a person in the audit trail.
    """
    import json

    from app.services import Services
    from app.services.brp.model import person_to_json

    password = _password(args.user)
    services = Services.from_settings(settings)
    try:
        principal = services.auth.login(args.user, password)
        view = services.persons.lookup(principal, args.bsn, purpose=args.purpose)
    finally:
        services.close()
    data = person_to_json(view.person)
    data["bsn"] = view.bsn_display
    data["age"] = view.age
    data["signals"] = [{"kind": s.kind.value, "text": s.text()} for s in view.signals]
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK


def _password(user: str) -> str:
    """Operators log in like staff: the password from ``STADSPUNT_PASSWORD`` or the terminal."""
    return os.environ.get("STADSPUNT_PASSWORD") or getpass.getpass(f"Password for {user}: ")


def _kpi(args: argparse.Namespace, settings: Settings) -> int:
    """The dashboard's figures for scripts and the council's spreadsheet, under a staff login
    (VIEW_MANAGEMENT_INFO, checked by the service). The files are written by the same module
    as the dashboard's exports, so both give the same bytes for the same figures."""
    from app.services import Services

    if args.format in ("xlsx", "pdf") and args.output is None:
        print(f"stadspunt: --format {args.format} needs --output FILE", file=sys.stderr)
        return EXIT_USAGE
    # The filter is checked before the password is asked: a wrong channel is a typo.
    period = _kpi_filter(args)
    if period is None:
        return EXIT_USAGE
    password = _password(args.user)
    services = Services.from_settings(settings)
    try:
        principal = services.auth.login(args.user, password)
        report = services.kpi.report(principal, period, args.grain)
    finally:
        services.close()
    try:
        _write_kpi(report, args, settings)
    except OSError as exc:
        print(f"stadspunt: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.output is not None:
        print(f"written {args.output}")
    return EXIT_OK


def _kpi_filter(args: argparse.Namespace) -> KpiFilter | None:
    """The command line's filter; None (after saying why) for an unknown channel."""
    from app.registry.models import Kanaal
    from app.services.kpi import KpiFilter

    kanaal = None
    if args.kanaal is not None:
        try:
            kanaal = Kanaal(args.kanaal)
        except ValueError:
            known = ", ".join(k.value for k in Kanaal)
            print(f"stadspunt: unknown --kanaal {args.kanaal!r} (one of {known})", file=sys.stderr)
            return None
    return KpiFilter(
        args.start,
        args.end,
        location=args.location,
        kanaal=kanaal,
        unit_code=args.unit,
        product_code=args.product,
    )


def _write_kpi(report: KpiReport, args: argparse.Namespace, settings: Settings) -> None:
    import json

    from app.services.kpi_export import write_csv, write_csv_to, write_pdf, write_xlsx

    output: Path | None = args.output
    if args.format == "json":
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    elif args.format == "csv":
        if output is None:
            write_csv_to(report, sys.stdout)
        else:
            write_csv(report, output)
    elif output is None:
        raise AssertionError("xlsx and pdf are refused without --output")
    elif args.format == "xlsx":
        write_xlsx(report, output)
    else:
        write_pdf(report, output, title=args.title, municipality=settings.municipality)


def _audit(args: argparse.Namespace, settings: Settings) -> int:
    """The protocol report for a resident's or an inspector's question, under a staff login
    (VIEW_AUDIT, checked by the service, which also records that the protocol was read)."""
    import csv
    import json

    from app.services import Services
    from app.services.workingdays import AMSTERDAM

    if args.end < args.start:
        print("stadspunt: the period ends before it starts (--to before --from)", file=sys.stderr)
        return EXIT_USAGE
    password = _password(args.login)
    services = Services.from_settings(settings)
    try:
        principal = services.auth.login(args.login, password)
        report = services.audit_report.lookups(
            principal, args.start, args.end, actor=args.actor, bsn=args.bsn, limit=args.limit
        )
    finally:
        services.close()
    rows = [
        {
            "tijdstip": row.at.astimezone(AMSTERDAM).isoformat(timespec="seconds"),
            "gebruiker": row.actor_code,
            "naam": row.actor_name,
            "rol": row.role,
            "actie": row.action,
            "bsn": row.bsn,
            "doel": row.purpose,
        }
        for row in report.rows
    ]
    if args.format == "json":
        data = {"total": report.total, "rows": rows}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=AUDIT_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    if report.total > len(report.rows):
        print(
            f"stadspunt: {len(report.rows)} of {report.total} rows shown; raise --limit",
            file=sys.stderr,
        )
    return EXIT_OK


AUDIT_CSV_FIELDS = ("tijdstip", "gebruiker", "naam", "rol", "actie", "bsn", "doel")


def _retention(args: argparse.Namespace, settings: Settings) -> int:
    """The retention policy for a scheduled job (no login: whoever can reach the database
    with its credentials is the system) or a beheerder at the terminal (``--user``)."""
    from app.services import Services
    from app.services.workingdays import AMSTERDAM

    password = _password(args.user) if args.user else ""
    services = Services.from_settings(settings)
    try:
        principal = services.auth.login(args.user, password) if args.user else None
        result = services.retention.run(principal, dry_run=args.dry_run)
    finally:
        services.close()
    contacts_day = result.contacts_before.astimezone(AMSTERDAM).date()
    audit_day = result.audit_before.astimezone(AMSTERDAM).date()
    print(
        f"{'dry run' if result.dry_run else 'retention run'}: contacts before {contacts_day} "
        f"({settings.retention.contacts_months} months), audit rows before {audit_day} "
        f"({settings.retention.audit_years} years)"
    )
    labels = {
        "contacts": "contacts anonymised",
        "party_links": "party links removed",
        "zaak_subjects": "zaak numbers removed",
        "handoffs": "hand-off texts cleared",
        "appointments": "appointments anonymised",
        "tickets": "tickets unlinked",
        "help_requests": "help-request notes cleared",
        "parties": "parties deleted",
        "audit_rows_deleted": "audit rows deleted",
    }
    for name, value in result.counts().items():
        print(f"  {labels.get(name, name):<28}{value:>10,}")
    if result.changed == 0:
        print("nothing to do: the registry already meets the retention policy")
    elif result.dry_run:
        print(f"nothing changed; a run would change {result.changed:,} rows")
    else:
        print(f"{result.changed:,} rows changed")
    return EXIT_OK


def _mrz(args: argparse.Namespace, settings: Settings) -> int:
    """Operators check a scanned or typed MRZ without the GUI; no database, no Qt."""
    del args, settings
    import json

    from app.devices.emrtd.mrz import MrzError, parse_mrz

    try:
        data = parse_mrz(sys.stdin.read())
    except MrzError as exc:
        print(f"stadspunt: {exc.text()}", file=sys.stderr)
        return EXIT_ERROR
    print(json.dumps(data.to_json_dict(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _terminal_sim(args: argparse.Namespace, settings: Settings) -> int:
    """The simulator listens where ``[payment]`` says the terminal is, unless told otherwise."""
    from app.devices.payment.simulator import main as simulator_main

    payment = settings.payment
    defaults = [
        f"--host={payment.host}",
        f"--port={payment.port}",
        f"--device-host={payment.device_host}",
        f"--device-port={payment.device_port}",
    ]
    return simulator_main([*defaults, *args.sim_args])


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from app.registry import migrate
    from app.registry.db import Database
    from app.services import Services
    from app.services.seed import DEMO_USERS, seed_demo

    path: Path = args.db or (user_data_dir() / "demo.db")
    if args.reset:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    settings = settings.with_database(f"sqlite:///{path}")
    db = Database(settings.database_url)
    migrate.upgrade(db)
    services = Services(db, settings)
    seed_demo(services)
    if args.generate > 0:
        from datetime import timedelta

        from app.services.generate import generate_registry
        from app.services.workingdays import local_date

        summary = generate_registry(
            db,
            contacts=args.generate,
            end=local_date(services.clock()) - timedelta(days=1),
            location=settings.location,
            persons=args.generate // 10,
            progress=lambda done: print(f"  {done:,} contacts generated", flush=True),
        )
        print(f"generated {summary.contacts:,} contacts in {summary.seconds:.1f} s")
    services.close()
    print(f"demo database: {path}")
    for user in DEMO_USERS:
        roles = ", ".join(r.value for r in user.roles)
        print(f"  login {user.username:<6} password {user.password:<16} ({roles})")
    if args.no_windows:
        return EXIT_OK
    env = {**os.environ, "STADSPUNT_DATABASE_URL": settings.database_url}
    base = [sys.executable, "-m", "app"]
    # Kiosk, display and host view live as long as the counter: closing it ends the demo.
    companions = [
        subprocess.Popen([*base, *mode], env=env)  # noqa: S603
        for mode in (["kiosk", "--windowed"], ["display", "--windowed"], ["host"])
    ]
    try:
        counter = subprocess.run([*base, "counter"], env=env, check=False)  # noqa: S603
    finally:
        for process in companions:
            process.terminate()
        for process in companions:
            process.wait(timeout=10)
    return counter.returncode

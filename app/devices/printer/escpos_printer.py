"""Thermal receipt printers that speak ESC/POS, through python-escpos (network or USB).

A receipt is first rendered into an in-memory ``Dummy`` and then sent in one write, so that a
connection that drops half-way does not leave a receipt without its QR code and cut silently
counted as printed. ESC/POS has no job queue: a job is completed once the bytes are accepted.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from .base import JobState, PrinterState, PrinterStatus, PrintJob, Receipt, ReceiptLine
from .errors import (
    PaperOutError,
    PrinterError,
    PrinterOfflineError,
    PrintFailedError,
    UnsupportedDocumentError,
)

#: python-escpos ``paper_status()``: 0 no paper, 1 near end, 2 enough.
_PAPER_OUT, _PAPER_LOW = 0, 1


def connect(spec: str, *, profile: str = "", timeout: float = 10.0) -> Any:
    """An (unopened) python-escpos printer for ``tcp://host[:port]`` or ``usb:VVVV:PPPP``."""
    from escpos import printer as escpos_printer

    kwargs: dict[str, Any] = {"profile": profile} if profile else {}
    if spec.startswith("tcp://"):
        url = urlsplit(spec)
        if not url.hostname:
            raise ValueError(f"escpos connection '{spec}' has no host")
        return escpos_printer.Network(url.hostname, url.port or 9100, timeout, **kwargs)
    if spec.startswith("usb:"):
        parts = spec.split(":")
        if len(parts) != 3:
            raise ValueError(f"escpos connection '{spec}' is not usb:VVVV:PPPP")
        vendor, product = (int(p, 16) for p in parts[1:])
        if not escpos_printer.Usb.is_usable():
            raise ValueError("escpos USB printers need pyusb: pip install 'python-escpos[usb]'")
        return escpos_printer.Usb(vendor, product, timeout=int(timeout * 1000), **kwargs)
    raise ValueError(f"escpos connection '{spec}' is neither tcp://host:port nor usb:VVVV:PPPP")


class EscPosPrinter:
    native_receipts = True

    def __init__(
        self,
        device: Any,
        *,
        name: str = "escpos",
        qr_size: int = 6,
        render: Callable[[], Any] | None = None,
    ) -> None:
        """``device`` is a python-escpos printer (``Network``, ``Usb``, or ``Dummy`` in tests);
        ``render`` makes the scratch printer a receipt is composed in (default: a ``Dummy``
        with the device's profile)."""
        self._device = device
        self._name = name
        self._qr_size = qr_size
        self._render = render or self._scratch
        self._states: dict[str, JobState] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._answers = True

    @property
    def name(self) -> str:
        return self._name

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob:
        raise UnsupportedDocumentError(f"{self._name} prints receipts, not PDF", document=pdf)

    def print_receipt(self, receipt: Receipt) -> PrintJob:
        data = self.render(receipt)
        with self._lock:
            job = PrintJob(f"escpos-{next(self._ids)}", self._name, receipt.title, receipt=receipt)
            try:
                if self._paper() == _PAPER_OUT:
                    raise PaperOutError(f"{self._name}: paper sensor reports no paper")
                self._device._raw(data)
            except PrinterError as exc:
                self._states[job.id] = JobState.FAILED
                raise type(exc)(exc.detail, job=job) from exc
            except Exception as exc:
                self._states[job.id] = JobState.FAILED
                self._reset()
                raise self._translate(exc)(f"{self._name}: {exc}", job=job) from exc
            self._states[job.id] = JobState.COMPLETED
        return job

    def render(self, receipt: Receipt) -> bytes:
        """The ESC/POS bytes for a receipt: text with styles, native QR (GS ( k), feed and cut."""
        scratch = self._render()
        for line in receipt.lines:
            self._line(scratch, line)
        if receipt.qr:
            scratch.set(align="center")
            scratch.qr(receipt.qr, native=True, size=self._qr_size)
        for line in receipt.footer:
            self._line(scratch, line)
        scratch.cut()
        return bytes(scratch.output)

    def job_state(self, job: PrintJob) -> JobState:
        with self._lock:
            return self._states.get(job.id, JobState.FAILED)

    def status(self) -> PrinterStatus:
        with self._lock:
            try:
                paper = self._paper()
            except PrinterOfflineError as exc:
                return PrinterStatus(PrinterState.OFFLINE, exc.detail)
        if paper == _PAPER_OUT:
            return PrinterStatus(PrinterState.PAPER_OUT, "paper sensor: no paper")
        if paper == _PAPER_LOW:
            return PrinterStatus(PrinterState.PAPER_LOW, "paper sensor: paper near end")
        if paper is None:
            return PrinterStatus(PrinterState.IDLE, "this connection cannot report paper")
        return PrinterStatus(PrinterState.IDLE)

    def _paper(self) -> int | None:
        """The paper sensor, or None when the connection cannot read back (e.g. one-way USB,
        or a print server that never answers: then it is not asked again, each question
        would cost the whole timeout)."""
        if not self._answers:
            return None
        try:
            return int(self._device.paper_status())
        except (NotImplementedError, TimeoutError):
            self._answers = False
            return None
        except Exception as exc:
            if self._translate(exc) is PrinterOfflineError:
                self._reset()
                raise PrinterOfflineError(f"{self._name}: {exc}") from exc
            return None

    def _reset(self) -> None:
        """Drop a broken connection so that the next call opens a new one (python-escpos
        reopens only a device that was never opened)."""
        with contextlib.suppress(Exception):  # closing a dead socket may fail in any way
            self._device.close()
        self._device._device = False

    def _scratch(self) -> Any:
        from escpos.printer import Dummy

        profile = getattr(self._device, "profile", None)
        scratch = Dummy()
        if profile is not None:
            scratch.profile = profile
        return scratch

    @staticmethod
    def _line(scratch: Any, line: ReceiptLine) -> None:
        scratch.set(
            align=line.align,
            bold=line.bold,
            normal_textsize=not line.large,
            double_width=line.large,
            double_height=line.large,
        )
        scratch.textln(line.text)

    @staticmethod
    def _translate(exc: BaseException) -> type[PrinterError]:
        from escpos.exceptions import DeviceNotFoundError

        if isinstance(exc, DeviceNotFoundError | OSError):
            return PrinterOfflineError
        return PrintFailedError

"""OPI messages as typed values: build them to bytes, parse bytes back, refuse anything else.

Message and attribute names follow the OPI documentation (IXRetail namespace): a
``CardServiceRequest`` carries ``RequestType``, ``WorkstationID``, ``RequestID`` and
``ReferenceNumber``, with ``POSdata/POSTimeStamp`` and ``TotalAmount Currency="EUR"``; the
``CardServiceResponse`` adds ``OverallResult``, ``Terminal/@STAN`` and ``Tender`` with
``TotalAmount`` and ``Authorisation`` (``ApprovalCode``, ``CardCircuit`` = brand, ``CardPAN``,
``TimeStamp``, ``ActionCode``). Channel 1 uses ``DeviceRequest``/``DeviceResponse`` with
``Output OutDeviceTarget=...`` and ``TextLine`` children; ``DeliveryBox`` is an output target.

The parser runs on bytes from the network, so it trusts nothing: the payload must be UTF-8,
below the frame limit and free of DOCTYPE/ENTITY declarations (xml.etree expands internal
entities; refusing the declaration closes that door without defusedxml), the root must be in
the IXRetail namespace, and missing or malformed values raise ``OpiProtocolError``, never
another exception. Card numbers are masked while parsing, so a full PAN never leaves here.
"""

from __future__ import annotations

import enum
import re
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import TypeAlias

from .base import check_currency, format_amount, mask_pan, parse_amount
from .errors import OpiProtocolError
from .settings import DEFAULT_MAX_FRAME

NS = "http://www.nrf-arts.org/IXRetail/namespace"
_FORBIDDEN = ("<!DOCTYPE", "<!ENTITY")
# Characters XML 1.0 cannot carry; dropped from text we send so every message we build parses.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MAX_VALUE = 512


class CardRequestType(enum.StrEnum):
    CARD_PAYMENT = "CardPayment"
    PAYMENT_REFUND = "PaymentRefund"
    PAYMENT_REVERSAL = "PaymentReversal"
    ABORT = "AbortRequest"
    REPEAT_LAST = "RepeatLastMessage"
    TICKET_REPRINT = "TicketReprint"


class ServiceRequestType(enum.StrEnum):
    LOGIN = "Login"
    LOGOFF = "Logoff"
    GET_STATUS = "GetStatus"


class OverallResult(enum.StrEnum):
    SUCCESS = "Success"
    FAILURE = "Failure"
    ABORTED = "Aborted"
    BUSY = "Busy"
    TIMED_OUT = "TimedOut"
    DEVICE_UNAVAILABLE = "DeviceUnavailable"
    LOGGED_OUT = "LoggedOut"
    PARSING_ERROR = "ParsingError"
    FORMAT_ERROR = "FormatError"


class OutputTarget(enum.StrEnum):
    CASHIER_DISPLAY = "CashierDisplay"
    CUSTOMER_DISPLAY = "CustomerDisplay"
    PRINTER = "Printer"  # customer receipt
    PRINTER_RECEIPT = "PrinterReceipt"  # merchant copy
    DELIVERY_BOX = "DeliveryBox"


@dataclass(frozen=True)
class Amount:
    cents: int
    currency: str = "EUR"


@dataclass(frozen=True)
class CardServiceRequest:
    request_type: str
    workstation_id: str
    request_id: str
    pop_id: str | None = None
    reference_number: str | None = None
    timestamp: str | None = None
    language: str | None = None
    amount: Amount | None = None
    original_stan: str | None = None
    original_request_id: str | None = None


@dataclass(frozen=True)
class Authorisation:
    approval_code: str | None = None
    card_brand: str | None = None
    masked_pan: str | None = None
    timestamp: str | None = None
    action_code: str | None = None
    receipt_number: str | None = None


@dataclass(frozen=True)
class CardServiceResponse:
    request_type: str
    workstation_id: str
    request_id: str
    overall_result: str
    terminal_id: str | None = None
    stan: str | None = None
    amount: Amount | None = None
    authorisation: Authorisation | None = None


@dataclass(frozen=True)
class ServiceRequest:
    request_type: str
    workstation_id: str
    request_id: str
    pop_id: str | None = None
    timestamp: str | None = None


@dataclass(frozen=True)
class ServiceResponse:
    request_type: str
    workstation_id: str
    request_id: str
    overall_result: str
    terminal_id: str | None = None


@dataclass(frozen=True)
class Output:
    target: str
    lines: tuple[str, ...] = ()
    result: str | None = None


@dataclass(frozen=True)
class DeviceRequest:
    request_type: str
    workstation_id: str
    request_id: str
    outputs: tuple[Output, ...] = ()


@dataclass(frozen=True)
class DeviceResponse:
    request_type: str
    workstation_id: str
    request_id: str
    overall_result: str
    outputs: tuple[Output, ...] = ()


OpiMessage: TypeAlias = (
    CardServiceRequest
    | CardServiceResponse
    | ServiceRequest
    | ServiceResponse
    | DeviceRequest
    | DeviceResponse
)


class RequestIds:
    """Request ids for one workstation: strings of increasing integers, unique per process and,
    because the counter starts at the current time in milliseconds, across restarts too (unless
    more than a thousand requests a second were made before the restart). Thread-safe."""

    def __init__(self, start: int | None = None) -> None:
        self._last = (time.time_ns() // 1_000_000 if start is None else start) - 1
        self._lock = threading.Lock()

    def next(self) -> str:
        with self._lock:
            self._last += 1
            return str(self._last)


# ---------------------------------------------------------------- building


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _clean(value: str) -> str:
    return _XML_INVALID.sub("", value)


def _root(tag: str, attrs: dict[str, str | None]) -> ET.Element:
    # Unqualified tags plus an explicit xmlns: ElementTree's default_namespace option refuses
    # the unqualified attributes OPI uses.
    values = {k: _clean(v) for k, v in attrs.items() if v is not None}
    return ET.Element(tag, {**values, "xmlns": NS})


def _amount(parent: ET.Element, amount: Amount) -> None:
    node = ET.SubElement(parent, "TotalAmount", {"Currency": check_currency(amount.currency)})
    node.text = format_amount(amount.cents)


def _outputs(parent: ET.Element, outputs: tuple[Output, ...]) -> None:
    for output in outputs:
        attrs = {"OutDeviceTarget": output.target}
        if output.result is not None:
            attrs["OutResult"] = output.result
        node = ET.SubElement(parent, "Output", attrs)
        for line in output.lines:
            ET.SubElement(node, "TextLine").text = _clean(line)


def encode_message(message: OpiMessage) -> bytes:  # noqa: PLR0912 - one branch per message
    """The UTF-8 XML of one message, with the IXRetail namespace as the default namespace."""
    base: dict[str, str | None] = {
        "RequestType": message.request_type,
        "WorkstationID": message.workstation_id,
        "RequestID": message.request_id,
    }
    if isinstance(message, CardServiceRequest):
        base |= {"POPID": message.pop_id, "ReferenceNumber": message.reference_number}
        root = _root("CardServiceRequest", base)
        if message.timestamp is not None or message.language is not None:
            pos = ET.SubElement(
                root, "POSdata", {"LanguageCode": message.language} if message.language else {}
            )
            if message.timestamp is not None:
                ET.SubElement(pos, "POSTimeStamp").text = message.timestamp
        if message.amount is not None:
            _amount(root, message.amount)
        if message.original_stan is not None or message.original_request_id is not None:
            original = {"STAN": message.original_stan, "RequestID": message.original_request_id}
            ET.SubElement(
                root,
                "OriginalTransaction",
                {k: _clean(v) for k, v in original.items() if v is not None},
            )
    elif isinstance(message, CardServiceResponse):
        base["OverallResult"] = message.overall_result
        root = _root("CardServiceResponse", base)
        if message.terminal_id is not None or message.stan is not None:
            terminal = {"TerminalID": message.terminal_id, "STAN": message.stan}
            ET.SubElement(
                root, "Terminal", {k: _clean(v) for k, v in terminal.items() if v is not None}
            )
        if message.amount is not None or message.authorisation is not None:
            tender = ET.SubElement(root, "Tender")
            if message.amount is not None:
                _amount(tender, message.amount)
            if message.authorisation is not None:
                auth = message.authorisation
                values = {
                    "ApprovalCode": auth.approval_code,
                    "CardCircuit": auth.card_brand,
                    "CardPAN": auth.masked_pan,
                    "TimeStamp": auth.timestamp,
                    "ActionCode": auth.action_code,
                    "ReceiptNumber": auth.receipt_number,
                }
                ET.SubElement(
                    tender,
                    "Authorisation",
                    {k: _clean(v) for k, v in values.items() if v is not None},
                )
    elif isinstance(message, ServiceRequest):
        base["POPID"] = message.pop_id
        root = _root("ServiceRequest", base)
        if message.timestamp is not None:
            pos = ET.SubElement(root, "POSdata")
            ET.SubElement(pos, "POSTimeStamp").text = message.timestamp
    elif isinstance(message, ServiceResponse):
        base["OverallResult"] = message.overall_result
        root = _root("ServiceResponse", base)
        if message.terminal_id is not None:
            ET.SubElement(root, "Terminal", {"TerminalID": _clean(message.terminal_id)})
    elif isinstance(message, DeviceRequest):
        root = _root("DeviceRequest", base)
        _outputs(root, message.outputs)
    else:
        base["OverallResult"] = message.overall_result
        root = _root("DeviceResponse", base)
        _outputs(root, message.outputs)
    encoded: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return encoded


# ---------------------------------------------------------------- parsing


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    value = text.strip()
    return value[:_MAX_VALUE] if value else None


def _required(node: ET.Element, name: str) -> str:
    value = _value(node.get(name))
    if value is None:
        raise OpiProtocolError(f"{_local(node.tag)} without {name}")
    return value


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child(node: ET.Element, name: str) -> ET.Element | None:
    return node.find(_q(name))


def _parse_amount(node: ET.Element | None) -> Amount | None:
    if node is None:
        return None
    currency = _required(node, "Currency")
    try:
        check_currency(currency)
    except ValueError as exc:
        raise OpiProtocolError("malformed currency") from exc
    return Amount(parse_amount(node.text or ""), currency)


def _parse_outputs(root: ET.Element) -> tuple[Output, ...]:
    outputs = []
    for node in root.findall(_q("Output")):
        lines = tuple(line.text or "" for line in node.findall(_q("TextLine")))
        outputs.append(
            Output(_required(node, "OutDeviceTarget"), lines, _value(node.get("OutResult")))
        )
    return tuple(outputs)


def _parse_card_response(root: ET.Element, base: dict[str, str]) -> CardServiceResponse:
    terminal = _child(root, "Terminal")
    tender = _child(root, "Tender")
    amount = _parse_amount(_child(tender, "TotalAmount")) if tender is not None else None
    auth_node = _child(tender, "Authorisation") if tender is not None else None
    card_value = _child(root, "CardValue")
    pan_node = _child(card_value, "CardPAN") if card_value is not None else None
    pan = _value(auth_node.get("CardPAN")) if auth_node is not None else None
    if pan is None and pan_node is not None:
        pan = _value(pan_node.text)
    authorisation = None
    if auth_node is not None or pan is not None:
        a = auth_node if auth_node is not None else ET.Element("none")
        authorisation = Authorisation(
            approval_code=_value(a.get("ApprovalCode")),
            card_brand=_value(a.get("CardCircuit")),
            masked_pan=mask_pan(pan) if pan is not None else None,
            timestamp=_value(a.get("TimeStamp")),
            action_code=_value(a.get("ActionCode")),
            receipt_number=_value(a.get("ReceiptNumber")),
        )
    return CardServiceResponse(
        **base,
        overall_result=_required(root, "OverallResult"),
        terminal_id=_value(terminal.get("TerminalID")) if terminal is not None else None,
        stan=_value(terminal.get("STAN")) if terminal is not None else None,
        amount=amount,
        authorisation=authorisation,
    )


def _parse_root(root: ET.Element) -> OpiMessage:
    if not root.tag.startswith(f"{{{NS}}}"):
        raise OpiProtocolError("message outside the IXRetail namespace", tag=_local(root.tag)[:40])
    name = _local(root.tag)
    base = {
        "request_type": _required(root, "RequestType"),
        "workstation_id": _required(root, "WorkstationID"),
        "request_id": _required(root, "RequestID"),
    }
    pos = _child(root, "POSdata")
    stamp_node = _child(pos, "POSTimeStamp") if pos is not None else None
    timestamp = _value(stamp_node.text) if stamp_node is not None else None
    if name == "CardServiceRequest":
        original = _child(root, "OriginalTransaction")
        return CardServiceRequest(
            **base,
            pop_id=_value(root.get("POPID")),
            reference_number=_value(root.get("ReferenceNumber")),
            timestamp=timestamp,
            language=_value(pos.get("LanguageCode")) if pos is not None else None,
            amount=_parse_amount(_child(root, "TotalAmount")),
            original_stan=_value(original.get("STAN")) if original is not None else None,
            original_request_id=_value(original.get("RequestID")) if original is not None else None,
        )
    if name == "CardServiceResponse":
        return _parse_card_response(root, base)
    if name == "ServiceRequest":
        return ServiceRequest(**base, pop_id=_value(root.get("POPID")), timestamp=timestamp)
    if name == "ServiceResponse":
        terminal = _child(root, "Terminal")
        return ServiceResponse(
            **base,
            overall_result=_required(root, "OverallResult"),
            terminal_id=_value(terminal.get("TerminalID")) if terminal is not None else None,
        )
    if name == "DeviceRequest":
        return DeviceRequest(**base, outputs=_parse_outputs(root))
    if name == "DeviceResponse":
        return DeviceResponse(
            **base, overall_result=_required(root, "OverallResult"), outputs=_parse_outputs(root)
        )
    raise OpiProtocolError("unknown OPI message", tag=name[:40])


def parse_message(payload: bytes, *, max_size: int = DEFAULT_MAX_FRAME) -> OpiMessage:
    """One message from the network. Raises ``OpiProtocolError`` for anything that is not a
    well-formed OPI message; no other exception escapes."""
    if len(payload) > max_size:
        raise OpiProtocolError(f"message of {len(payload)} bytes")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OpiProtocolError("message is not UTF-8") from exc
    text = text.removeprefix("\ufeff")
    upper = text.upper()
    if any(marker in upper for marker in _FORBIDDEN):
        raise OpiProtocolError("DTD or entity declaration refused")
    try:
        # Parse bytes we re-encode ourselves: expat then sees UTF-8 whatever the declaration says.
        parser = ET.XMLParser(encoding="utf-8")  # noqa: S314 - DTD/ENTITY refused above
        parser.feed(text.encode("utf-8"))
        root = parser.close()
        return _parse_root(root)
    except OpiProtocolError:
        raise
    except (ET.ParseError, ValueError, LookupError, RecursionError) as exc:
        raise OpiProtocolError(f"malformed XML: {type(exc).__name__}") from exc

"""Building and parsing OPI messages; the parser on hostile input."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.payment import OpiProtocolError, format_amount, mask_pan, parse_amount
from app.devices.payment.opi_messages import (
    NS,
    Amount,
    Authorisation,
    CardServiceRequest,
    CardServiceResponse,
    DeviceRequest,
    DeviceResponse,
    Output,
    RequestIds,
    ServiceRequest,
    ServiceResponse,
    encode_message,
    parse_message,
)

PAYMENT = CardServiceRequest(
    request_type="CardPayment",
    workstation_id="KIOSK-1",
    request_id="1001",
    pop_id="001",
    reference_number="SP-2026-000123",
    timestamp="2026-11-25T10:30:00+01:00",
    language="nl",
    amount=Amount(7885, "EUR"),
)


def xml(body: str, root: str = "CardServiceResponse", attrs: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><{root} xmlns="{NS}" {attrs}>{body}</{root}>'
    ).encode()


def test_payment_request_as_documented() -> None:
    encoded = encode_message(PAYMENT).decode()
    assert encoded.startswith("<?xml version='1.0' encoding='utf-8'?>")
    assert f'xmlns="{NS}"' in encoded
    for part in (
        'RequestType="CardPayment"',
        'WorkstationID="KIOSK-1"',
        'RequestID="1001"',
        'ReferenceNumber="SP-2026-000123"',
        "<POSTimeStamp>2026-11-25T10:30:00+01:00</POSTimeStamp>",
        '<TotalAmount Currency="EUR">78.85</TotalAmount>',
    ):
        assert part in encoded


@pytest.mark.parametrize(
    "message",
    [
        PAYMENT,
        CardServiceRequest("PaymentReversal", "W", "7", original_stan="000123"),
        CardServiceRequest("AbortRequest", "W", "8"),
        CardServiceResponse(
            "CardPayment",
            "W",
            "7",
            "Success",
            terminal_id="T1",
            stan="000123",
            amount=Amount(1),
            authorisation=Authorisation("A1", "Maestro", "xxxx1234", "t", "000", "5"),
        ),
        ServiceRequest("Login", "W", "9", pop_id="001", timestamp="now"),
        ServiceResponse("GetStatus", "W", "9", "Success", terminal_id="T1"),
        DeviceRequest("Output", "W", "3", (Output("CustomerDisplay", ("Pincode", "")),)),
        DeviceResponse("Output", "W", "3", "Success", (Output("DeliveryBox", (), "Failure"),)),
    ],
)
def test_round_trip(message: object) -> None:
    assert parse_message(encode_message(message)) == message  # type: ignore[arg-type]


def test_foreign_pan_is_masked_while_parsing() -> None:
    payload = xml(
        '<Tender><Authorisation CardPAN="6731012345678901234" CardCircuit="Maestro"/></Tender>',
        attrs='RequestType="CardPayment" WorkstationID="W" RequestID="1" OverallResult="Success"',
    )
    message = parse_message(payload)
    assert isinstance(message, CardServiceResponse) and message.authorisation
    assert message.authorisation.masked_pan == "xxxxxxxxxxxxxxx1234"


def test_card_value_pan_is_read_and_masked() -> None:
    payload = xml(
        "<CardValue><CardPAN>4111 1111 1111 1111</CardPAN></CardValue>",
        attrs='RequestType="CardPayment" WorkstationID="W" RequestID="1" OverallResult="Success"',
    )
    message = parse_message(payload)
    assert isinstance(message, CardServiceResponse) and message.authorisation
    assert message.authorisation.masked_pan == "xxxx xxxx xxxx 1111"


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"", "malformed XML"),
        (b"<a", "malformed XML"),
        (b"\xff\xfe<a/>", "not UTF-8"),
        (b'<CardServiceResponse RequestType="a" WorkstationID="b" RequestID="c"/>', "namespace"),
        (
            b'<CardServiceResponse xmlns="urn:other" RequestType="a" WorkstationID="b" '
            b'RequestID="c" OverallResult="Success"/>',
            "namespace",
        ),
        (xml("", attrs='WorkstationID="b" RequestID="c" OverallResult="Success"'), "RequestType"),
        (xml("", attrs='RequestType="a" RequestID="c" OverallResult="Success"'), "WorkstationID"),
        (xml("", attrs='RequestType="a" WorkstationID="b" OverallResult="Success"'), "RequestID"),
        (xml("", attrs='RequestType="a" WorkstationID="b" RequestID="c"'), "OverallResult"),
        (xml("", attrs='RequestType="a" WorkstationID="b" RequestID=" "'), "RequestID"),
        (xml("", root="Hello", attrs='RequestType="a" WorkstationID="b" RequestID="c"'), "unknown"),
        (
            xml(
                '<TotalAmount Currency="EUR">1e3</TotalAmount>',
                root="CardServiceRequest",
                attrs='RequestType="a" WorkstationID="b" RequestID="c"',
            ),
            "amount",
        ),
        (
            xml(
                '<TotalAmount Currency="euro">1.00</TotalAmount>',
                root="CardServiceRequest",
                attrs='RequestType="a" WorkstationID="b" RequestID="c"',
            ),
            "currency",
        ),
        (
            xml(
                "<TotalAmount>1.00</TotalAmount>",
                root="CardServiceRequest",
                attrs='RequestType="a" WorkstationID="b" RequestID="c"',
            ),
            "Currency",
        ),
        (
            xml(
                "<Output/>",
                root="DeviceRequest",
                attrs='RequestType="a" WorkstationID="b" RequestID="c"',
            ),
            "OutDeviceTarget",
        ),
        (b"x" * 70_000, "bytes"),
    ],
)
def test_malformed_messages_are_typed_errors(payload: bytes, why: str) -> None:
    with pytest.raises(OpiProtocolError) as caught:
        parse_message(payload)
    assert why in caught.value.detail


def test_entity_expansion_is_refused_before_parsing() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<lolz>&lol2;</lolz>"
    )
    with pytest.raises(OpiProtocolError, match="entity"):
        parse_message(laughs)
    with pytest.raises(OpiProtocolError):
        parse_message(b'<!doctype x SYSTEM "file:///etc/passwd"><x/>')


def test_declared_encoding_other_than_utf8_cannot_confuse_the_parser() -> None:
    payload = xml(
        "", root="CardServiceRequest", attrs='RequestType="a" WorkstationID="b" RequestID="é"'
    ).replace(b"utf-8", b"latin-1", 1)
    message = parse_message(payload)
    assert message.request_id == "é"


@pytest.mark.parametrize(
    ("text", "cents"), [("0", 0), ("12", 1200), ("12.5", 1250), ("12.50", 1250), (" 0.01 ", 1)]
)
def test_parse_amount(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    "text", ["", "-1.00", "1.001", "1,50", "1e3", "NaN", "Infinity", "+1", "٣"]
)
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(OpiProtocolError):
        parse_amount(text)


def test_format_amount() -> None:
    assert [format_amount(c) for c in (0, 1, 99, 1250, 123456)] == [
        "0.00",
        "0.01",
        "0.99",
        "12.50",
        "1234.56",
    ]
    with pytest.raises(ValueError):
        format_amount(-1)
    with pytest.raises(ValueError):
        format_amount(1.5)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**12))
def test_amount_round_trip(cents: int) -> None:
    assert parse_amount(format_amount(cents)) == cents


@pytest.mark.parametrize(
    ("pan", "masked"),
    [
        ("6731012345678901234", "xxxxxxxxxxxxxxx1234"),
        ("xxxxxxxxxxxx1234", "xxxxxxxxxxxx1234"),
        ("673101******1234", "xxxxxx******1234"),
        ("1234", "1234"),
        ("", ""),
    ],
)
def test_mask_pan(pan: str, masked: str) -> None:
    assert mask_pan(pan) == masked
    assert mask_pan(masked) == masked


def test_request_ids_increase_and_are_unique_across_threads() -> None:
    import threading

    ids = RequestIds(start=100)
    seen: list[str] = []
    lock = threading.Lock()

    def take() -> None:
        for _ in range(500):
            value = ids.next()
            with lock:
                seen.append(value)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(v, str) for v in seen)
    assert sorted(int(v) for v in seen) == list(range(100, 2100))
    assert int(RequestIds().next()) > int(ids.next())  # a restart continues above


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_random_bytes_give_only_protocol_errors(payload: bytes) -> None:
    with contextlib.suppress(OpiProtocolError):
        parse_message(payload)


_ROOTS = st.sampled_from(
    [
        "CardServiceRequest",
        "CardServiceResponse",
        "ServiceRequest",
        "ServiceResponse",
        "DeviceRequest",
        "DeviceResponse",
        "Other",
    ]
)
_CHILDREN = st.lists(
    st.sampled_from(
        [
            '<TotalAmount Currency="EUR">12.50</TotalAmount>',
            '<TotalAmount Currency="EUR">1e3</TotalAmount>',
            "<TotalAmount>1.00</TotalAmount>",
            '<Tender><TotalAmount Currency="eur">1</TotalAmount></Tender>',
            '<Tender><Authorisation CardPAN="4111111111111111" ApprovalCode=""/></Tender>',
            "<Tender><Authorisation/></Tender>",
            "<Terminal/>",
            '<Terminal STAN="1" TerminalID="T"/>',
            "<CardValue><CardPAN/></CardValue>",
            "<CardValue><CardPAN>12345</CardPAN></CardValue>",
            "<POSdata><POSTimeStamp/></POSdata>",
            '<OriginalTransaction STAN=""/>',
            "<Output/>",
            '<Output OutDeviceTarget="Printer"><TextLine/><TextLine>a</TextLine></Output>',
            '<x:Output xmlns:x="urn:x"/>',
            "plain text",
        ]
    ),
    max_size=4,
)
_ATTR_VALUES = st.one_of(
    st.sampled_from(["Success", "Failure", "1", "CardPayment", "Output", "&", ""]),
    st.text(min_size=1, max_size=6),
)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


@st.composite
def near_opi_xml(draw: st.DrawFn) -> str:
    """Messages that get past the XML parser: OPI roots and children, attributes present or not,
    so the checks after parsing meet every combination."""
    attrs = "".join(
        f' {name}="{_escape(draw(_ATTR_VALUES))}"'
        for name in ("RequestType", "WorkstationID", "RequestID", "OverallResult")
        if draw(st.integers(0, 9)) > 0
    )
    namespace = draw(st.sampled_from([NS, NS, NS, "urn:other"]))
    root = draw(_ROOTS)
    return f'<{root} xmlns="{namespace}"{attrs}>{"".join(draw(_CHILDREN))}</{root}>'


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=300), near_opi_xml()))
def test_random_text_gives_only_protocol_errors_or_messages(text: str) -> None:
    try:
        message = parse_message(text.encode("utf-8", "surrogatepass"))
    except OpiProtocolError:
        return
    assert message.request_id and message.workstation_id and message.request_type


_VALUE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=30,
)


@settings(max_examples=200)
@given(
    request_type=_VALUE,
    workstation=_VALUE,
    request_id=_VALUE,
    reference=st.none() | _VALUE,
    cents=st.none() | st.integers(min_value=0, max_value=10**9),
    lines=st.lists(_VALUE, max_size=4),
)
def test_built_messages_always_parse_back(
    *,
    request_type: str,
    workstation: str,
    request_id: str,
    reference: str | None,
    cents: int | None,
    lines: list[str],
) -> None:
    amount = Amount(cents) if cents is not None else None
    request = CardServiceRequest(
        request_type, workstation, request_id, reference_number=reference, amount=amount
    )
    assert parse_message(encode_message(request)) == request
    device = DeviceRequest(
        request_type, workstation, request_id, (Output("Printer", tuple(lines)),)
    )
    assert parse_message(encode_message(device)) == device

"""MRZ parsing, validation and composing against the ICAO 9303 specimens and Dutch documents."""

from __future__ import annotations

import contextlib
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.emrtd.crypto import key_seed
from app.devices.emrtd.mrz import (
    MrzData,
    MrzError,
    check_digit,
    compose_td1,
    compose_td3,
    parse_mrz,
    transliterate,
)

TODAY = date(2026, 11, 25)

# ICAO 9303 Part 4, Appendix A (TD3), Part 5 Appendix A (TD1), Part 6 Appendix A (TD2).
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
# ICAO 9303 Part 11, Appendix D: the BAC worked example (document number L898902C<).
TD3_BAC = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C<3UTO6908061F9406236ZE184226B<<<<<14"
)
# The Dutch passport specimen (BSN 999999990 passes the elfproef).
NL_SPECIMEN = (
    "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<\nSPECI20142NLD6503101F2403096999999990<<<<<84"
)


def _replace(mrz: str, line: int, position: int, char: str) -> str:
    """Overwrite from ``position`` (1-based, as in 9303's tables) with ``char``."""
    lines = mrz.split("\n")
    text = lines[line - 1]
    lines[line - 1] = text[: position - 1] + char + text[position - 1 + len(char) :]
    return "\n".join(lines)


def _error(text: str) -> MrzError:
    with pytest.raises(MrzError) as caught:
        parse_mrz(text, today=TODAY)
    return caught.value


@pytest.mark.parametrize(
    ("data", "digit"),
    [("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("ZE184226B<<<<<", "1"), ("<<<", "0")],
)
def test_check_digit_731(data: str, digit: str) -> None:
    assert check_digit(data) == digit


def test_icao_td3_specimen() -> None:
    data = parse_mrz(TD3, today=TODAY)
    assert data == MrzData(
        format="TD3",
        document_type="P",
        issuing_state="UTO",
        document_number="L898902C3",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex="F",
        expiry_date=date(2012, 4, 15),
        optional_data="ZE184226B",
        bsn=None,
        lines=tuple(TD3.split("\n")),
    )


def test_icao_td1_specimen() -> None:
    data = parse_mrz(TD1, today=TODAY)
    assert (data.format, data.document_type, data.issuing_state) == ("TD1", "I", "UTO")
    assert data.document_number == "D23145890"
    assert (data.surname, data.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (data.birth_date, data.sex, data.expiry_date) == (
        date(1974, 8, 12),
        "F",
        date(2012, 4, 15),
    )
    assert (data.nationality, data.optional_data, data.bsn) == ("UTO", "", None)


def test_icao_td2_specimen() -> None:
    data = parse_mrz(TD2, today=TODAY)
    assert (data.format, data.document_type, data.document_number) == ("TD2", "I", "D23145890")
    assert (data.surname, data.given_names, data.nationality) == ("ERIKSSON", "ANNA MARIA", "UTO")
    assert (data.birth_date, data.expiry_date, data.optional_data) == (
        date(1974, 8, 12),
        date(2012, 4, 15),
        "",
    )


def test_bac_key_information_is_the_icao_worked_example() -> None:
    data = parse_mrz(TD3_BAC, today=TODAY)
    assert data.document_number == "L898902C"
    assert data.bac_key_information() == "L898902C<369080619406236"
    assert key_seed(data.bac_key_information()).hex().upper() == "239AB9CB282DAF66231DC5A4DF6BFBAE"


def test_dutch_passport_specimen_has_a_bsn() -> None:
    data = parse_mrz(NL_SPECIMEN, today=TODAY)
    assert (data.surname, data.given_names) == ("DE BRUIJN", "WILLEKE LISELOTTE")
    assert data.bsn == "999999990"
    assert data.optional_data == "999999990"


def test_dutch_passport_composed_with_bsn() -> None:
    text = compose_td3(
        issuing_state="NLD",
        surname="van der Berg-Ĳzerman",
        given_names="Anne-Fleur José",
        document_number="NXC4L1K82",
        nationality="NLD",
        birth_date=date(1988, 2, 29),
        sex="F",
        expiry_date=date(2034, 6, 1),
        personal_number="999993653",
    )
    assert text.split("\n")[0] == "P<NLDVAN<DER<BERG<IJZERMAN<<ANNE<FLEUR<JOSE<"
    data = parse_mrz(text, today=TODAY)
    assert data.format == "TD3"
    assert data.surname == "VAN DER BERG IJZERMAN"
    assert data.given_names == "ANNE FLEUR JOSE"
    assert data.bsn == "999993653"
    assert data.birth_date == date(1988, 2, 29)
    assert data.bac_key_information() == "NXC4L1K82" + check_digit("NXC4L1K82") + "880229" + (
        check_digit("880229") + "340601" + check_digit("340601")
    )


def test_dutch_id_card_composed_with_bsn() -> None:
    text = compose_td1(
        issuing_state="NLD",
        surname="Çelik",
        given_names="Ömer",
        document_number="IXR7R2PK1",
        nationality="NLD",
        birth_date=date(2001, 12, 31),
        sex="M",
        expiry_date=date(2031, 12, 30),
        optional_data="999993653",
    )
    one, _, three = text.split("\n")
    assert one[15:30] == "999993653<<<<<<"
    assert three.startswith("CELIK<<OMER<")
    data = parse_mrz(text, today=TODAY)
    assert (data.format, data.document_type, data.issuing_state) == ("TD1", "I", "NLD")
    assert (data.surname, data.given_names, data.sex) == ("CELIK", "OMER", "M")
    assert data.bsn == "999993653"
    assert data.optional_data == "999993653"


def test_td1_long_document_number_uses_the_optional_field() -> None:
    text = compose_td1(
        issuing_state="UTO",
        surname="Eriksson",
        given_names="Anna",
        document_number="D23145890734",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex="F",
        expiry_date=date(2032, 4, 15),
        optional_data="AB12",
    )
    one = text.split("\n")[0]
    assert one[5:15] == "D23145890<"
    assert one[15:20] == "734" + check_digit("D23145890734") + "<"
    data = parse_mrz(text, today=TODAY)
    assert data.document_number == "D23145890734"
    assert data.optional_data == "AB12"
    assert data.bac_key_information().startswith("D23145890734" + check_digit("D23145890734"))


def test_input_is_trimmed_upper_cased_and_blank_lines_dropped() -> None:
    first, second = TD3.split("\n")
    messy = "\n  " + first.lower() + "  \r\n\n" + second + "\n\n"
    assert parse_mrz(messy, today=TODAY) == parse_mrz(TD3, today=TODAY)


def test_birth_date_century_and_expired_document() -> None:
    young = compose_td3(
        issuing_state="NLD",
        surname="Jansen",
        given_names="Sem",
        document_number="AB1234567",
        nationality="NLD",
        birth_date=date(2020, 5, 1),
        sex="M",
        expiry_date=date(2025, 5, 1),
    )
    data = parse_mrz(young, today=TODAY)
    assert data.birth_date == date(2020, 5, 1)
    assert data.expiry_date == date(2025, 5, 1)  # expired documents still parse
    # The same YY seen before that birthday: it can only be 1920.
    assert parse_mrz(young, today=date(2020, 4, 30)).birth_date == date(1920, 5, 1)
    # Expiry is always 20YY, even when the YY looks old.
    assert parse_mrz(TD3_BAC, today=TODAY).expiry_date == date(2094, 6, 23)


def test_sex_unspecified_is_x() -> None:
    data = parse_mrz(_replace(TD3, 2, 21, "<"), today=TODAY)
    assert data.sex == "X"


# --- one test per field error -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", TD3[:44], TD1 + "\n" + TD1[:30], "\n".join([TD3] * 2)],
    ids=["empty", "one-line", "four-lines", "four-td3-lines"],
)
def test_wrong_line_count(text: str) -> None:
    error = _error(text)
    assert (error.field, error.problem) == ("mrz", "lines")
    assert "2 lines of 44 or 36 characters" in error.text()


def test_wrong_line_length_names_the_line() -> None:
    error = _error(TD3 + "<")
    assert (error.field, error.problem) == ("mrz", "length")
    assert error.params["line"] == 2
    assert error.text() == "Line 2 of the machine-readable zone has 45 characters instead of 44."


def test_illegal_characters() -> None:
    error = _error(_replace(TD3, 1, 8, "-"))
    assert (error.field, error.problem, error.params["line"]) == ("mrz", "characters", 1)
    assert "other than A-Z, 0-9 and <" in error.text()


@pytest.mark.parametrize(
    ("text", "field", "sentence"),
    [
        (_replace(TD3, 2, 10, "7"), "document_number", "check digit of the document number"),
        (_replace(TD3, 2, 20, "3"), "birth_date", "check digit of the date of birth"),
        (_replace(TD3, 2, 28, "0"), "expiry_date", "check digit of the expiry date"),
        (_replace(TD3, 2, 43, "2"), "personal_number", "check digit of the personal number"),
        (_replace(TD3, 2, 44, "9"), "composite", "composite check digit"),
        (_replace(TD1, 1, 15, "8"), "document_number", "check digit of the document number"),
        (_replace(TD1, 2, 7, "3"), "birth_date", "check digit of the date of birth"),
        (_replace(TD1, 2, 15, "0"), "expiry_date", "check digit of the expiry date"),
        (_replace(TD1, 2, 30, "7"), "composite", "composite check digit"),
        (_replace(TD1, 2, 19, "B"), "composite", "composite check digit"),
        (_replace(TD2, 2, 10, "8"), "document_number", "check digit of the document number"),
        (_replace(TD2, 2, 36, "7"), "composite", "composite check digit"),
    ],
)
def test_check_digit_errors_name_the_field(text: str, field: str, sentence: str) -> None:
    error = _error(text)
    assert (error.field, error.problem) == (field, "check_digit")
    assert sentence in error.text()
    assert error.text().endswith("does not match.")


def test_birth_date_message_is_the_one_from_the_issue() -> None:
    error = _error(_replace(TD3, 2, 20, "3"))
    assert error.text() == "The check digit of the date of birth does not match."
    assert error.params == {"field": "birth_date", "problem": "check_digit"}


def _td3_with(**fields: object) -> str:
    base: dict[str, object] = {
        "issuing_state": "NLD",
        "surname": "Jansen",
        "given_names": "Sem",
        "document_number": "AB1234567",
        "nationality": "NLD",
        "birth_date": date(1990, 1, 1),
        "sex": "M",
        "expiry_date": date(2030, 1, 1),
    }
    base.update(fields)
    return compose_td3(**base)  # type: ignore[arg-type]


def _with_valid_digits(text: str) -> str:
    """Recompute every TD3 check digit after tampering with a field's value."""
    one, two = text.split("\n")
    two = two[:9] + check_digit(two[:9]) + two[10:]
    two = two[:19] + check_digit(two[13:19]) + two[20:]
    two = two[:27] + check_digit(two[21:27]) + two[28:]
    two = two[:43] + check_digit(two[0:10] + two[13:20] + two[21:43])
    return one + "\n" + two


@pytest.mark.parametrize(
    ("text", "field", "sentence"),
    [
        (_with_valid_digits(_replace(_td3_with(), 2, 16, "13")), "birth_date", "date of birth"),
        (_with_valid_digits(_replace(_td3_with(), 2, 26, "32")), "expiry_date", "expiry date"),
        (_with_valid_digits(_replace(_td3_with(), 2, 14, "9A")), "birth_date", "date of birth"),
        (_with_valid_digits(_replace(_td3_with(), 2, 21, "Q")), "sex", "sex"),
        (_replace(_td3_with(), 1, 1, "1"), "document_type", "document type"),
        (_replace(_td3_with(), 1, 3, "N1"), "issuing_state", "issuing state"),
        (_with_valid_digits(_replace(_td3_with(), 2, 11, "<<<")), "nationality", "nationality"),
        (_with_valid_digits(_replace(_td3_with(), 2, 1, "<<<<<<<<<")), "document_number", "number"),
        (_replace(_td3_with(), 1, 6, "<<JANSEN"), "surname", "surname"),
        (_replace(_td3_with(), 1, 7, "0"), "name", "only contain letters"),
        (_td3_with(personal_number="999993654"), "bsn", "elfproef"),
    ],
)
def test_invalid_field_values_name_the_field(text: str, field: str, sentence: str) -> None:
    error = _error(text)
    assert (error.field, error.problem) == (field, "invalid")
    assert sentence in error.text().lower() or sentence in error.text()


def test_error_params_never_hold_the_scanned_values() -> None:
    error = _error(_td3_with(personal_number="999993654"))
    assert "999993654" not in repr(error.params)
    assert "999993654" not in error.text()


def test_non_dutch_numbers_are_no_bsn() -> None:
    data = parse_mrz(_td3_with(issuing_state="D", personal_number="999993654"), today=TODAY)
    assert data.issuing_state == "D"
    assert data.bsn is None
    assert data.optional_data == "999993654"


def test_transliteration() -> None:
    assert transliterate("Strauß") == "STRAUSS"
    assert transliterate("Hélène D'Artagnan") == "HELENE<DARTAGNAN"
    assert transliterate("Ĳsselmeer ijs") == "IJSSELMEER<IJS"
    assert transliterate("Øre-Åse") == "OERE<ASE"


def test_long_names_are_truncated_to_fit() -> None:
    text = compose_td3(
        issuing_state="NLD",
        surname="Wolfeschlegelsteinhausenbergerdorff",
        given_names="Hubert Blaine Adolph",
        document_number="AB1234567",
        nationality="NLD",
        birth_date=date(1990, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    line = text.split("\n")[0]
    assert len(line) == 44
    data = parse_mrz(text, today=TODAY)
    assert data.surname == "WOLFESCHLEGELSTEINHAUSENBERGERDORFF"
    assert data.given_names == "HU"


def test_compose_rejects_what_does_not_fit() -> None:
    with pytest.raises(ValueError, match="document_number"):
        _td3_with(document_number="ABCDEFGHIJ")
    with pytest.raises(ValueError, match="sex"):
        _td3_with(sex="V")


# --- properties ---------------------------------------------------------------------------------

MRZ_CHARS = string.ascii_uppercase + string.digits + "<"


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet=MRZ_CHARS + "\n ", max_size=140),
        st.lists(
            st.sampled_from([30, 36, 44]).flatmap(
                lambda n: st.text(alphabet=MRZ_CHARS, min_size=n, max_size=n)
            ),
            min_size=2,
            max_size=3,
        ).map("\n".join),
    )
)
def test_random_text_raises_only_mrz_error(text: str) -> None:
    try:
        parse_mrz(text, today=TODAY)
    except MrzError as error:
        # Every error the parser raises has its own sentence, not the generic fallback.
        assert error.message != MrzError.message


@settings(max_examples=100)
@given(
    st.text(alphabet=MRZ_CHARS, min_size=1, max_size=30),
    st.sampled_from([TD3, TD1, TD2]),
)
def test_random_corruption_raises_only_mrz_error(noise: str, specimen: str) -> None:
    middle = len(specimen) // 2
    with contextlib.suppress(MrzError):
        parse_mrz(specimen[:middle] + noise + specimen[middle + len(noise) :], today=TODAY)


# Short enough that no name is truncated (TD3: 39 characters, TD1: 30).
NAME_PART = st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=5)
NAMES = st.lists(NAME_PART, min_size=1, max_size=3).map(" ".join)
CODES = st.sampled_from(["NLD", "D", "UTO", "BEL", "GBR"])
NUMBERS = st.text(alphabet=string.ascii_uppercase + string.digits, min_size=1, max_size=9)
BIRTHS = st.dates(min_value=date(1927, 1, 1), max_value=TODAY)
EXPIRIES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
SEXES = st.sampled_from(["M", "F", "X"])


@settings(max_examples=200)
@given(
    state=CODES,
    surname=NAMES,
    given_names=NAMES,
    number=NUMBERS,
    nationality=CODES,
    birth=BIRTHS,
    sex=SEXES,
    expiry=EXPIRIES,
    personal=st.text(alphabet=string.ascii_uppercase + string.digits, max_size=14),
)
def test_td3_round_trip(
    *,
    state: str,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    personal: str,
) -> None:
    if state == "NLD" and len(personal) >= 9 and personal[:9].isdigit():
        personal = "999993653" + personal[9:]
    text = compose_td3(
        issuing_state=state,
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        personal_number=personal,
    )
    data = parse_mrz(text, today=TODAY)
    assert (data.format, data.document_type, data.issuing_state) == ("TD3", "P", state)
    assert (data.surname, data.given_names) == (surname, given_names)
    assert (data.document_number, data.nationality, data.sex) == (number, nationality, sex)
    assert (data.birth_date, data.expiry_date, data.optional_data) == (birth, expiry, personal)
    assert parse_mrz("\n".join(data.lines), today=TODAY) == data


@settings(max_examples=200)
@given(
    state=CODES,
    surname=st.lists(st.text(alphabet="ABC", min_size=1, max_size=4), min_size=1, max_size=2).map(
        " ".join
    ),
    given_names=st.lists(NAME_PART, max_size=2).map(" ".join),
    number=st.text(alphabet=string.ascii_uppercase + string.digits, min_size=1, max_size=14),
    birth=BIRTHS,
    sex=SEXES,
    expiry=EXPIRIES,
    optional=st.text(alphabet=string.digits + "AB", max_size=8),
)
def test_td1_round_trip(
    *,
    state: str,
    surname: str,
    given_names: str,
    number: str,
    birth: date,
    sex: str,
    expiry: date,
    optional: str,
) -> None:
    text = compose_td1(
        issuing_state=state,
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality="NLD",
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
    )
    data = parse_mrz(text, today=TODAY)
    assert (data.format, data.document_type, data.issuing_state) == ("TD1", "I", state)
    assert (data.surname, data.given_names) == (surname, given_names)
    assert (data.document_number, data.sex, data.optional_data) == (number, sex, optional)
    assert (data.birth_date, data.expiry_date) == (birth, expiry)


def _fix_digits(fmt: str, text: str) -> str:
    """Recompute every check digit, so random edits reach the field checks behind them."""
    lines = text.split("\n")
    if fmt == "TD1":
        one, two, three = lines
        one = one[:14] + check_digit(one[5:14]) + one[15:]
        two = two[:6] + check_digit(two[:6]) + two[7:14] + check_digit(two[8:14]) + two[15:29]
        two += check_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29])
        return "\n".join((one, two, three))
    one, two = lines
    two = (
        two[:9]
        + check_digit(two[:9])
        + two[10:19]
        + check_digit(two[13:19])
        + two[20:27]
        + check_digit(two[21:27])
        + two[28:42]
        + check_digit(two[28:42])
    )
    two += check_digit(two[0:10] + two[13:20] + two[21:43])
    return one + "\n" + two


VALID_TD1 = compose_td1(
    issuing_state="NLD",
    surname="Jansen",
    given_names="Sem",
    document_number="IXR7R2PK1",
    nationality="NLD",
    birth_date=date(1990, 1, 1),
    sex="M",
    expiry_date=date(2030, 1, 1),
    optional_data="999993653",
)


@settings(max_examples=300)
@given(
    st.sampled_from([("TD3", _td3_with(personal_number="999993653")), ("TD1", VALID_TD1)]),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=87), st.sampled_from(MRZ_CHARS)),
        min_size=1,
        max_size=4,
    ),
)
def test_edits_behind_valid_check_digits_raise_only_mrz_error(
    specimen: tuple[str, str], edits: list[tuple[int, str]]
) -> None:
    fmt, text = specimen
    chars = list(text)
    for position, char in edits:
        index = position % len(chars)
        if chars[index] != "\n":
            chars[index] = char
    edited = _fix_digits(fmt, "".join(chars))
    try:
        data = parse_mrz(edited, today=TODAY)
    except MrzError as error:
        assert error.field != "mrz"  # the shape stayed valid
        assert error.problem != "check_digit"
        assert error.message != MrzError.message
    else:
        assert data.format == fmt


def test_long_document_number_digits_are_not_taken_for_a_bsn() -> None:
    text = compose_td1(
        issuing_state="NLD",
        surname="Jansen",
        given_names="Sem",
        document_number="AB123456712345678",
        nationality="NLD",
        birth_date=date(1990, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    data = parse_mrz(text, today=TODAY)
    assert data.document_number == "AB123456712345678"
    assert data.bsn is None

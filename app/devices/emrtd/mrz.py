"""The machine-readable zone (MRZ) of passports and identity cards (ICAO 9303 Parts 3-6).

The MRZ is the key to the chip (BAC derives its keys from document number, birth and expiry
date) and the fallback identity when the chip cannot be read, so every field and every check
digit is validated before anything trusts it: a mis-scanned character must give an error that
names the field, not a wrong person. Dutch documents carry the BSN in the personal-number or
optional-data field; it is only reported when it passes the elfproef.

Composing exists for our virtual passport and the tests; ``parse_mrz(compose_x(...))`` gives
back the same fields.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from stdnum.nl import bsn as stdnum_bsn

from app.devices.errors import QT_TRANSLATE_NOOP

from .errors import EmrtdError

MrzFormat = Literal["TD1", "TD2", "TD3"]
Sex = Literal["M", "F", "X"]

FILLER = "<"
ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
DIGITS = frozenset("0123456789")
LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# format -> (number of lines, characters per line)
SHAPES: dict[MrzFormat, tuple[int, int]] = {"TD1": (3, 30), "TD2": (2, 36), "TD3": (2, 44)}
_WEIGHTS = (7, 3, 1)
# Birth dates are calendar days where the document is checked (devices cannot import services).
_AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Problems an MrzError can report; with the field they pick the sentence below.
LINES = "lines"
LENGTH = "length"
CHARACTERS = "characters"
CHECK_DIGIT = "check_digit"
INVALID = "invalid"

_MESSAGES: dict[tuple[str, str], str] = {
    (LINES, "mrz"): QT_TRANSLATE_NOOP(
        "errors",
        "The machine-readable zone must have 2 lines of 44 or 36 characters, "
        "or 3 lines of 30 characters.",
    ),
    (LENGTH, "mrz"): QT_TRANSLATE_NOOP(
        "errors",
        "Line {line} of the machine-readable zone has {length} characters instead of {expected}.",
    ),
    (CHARACTERS, "mrz"): QT_TRANSLATE_NOOP(
        "errors",
        "Line {line} of the machine-readable zone contains characters other than A-Z, 0-9 and <.",
    ),
    (CHECK_DIGIT, "document_number"): QT_TRANSLATE_NOOP(
        "errors", "The check digit of the document number does not match."
    ),
    (CHECK_DIGIT, "birth_date"): QT_TRANSLATE_NOOP(
        "errors", "The check digit of the date of birth does not match."
    ),
    (CHECK_DIGIT, "expiry_date"): QT_TRANSLATE_NOOP(
        "errors", "The check digit of the expiry date does not match."
    ),
    (CHECK_DIGIT, "personal_number"): QT_TRANSLATE_NOOP(
        "errors", "The check digit of the personal number does not match."
    ),
    (CHECK_DIGIT, "composite"): QT_TRANSLATE_NOOP(
        "errors", "The composite check digit of the machine-readable zone does not match."
    ),
    (INVALID, "document_type"): QT_TRANSLATE_NOOP(
        "errors", "The document type must start with a letter."
    ),
    (INVALID, "issuing_state"): QT_TRANSLATE_NOOP(
        "errors", "The issuing state is not a valid country code."
    ),
    (INVALID, "nationality"): QT_TRANSLATE_NOOP(
        "errors", "The nationality is not a valid country code."
    ),
    (INVALID, "document_number"): QT_TRANSLATE_NOOP(
        "errors", "The document number is missing or not valid."
    ),
    (INVALID, "surname"): QT_TRANSLATE_NOOP("errors", "The surname is missing."),
    (INVALID, "name"): QT_TRANSLATE_NOOP("errors", "The name may only contain letters."),
    (INVALID, "birth_date"): QT_TRANSLATE_NOOP("errors", "The date of birth is not a valid date."),
    (INVALID, "expiry_date"): QT_TRANSLATE_NOOP("errors", "The expiry date is not a valid date."),
    (INVALID, "sex"): QT_TRANSLATE_NOOP("errors", "The sex must be M, F, X or <."),
    (INVALID, "bsn"): QT_TRANSLATE_NOOP(
        "errors", "The BSN in the document does not pass the elfproef."
    ),
}


class MrzError(EmrtdError):
    """An MRZ that cannot be trusted, with the field and the problem as parameters.

    The sentence depends on field and problem, so ``message`` is set per instance from a table
    of complete, translatable sentences (a field name pasted into a template would not
    translate). ``params`` hold the field name and positions, never the scanned values.
    """

    code = "mrz"
    message = QT_TRANSLATE_NOOP(
        "errors", "The machine-readable zone of the document is not valid. Check it and try again."
    )

    def __init__(self, field: str, problem: str, detail: str = "", **params: object) -> None:
        self.field = field
        self.problem = problem
        template = _MESSAGES.get((problem, field))
        if template is not None:
            # An instance attribute shadows the class template; the ClassVar stays the fallback.
            vars(self)["message"] = template
        super().__init__(detail, field=field, problem=problem, **params)


@dataclass(frozen=True)
class MrzData:
    """The fields of a validated MRZ; names with fillers turned into spaces, codes without."""

    format: MrzFormat
    document_type: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: date
    sex: Sex
    expiry_date: date
    optional_data: str
    bsn: str | None
    lines: tuple[str, ...]

    def bac_key_information(self) -> str:
        """The MRZ_information BAC hashes into K_seed (9303 Part 11, 9.7.1.1).

        A document number longer than 9 characters (TD1/TD2 extension into the optional
        field) is used in full, followed by its own check digit, as the chip expects.
        """
        number = self.document_number.ljust(9, FILLER)
        birth = self.birth_date.strftime("%y%m%d")
        expiry = self.expiry_date.strftime("%y%m%d")
        return (
            number + check_digit(number) + birth + check_digit(birth) + expiry + check_digit(expiry)
        )

    def to_json_dict(self) -> dict[str, str | None]:
        return {
            "format": self.format,
            "document_type": self.document_type,
            "issuing_state": self.issuing_state,
            "document_number": self.document_number,
            "surname": self.surname,
            "given_names": self.given_names,
            "nationality": self.nationality,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
            "expiry_date": self.expiry_date.isoformat(),
            "optional_data": self.optional_data,
            "bsn": self.bsn,
        }


def _value(char: str) -> int:
    if char in DIGITS:
        return ord(char) - ord("0")
    if char in LETTERS:
        return ord(char) - ord("A") + 10
    if char == FILLER:
        return 0
    raise ValueError(f"not an MRZ character: {char!r}")


def check_digit(text: str) -> str:
    """The 7-3-1 check digit of 9303 Part 3, 4.9 (``<`` counts 0, A-Z count 10-35)."""
    total = sum(_value(char) * _WEIGHTS[index % 3] for index, char in enumerate(text))
    return str(total % 10)


# ---------------------------------------------------------------------------------------------
# Parsing


def _normalise(text: str) -> list[str]:
    lines = [line.strip().upper() for line in text.splitlines()]
    return [line for line in lines if line]


def _format_of(lines: list[str]) -> MrzFormat:
    count = len(lines)
    if count == 3:
        return "TD1"
    if count != 2:
        raise MrzError("mrz", LINES, f"{count} lines")
    # Two lines: the first decides (a line-length error names the second one).
    return "TD2" if len(lines[0]) == SHAPES["TD2"][1] else "TD3"


def _check_shape(lines: list[str], fmt: MrzFormat) -> None:
    expected = SHAPES[fmt][1]
    for number, line in enumerate(lines, start=1):
        if len(line) != expected:
            raise MrzError("mrz", LENGTH, line=number, length=len(line), expected=expected)
        if not set(line) <= ALPHABET:
            raise MrzError("mrz", CHARACTERS, line=number)


def _verify(field: str, data: str, digit: str) -> None:
    if check_digit(data) != digit:
        raise MrzError(field, CHECK_DIGIT)


def _verify_optional(field: str, data: str, digit: str) -> None:
    """An empty optional field may carry ``<`` instead of the check digit 0 (9303-4, 4.2.2)."""
    if digit == FILLER and set(data) <= {FILLER}:
        return
    _verify(field, data, digit)


def _code(field: str, raw: str) -> str:
    """Document type or a country code: letters, fillers only at the end (``D<<``)."""
    code = raw.rstrip(FILLER)
    if not code or not set(code) <= LETTERS:
        raise MrzError(field, INVALID)
    return code


def _yymmdd(field: str, raw: str) -> tuple[int, int, int]:
    if not set(raw) <= DIGITS:
        raise MrzError(field, INVALID)
    return int(raw[:2]), int(raw[2:4]), int(raw[4:])


def _birth_date(raw: str, today: date) -> date:
    """YY in the future belongs to the previous century: nobody is born after today."""
    yy, month, day = _yymmdd("birth_date", raw)
    try:
        candidate = date(2000 + yy, month, day)
        if candidate > today:
            candidate = date(1900 + yy, month, day)
    except ValueError as exc:
        raise MrzError("birth_date", INVALID) from exc
    return candidate


def _expiry_date(raw: str) -> date:
    """Always 20YY; an expired document still parses (validity is the caller's check)."""
    yy, month, day = _yymmdd("expiry_date", raw)
    try:
        return date(2000 + yy, month, day)
    except ValueError as exc:
        raise MrzError("expiry_date", INVALID) from exc


def _sex(raw: str) -> Sex:
    if raw == "M":
        return "M"
    if raw == "F":
        return "F"
    if raw in ("X", FILLER):
        return "X"
    raise MrzError("sex", INVALID)


def _names(raw: str) -> tuple[str, str]:
    # No check digit covers the name: a digit is the one misread we can still catch.
    if not set(raw) <= LETTERS | {FILLER}:
        raise MrzError("name", INVALID)
    primary, _, secondary = raw.partition(FILLER * 2)
    surname = " ".join(part for part in primary.split(FILLER) if part)
    given = " ".join(part for part in secondary.split(FILLER) if part)
    if not surname:
        raise MrzError("surname", INVALID)
    return surname, given


def _document_number(field: str, digit: str, optional: str) -> tuple[str, str, str]:
    """Number, its check digit and the rest of the optional data.

    A number longer than 9 characters continues in the optional data: ``<`` in place of the
    check digit, then the rest of the number, its check digit and a ``<`` (9303-5, 4.2.4 j).
    """
    if digit != FILLER or set(field) <= {FILLER}:
        number = field.rstrip(FILLER)
        if not number or FILLER in number:
            raise MrzError("document_number", INVALID)
        return number, digit, optional
    overflow, separator, rest = optional.partition(FILLER)
    if not separator or len(overflow) < 2 or FILLER in field:
        raise MrzError("document_number", INVALID)
    return field + overflow[:-1], overflow[-1], rest


def _bsn(issuing_state: str, optional: str) -> str | None:
    """The BSN of a Dutch document: the first 9 digits of the optional field, if numeric."""
    if issuing_state != "NLD":
        return None
    candidate = optional.split(FILLER, 1)[0]
    if len(candidate) != 9 or not set(candidate) <= DIGITS:
        return None
    if not stdnum_bsn.is_valid(candidate):
        raise MrzError("bsn", INVALID)
    return candidate


def parse_mrz(text: str, *, today: date | None = None) -> MrzData:
    """Parse and validate a TD1, TD2 or TD3 MRZ (lines separated by newlines).

    Lines are trimmed and upper-cased and blank lines dropped, since scanners and people add
    both. ``today`` anchors the century of the birth date (tests pass a fixed day).
    """
    if not isinstance(text, str):
        raise MrzError("mrz", LINES, "not text")
    lines = _normalise(text)
    fmt = _format_of(lines)
    _check_shape(lines, fmt)
    today = today or datetime.now(_AMSTERDAM).date()
    if fmt == "TD1":
        return _parse_td1(lines, today)
    return _parse_two_line(lines, fmt, today)


def _parse_td1(lines: list[str], today: date) -> MrzData:
    one, two, three = lines
    document_type = _code("document_type", one[0:2])
    issuing_state = _code("issuing_state", one[2:5])
    number, number_digit, optional_one = _document_number(one[5:14], one[14], one[15:30])
    _verify("document_number", number, number_digit)
    _verify("birth_date", two[0:6], two[6])
    birth = _birth_date(two[0:6], today)
    sex = _sex(two[7])
    _verify("expiry_date", two[8:14], two[14])
    expiry = _expiry_date(two[8:14])
    nationality = _code("nationality", two[15:18])
    _verify("composite", one[5:30] + two[0:7] + two[8:15] + two[18:29], two[29])
    surname, given = _names(three)
    optional = (optional_one + two[18:29]).rstrip(FILLER)
    return MrzData(
        format="TD1",
        document_type=document_type,
        issuing_state=issuing_state,
        document_number=number,
        surname=surname,
        given_names=given,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional,
        bsn=_bsn(issuing_state, optional_one),
        lines=tuple(lines),
    )


def _parse_two_line(lines: list[str], fmt: MrzFormat, today: date) -> MrzData:
    one, two = lines
    width = SHAPES[fmt][1]
    document_type = _code("document_type", one[0:2])
    issuing_state = _code("issuing_state", one[2:5])
    optional_raw = two[28 : width - 1] if fmt == "TD2" else two[28:42]
    # Only TD2 has the long-number extension; a TD3 number has no optional field to spill into.
    spill = optional_raw if fmt == "TD2" else ""
    number, number_digit, optional = _document_number(two[0:9], two[9], spill)
    _verify("document_number", number, number_digit)
    nationality = _code("nationality", two[10:13])
    _verify("birth_date", two[13:19], two[19])
    birth = _birth_date(two[13:19], today)
    sex = _sex(two[20])
    _verify("expiry_date", two[21:27], two[27])
    expiry = _expiry_date(two[21:27])
    if fmt == "TD3":
        _verify_optional("personal_number", optional_raw, two[42])
        optional = optional_raw
    _verify("composite", two[0:10] + two[13:20] + two[21 : width - 1], two[width - 1])
    surname, given = _names(one[5:width])
    return MrzData(
        format=fmt,
        document_type=document_type,
        issuing_state=issuing_state,
        document_number=number,
        surname=surname,
        given_names=given,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
        optional_data=optional.rstrip(FILLER),
        bsn=_bsn(issuing_state, optional),
        lines=tuple(lines),
    )


# ---------------------------------------------------------------------------------------------
# Composing

_SPECIAL = {
    "ß": "SS",
    "Æ": "AE",
    "Œ": "OE",
    "Ø": "OE",
    "Þ": "TH",
    "Ð": "D",
    "Đ": "D",
    "Ł": "L",
    "Ħ": "H",
    "Ĳ": "IJ",
    "Ŀ": "L",
    "ẞ": "SS",
}


def transliterate(text: str) -> str:
    """Latin text to MRZ characters (9303 Part 3, 6.A, simplified): accents stripped,
    ß -> SS, spaces and hyphens -> ``<``, other punctuation (apostrophes) dropped."""
    out: list[str] = []
    for char in text.upper():
        if char in _SPECIAL:
            out.append(_SPECIAL[char])
            continue
        if char in (" ", "-", FILLER):
            out.append(FILLER)
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        ).upper()
        out.append("".join(c for c in base if c in ALPHABET and c != FILLER))
    return "".join(out)


def _name_field(surname: str, given_names: str, width: int) -> str:
    primary = "<".join(part for part in transliterate(surname).split(FILLER) if part)
    secondary = "<".join(part for part in transliterate(given_names).split(FILLER) if part)
    if not primary:
        raise ValueError("a surname is required")
    field = primary + (FILLER * 2 + secondary if secondary else "")
    return field[:width].ljust(width, FILLER)


def _field(value: str, width: int, name: str) -> str:
    value = value.upper()
    if len(value) > width or not set(value) <= ALPHABET:
        raise ValueError(f"{name} does not fit {width} MRZ characters")
    return value.ljust(width, FILLER)


def _sex_char(sex: str) -> str:
    if sex not in ("M", "F", "X", FILLER):
        raise ValueError("sex must be M, F or X")
    return FILLER if sex in ("X", FILLER) else sex


def compose_td3(
    *,
    document_type: str = "P",
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: date,
    sex: str,
    expiry_date: date,
    personal_number: str = "",
) -> str:
    """The two 44-character lines of a passport (TD3), joined with a newline."""
    one = (
        _field(document_type, 2, "document_type")
        + _field(issuing_state, 3, "issuing_state")
        + _name_field(surname, given_names, 39)
    )
    number = _field(document_number, 9, "document_number")
    birth = birth_date.strftime("%y%m%d")
    expiry = expiry_date.strftime("%y%m%d")
    personal = _field(personal_number, 14, "personal_number")
    personal_digit = FILLER if not personal_number else check_digit(personal)
    two = (
        number
        + check_digit(number)
        + _field(nationality, 3, "nationality")
        + birth
        + check_digit(birth)
        + _sex_char(sex)
        + expiry
        + check_digit(expiry)
        + personal
        + personal_digit
    )
    two += check_digit(two[0:10] + two[13:20] + two[21:43])
    return one + "\n" + two


def compose_td1(
    *,
    document_type: str = "I",
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: date,
    sex: str,
    expiry_date: date,
    optional_data: str = "",
) -> str:
    """The three 30-character lines of an identity card (TD1), joined with newlines.

    ``optional_data`` fills line 1 positions 16-30 and continues on line 2 positions 19-29;
    a document number longer than 9 characters takes the 9303 extension into line 1's field.
    """
    document_number = document_number.upper()
    if len(document_number) <= 9:
        number = _field(document_number, 9, "document_number")
        head = number + check_digit(number)
        optional = optional_data.upper()
    else:
        number = _field(document_number[:9], 9, "document_number")
        overflow = document_number[9:]
        head = number + FILLER
        optional = overflow + check_digit(document_number) + FILLER + optional_data.upper()
    optional = _field(optional, 26, "optional_data")
    one = (
        _field(document_type, 2, "document_type")
        + _field(issuing_state, 3, "issuing_state")
        + head
        + optional[:15]
    )
    birth = birth_date.strftime("%y%m%d")
    expiry = expiry_date.strftime("%y%m%d")
    two = (
        birth
        + check_digit(birth)
        + _sex_char(sex)
        + expiry
        + check_digit(expiry)
        + _field(nationality, 3, "nationality")
        + optional[15:]
    )
    two += check_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29])
    three = _name_field(surname, given_names, 30)
    return "\n".join((one, two, three))

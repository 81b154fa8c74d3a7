"""The BRP API Personen contract (OpenAPI 3.1) as JSON Schema validators for the tests.

OpenAPI 3.1 schemas are JSON Schema 2020-12, with two things jsonschema does not do by itself:

* ``discriminator``: ``AbstractDatum`` only says "type and langFormaat"; which subtype applies
  (``Datum`` needs ``datum``, ``JaarDatum`` needs ``jaar``) is chosen by ``type``. Each
  schema with a discriminator gets a dispatching variant: ``type`` must be one of the mapping
  keys, and ``if type == K then`` the mapped schema must hold.
* Strictness: the spec never forbids unknown properties, so a fake answering
  ``{"geboorte": {"datumm": ...}}`` would pass. Every reference that is not itself a member of
  an ``allOf`` (where the composed schema adds properties) points at a strict variant with
  ``unevaluatedProperties: false``, which sees the properties of the whole composition.

So a fake server whose answers drift from the contract fails, and so does a client whose
requests do.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from app.config import BUNDLED_GBA_CSV

SPEC_PATH = BUNDLED_GBA_CSV.parent / "haal-centraal-brp-personen-openapi.yaml"
_COMPONENTS = "#/components/schemas/"
_DEFS = "#/$defs/"
STRICT = "__strict"


@functools.cache
def spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _rewrite(node: Any, *, in_all_of: bool = False) -> Any:
    """Point ``$ref`` at ``$defs``; at strict variants except directly inside ``allOf``."""
    if isinstance(node, list):
        return [_rewrite(item, in_all_of=in_all_of) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENTS):
            name = value.removeprefix(_COMPONENTS)
            out[key] = f"{_DEFS}{name}" if in_all_of else f"{_DEFS}{name}{STRICT}"
        elif key == "allOf":
            out[key] = [_rewrite(member, in_all_of=True) for member in value]
        elif key in ("discriminator", "example"):
            out[key] = value
        else:
            out[key] = _rewrite(value)
    return out


def _strict(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    variant: dict[str, Any] = {"$ref": f"{_DEFS}{name}", "unevaluatedProperties": False}
    discriminator = schema.get("discriminator")
    if discriminator:
        prop = discriminator["propertyName"]
        mapping: dict[str, str] = discriminator["mapping"]
        variant["required"] = [prop]
        variant["properties"] = {prop: {"enum": sorted(mapping)}}
        variant["allOf"] = [
            {
                "if": {"properties": {prop: {"const": key}}, "required": [prop]},
                "then": {"$ref": target.replace(_COMPONENTS, _DEFS)},
            }
            for key, target in sorted(mapping.items())
        ]
    return variant


@functools.cache
def _document() -> dict[str, Any]:
    schemas: dict[str, Any] = spec()["components"]["schemas"]
    defs: dict[str, Any] = {}
    for name, schema in schemas.items():
        defs[name] = _rewrite(copy.deepcopy(schema))
        defs[f"{name}{STRICT}"] = _strict(name, schema)
    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}
    Draft202012Validator.check_schema(document)
    return document


@functools.cache
def validator(schema_name: str) -> Draft202012Validator:
    root = {**_document(), "$ref": f"{_DEFS}{schema_name}{STRICT}"}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def warm_up() -> None:
    """Load and check the contract now, not inside the first request a fake answers."""
    request_errors({})
    for status in (200, 400, 401):
        response_errors(status, {})


def errors(schema_name: str, instance: object) -> list[str]:
    """Every way ``instance`` breaks the schema, as readable lines ([] when it follows it)."""
    found = validator(schema_name).iter_errors(instance)
    return sorted(f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in found)


def request_errors(body: object) -> list[str]:
    """The request body of ``POST /personen`` against its schema."""
    operation = spec()["paths"]["/personen"]["post"]
    ref = next(iter(operation["requestBody"]["content"].values()))["schema"]["$ref"]
    return errors(ref.removeprefix(_COMPONENTS), body)


def response_schema(status: int) -> str:
    """The schema of the answer with ``status``; 404 is not in the contract, and answered
    with the general Foutbericht (what a gateway sends)."""
    operation = spec()["paths"]["/personen"]["post"]
    if status == 200:
        content = operation["responses"]["200"]["content"]
        return str(next(iter(content.values()))["schema"]["$ref"]).removeprefix(_COMPONENTS)
    response = spec()["components"]["responses"].get(str(status))
    if response is None:
        return "Foutbericht"
    ref = response["content"]["application/problem+json"]["schema"]["$ref"]
    return str(ref).removeprefix(_COMPONENTS)


def response_errors(status: int, body: object) -> list[str]:
    return errors(response_schema(status), body)


def property_names(schema_name: str) -> set[str]:
    """Top-level properties of a plain object schema (Persoon, PersoonBeperkt)."""
    return set(spec()["components"]["schemas"][schema_name]["properties"])

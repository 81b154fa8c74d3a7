"""The configuration picks the driver; bad printer settings are named at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from escpos.printer import Network

from app.config import ConfigError, load_settings
from app.devices.printer import (
    CupsPrinter,
    EscPosPrinter,
    PdfFolderPrinter,
    Printer,
    create_printer,
)
from app.devices.printer.escpos_printer import connect


def _settings(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> Printer | None:
    path = tmp_path / "stadspunt.toml"
    path.write_text(text, encoding="utf-8")
    return create_printer(load_settings(path, env or {}))


def test_pdf_folder_uses_the_configured_folder(tmp_path: Path) -> None:
    printer = _settings(tmp_path, f"[printer]\nfolder = '{tmp_path / 'out'}'\n")
    assert isinstance(printer, PdfFolderPrinter)
    assert printer.folder == tmp_path / "out"
    assert isinstance(printer, Printer)


def test_print_folder_from_the_environment(tmp_path: Path) -> None:
    printer = _settings(tmp_path, "", {"STADSPUNT_PRINTER_FOLDER": str(tmp_path / "env")})
    assert isinstance(printer, PdfFolderPrinter) and printer.folder == tmp_path / "env"


def test_cups_queue(tmp_path: Path) -> None:
    printer = _settings(tmp_path, "[devices]\nprinter = 'cups'\n[printer]\ncups_queue = 'a4'\n")
    assert isinstance(printer, CupsPrinter) and printer.name == "cups:a4"


def test_escpos_network_is_not_opened_at_start(tmp_path: Path) -> None:
    printer = _settings(
        tmp_path,
        "[devices]\nprinter = 'escpos'\n"
        "[printer]\nescpos_connection = 'tcp://192.0.2.10'\ntimeout_seconds = 3\n",
    )
    assert isinstance(printer, EscPosPrinter)
    assert printer.name == "escpos:tcp://192.0.2.10"
    device = printer._device
    assert isinstance(device, Network)
    assert (device.host, device.port, device.timeout) == ("192.0.2.10", 9100, 3.0)
    assert device._device is False  # connects on first use


def test_none_means_no_printer(tmp_path: Path) -> None:
    assert _settings(tmp_path, "[devices]\nprinter = 'none'\n") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[devices]\nprinter = 'escpos'\n", "escpos needs [printer] escpos_connection"),
        ("[printer]\ncolour = 'red'\n", "unknown [printer] setting(s): colour"),
        ("[printer]\ntimeout_seconds = 0\n", "timeout_seconds"),
        ("[printer]\ncups_queue = 3\n", "cups_queue must be a string"),
        ("printer = 'x'\n", "[printer] must be a table"),
    ],
)
def test_bad_printer_settings_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "stadspunt.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path, {})
    assert message in str(info.value)


@pytest.mark.parametrize("spec", ["tcp://", "lpt1", "usb:04b8"])
def test_bad_escpos_connection_strings(spec: str) -> None:
    with pytest.raises(ValueError, match="escpos connection"):
        connect(spec)


def test_usb_without_pyusb_says_what_to_install() -> None:
    from escpos.printer import Usb

    if Usb.is_usable():
        device = connect("usb:04b8:0202")
        assert device.usb_args == {"idVendor": 0x04B8, "idProduct": 0x0202}
    else:
        with pytest.raises(ValueError, match=r"python-escpos\[usb\]"):
            connect("usb:04b8:0202")

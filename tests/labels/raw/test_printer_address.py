"""Printer addresses as typed in the print settings or after --print: read, or told what is wrong."""

from __future__ import annotations

import pytest

from ocdesk.labels.raw.address import AddressError, PrinterAddress, parse_address


@pytest.mark.parametrize(
    ("typed", "expected", "stored"),
    [
        ("zpl://192.168.1.50", PrinterAddress("zpl", host="192.168.1.50"), "zpl://192.168.1.50"),
        (" ZPL://zebra-1.local:9101 ", PrinterAddress("zpl", host="zebra-1.local", port=9101),
         "zpl://zebra-1.local:9101"),
        ("tspl://10.0.0.7:9100?dpi=300", PrinterAddress("tspl", host="10.0.0.7", dpi=300),
         "tspl://10.0.0.7?dpi=300"),
        ("zpl://[::1]:9100", PrinterAddress("zpl", host="[::1]"), "zpl://[::1]"),
        ("zpl:///dev/usb/lp0", PrinterAddress("zpl", device="/dev/usb/lp0"), "zpl:///dev/usb/lp0"),
        ("zpl://./COM3", PrinterAddress("zpl", device="\\\\.\\COM3"), "zpl://./COM3"),
        ("tspl://desk-pc/Xprinter", PrinterAddress("tspl", device="\\\\desk-pc\\Xprinter"),
         "tspl://desk-pc/Xprinter"),
        ("zpl://10.0.0.9?status=off&compression=z64",
         PrinterAddress("zpl", host="10.0.0.9", ask_status=False, compression="z64"),
         "zpl://10.0.0.9?status=off&compression=z64"),
    ],
)  # fmt: skip
def test_an_address_is_read_and_stored_one_way(
    typed: str, expected: PrinterAddress, stored: str
) -> None:
    address = parse_address(typed)
    assert address == expected
    assert str(address) == stored
    assert parse_address(stored) == expected


@pytest.mark.parametrize("name", ["Zebra-ZD421", "ocdesk-pdf", "\\\\server\\Zebra (copy 1)"])
def test_a_plain_name_is_a_system_printer(name: str) -> None:
    assert parse_address(name) is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ipp://printer.local", "ipp:// is not a printer language ocdesk speaks: use zpl:// for "
                                "Zebra printers or tspl:// for TSC"),
        ("zpl://", "zpl:// names no printer. Write the printer's network address"),
        ("zpl://192.168.1.50:PORT", "PORT is not a port number (in zpl://192.168.1.50:PORT). "
                                    "Label printers listen on port 9100"),
        ("zpl://192.168.1.50:70000", "70000 is not a port number"),
        ("zpl://zebra 1", "zebra 1 is not a computer name or IP address"),
        ("zpl://10.0.0.1?dpi=600", "dpi=600 cannot be used (in zpl://10.0.0.1?dpi=600); write "
                                   "dpi= one of 203, 300."),
        ("tspl://10.0.0.1?compression=z64", "compression is not a setting of a TSPL printer "
                                            "address"),
        ("zpl://user@10.0.0.1", "is not a printer address. It looks like zpl://192.168.1.50"),
    ],
)  # fmt: skip
def test_a_wrong_address_says_what_is_wrong_and_how_it_should_look(typed: str, says: str) -> None:
    with pytest.raises(AddressError) as raised:
        parse_address(typed)
    assert says in str(raised.value)

"""Printer addresses: `zpl://HOST[:PORT]`, `tspl://HOST`, `zpl:///dev/usb/lp0` and the like.

Anything without `://` is the name of a printer set up on the computer (CUPS or Windows) and is
not read here. An address that starts like one of ours but is wrong gets one sentence saying
what is wrong and how it should look, for the field it was typed in or the command line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from ocdesk.api.text import translate

ZPL = "zpl"
TSPL = "tspl"
LANGUAGES = (ZPL, TSPL)
DEFAULT_PORT = 9100
DPIS = (203, 300)
# How the label's dots are written inside ZPL's ^GFA: "ascii" (ZPL's run-length scheme, which
# every ZPL II printer reads), "z64" (zlib and base64: smaller, firmware from about 2005 on),
# or "hex" (uncompressed, for printers that read neither).
COMPRESSIONS = ("ascii", "z64", "hex")
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\[[0-9A-Fa-f:.]+\]$")
_EXAMPLES = "zpl://192.168.1.50, tspl://192.168.1.51:9100, zpl:///dev/usb/lp0"


class AddressError(ValueError):
    """The printer address cannot be used; the message says why and how it should look."""


@dataclass(frozen=True)
class PrinterAddress:
    """A label printer addressed directly.

    Either `host`:`port` (raw TCP, port 9100 on nearly every label printer) or `device` (a
    file the label is written to: /dev/usb/lp0, \\\\.\\COM3, \\\\server\\share).
    `dpi` None: the media preset's dots. `ask_status` False: the printer is not asked how it
    is before and after a job (for printers that never answer).
    """

    language: str
    host: str = ""
    port: int = DEFAULT_PORT
    device: str = ""
    dpi: int | None = None
    ask_status: bool = True
    compression: str = "ascii"

    @property
    def networked(self) -> bool:
        return bool(self.host)

    @property
    def place(self) -> str:
        """Where the printer is, for messages: `192.168.1.50:9100` or `/dev/usb/lp0`."""
        return f"{self.host}:{self.port}" if self.networked else self.device

    def __str__(self) -> str:
        """The address written the one way it is stored (history, settings)."""
        if self.networked:
            where = self.host + (f":{self.port}" if self.port != DEFAULT_PORT else "")
        elif self.device.startswith("\\\\.\\"):
            where = "./" + self.device[4:]
        elif self.device.startswith("\\\\"):
            where = self.device[2:].replace("\\", "/")
        else:
            where = self.device
        options = []
        if self.dpi is not None:
            options.append(f"dpi={self.dpi}")
        if not self.ask_status:
            options.append("status=off")
        if self.compression != "ascii":
            options.append(f"compression={self.compression}")
        return f"{self.language}://{where}" + (f"?{'&'.join(options)}" if options else "")


def is_address(printer: str) -> bool:
    """True when `printer` is meant as a direct address (it has `://`), not a system printer."""
    return "://" in printer


def parse_address(text: str) -> PrinterAddress | None:
    """The address in `text`, or None when `text` names a system printer.

    AddressError when `text` looks like an address but cannot be used.
    """
    text = text.strip()
    if not is_address(text):
        return None
    scheme, _, rest = text.partition("://")
    language = scheme.lower()
    if language not in LANGUAGES:
        raise _error(
            "{scheme}:// is not a printer language ocdesk speaks: use zpl:// for Zebra "
            "printers or tspl:// for TSC, Xprinter and similar printers. A printer set up "
            "on this computer is chosen by its name, without ://.",
            scheme=scheme,
        )
    parts = urlsplit(f"{language}://{rest}")
    if parts.fragment or "@" in parts.netloc:
        raise _error("{text} is not a printer address. It looks like {examples}.", text=text)
    options = _options(parts.query, language, text)
    if not parts.netloc:
        return _device(language, parts.path, text, options)
    if parts.netloc == ".":
        return _device(language, "\\\\.\\" + parts.path.strip("/"), text, options)
    host, port = _host_and_port(parts.netloc, text)
    if parts.path.strip("/"):
        # zpl://server/Zebra: the Windows share \\server\Zebra, written to as a file.
        share = "\\\\" + host + "\\" + parts.path.strip("/").replace("/", "\\")
        return _device(language, share, text, options)
    return PrinterAddress(language, host=host, port=port, **options)


def _device(language: str, path: str, text: str, options: dict) -> PrinterAddress:
    if not path or path in ("/", "\\\\.\\"):
        raise _error(
            "{text} names no printer. Write the printer's network address (zpl://192.168.1.50) "
            "or its device (zpl:///dev/usb/lp0).",
            text=text,
        )
    return PrinterAddress(language, device=path, **options)


def _host_and_port(netloc: str, text: str) -> tuple[str, int]:
    if netloc.startswith("[") and "]" in netloc:  # an IPv6 address: [::1]:9100
        host, _, after = netloc.partition("]")
        host, colon, port_text = host + "]", after[:1], after[1:]
    else:
        host, colon, port_text = netloc.partition(":")
    if not _HOST.match(host):
        raise _error(
            "{host} is not a computer name or IP address (in {text}). It looks like "
            "192.168.1.50 or zebra-1.local.",
            host=host,
            text=text,
        )
    if not colon:
        return host, DEFAULT_PORT
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise _error(
            "{port} is not a port number (in {text}). Label printers listen on port 9100; "
            "leave the port out to use it.",
            port=port_text or "nothing",
            text=text,
        )
    return host, int(port_text)


def _options(query: str, language: str, text: str) -> dict:
    """The address' settings after `?`: dpi=203|300, status=on|off, compression=... (ZPL)."""
    known = {"dpi": [str(d) for d in DPIS], "status": ["on", "off"]}
    if language == ZPL:
        known["compression"] = list(COMPRESSIONS)
    options: dict = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in known:
            raise _error(
                "{name} is not a setting of a {language} printer address (in {text}); the "
                "settings are {known}.",
                name=name,
                language=language.upper(),
                text=text,
                known=", ".join(known),
            )
        if value not in known[name]:
            raise _error(
                "{name}={value} cannot be used (in {text}); write {name}= one of {allowed}.",
                name=name,
                value=value,
                text=text,
                allowed=", ".join(known[name]),
            )
        if name == "dpi":
            options["dpi"] = int(value)
        elif name == "status":
            options["ask_status"] = value == "on"
        else:
            options["compression"] = value
    return options


def _error(words: str, **values: str) -> AddressError:
    return AddressError(translate("PrinterAddress", words).format(examples=_EXAMPLES, **values))

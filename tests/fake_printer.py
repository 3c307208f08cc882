"""A label printer on loopback for the tests: it keeps every job, reads its ZPL or TSPL back into
pictures, and answers status queries (~HS, <ESC>!?) with what the test set.

Like a real printer on port 9100 it serves one connection at a time. It can be made silent (it
takes connections and jobs but never answers a status query). A printer on a device file
(`DevicePrinter`, a named pipe) can cut a job off half-way, as a pulled cable does.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import select
import socket
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PIL import Image

PAPER_OUT, HEAD_OPEN, PAUSED = "paper out", "head open", "paused"
_ZPL_QUERY, _TSPL_QUERY = b"~HS", b"\x1b!?"
_TSPL_BITS = {HEAD_OPEN: 0x01, PAPER_OUT: 0x04, PAUSED: 0x10}


@dataclass
class Page:
    """One printed label as the printer would burn it; `encoding` is how its dots came."""

    picture: Image.Image  # mode "1", one pixel per dot
    copies: int
    encoding: str  # "hex", "ascii", "z64" or "tspl"
    settings: dict[str, str] = field(default_factory=dict)  # ^PW, ^LL, SIZE, GAP, ... as sent


class FakePrinter:
    """`with FakePrinter("zpl") as printer:` ... `printer.address` is `zpl://127.0.0.1:PORT`."""

    def __init__(self, language: str = "zpl", dpi: int = 203) -> None:
        self.language, self.dpi = language, dpi
        self.problems: set[str] = set()
        self.silent = False
        self.jobs: list[bytes] = []
        self.status_queries = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = int(self._server.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self.job_arrived = threading.Condition()

    @property
    def address(self) -> str:
        return f"{self.language}://127.0.0.1:{self.port}"

    def __enter__(self) -> FakePrinter:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def pages(self) -> list[Page]:
        """Every label of every job, in the order received."""
        if self.language == "zpl":
            return [page for job in list(self.jobs) for page in decode_zpl(job)]
        return [page for job in list(self.jobs) for page in decode_tspl(job, self.dpi)]

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> None:
        with self.job_arrived:
            if not self.job_arrived.wait_for(lambda: len(self.jobs) >= count, timeout):
                raise TimeoutError(f"{len(self.jobs)} of {count} jobs arrived")

    # --- the printer's side --------------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            with connection:
                self._take(connection)

    def _take(self, connection: socket.socket) -> None:
        connection.settimeout(10)
        received = b""
        while True:
            try:
                chunk = connection.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            received += chunk
            received = self._answer_queries(connection, received)
        if received:
            with self.job_arrived:
                self.jobs.append(received)
                self.job_arrived.notify_all()

    def _answer_queries(self, connection: socket.socket, received: bytes) -> bytes:
        for query, answer in ((_ZPL_QUERY, self._zpl_status), (_TSPL_QUERY, self._tspl_status)):
            while received.startswith(query):
                received = received[len(query):]
                self.status_queries += 1
                if not self.silent:
                    connection.sendall(answer())
        return received

    def _zpl_status(self) -> bytes:
        paper, pause, head = (int(p in self.problems) for p in (PAPER_OUT, PAUSED, HEAD_OPEN))
        return (
            f"\x02030,{paper},{pause},1199,000,0,0,0,000,0,0,0\x03\r\n"
            f"\x02001,0,{head},0,0,2,6,0,00000000,1,000\x03\r\n"
            "\x021234,0\x03\r\n"
        ).encode("ascii")

    def _tspl_status(self) -> bytes:
        return bytes([sum(_TSPL_BITS[p] for p in self.problems if p in _TSPL_BITS)])


class DevicePrinter:
    """A ZPL printer on a device file (a named pipe in `folder`): keeps each job it reads. The
    jobs numbered in `cut` (from 1) it stops reading after `cut_after` bytes, as a printer that
    jammed, until the sender gives up. A job must be larger than the pipe (64 KB) to be cut."""

    def __init__(self, folder: Path, cut: set[int], cut_after: int = 4096) -> None:
        self.path = folder / "lp0"
        os.mkfifo(self.path)
        self.cut, self.cut_after = cut, cut_after
        self.jobs: list[bytes] = []
        self.cut_jobs = 0
        self._stop = False
        self._thread = threading.Thread(target=self._read, name="device-printer", daemon=True)

    @property
    def address(self) -> str:
        return f"zpl://{self.path}"

    def __enter__(self) -> DevicePrinter:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop = True
        with contextlib.suppress(OSError):  # wakes the reader waiting for a sender
            os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
        self._thread.join(timeout=5)

    def _read(self) -> None:
        number = 0
        while not self._stop:
            with open(self.path, "rb", buffering=0) as device:  # waits for a sender
                number += 1
                if number in self.cut:
                    device.read(self.cut_after)
                    self.cut_jobs += 1
                    _until_the_sender_is_gone(device.fileno())
                    continue
                job = device.read()
            if job:
                self.jobs.append(job)


def _until_the_sender_is_gone(fd: int) -> None:
    """A pipe's reader is told (POLLHUP) once no writer holds it open, without reading."""
    waiting = select.poll()
    waiting.register(fd, select.POLLHUP)
    while not any(event & select.POLLHUP for _, event in waiting.poll(100)):
        pass


# --- reading jobs back -----------------------------------------------------------------------
_FORMAT = re.compile(rb"\^XA(.*?)\^XZ", re.S)
_GRAPHIC = re.compile(r"\^GFA,(\d+),(\d+),(\d+),(.*?)\^FS", re.S)
_COMMAND = re.compile(r"\^(PW|LL|PQ|PR|MN)([^\^~]*)")


def decode_zpl(job: bytes) -> list[Page]:
    """Each ^XA ... ^XZ format's ^GFA graphic as a picture, cut to the format's print width."""
    pages = []
    for match in _FORMAT.finditer(job):
        text = match.group(1).decode("ascii")
        settings = {name: value for name, value in _COMMAND.findall(text)}
        graphic = _GRAPHIC.search(text)
        if graphic is None:
            raise AssertionError(f"a format without a ^GFA graphic: {text[:80]!r}")
        total, _, row_bytes, data = graphic.groups()
        encoding, dots = _zpl_dots(data, int(total), int(row_bytes))
        rows = int(total) // int(row_bytes)
        picture = Image.frombytes("1", (int(row_bytes) * 8, rows), dots, "raw", "1;I")
        width = int(settings.get("PW", int(row_bytes) * 8))
        pages.append(Page(picture.crop((0, 0, width, rows)), int(settings.get("PQ", 1)),
                          encoding, settings))  # fmt: skip
    return pages


def _zpl_dots(data: str, total: int, row_bytes: int) -> tuple[str, bytes]:
    if data.startswith(":Z64:"):
        encoded, crc = data[5:].rsplit(":", 1)
        assert int(crc, 16) == _crc16(encoded.encode("ascii")), "the Z64 CRC does not match"
        dots = zlib.decompress(base64.b64decode(encoded))
        encoding = "z64"
    elif re.fullmatch(r"[0-9A-F]*", data) and len(data) == 2 * total:
        dots, encoding = bytes.fromhex(data), "hex"
    else:
        dots, encoding = bytes.fromhex(_ascii_expanded(data, row_bytes)), "ascii"
    assert len(dots) == total, f"{len(dots)} bytes of dots where the ^GFA says {total}"
    return encoding, dots


def _ascii_expanded(data: str, row_bytes: int) -> str:
    """ZPL's ASCII compression undone, following the ZPL II manual's rules."""
    width = row_bytes * 2
    rows: list[str] = []
    row, count = "", 0
    for char in data:
        if "G" <= char <= "Y":
            count += ord(char) - ord("F")
        elif "g" <= char <= "z":
            count += 20 * (ord(char) - ord("f"))
        elif char in "0123456789ABCDEF":
            row += char * (count or 1)
            count = 0
        elif char == ",":
            row = row.ljust(width, "0")
        elif char == "!":
            row = row.ljust(width, "F")
        elif char == ":":
            row = rows[-1] if rows else "0" * width
        elif char in "\r\n":
            continue
        else:
            raise AssertionError(f"{char!r} has no meaning in ZPL ASCII compression")
        if len(row) >= width:
            assert len(row) == width, "a compressed row runs past the row's width"
            rows.append(row)
            row = ""
    assert row == "", "the compressed data ends in the middle of a row"
    return "".join(rows)


def _crc16(data: bytes) -> int:
    """CRC-16/XMODEM, written out here again so a wrong one in ocdesk is caught."""
    crc = 0
    for byte in data:
        for bit in range(8):
            mix = ((crc >> 15) ^ (byte >> (7 - bit))) & 1
            crc = ((crc << 1) & 0xFFFF) ^ (0x1021 if mix else 0)
    return crc


_TSPL_LINE = re.compile(rb"([A-Z]+) ?([^\r\n]*)\r\n")
_BITMAP = re.compile(rb"BITMAP (\d+),(\d+),(\d+),(\d+),(\d+),")


def decode_tspl(job: bytes, dpi: int = 203) -> list[Page]:
    """SIZE, GAP, DENSITY, SPEED, then each CLS / BITMAP / PRINT as one picture (0 = black),
    cut to the SIZE's width at the printer's `dpi`."""
    pages, settings, at = [], {}, 0
    picture = None
    while at < len(job):
        bitmap = _BITMAP.match(job, at)
        if bitmap is not None:
            x, y, row_bytes, rows, mode = (int(v) for v in bitmap.groups())
            assert (x, y, mode) == (0, 0, 0), "the label is drawn from 0,0, overwriting"
            dots = job[bitmap.end() : bitmap.end() + row_bytes * rows]
            assert len(dots) == row_bytes * rows, "the BITMAP ends before its dots do"
            picture = Image.frombytes("1", (row_bytes * 8, rows), dots, "raw", "1")
            at = bitmap.end() + len(dots)
            continue
        if job.startswith(b"\r\n", at):  # the line end after a BITMAP's dots
            at += 2
            continue
        line = _TSPL_LINE.match(job, at)
        assert line is not None, f"not a TSPL command at byte {at}: {job[at:at + 30]!r}"
        name, value = line.group(1).decode(), line.group(2).decode()
        if name == "PRINT" and picture is not None:
            width = round(float(settings["SIZE"].split(" mm")[0]) / 25.4 * dpi)
            copies = int(value.split(",")[1]) if "," in value else 1
            pages.append(Page(picture.crop((0, 0, width, picture.height)), copies, "tspl",
                              dict(settings)))  # fmt: skip
            picture = None
        else:
            settings[name] = value
        at = line.end()
    return pages

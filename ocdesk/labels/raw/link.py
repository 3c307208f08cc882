"""Bytes to a label printer: raw TCP (port 9100) or a device file, with time limits.

`send` tells apart a job that never left (NotSent: safe to send again) from one cut off
half-way (SendBroken: part of it reached the printer, which may have printed it).
"""

from __future__ import annotations

import os
import select
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

from ocdesk.labels.raw.address import PrinterAddress

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait: for the connection, for a status answer, for each part of a job."""

    connect_s: float = 3.0
    answer_s: float = 3.0
    send_s: float = 10.0


class NotSent(Exception):
    """The printer could not be reached or opened; not one byte of the job went."""


class NoAnswer(Exception):
    """The printer took the connection but did not answer in time (or closed it)."""


class SendBroken(Exception):
    """The job was cut off after `sent` of its `total` bytes."""

    def __init__(self, cause: OSError, sent: int, total: int) -> None:
        super().__init__(f"{cause} after {sent} of {total} bytes")
        self.cause, self.sent, self.total = cause, sent, total


def send(address: PrinterAddress, job: bytes, timeouts: Timeouts) -> None:
    """The whole job, in one connection (one job at the printer)."""
    if address.networked:
        _send_tcp(address, job, timeouts)
    else:
        _send_device(address.device, job, timeouts.send_s)


def ask(
    address: PrinterAddress, query: bytes, complete: Callable[[bytes], bool], timeouts: Timeouts
) -> bytes:
    """Send `query` over TCP and read until `complete(answer)`; NoAnswer when it does not come."""
    with _connect(address, timeouts) as sock:
        try:
            sock.sendall(query)
        except OSError as exc:
            raise NoAnswer(str(exc)) from exc
        answer = b""
        deadline = time.monotonic() + timeouts.answer_s
        while not complete(answer):
            left = deadline - time.monotonic()
            if left <= 0:
                raise NoAnswer(f"no answer within {timeouts.answer_s:g} s")
            sock.settimeout(left)
            try:
                more = sock.recv(4096)
            except OSError as exc:  # socket.timeout included
                raise NoAnswer(f"no answer within {timeouts.answer_s:g} s") from exc
            if not more:
                raise NoAnswer("the printer closed the connection without answering")
            answer += more
        return answer


def _connect(address: PrinterAddress, timeouts: Timeouts) -> socket.socket:
    host = address.host.strip("[]")  # an IPv6 address is written in brackets
    try:
        return socket.create_connection((host, address.port), timeout=timeouts.connect_s)
    except OSError as exc:
        raise NotSent(_reason(exc)) from exc


def _send_tcp(address: PrinterAddress, job: bytes, timeouts: Timeouts) -> None:
    with _connect(address, timeouts) as sock:
        sock.settimeout(timeouts.send_s)
        sent = 0
        try:
            while sent < len(job):
                sent += sock.send(job[sent : sent + _CHUNK])
            sock.shutdown(socket.SHUT_WR)  # the job ends here
        except OSError as exc:
            raise SendBroken(exc, sent, len(job)) from exc


def _send_device(path: str, job: bytes, timeout_s: float) -> None:
    """Written in parts, each waited for at most `timeout_s`: a printer out of labels stops
    taking bytes, and must not hold the print thread for ever. (Windows cannot wait on a file:
    there a write waits as long as the system lets it.)"""
    try:
        handle = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise NotSent(_reason(exc)) from exc
    sent = 0
    try:
        waits = os.name != "nt"
        if waits:
            os.set_blocking(handle, False)
        while sent < len(job):
            if waits and not select.select([], [handle], [], timeout_s)[1]:
                raise TimeoutError(f"the printer took nothing for {timeout_s:g} s")
            try:
                sent += os.write(handle, job[sent : sent + _CHUNK])
            except BlockingIOError:
                continue  # full again: wait once more
    except OSError as exc:
        if sent == 0:
            raise NotSent(_reason(exc)) from exc
        raise SendBroken(exc, sent, len(job)) from exc
    finally:
        os.close(handle)


def _reason(exc: OSError) -> str:
    """The system's words for a failure, without Python's error numbers."""
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer"
    return exc.strerror or str(exc)

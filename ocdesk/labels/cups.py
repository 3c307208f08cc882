"""CUPS through its command-line clients (lp, lpstat, ipptool): submit a PDF, follow the job."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time

_COMMAND_TIMEOUT_S = 30
_REQUEST_ID = re.compile(r"request id is (\S+-\d+)")
TERMINAL_STATES = frozenset({"completed", "canceled", "aborted"})

# ipptool has no one-liner for a job's state; this is the stock get-job-attributes test cut
# down to the two attributes we read.
_JOB_STATE_TEST = """{
    OPERATION get-job-attributes
    GROUP operation
    ATTR charset attributes-charset utf-8
    ATTR language attributes-natural-language en
    ATTR uri job-uri $uri
    ATTR keyword requested-attributes job-state
    STATUS successful-ok
    DISPLAY job-state
}
"""


class CupsError(Exception):
    """A CUPS command failed; the message is what CUPS said."""


def cups_available() -> bool:
    """True when lp and lpstat exist and a scheduler answers."""
    if not cups_installed():
        return False
    try:
        out = _run(["lpstat", "-r"])
    except CupsError:
        return False
    return "is running" in out and "not running" not in out


# What keeps a queue from printing now (queue_problem).
NOT_RUNNING = "not running"
MISSING = "missing"
STOPPED = "stopped"
REJECTING = "rejecting"


def cups_installed() -> bool:
    """True when this computer prints through CUPS (its command-line clients are here)."""
    return bool(shutil.which("lp") and shutil.which("lpstat"))


def queue_problem(printer: str) -> str | None:
    """NOT_RUNNING, MISSING, STOPPED or REJECTING when `printer` cannot print now; else None.

    One lpstat call, as it runs before every print. A stopped queue still takes jobs and holds
    them, so a label sent there would not come out.
    """
    return _problem_in(_run(_queue_query(printer), check=False), printer)


class QueueCheck:
    """`queue_problem` asked now and answered later: lpstat runs while the caller draws the label.

    The answer is as fresh as a check made just before sending, and the wait for the scheduler
    (~6 ms on an idle machine, 25 ms and more when CUPS is busy) overlaps the drawing.
    """

    def __init__(self, printer: str) -> None:
        self.printer = printer
        self._asking = _start(_queue_query(printer))

    def result(self) -> str | None:
        """Waits for lpstat; call it once, even when the print is given up (it reaps lpstat)."""
        return _problem_in(_finish(self._asking, check=False), self.printer)


def _queue_query(printer: str) -> list[str]:
    return ["lpstat", "-r", "-p", printer, "-a", printer]


def _problem_in(out: str, printer: str) -> str | None:
    if "is running" not in out or "not running" in out:
        return NOT_RUNNING
    if f"printer {printer} " not in out:
        return MISSING
    if f"printer {printer} disabled" in out:
        return STOPPED
    if f"{printer} not accepting" in out:
        return REJECTING
    return None


def media_option(width_mm: float, height_mm: float) -> str:
    """The CUPS media name of a page of exactly this size, e.g. `Custom.100x150mm`."""
    return f"Custom.{width_mm:g}x{height_mm:g}mm"


def submit(pdf: bytes, printer: str, *, media: str, title: str) -> str:
    """Send `pdf` as it is to queue `printer`; returns the job id (`QUEUE-123`).

    Options, each checked against cups-pdf and cups-filters' pdftopdf:
    - `media=Custom.WxHmm`: without it CUPS uses the queue's default paper (often A4) and
      the label lands in the middle of a big sheet. Needs a PPD with *CustomPageSize (cups-pdf
      and label printer drivers have one) or an IPP printer that lists the size.
    - `print-scaling=none` and `fit-to-page=false`: a printer whose default is "fit" or "auto"
      would otherwise scale a label that does not match its paper. CUPS documents `scaling=`
      for image files; for a PDF it changed nothing, so it is not sent.
    - `-n 1`: each copy is its own job, so every one has an id to follow and record.
    lp has sent the file to the scheduler when it returns, so the temporary file can go.
    """
    with tempfile.NamedTemporaryFile(prefix="ocdesk-label-", suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        command = [
            "lp", "-d", printer, "-n", "1", "-t", title,
            "-o", f"media={media}", "-o", "print-scaling=none", "-o", "fit-to-page=false",
            handle.name,
        ]  # fmt: skip
        out = _run(command)
    found = _REQUEST_ID.search(out)
    if not found:
        raise CupsError(f"lp gave no job id: {out.strip()!r}")
    return found.group(1)


def job_number(job_id: str) -> int:
    """123 from `QUEUE-123`."""
    found = re.search(r"(\d+)$", job_id)
    if not found:
        raise ValueError(f"not a CUPS job id: {job_id!r}")
    return int(found.group(1))


def job_state(job_id: str) -> str:
    """pending, pending-held, processing, processing-stopped, canceled, aborted, completed.

    "unknown" when CUPS no longer knows the job (its history was purged) or cannot be asked.
    """
    if shutil.which("ipptool"):
        return _ipp_job_state(job_id)
    return _lpstat_job_state(job_id)


def wait_for_cups_job(job_id: str, timeout: float = 60.0, poll_s: float = 0.25) -> str:
    """Poll until the job ends or `timeout` passes; returns its last state (see `job_state`)."""
    deadline = time.monotonic() + timeout
    while True:
        state = job_state(job_id)
        if state in TERMINAL_STATES or time.monotonic() >= deadline:
            return state
        time.sleep(poll_s)


def _ipp_job_state(job_id: str) -> str:
    uri = f"ipp://{_server_host()}/jobs/{job_number(job_id)}"
    with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as test:
        test.write(_JOB_STATE_TEST)
    try:
        out = _run(["ipptool", "-c", uri, test.name], check=False)
    finally:
        os.unlink(test.name)
    # -c prints a CSV header line ("job-state") then the value.
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    if len(lines) >= 2 and lines[0] == "job-state":
        return lines[1]
    return "unknown"


def _lpstat_job_state(job_id: str) -> str:
    """Coarser fallback without ipptool: lpstat cannot tell completed from canceled."""
    if job_id in _listed_jobs("not-completed"):
        return "pending"
    if job_id in _listed_jobs("completed"):
        return "completed"
    return "unknown"


def _listed_jobs(which: str) -> set[str]:
    out = _run(["lpstat", "-W", which, "-o"], check=False)
    words = (line.split()[0] for line in out.splitlines() if line.strip() and line[0] != "\t")
    return {word for word in words if re.search(r"-\d+$", word)}


def _server_host() -> str:
    """The scheduler's host:port; a local socket path means this machine."""
    host = _run(["lpstat", "-H"], check=False).strip()
    return "localhost" if not host or host.startswith("/") else host


def _run(command: list[str], *, check: bool = True) -> str:
    """stdout of `command` in the C locale (we parse English messages)."""
    return _finish(_start(command), check=check)


def _start(command: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
    except OSError as exc:
        raise CupsError(f"{command[0]}: {exc}") from exc


def _finish(process: subprocess.Popen[str], *, check: bool = True) -> str:
    name = str(process.args[0])  # type: ignore[index]
    try:
        out, err = process.communicate(timeout=_COMMAND_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        process.communicate()
        raise CupsError(f"{name}: {exc}") from exc
    if check and process.returncode != 0:
        said = (err or out).strip()
        raise CupsError(said if said.startswith(name) else f"{name}: {said}")
    return out

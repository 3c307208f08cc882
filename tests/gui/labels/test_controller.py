"""The print controller against the sandbox and the real cups-pdf queue: size, scan, guards, retry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    PRINTED_ON_QUEUE,
    Scanner,
    cups_output,
    require_cups_queue,
    return_numbers,
)

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels.controller import (  # noqa: E402
    PrintController,
    PrintDone,
    PrinterChoice,
)
from ocdesk.gui.labels.documents import documents_from  # noqa: E402
from ocdesk.labels.document import LabelDocument  # noqa: E402
from ocdesk.labels.history import PrintRecord  # noqa: E402
from ocdesk.session import Session  # noqa: E402

pytest_plugins = ("gui_fixtures",)


class Done:
    """Collects on_done(ok, message) calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[bool, str]] = []

    def __call__(self, ok: bool, message: str) -> None:
        self.calls.append((ok, message))


@pytest.fixture(scope="module")
def numbers(oc_session: Session) -> list[str]:
    return return_numbers(oc_session, 4)


@pytest.fixture
def cups_folder() -> Path:
    return require_cups_queue()


@pytest.fixture
def controller(context: AppContext, cups_folder: Path) -> PrintController:
    ctl = PrintController(context)
    ctl.set_choice("return", PrinterChoice(CUPS_QUEUE, None))
    return ctl


def fetch_return(session: Session, number: str) -> LabelDocument:
    (doc,) = documents_from(session.client.call("returns.label", {"orderNumber": number}))
    return doc


def print_and_wait(qtbot: Any, controller: PrintController, doc: LabelDocument, **kw: Any) -> Done:
    done = Done()
    controller.print_document(doc, on_done=done, **kw)
    qtbot.waitUntil(lambda: bool(done.calls), timeout=30_000)
    return done


@pytest.mark.parametrize("via", ["qt", "cups"])
def test_a_return_label_prints_at_its_size_and_scans(
    qtbot: Any,
    controller: PrintController,
    oc_session: Session,
    numbers: list[str],
    cups_folder: Path,
    via: str,
) -> None:
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, via))
    doc = fetch_return(oc_session, numbers[0])
    with qtbot.waitSignal(controller.sig_printed, timeout=30_000) as printed:
        controller.print_document(doc)
    done: PrintDone = printed.args[0]
    assert (done.identity.number, done.printer, done.reprint) == (numbers[0], CUPS_QUEUE, False)
    assert done.preset_key == "100x150@203"
    assert done.job_id, "CUPS gave no job id"
    ((size, picture),) = Scanner().pages(cups_output(cups_folder, done.job_id))
    Scanner.assert_size_mm(size, (100, 150))
    assert Scanner().texts(picture) == [numbers[0]]
    (entry,) = controller.history.entries()
    assert (entry.number, entry.outcome, entry.cups_job_id) == (numbers[0], "printed", done.job_id)


def test_a_second_print_asks_first_and_records_the_reprint(
    qtbot: Any, controller: PrintController, oc_session: Session, numbers: list[str]
) -> None:
    doc = fetch_return(oc_session, numbers[1])
    assert print_and_wait(qtbot, controller, doc).calls[0][0]

    asked: list[PrintRecord] = []

    def say_no(record: PrintRecord) -> str | None:
        asked.append(record)
        return None

    refused = print_and_wait(qtbot, controller, doc, confirm_reprint=say_no)
    assert refused.calls[0][0] is False
    assert asked and asked[0].printer == CUPS_QUEUE
    assert len(controller.history.entries()) == 1  # nothing printed

    again = print_and_wait(qtbot, controller, doc, confirm_reprint=lambda r: "label torn")
    assert again.calls[0][0], again.calls
    reprint, first = controller.history.entries()
    assert (reprint.reprint_of, reprint.reason, reprint.outcome) == (
        first.id,
        "label torn",
        "printed",
    )
    audit = controller._context.stores.audit.entries()
    assert [e.action for e in audit] == ["reprint", "print"]


def test_a_second_click_while_printing_prints_once(
    qtbot: Any, controller: PrintController, oc_session: Session, numbers: list[str]
) -> None:
    doc = fetch_return(oc_session, numbers[2])
    first, second = Done(), Done()
    controller.print_document(doc, on_done=first)
    controller.print_document(doc, on_done=second)
    assert second.calls and second.calls[0][0] is False
    assert "already printing" in second.calls[0][1]
    qtbot.waitUntil(lambda: bool(first.calls), timeout=30_000)
    assert first.calls[0][0]
    assert len(controller.history.entries()) == 1


def test_a_failed_print_waits_in_the_queue_and_retry_prints_it(
    qtbot: Any, controller: PrintController, oc_session: Session, numbers: list[str]
) -> None:
    controller.set_choice("return", PrinterChoice("no-such-printer", "100x150@203"))
    doc = fetch_return(oc_session, numbers[3])
    with qtbot.waitSignal(controller.sig_failed, timeout=30_000) as failed:
        controller.print_document(doc)
    (job,) = controller.failed_jobs()
    assert job.id == failed.args[0].queue_job_id
    assert "no-such-printer" in job.reason
    assert controller.history.entries()[0].outcome.startswith("failed")

    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None))
    with qtbot.waitSignal(controller.sig_printed, timeout=30_000) as printed:
        controller.retry_failed(job.id)
    assert printed.args[0].identity == doc.identity
    assert controller.failed_jobs() == []


def test_fetch_and_print_gets_the_label_from_oc(
    qtbot: Any, controller: PrintController, numbers: list[str]
) -> None:
    done = Done()
    controller.fetch_and_print("returns.label", {"orderNumber": numbers[0]}, on_done=done)
    qtbot.waitUntil(lambda: bool(done.calls), timeout=30_000)
    assert done.calls[0][0], done.calls
    assert PRINTED_ON_QUEUE.fullmatch(done.calls[0][1]), done.calls
    assert controller.history.entries()[0].number == numbers[0]
    assert controller.history.entries()[0].source_endpoint == "returns.label"


def test_an_unknown_number_reports_ocs_message_and_prints_nothing(
    qtbot: Any, controller: PrintController
) -> None:
    done = Done()
    controller.fetch_and_print("returns.label", {"orderNumber": "OCS9XX000000000"}, on_done=done)
    qtbot.waitUntil(lambda: bool(done.calls), timeout=30_000)
    ok, message = done.calls[0]
    assert not ok and "OCS9XX000000000" in message
    assert controller.history.entries() == []

"""With the shared database away a label prints only when the user says "print anyway"; that
print is kept on this desk and shared once the database is back. Lookups need no database."""

from __future__ import annotations

import re
from typing import Any

import pytest
from gui_fixtures import when_modal
from label_checks import CUPS_QUEUE, return_numbers
from pg_server import PgServer
from PySide6.QtCore import Qt

from ocdesk.gui.context import AppContext
from ocdesk.gui.labels.controller import PrintController, PrintDone
from ocdesk.gui.labels.documents import documents_from
from ocdesk.gui.shared_database import outage
from ocdesk.gui.shared_database.outage import PrintAnywayQuestion
from ocdesk.labels.document import LabelDocument
from ocdesk.labels.history import PrintHistory
from ocdesk.session import Session
from ocdesk.store.db import Database

pytest_plugins = ("gui_fixtures",)

PRINTED = re.compile(rf"^Printed on {CUPS_QUEUE} at \d\d:\d\d$")


@pytest.fixture
def label(oc_session: Session) -> LabelDocument:
    number = return_numbers(oc_session, 1)[0]
    (doc,) = documents_from(oc_session.client.call("returns.label", {"orderNumber": number}))
    return doc


def print_and_wait(qtbot: Any, controller: PrintController, doc: LabelDocument) -> list[Any]:
    done: list[tuple[bool, str]] = []
    controller.print_document(doc, on_done=lambda ok, m: done.append((ok, m)))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    return done


def test_declining_prints_nothing_and_enter_declines(
    qtbot: Any, context: AppContext, controller: PrintController, label: LabelDocument,
    pg_server: PgServer,
) -> None:  # fmt: skip
    asked: list[str] = []
    printed: list[PrintDone] = []
    controller.sig_printed.connect(printed.append)

    def press_enter(question: PrintAnywayQuestion) -> None:
        asked.append(question.text())
        qtbot.keyClick(question, Qt.Key.Key_Return)  # by habit: the default must not print

    pg_server.stop()
    try:
        answer = when_modal(PrintAnywayQuestion, press_enter)
        done = print_and_wait(qtbot, controller, label)
    finally:
        pg_server.start()
    answer.stop()

    assert asked == [outage.print_anyway_question()]
    assert asked[0].startswith("The shared database cannot be reached, so ocdesk cannot check")
    assert done == [(False, f"Not printed: {outage.not_printed_reason()}")]
    assert printed == []
    assert context.shared_database is not None
    assert context.shared_database.outbox.pending() == 0


def test_printing_anyway_is_kept_on_this_desk_and_shared_when_the_database_is_back(
    qtbot: Any, context: AppContext, controller: PrintController, label: LabelDocument,
    pg_server: PgServer,
) -> None:  # fmt: skip
    shared = context.shared_database
    assert shared is not None
    printed: list[PrintDone] = []
    controller.sig_printed.connect(printed.append)
    pg_server.stop()
    try:
        answer = when_modal(PrintAnywayQuestion, lambda q: q.print_button.click())
        done = print_and_wait(qtbot, controller, label)
        answer.stop()
        (ok, said) = done[0]
        assert ok, said
        first, note = said.split("\n")
        assert PRINTED.match(first) and note == outage.kept_on_this_desk()
        assert (printed[0].job_id or "").startswith(f"{CUPS_QUEUE}-")  # CUPS took the job
        assert shared.outbox.pending() == 1
        with Database(context.stores.paths.database_file) as desk_file:
            kept = PrintHistory(desk_file).entries(search=label.number)
            assert [(r.number, r.printer, r.workstation) for r in kept] == [
                (label.number, CUPS_QUEUE, controller.history.who().workstation)
            ]
    finally:
        pg_server.start()

    shared.check()  # as its timer would, a few seconds after the server is back
    history = controller.history
    qtbot.waitUntil(lambda: shared.outbox.pending() == 0, timeout=15_000)
    on_server = history.entries(search=label.number)
    assert [(r.number, r.printer) for r in on_server] == [(label.number, CUPS_QUEUE)]
    audit = context.stores.audit.entries(10)
    assert [e.key_numbers for e in audit] == [(label.number,)]
    assert "without the reprint check" in audit[0].detail
    with Database(context.stores.paths.database_file) as desk_file:
        assert PrintHistory(desk_file).entries(search=label.number) == []
    # Back online, the guard is consulted again: this label now asks before a reprint.
    assert history.last_print("return", label.number or "") is not None

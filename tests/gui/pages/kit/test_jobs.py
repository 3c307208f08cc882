"""JobRunner: one long job per page with its progress strip, resumed after a lost login."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from ocdesk.api.errors import ReauthRequired
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.jobs.base import Cancelled, Progress
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures",)


def test_a_job_that_lost_the_login_shows_its_progress_again_and_finishes_after_it(
    qtbot: Any, context: AppContext, oc_session: Session
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    strip = ProgressStrip(page)
    runner = JobRunner(context, strip, page)
    page.show()
    runs: list[int] = []

    def job(progress: Progress, cancelled: Cancelled) -> str:
        runs.append(1)
        if len(runs) == 1:
            raise ReauthRequired("OC refused to refresh the login")
        progress(1, 2, "half way")
        return "all rows"

    done: list[tuple[Any, bool]] = []
    errors: list[Exception] = []
    finished: list[bool] = []
    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        runner.start(job, lambda result, cancelled: done.append((result, cancelled)),
                     errors.append, message="Fetching…", on_finally=lambda: finished.append(True))  # fmt: skip
    assert len(errors) == 1 and strip.isHidden() and not runner.running and finished == [True]

    context.set_session(oc_session)
    assert strip.isVisible() and runner.running
    qtbot.waitUntil(lambda: done == [("all rows", False)], timeout=10_000)
    assert strip.isHidden() and finished == [True, True] and len(runs) == 2


def test_a_job_still_reporting_after_its_window_closed_does_not_crash_the_console(
    qtbot: Any,
) -> None:
    strip = ProgressStrip()
    progress, _cancelled = strip.begin("Fetching stock...")
    shown: list[str] = []
    strip.sig_progress.connect(lambda _done, _total, text: shown.append(text))
    progress(1, 3, "page 1 of 3")
    qtbot.waitUntil(lambda: shown == ["page 1 of 3"], timeout=5000)

    shiboken6.delete(strip)  # the window closed while the job runs on
    failures: list[Exception] = []

    def report() -> None:
        try:
            progress(2, 3, "page 2 of 3")
        except Exception as exc:  # the job would fail, or the process crash, here
            failures.append(exc)

    worker = threading.Thread(target=report)
    worker.start()
    worker.join(5)
    qtbot.wait(100)  # a queued report would reach the destroyed strip here

    assert failures == [] and shown == ["page 1 of 3"]

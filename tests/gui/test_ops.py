"""ApiService: ops run on the pool, deliver on the GUI thread, and can be cancelled safely."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ocdesk.api.errors import BusinessError, ReauthRequired
from ocdesk.gui.ops import ApiService, BusyBar, LatestOnly


def _gate() -> tuple[threading.Event, Any]:
    """A caller answer that blocks until the test opens the gate."""
    gate = threading.Event()

    def answer(endpoint_id: str, data: Any) -> Any:
        assert gate.wait(10)
        return {"endpoint": endpoint_id, "data": data}

    return gate, answer


def test_done_runs_on_gui_thread_with_the_callers_result(qtbot, service, caller):
    seen: dict[str, Any] = {}

    def done(result: Any) -> None:
        seen["result"] = result
        seen["gui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    op = service.request("outbound.query", {"referenceNumber": "#1003"}).on_done(done)
    with qtbot.waitSignal(op.sig_ended, timeout=5000):
        op.start()
    assert seen == {"result": {"echo": {"referenceNumber": "#1003"}}, "gui_thread": True}
    assert caller.threads and caller.threads[0] is not threading.main_thread()


def test_error_goes_to_error_then_finally_callbacks(qtbot, service, caller):
    def fail(endpoint_id: str, data: Any) -> Any:
        raise BusinessError("Duplicate referenceNumber", code=3)

    caller.answer = fail
    events: list[str] = []
    op = (
        service.request("outbound.create", [])
        .on_done(lambda r: events.append("done"))
        .on_error(lambda e: events.append(f"error:{e.code}"))
        .on_finally(lambda: events.append("finally"))
    )
    with qtbot.waitSignal(op.sig_ended, timeout=5000):
        op.start()
    assert events == ["error:3", "finally"]


def test_error_without_handler_reaches_service_signal(qtbot, service):
    op = service.run(lambda: 1 / 0)
    with qtbot.waitSignal(service.sig_error, timeout=5000) as blocker:
        op.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_cancel_drops_delivery_and_clears_busy(qtbot, service, caller):
    gate, caller.answer = _gate()
    delivered: list[Any] = []
    op = (
        service.request("sku.query", {})
        .on_done(delivered.append)
        .on_finally(lambda: delivered.append("f"))
    )
    op.start()
    assert service.busy_count == 1
    op.cancel()
    assert service.busy_count == 0 and not op.running
    gate.set()
    assert service.shutdown(5000)
    qtbot.wait(50)  # let any (wrongly) queued delivery arrive
    assert delivered == []


def test_owner_destroyed_before_completion_is_safe(qtbot, service, caller):
    gate, caller.answer = _gate()
    owner = QWidget()
    delivered: list[Any] = []
    op = service.request("sku.query", {}, owner=owner).on_done(delivered.append)
    op.start()
    assert service.is_busy(owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    gate.set()
    assert service.shutdown(5000)
    qtbot.wait(50)
    assert delivered == [] and service.busy_count == 0


def test_is_busy_tracks_each_owner(qtbot, service, caller):
    gate, caller.answer = _gate()
    a, b = QObject(), QObject()
    op = service.request("sku.query", {}, owner=a)
    with qtbot.waitSignal(service.sig_busy_changed) as blocker:
        op.start()
    assert blocker.args == [1]
    assert service.is_busy(a) and not service.is_busy(b)
    with qtbot.waitSignal(op.sig_ended, timeout=5000):
        gate.set()
    assert not service.is_busy(a)


def test_latest_only_cancels_the_older_lookup(qtbot, caller):
    pool = QThreadPool()
    service = ApiService(caller, pool)

    def answer(endpoint_id: str, data: Any) -> Any:
        if data == "old":
            time.sleep(0.2)  # the old answer arrives last; it must not win
        return data

    caller.answer = answer
    shown: list[str] = []
    latest = LatestOnly()
    old = latest.start(service.request("sku.query", "old").on_done(shown.append))
    new = latest.start(service.request("sku.query", "new").on_done(shown.append))
    assert old.cancelled and latest.current is new
    assert pool.waitForDone(5000)  # both answers are back, the old one last
    qtbot.waitUntil(lambda: new.ended, timeout=5000)
    qtbot.wait(20)
    assert shown == ["new"]


def test_starting_twice_is_refused(qtbot, service):
    op = service.run(lambda: None).start()
    with pytest.raises(RuntimeError):
        op.start()


def test_gui_stays_responsive_while_a_call_blocks(qtbot, service, caller):
    caller.answer = lambda endpoint_id, data: time.sleep(1.0)
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    op = service.request("outbound.query", {})
    with qtbot.waitSignal(op.sig_ended, timeout=5000):
        op.start()
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 10
    assert max(gaps) < 300


def test_busy_bar_shows_while_running_and_cancel_cancels(qtbot, service, caller):
    gate, caller.answer = _gate()
    bar = BusyBar()
    qtbot.addWidget(bar)
    delivered: list[Any] = []
    op = bar.track(service.request("outbound.query", {}).on_done(delivered.append)).start()
    assert not bar.isHidden()
    assert "outbound.query" in bar._label.text()
    bar.cancel_button.click()
    assert bar.isHidden() and op.cancelled
    gate.set()
    assert service.shutdown(5000)
    qtbot.wait(20)
    assert delivered == []


def test_busy_bar_hides_when_the_op_finishes(qtbot, service):
    bar = BusyBar()
    qtbot.addWidget(bar)
    op = bar.track(service.run(lambda: 42))
    assert not bar.isHidden()
    with qtbot.waitSignal(op.sig_ended, timeout=5000):
        op.start()
    assert bar.isHidden()


def test_cancelling_a_started_write_stops_the_waiting_but_keeps_its_outcome(qtbot, service, caller):
    gate, caller.answer = _gate()
    delivered: list[Any] = []
    op = (
        service.request("outbound.create", [{"referenceNumber": "REF-1"}])
        .on_done(delivered.append)
        .on_finally(lambda: delivered.append("finally"))
    )
    op.start()
    with qtbot.waitSignal(op.sig_ended, timeout=1000):
        op.cancel()
    assert service.busy_count == 0 and not op.running and op.in_flight
    gate.set()  # OC answers after the user stopped waiting: the answer is still heard
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=5000)
    assert delivered[0]["data"] == [{"referenceNumber": "REF-1"}] and delivered[1] == "finally"
    assert not op.in_flight


def test_a_background_write_keeps_its_outcome_through_the_busy_bars_cancel(qtbot, service, caller):
    gate, caller.answer = _gate()
    bar = BusyBar()
    qtbot.addWidget(bar)
    delivered: list[Any] = []
    op = service.run(lambda: caller("vas.create", {}), write=True).on_done(delivered.append)
    bar.track(op).start()
    bar.cancel_button.click()
    assert bar.isHidden() and service.busy_count == 0
    gate.set()
    qtbot.waitUntil(lambda: delivered != [], timeout=5000)
    assert delivered == [{"endpoint": "vas.create", "data": {}}]


def test_a_write_whose_owner_is_gone_still_runs_to_the_end(qtbot, service, caller):
    gate, caller.answer = _gate()
    owner = QWidget()
    delivered: list[Any] = []
    op = service.request("sku.create", [{}], owner=owner).on_done(delivered.append)
    op.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert op.in_flight  # the request is still out: nothing pretends it was called back
    gate.set()
    assert service.shutdown(5000)
    qtbot.waitUntil(lambda: not op.in_flight, timeout=5000)
    assert len(caller.threads) == 1 and delivered == []  # sent once; no widget to show it on


def _login_lost_once(caller: Any) -> list[Any]:
    """The caller refuses its first call for a lost login and answers every later one."""
    calls: list[Any] = []

    def answer(endpoint_id: str, data: Any) -> Any:
        calls.append(data)
        if len(calls) == 1:
            raise ReauthRequired("OC refused to refresh the login")
        return {"echo": data}

    caller.answer = answer
    return calls


def test_an_op_that_lost_the_login_runs_again_after_the_next_login(qtbot, service, caller):
    calls = _login_lost_once(caller)
    done, errors = [], []
    op = service.request("outbound.create", [{"referenceNumber": "R1"}])
    op.on_done(done.append).on_error(errors.append)
    with qtbot.waitSignal(service.sig_reauth_needed, timeout=5000) as asked:
        op.start()
    # The screen hears of it (its form stays), nothing is busy, and the op waits for the login.
    assert isinstance(asked.args[0], ReauthRequired) and errors == [asked.args[0]]
    assert service.busy_count == 0 and service.waiting_for_login == 1 and op.waiting_for_login

    service.resume_after_login()
    qtbot.waitUntil(lambda: done == [{"echo": [{"referenceNumber": "R1"}]}], timeout=5000)
    assert len(calls) == 2 and len(errors) == 1
    assert service.waiting_for_login == 0 and op.ended


def test_a_cancelled_login_drops_the_waiting_op_and_says_why(qtbot, service, caller):
    calls = _login_lost_once(caller)
    done, errors = [], []
    op = service.request("outbound.query", {"orderNumberList": []})
    op.on_done(done.append).on_error(errors.append)
    with qtbot.waitSignal(service.sig_reauth_needed, timeout=5000):
        op.start()

    service.drop_waiting_for_login("The login was cancelled, so this was not sent.")
    assert [e.message for e in errors[1:]] == ["The login was cancelled, so this was not sent."]
    assert "Log in" in errors[1].hint
    service.resume_after_login()  # a later login no longer runs it
    qtbot.wait(100)
    assert done == [] and len(calls) == 1 and service.waiting_for_login == 0


def test_the_same_call_sent_again_while_waiting_runs_once_after_the_login(
    qtbot, service, caller
):
    caller.answer = lambda endpoint_id, data: (_ for _ in ()).throw(ReauthRequired("gone"))
    owner = QObject()
    first = service.request("vas.create", {"sellerVasNumber": "V1"}, owner=owner).on_error(print)
    second = service.request("vas.create", {"sellerVasNumber": "V1"}, owner=owner).on_error(print)
    for op in (first, second):
        with qtbot.waitSignal(service.sig_reauth_needed, timeout=5000):
            op.start()
    assert service.waiting_for_login == 1 and first.cancelled and second.waiting_for_login


def test_an_op_without_resume_reports_a_lost_login_like_any_error(qtbot, service, caller):
    caller.answer = lambda endpoint_id, data: (_ for _ in ()).throw(ReauthRequired("gone"))
    errors: list[Exception] = []
    op = service.run(lambda: caller("x", None), resume_after_login=False).on_error(errors.append)
    op.start()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert service.waiting_for_login == 0 and op.ended


def test_a_write_cancelled_by_the_user_is_not_kept_for_the_login(qtbot, service, caller):
    gate, _ = _gate()

    def answer(endpoint_id: str, data: Any) -> Any:
        assert gate.wait(10)
        raise ReauthRequired("gone")

    caller.answer = answer
    errors: list[Exception] = []
    op = service.request("outbound.create", [{"referenceNumber": "R2"}]).on_error(errors.append)
    op.start()
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert service.waiting_for_login == 0 and not op.waiting_for_login


def test_an_owner_destroyed_after_the_service_as_the_console_ends_raises_nothing(
    qtbot, caller, capfd
) -> None:
    """At the process's end the service may be deleted before a window that owns ops: the
    window's end cancels them quietly, with nobody left to tell."""
    gate, caller.answer = _gate()
    ending = ApiService(caller)
    owner = QWidget()
    op = ending.request("sku.query", {}, owner=owner)
    op.start()
    threading.Timer(0.1, gate.set).start()
    shiboken6.delete(ending)  # waits for its pool: the work ends, its outcome undelivered
    shiboken6.delete(owner)  # its `destroyed` cancels the op
    assert op.ended
    assert "Traceback" not in capfd.readouterr().err

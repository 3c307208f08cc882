"""AppContext: a call that lost the login resumes after the user logs in to the same profile."""

from __future__ import annotations

from typing import Any

from ocdesk.gui.context import AppContext
from ocdesk.session import Session

pytest_plugins = ("gui_fixtures",)

QUERY = {"orderNumberList": [{"orderNumber": "OCO0000000000000GB"}]}


def _call_without_login(qtbot: Any, context: AppContext) -> tuple[list[Any], list[Exception]]:
    done: list[Any] = []
    errors: list[Exception] = []
    context.set_session(None)
    op = context.api.request("outbound.query", QUERY).on_done(done.append).on_error(errors.append)
    with qtbot.waitSignal(context.sig_reauth_needed, timeout=10_000):
        op.start()
    return done, errors


def test_a_call_without_login_runs_once_the_user_has_logged_in(
    qtbot: Any, context: AppContext, oc_session: Session
) -> None:
    done, errors = _call_without_login(qtbot, context)
    assert [e.hint for e in errors] == ["Log in again from the Account tab; your work is kept."]

    context.set_session(oc_session)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=10_000)
    assert done[0].rows() == [] and len(errors) == 1


def test_a_cancelled_login_tells_the_screen_nothing_was_sent(
    qtbot: Any, context: AppContext, oc_session: Session
) -> None:
    done, errors = _call_without_login(qtbot, context)
    context.cancel_login()
    assert errors[-1].message == "The login was cancelled, so this was not sent."
    context.set_session(oc_session)
    qtbot.wait(200)
    assert done == [] and len(errors) == 2

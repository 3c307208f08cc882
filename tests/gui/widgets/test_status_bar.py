"""The status bar in a desk worker's words: who works here, and whether the login holds."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from label_checks import gui_context

from ocdesk.api.tokens import REFRESH_LIFETIME, TokenSet
from ocdesk.gui.context import AppContext
from ocdesk.gui.widgets.status_bar import StatusBar
from ocdesk.session import Session

DAY = 86400.0


@pytest.fixture
def context(qapp: Any, oc_session: Session) -> Iterator[AppContext]:
    with gui_context(oc_session) as ctx:
        yield ctx


@pytest.fixture
def bar(qtbot: Any, context: AppContext) -> StatusBar:
    widget = StatusBar(context)
    qtbot.addWidget(widget)
    return widget


def texts(bar: StatusBar) -> list[str]:
    return [bar.operator_button.text(), bar.profile_label.text(), bar.environment_label.text(),
            bar.connection_label.text(), bar.login_label.text()]  # fmt: skip


def with_login_ending_in(bar: StatusBar, context: AppContext, days: float) -> None:
    now = time.time()
    tokens = TokenSet("a", now + 3000, "r", now + days * DAY - REFRESH_LIFETIME)
    context.session = SimpleNamespace(tokens=SimpleNamespace(tokens=tokens))  # type: ignore[assignment]
    bar.update_tokens()


def test_no_token_countdown_only_the_login_in_words_with_ocs_details_in_the_tooltip(
    bar: StatusBar,
) -> None:
    shown = " ".join(texts(bar))
    assert "Access" not in shown
    assert not re.search(r"\b\d{1,2}:\d{2}\b", shown), shown  # no mm:ss clock anywhere
    assert bar.login_label.text() == "Logged in"
    assert "refresh token" in bar.login_label.toolTip()
    assert "access token" in bar.login_label.toolTip()


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (3.5, "Login expires in 3 days: log in again from Account"),
        (1.5, "Login expires tomorrow: log in again from Account"),
        (0.2, "Login expires today: log in again from Account"),
        (-1, "Login expired: log in again from Account"),
        (200, "Logged in"),
    ],
)
def test_a_login_near_its_end_says_when_and_what_to_do(
    bar: StatusBar, context: AppContext, days: float, words: str
) -> None:
    with_login_ending_in(bar, context, days)
    assert bar.login_label.text() == words
    assert "Access" not in bar.login_label.text()


def test_the_operator_is_shown_with_the_workstation_in_the_tooltip(
    bar: StatusBar, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCDESK_WORKSTATION", "returns-desk-2")
    bar.show_operator()
    assert bar.operator_button.text() == "Operator: Desk Tester"
    assert "returns-desk-2" in bar.operator_button.toolTip()

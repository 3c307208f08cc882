"""What the user sees when OC fails as it does in practice: Spring Boot behind a gateway.

Each test scripts the fake OC with an answer as real OC gives it and checks the error the user
gets, OC's words in it, its hint, how many requests OC received and how many token refreshes ran.
"""

from __future__ import annotations

import email.utils
import time

import pytest
from client_kit import (
    AUTH_FAIL,
    CREATE,
    LOOKUP,
    QUERY,
    TOKEN,
    Refresher,
    make_client,
    token_manager,
    valid_order,
)
from fake_oc import (
    CUT,
    FakeOC,
    Reply,
    html,
    oc_fixture,  # noqa: F401 (provides the `oc` fixture)
    spring,
    vendor_fail,
    vendor_ok,
)

from ocdesk.api.errors import (
    OcBusy,
    OutcomeUnknown,
    ReauthRequired,
    ServerError,
    TransportError,
    UnreadableAnswer,
)
from ocdesk.api.oauth import OAuth
from ocdesk.api.retry import RetryPolicy
from ocdesk.api.tokens import TokenManager, TokenSet

ROWS = [{"orderNumber": "OCO2000009385032GB"}]
BUSY = "System busy, please try again later"
TRUNCATED = '{"code": 0, "message": "Success", "data": [{"orderNumber": "OCO20000'
READ_HINT = "OC's service had a problem; try again in a few minutes."


def _says_retry(hint: str) -> bool:
    return "try again" in hint.lower() or "retry" in hint.lower()


def _waits(slept: list[float]) -> RetryPolicy:
    return RetryPolicy(jitter=0, sleep=slept.append)


# --- Spring's error body is no OAuth answer: no refresh, no second create ---


def test_a_spring_500_on_a_read_is_retried_without_a_refresh(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.queue(QUERY, spring(500, "Internal Server Error", QUERY), vendor_ok(ROWS))
    result = make_client(oc, token_manager(refresher)).call("outbound.query", LOOKUP)
    assert result.rows() == ROWS
    assert len(oc.to(QUERY)) == 2 and refresher.calls == 0


def test_a_spring_500_on_a_read_that_persists_shows_springs_words(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.always(QUERY, spring(500, "Internal Server Error", QUERY))
    with pytest.raises(ServerError) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.query", LOOKUP)
    error = caught.value
    assert type(error) is ServerError and error.http_status == 500
    assert error.message == f"HTTP 500: OC's server reported 500 Internal Server Error for {QUERY}"
    assert error.hint == READ_HINT
    assert len(oc.to(QUERY)) == 3 and refresher.calls == 0


def test_a_spring_500_on_a_create_is_an_unknown_outcome_sent_once(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.always(CREATE, spring(500, "Internal Server Error", CREATE))
    order = valid_order()
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.create", [order])
    error = caught.value
    assert type(error.cause) is ServerError
    assert "500 Internal Server Error" in error.message and CREATE in error.message
    assert error.references == [order["referenceNumber"]]
    assert "look it up" in error.hint and order["referenceNumber"] in error.hint
    assert not _says_retry(error.hint) and "client id" not in error.hint
    assert len(oc.to(CREATE)) == 1 and refresher.calls == 0


SPRING_4XX = [
    pytest.param(400, "Bad Request", "Required request body is missing", id="400"),
    pytest.param(404, "Not Found", None, id="404"),
    pytest.param(405, "Method Not Allowed", "Request method 'POST' not supported", id="405"),
]


@pytest.mark.parametrize(("status", "error", "message"), SPRING_4XX)
def test_a_spring_4xx_on_a_read_is_shown_once_and_not_refreshed(
    oc: FakeOC, status: int, error: str, message: str | None
) -> None:
    refresher = Refresher()
    oc.always(QUERY, spring(status, error, QUERY, message))
    with pytest.raises(ServerError) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.query", LOOKUP)
    assert f"{status} {error} for {QUERY}" in caught.value.message
    assert message is None or message in caught.value.message
    assert "OC support" in caught.value.hint
    assert len(oc.to(QUERY)) == 1 and refresher.calls == 0


@pytest.mark.parametrize(("status", "error", "message"), SPRING_4XX)
def test_a_spring_4xx_on_a_create_is_an_unknown_outcome(
    oc: FakeOC, status: int, error: str, message: str | None
) -> None:
    refresher = Refresher()
    oc.always(CREATE, spring(status, error, CREATE, message))
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.create", [valid_order()])
    assert f"{status} {error}" in caught.value.message and not _says_retry(caught.value.hint)
    assert len(oc.to(CREATE)) == 1 and refresher.calls == 0


# --- a create that gets no answer it can read: sent once, outcome unknown ---


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        pytest.param(html(502), "HTML page: 502 Bad Gateway", id="html-502"),
        pytest.param(Reply(body=TRUNCATED), "cut short or is not valid JSON", id="truncated-200"),
        pytest.param(Reply(body=""), "an empty answer", id="empty-200"),
        pytest.param(vendor_fail(3, BUSY), BUSY, id="busy"),
        pytest.param(
            spring(500, "Internal Server Error", CREATE, http_status=200),
            "HTTP 200: OC's server reported 500 Internal Server Error",
            id="spring-at-200",
        ),
        pytest.param(
            Reply(status=400, body={"error": "invalid_token", "error_description": "Bad token"}),
            "Bad token",
            id="oauth-shape-at-400",
        ),
        pytest.param(
            spring(400, "Bad Request", CREATE, "Required request header 'Access-Token' is missing"),
            "Required request header 'Access-Token' is missing",
            id="spring-400-about-the-token",
        ),
    ],
)
def test_a_create_without_a_readable_answer_is_sent_once_and_its_outcome_unknown(
    oc: FakeOC, reply: Reply, words: str
) -> None:
    refresher = Refresher()
    oc.always(CREATE, reply)
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc, token_manager(refresher)).call("outbound.create", [valid_order()])
    assert isinstance(caught.value.cause, ServerError)
    assert words in caught.value.message and not _says_retry(caught.value.hint)
    assert len(oc.to(CREATE)) == 1 and refresher.calls == 0


def test_a_create_whose_answer_is_cut_off_is_sent_once_and_its_outcome_unknown(
    oc: FakeOC,
) -> None:
    oc.always(CREATE, Reply(body={"code": 0, "data": ROWS}, action=CUT))
    with pytest.raises(OutcomeUnknown) as caught:
        make_client(oc).call("outbound.create", [valid_order()])
    assert isinstance(caught.value.cause, TransportError) and caught.value.cause.outcome_unknown
    assert len(oc.to(CREATE)) == 1


# --- a read survives one bad answer (the lookups that settle unknown outcomes) ---


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(Reply(body=TRUNCATED), id="truncated-200"),
        pytest.param(Reply(body=""), id="empty-200"),
        pytest.param(Reply(body={"code": 0, "data": ROWS}, action=CUT), id="cut-off"),
        pytest.param(vendor_fail(3, BUSY), id="busy"),
        pytest.param(vendor_fail(3, "系统繁忙，请稍后再试"), id="busy-zh"),
        pytest.param(spring(503, "Service Unavailable", QUERY), id="spring-503"),
    ],
)
def test_a_read_survives_one_bad_answer(oc: FakeOC, bad: Reply) -> None:
    slept: list[float] = []
    oc.queue(QUERY, bad, vendor_ok(ROWS))
    result = make_client(oc, retry=_waits(slept)).call("outbound.query", LOOKUP)
    assert result.rows() == ROWS
    assert len(oc.to(QUERY)) == 2 and slept == [2.0]


def test_a_read_that_stays_busy_shows_ocs_words(oc: FakeOC) -> None:
    oc.always(QUERY, vendor_fail(3, BUSY))
    with pytest.raises(OcBusy) as caught:
        make_client(oc).call("outbound.query", LOOKUP)
    assert BUSY in str(caught.value) and caught.value.hint == OcBusy.default_hint
    assert len(oc.to(QUERY)) == 3


def test_a_read_that_stays_truncated_says_so(oc: FakeOC) -> None:
    oc.always(QUERY, Reply(body=TRUNCATED))
    with pytest.raises(UnreadableAnswer) as caught:
        make_client(oc).call("outbound.query", LOOKUP)
    assert "cut short" in caught.value.message and caught.value.hint == READ_HINT
    assert len(oc.to(QUERY)) == 3


# --- Retry-After ---


def _waited_after(oc: FakeOC, status: int, retry_after: str) -> float:
    """How long a read waited before asking again after `status` with this Retry-After."""
    slept: list[float] = []
    busy = Reply(status=status, body="Too busy", headers={"Retry-After": retry_after})
    oc.queue(QUERY, busy, vendor_ok(ROWS))
    assert make_client(oc, retry=_waits(slept)).call("outbound.query", LOOKUP).ok
    assert len(oc.to(QUERY)) == 2
    (waited,) = slept
    return waited


@pytest.mark.parametrize(
    ("status", "retry_after", "waited"),
    [
        pytest.param(503, "5", 5.0, id="503-seconds"),
        pytest.param(429, "1", 2.0, id="never-below-the-backoff"),
        pytest.param(429, "86400", 60.0, id="capped"),
    ],
)
def test_a_read_waits_as_long_as_oc_asks(
    oc: FakeOC, status: int, retry_after: str, waited: float
) -> None:
    assert _waited_after(oc, status, retry_after) == waited


def test_a_read_waits_until_the_http_date_oc_names(oc: FakeOC) -> None:
    in_20_s = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 17.0 <= _waited_after(oc, 503, in_20_s) <= 20.0


def test_a_create_is_not_resent_whatever_retry_after_says(oc: FakeOC) -> None:
    slept: list[float] = []
    oc.always(CREATE, Reply(status=503, body="Too busy", headers={"Retry-After": "1"}))
    with pytest.raises(OutcomeUnknown):
        make_client(oc, retry=_waits(slept)).call("outbound.create", [valid_order()])
    assert len(oc.to(CREATE)) == 1 and slept == []


# --- a refresh happens only on OC's documented authentication failures ---


@pytest.mark.parametrize(
    "refusal",
    [
        pytest.param(vendor_fail(1, AUTH_FAIL), id="vendor-code-1"),
        pytest.param(vendor_fail(3, "Access token expired"), id="vendor-token-message"),
        pytest.param(spring(401, "Unauthorized", CREATE), id="spring-401"),
        pytest.param(
            Reply(status=401, body={"error": "invalid_token", "error_description": "expired"}),
            id="oauth-shape-401",
        ),
    ],
)
def test_an_authentication_failure_refreshes_once_and_sends_the_create_once_more(
    oc: FakeOC, refusal: Reply
) -> None:
    refresher = Refresher()
    oc.queue(CREATE, refusal, vendor_ok(ROWS))
    result = make_client(oc, token_manager(refresher)).call("outbound.create", [valid_order()])
    assert result.rows() == ROWS
    assert refresher.calls == 1 and len(oc.to(CREATE)) == 2
    assert oc.to(CREATE)[1].header("Access-Token") == f"Bearer {refresher.issued[0]}"


def test_the_resent_create_after_a_refresh_is_judged_like_any_write(oc: FakeOC) -> None:
    refresher = Refresher()
    oc.queue(CREATE, vendor_fail(1, AUTH_FAIL), spring(500, "Internal Server Error", CREATE))
    with pytest.raises(OutcomeUnknown):
        make_client(oc, token_manager(refresher)).call("outbound.create", [valid_order()])
    assert refresher.calls == 1 and len(oc.to(CREATE)) == 2


# --- the token endpoint ---


def _expired_login(oc: FakeOC) -> TokenManager:
    """A login whose access token has expired, refreshed through the fake's /oauth/token."""
    oauth = OAuth(oc.url, "client-1", "https://www.example.com/")
    expired = TokenSet("old-access", time.time() - 10, "the-refresh-token", time.time())
    return TokenManager(oauth.refresh, expired)


def test_an_oauth_refusal_of_the_refresh_asks_for_a_new_login(oc: FakeOC) -> None:
    body = {"error": "invalid_grant", "error_description": "Invalid refresh token"}
    oc.always(TOKEN, Reply(status=400, body=body))
    with pytest.raises(ReauthRequired) as caught:
        make_client(oc, _expired_login(oc)).call("outbound.create", [valid_order()])
    assert "Invalid refresh token" in caught.value.message and caught.value.code == "invalid_grant"
    assert len(oc.to(TOKEN)) == 1 and oc.to(CREATE) == []


def test_a_spring_500_from_the_token_endpoint_is_oc_failing_not_a_lost_login(oc: FakeOC) -> None:
    oc.always(TOKEN, spring(500, "Internal Server Error", TOKEN))
    with pytest.raises(ServerError) as caught:
        make_client(oc, _expired_login(oc)).call("outbound.create", [valid_order()])
    # Nothing was sent, so the outcome is known: the create did not happen.
    assert not isinstance(caught.value, OutcomeUnknown)
    assert f"500 Internal Server Error for {TOKEN}" in caught.value.message
    assert oc.to(CREATE) == []

"""One error tree for every way an OC call can fail; its text always shows OC's own words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ocdesk.api.text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class FieldProblem:
    """One bad request field: `path` like `data[3].productList[0].skuQuantity`."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class OcError(Exception):
    """Base of every ocdesk API error.

    Carries OC's code and message, the messageId/requestId, the HTTP status, the raw body and,
    where there was one, the parsed result (a batch can partly succeed). `hint` says what the
    user can do next.
    """

    default_hint = ""

    def __init__(
        self,
        message: str,
        *,
        code: str | int | None = None,
        message_id: str | None = None,
        http_status: int | None = None,
        raw_body: str | None = None,
        endpoint_id: str | None = None,
        hint: str | None = None,
        result: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.message_id = message_id
        self.http_status = http_status
        self.raw_body = raw_body
        self.endpoint_id = endpoint_id
        # Hints are marked where they are written (QT_TRANSLATE_NOOP) and translated here.
        self.hint = translate("oc_errors", hint if hint is not None else self.default_hint)
        self.result = result

    def __str__(self) -> str:
        head = f"[{self.code}] {self.message}" if self.code not in (None, "") else self.message
        tail = []
        if self.message_id:
            tail.append(f"messageId {self.message_id}")
        if self.http_status and self.http_status != 200:
            tail.append(f"HTTP {self.http_status}")
        return f"{head} ({', '.join(tail)})" if tail else head


class ValidationError(OcError):
    """Request data that breaks the catalog's rules. Nothing was sent."""

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "Correct the fields named and send again; nothing was sent to OC."

    )

    def __init__(self, problems: list[FieldProblem], *, endpoint_id: str | None = None) -> None:
        self.problems = list(problems)
        text = "; ".join(str(p) for p in self.problems)
        text = text or translate("oc_errors", "invalid request")
        super().__init__(text, code="VALIDATION", endpoint_id=endpoint_id)


class AuthError(OcError):
    """OC refused the credentials (vendor code 1, HTTP 401, or an OAuth error)."""

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "Check the profile's client id and secret, or log in again."

    )


class ReauthRequired(AuthError):
    """The refresh token was refused or has expired: the user must log in again."""

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "Log in again from the Account tab; your work is kept."

    )


class OAuthError(AuthError):
    """`/oauth/token` answered `{error, error_description}`."""


class BusinessError(OcError):
    """OC understood the call and said no (vendor code != 0, or returns hasBusinessException)."""

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "Read OC's message above and correct the request before sending it again."

    )

    @property
    def item_errors(self) -> list[dict[str, Any]]:
        """The vendor `errors[]` items (each with OC's code, id and message), if any."""
        return list(getattr(self.result, "errors", None) or [])


class TransportError(OcError):
    """No usable answer: connection refused or reset, DNS, TLS.

    `outcome_unknown` is True when the request may have reached OC (a reset or timeout after
    sending); for a create call, look the reference up before sending it again.
    """

    default_hint = QT_TRANSLATE_NOOP("oc_errors", "Check the network connection and try again.")

    def __init__(self, message: str, *, outcome_unknown: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.outcome_unknown = outcome_unknown


class OcTimeout(TransportError):
    """OC did not answer in time."""

    default_hint = QT_TRANSLATE_NOOP("oc_errors", "OC is slow to answer; try again in a moment.")


class ServerError(OcError):
    """OC's service failed: HTTP 5xx or 429, a Spring error body, or an answer in no envelope.

    `retry_after` is the wait in seconds OC asked for in a `Retry-After` header, if any. The
    default hint suits a read; a write's ServerError carries OutcomeUnknown's hint instead.
    """

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "OC's service had a problem; try again in a few minutes."

    )

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class UnreadableAnswer(ServerError):
    """An answer that is no JSON envelope at all: empty, cut short, malformed or an HTML page."""


class OcBusy(ServerError):
    """OC answered that its system is busy: nothing to correct, only to wait for."""

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "OC says it is busy; try again in a few minutes."

    )


class OutcomeUnknown(OcError):
    """A create or change got no answer that proves what happened: it may have been carried out.

    Raised by the client for every failure of a write except a proven refusal (OC's business
    refusal or authentication failure, or a connection that was never made). `cause` is the
    failure as it came; `references` are what to look up at OC before sending it again.
    """

    default_hint = QT_TRANSLATE_NOOP(

        "oc_errors", "It may have reached OC: look it up before sending it again."

    )

    def __init__(self, cause: OcError, references: list[str]) -> None:
        hint = translate("oc_errors", self.default_hint)
        if references:
            look_up = translate("oc_errors", " Look up: {references}.")
            hint += look_up.format(references=", ".join(references))
        super().__init__(
            translate("oc_errors", "Outcome unknown: {message}").format(message=cause.message),
            code=cause.code,
            message_id=cause.message_id,
            http_status=cause.http_status,
            raw_body=cause.raw_body,
            endpoint_id=cause.endpoint_id,
            hint=hint,
            result=cause.result,
        )
        self.cause = cause
        self.references = list(references)

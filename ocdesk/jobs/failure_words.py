"""What a failed call means, in a desk worker's words: the network, OC's gateway, OC's servers.

Plain Python, so the console's error panel and the command line say the same thing. The words
never quote Python's or requests' exception text ("HTTPConnectionPool", "Errno 111"): that stays
in the error's message, for the technical details a support person asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocdesk.api.errors import (
    OcBusy,
    OcTimeout,
    OutcomeUnknown,
    ServerError,
    TransportError,
    UnreadableAnswer,
)
from ocdesk.api.text import translate

# How requests and the operating system word a failed name lookup, on Linux, macOS and Windows.
_DNS = re.compile(
    r"NameResolutionError|Name or service not known|nodename nor servname|getaddrinfo failed"
    r"|Temporary failure in name resolution|No address associated with hostname",
    re.IGNORECASE,
)
_TLS = re.compile(r"SSLError|SSL:|CERTIFICATE_VERIFY_FAILED|certificate verify|TLS", re.IGNORECASE)
_LOCAL_HOST = re.compile(r"host='(127\.\d+\.\d+\.\d+|localhost|::1)'")
# Python's and requests' words: text holding these is not meant for a desk worker.
_TECHNICAL = re.compile(
    r"HTTPS?ConnectionPool|Max retries exceeded|NewConnectionError|\[Errno \d+\]|Traceback"
    r"|RemoteDisconnected|ConnectionResetError|ReadTimeoutError|Caused by"
)
_GATEWAY_STATUSES = (502, 503, 504)


@dataclass(frozen=True)
class FailureWords:
    """`what` happened and what `to_do` about it, each one sentence in plain words."""

    what: str
    to_do: str


def has_technical_words(text: str) -> bool:
    """Whether `text` holds Python's or requests' exception words."""
    return bool(_TECHNICAL.search(text))


def failure_words(error: BaseException) -> FailureWords | None:
    """The words for a call that got no usable answer; None when OC answered (a refusal, a login
    to renew, bad input): those are told in OC's own code and message.

    For a write whose outcome is unknown, `what` says what broke and `to_do` is to look it up.
    """
    if isinstance(error, OutcomeUnknown):
        cause = failure_words(error.cause)
        return FailureWords(cause.what, error.hint) if cause is not None else None
    if isinstance(error, TransportError):
        return _network(error)
    if isinstance(error, ServerError):
        return _server(error)
    return None


def _network(error: TransportError) -> FailureWords:
    text = error.message
    again = translate("failure_words", "Nothing reached OC: try again when the connection is back.")
    if isinstance(error, OcTimeout):
        return FailureWords(
            translate(
                "failure_words",
                "OC did not answer in time: OC may be slow, or the network connection poor.",
            ),
            translate(
                "failure_words",
                "Try again in a moment; if it keeps happening, check the network connection.",
            ),
        )
    if error.outcome_unknown:
        return FailureWords(
            translate(
                "failure_words",
                "The connection to OC broke during the call, before OC's answer arrived.",
            ),
            translate("failure_words", "Check the network connection, then try again."),
        )
    if _DNS.search(text):
        return FailureWords(
            translate(
                "failure_words",
                "OC's address cannot be found: check the network connection (this computer may "
                "be offline, or its name service not working).",
            ),
            again,
        )
    if _TLS.search(text):
        return FailureWords(
            translate(
                "failure_words",
                "The secure connection to OC failed: check this computer's date and time, and "
                "whether a proxy or firewall is in the way.",
            ),
            translate(
                "failure_words", "Nothing reached OC. Ask your IT support if it keeps happening."
            ),
        )
    if _LOCAL_HOST.search(text):
        what = translate(
            "failure_words",
            "OC cannot be reached: check the network connection (or whether the sandbox is "
            "running).",
        )
    else:
        what = translate("failure_words", "OC cannot be reached: check the network connection.")
    return FailureWords(what, again)


def _server(error: ServerError) -> FailureWords:
    status = error.http_status
    later = translate(
        "failure_words", "Try again in a few minutes; if it keeps happening, tell OC's support."
    )
    if isinstance(error, OcBusy):
        busy = translate("failure_words", "OC says it is busy: “{message}”.")
        return FailureWords(busy.format(message=error.message), later)
    if isinstance(error, UnreadableAnswer):
        if status in _GATEWAY_STATUSES:
            gateway = translate(
                "failure_words",
                "OC's service is not available right now: its gateway answered with an error "
                "page (HTTP {status}) instead of OC's answer.",
            )
            return FailureWords(gateway.format(status=status), later)
        unreadable = translate(
            "failure_words",
            "OC's answer could not be read (HTTP {status}): it was empty, cut short or a web "
            "page instead of OC's answer.",
        )
        return FailureWords(unreadable.format(status=status), later)
    said = error.message.removeprefix(f"HTTP {status}: ") if status else error.message
    code = f" [{error.code}]" if error.code not in (None, "") else ""
    what = translate("failure_words", "OC had a problem on its side (HTTP {status}){code}: {said}.")
    return FailureWords(what.format(status=status, code=code, said=said.rstrip(".")), later)

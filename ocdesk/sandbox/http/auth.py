"""The sandbox's gatekeeper: demo tenant, OAuth codes and tokens, and the E1-E6 checks."""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
import json
import os
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

from ocdesk.sandbox.core import Clock, Headers
from ocdesk.sandbox.signing import signature

REDIRECT_URI = "https://sandbox.ocdesk.example/oauth/callback"
ACCESS_TTL_S = 3600
REFRESH_TTL_S = 365 * 86400
CODE_TTL_S = 600
SIGNATURE_MODES = ("both", "path", "body")
_INTRANET_SUFFIXES = (".local", ".lan", ".internal", ".localhost")


@dataclass(frozen=True)
class Tenant:
    """A demo account: the OAuth client id (= clientKey) and its secretKey."""

    client_id: str
    secret_key: str
    user_name: str = "demo-seller"


class OAuthFailure(Exception):
    """An `/oauth/*` refusal, answered as HTTP 400 `{error, error_description}`."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error = error
        self.description = description

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


class AuthFailure(Exception):
    """A refused business call (E1-E3): vendor `code 1` with this message."""


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    issued_at: float
    used: bool = False


def load_tenant(data_dir: Path | None) -> tuple[Tenant, bytes]:
    """The demo tenant and the token-signing key: read from data_dir, else made up now.

    Keeping the signing key next to the tenant lets tokens outlive a restart, as OC's do.
    """
    path = data_dir / "tenant.json" if data_dir else None
    if path and path.exists():
        saved = json.loads(path.read_text(encoding="utf-8"))
        tenant = Tenant(saved["client_id"], saved["secretKey"])
        return tenant, bytes.fromhex(saved["token_key"])
    tenant = Tenant(str(uuid.uuid4()), secrets.token_urlsafe(24))
    key = secrets.token_bytes(32)
    if path:
        _save_private(path, {"client_id": tenant.client_id, "secretKey": tenant.secret_key,
                             "token_key": key.hex()})  # fmt: skip
    return tenant, key


def _save_private(path: Path, content: dict[str, str]) -> None:
    """Write owner-only, through a temporary file, so a crash never leaves half a secret."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(content, f)
    os.replace(tmp, path)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _raw_code() -> str:
    """Standard base64, several hundred characters, always holding `/`, `+` and `=`.

    Those three characters are what a client mangles when it decodes the code once too often.
    """
    while True:
        code = base64.b64encode(secrets.token_bytes(299)).decode("ascii")
        if "/" in code and "+" in code:
            return code


def is_intranet(redirect_uri: str) -> bool:
    """True for the redirect targets OC's guide forbids: IP literals and local names (E4)."""
    host = (urlsplit(redirect_uri).hostname or "").lower()
    if not host or host == "localhost" or host.endswith(_INTRANET_SUFFIXES):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class Authority:
    """Issues and checks codes and tokens for the tenants; judges expiry on the emulator clock."""

    def __init__(self, tenants: list[Tenant], key: bytes, clock: Clock) -> None:
        self.tenants = {t.client_id: t for t in tenants}
        self.clock = clock
        self.signature_mode = "both"
        self.rotate_refresh_token = False
        self._key = key
        self._codes: dict[str, _Code] = {}
        self._revoked: set[str] = set()  # refresh token ids retired by rotation
        self._lock = threading.Lock()

    # --- tokens ---------------------------------------------------------------------------

    def _sign(self, kind: str, claims: dict[str, Any]) -> str:
        """A JWT-shaped HS256 token; `kind` is mixed into the key so the two kinds never swap."""
        header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
        mac = hmac.new(self._key + kind.encode(), f"{header}.{payload}".encode(), "sha256")
        return f"{header}.{payload}.{_b64url(mac.digest())}"

    def _claims(self, kind: str, token: str) -> dict[str, Any] | None:
        """The token's claims if this emulator signed it as `kind`, else None."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        mac = hmac.new(self._key + kind.encode(), f"{parts[0]}.{parts[1]}".encode(), "sha256")
        try:
            valid = hmac.compare_digest(_unb64url(parts[2]), mac.digest())
            return json.loads(_unb64url(parts[1])) if valid else None
        except (ValueError, binascii.Error):
            return None

    def _issue(self, tenant: Tenant, *, with_refresh: bool) -> dict[str, Any]:
        now = int(self.clock.time())
        base = {"user_name": tenant.user_name, "client_id": tenant.client_id, "scope": ["all"]}
        access_id = uuid.uuid4().hex
        reply: dict[str, Any] = {
            "access_token": self._sign("access", {**base, "exp": now + ACCESS_TTL_S,
                                                  "jti": access_id}),
            "token_type": "bearer",
            "expires_in": ACCESS_TTL_S,
        }  # fmt: skip
        if with_refresh:
            claims = {**base, "exp": now + REFRESH_TTL_S, "jti": uuid.uuid4().hex, "ati": access_id}
            reply["refresh_token"] = self._sign("refresh", claims)
        return reply

    # --- /oauth/authorize and /oauth/token ---------------------------------------------------

    def authorize(self, params: Mapping[str, str]) -> str:
        """Auto-approve (E4): the Location the browser is sent to, holding a fresh code."""
        if params.get("response_type") != "code":
            raise OAuthFailure("unsupported_response_type", "response_type must be code")
        if params.get("client_id") not in self.tenants:
            raise OAuthFailure("invalid_client", "unknown client_id")
        redirect_uri = params.get("redirect_uri", "")
        if not redirect_uri or is_intranet(redirect_uri):
            raise OAuthFailure(
                "invalid_request", "redirect_uri must not be an intranet address or IP"
            )
        code = _raw_code()
        with self._lock:
            self._codes[code] = _Code(params["client_id"], redirect_uri, self.clock.time())
        query = urlencode({"act": "getAuthorizationCode", "code": code,
                           "state": params.get("state", "")}, quote_via=quote, safe="")  # fmt: skip
        return f"{redirect_uri}?{query}"

    def token(self, params: Mapping[str, str]) -> dict[str, Any]:
        """Answer `/oauth/token` for both grants (E5, E6); params are decoded once already."""
        tenant = self.tenants.get(params.get("client_id", ""))
        grant = params.get("grant_type")
        if grant not in ("authorization_code", "refresh_token"):
            raise OAuthFailure("unsupported_grant_type", f"unsupported grant_type {grant!r}")
        if tenant is None:
            raise OAuthFailure("invalid_client", "unknown client_id")
        if grant == "authorization_code":
            return self._exchange_code(tenant, params)
        return self._refresh(tenant, params)

    def _exchange_code(self, tenant: Tenant, params: Mapping[str, str]) -> dict[str, Any]:
        sent = params.get("code", "")
        if not sent or "redirect_uri" not in params:
            raise OAuthFailure("invalid_request", "code and redirect_uri are required")
        # The address-bar form keeps its escapes after the server's one decode (§2.0.1).
        if "%" not in sent:
            raise OAuthFailure("invalid_grant", "Invalid authorization code (sent decoded?)")
        with self._lock:
            code = self._codes.get(unquote(sent))
            if code is None or code.used or code.client_id != tenant.client_id:
                raise OAuthFailure("invalid_grant", "Invalid authorization code")
            if self.clock.time() - code.issued_at > CODE_TTL_S:
                raise OAuthFailure("invalid_grant", "Authorization code expired")
            if params["redirect_uri"] != code.redirect_uri:
                raise OAuthFailure("invalid_grant", "Redirect URI mismatch")
            code.used = True
        return self._issue(tenant, with_refresh=True)

    def _refresh(self, tenant: Tenant, params: Mapping[str, str]) -> dict[str, Any]:
        claims = self._claims("refresh", params.get("refresh_token", ""))
        if claims is None or claims.get("client_id") != tenant.client_id:
            raise OAuthFailure("invalid_grant", "Invalid refresh token")
        if claims["exp"] <= self.clock.time():
            raise OAuthFailure("invalid_grant", "Refresh token expired")
        with self._lock:
            if claims["jti"] in self._revoked:
                raise OAuthFailure("invalid_grant", "Invalid refresh token")
            if self.rotate_refresh_token:
                self._revoked.add(claims["jti"])
        return self._issue(tenant, with_refresh=self.rotate_refresh_token)

    # --- business calls -----------------------------------------------------------------------

    def check_call(
        self,
        *,
        method: str,
        path: str,
        headers: Headers,
        body: bytes,
        token_required: bool,
        force_expired: bool = False,
    ) -> str:
        """E1-E3 in order; the caller's client id, or AuthFailure with OC's message."""
        client_key = headers.get("clientKey")
        if not client_key:
            raise AuthFailure("Authentication Fail:clientKey missing")
        tenant = self.tenants.get(client_key)
        if tenant is None:
            raise AuthFailure("Authentication Fail:clientKey invalid")
        if not self._signature_ok(method, path, headers.get("vAuthorization", ""), body, tenant):
            raise AuthFailure("Authentication Fail:vAuthorization invalid")
        if token_required:
            self._check_token(headers.get("Access-Token", ""), tenant, force_expired)
        return tenant.client_id

    def _signature_ok(self, method: str, path: str, sent: str, body: bytes, tenant: Tenant) -> bool:
        body_slot = body.decode("utf-8", "replace") if method == "POST" else ""
        forms = {
            "path": [""],
            "body": [body_slot],
            "both": ["", body_slot],
        }[self.signature_mode]
        given = sent.strip().lower().encode("utf-8", "replace")  # bytes: any header text compares
        return any(
            hmac.compare_digest(
                given, signature(path, slot, tenant.client_id, tenant.secret_key).encode()
            )
            for slot in forms
        )

    def _check_token(self, header: str, tenant: Tenant, force_expired: bool) -> None:
        scheme, _, token = header.strip().partition(" ")
        claims = self._claims("access", token.strip()) if scheme.lower() == "bearer" else None
        if claims is None or claims.get("client_id") != tenant.client_id:
            raise AuthFailure("Authentication Fail:access token invalid")
        if force_expired or claims["exp"] <= self.clock.time():
            raise AuthFailure("Authentication Fail:access token expired")

    def clear_codes(self) -> None:
        with self._lock:
            self._codes.clear()

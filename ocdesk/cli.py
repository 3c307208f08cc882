"""The `ocdesk` command: the desktop console, the sandbox, and the API layer for scripts."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shlex
import sys
import webbrowser
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ocdesk.api import catalog, validation
from ocdesk.api.errors import (
    AuthError,
    BusinessError,
    OcError,
    OutcomeUnknown,
    ReauthRequired,
    ServerError,
    TransportError,
    ValidationError,
)
from ocdesk.api.oauth import CodeNotFound, StateMismatch

if TYPE_CHECKING:
    from ocdesk.api.result import LabelFile, OcResult
    from ocdesk.session import Session
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.secrets import SecretStore

EXIT_OK, EXIT_INPUT, EXIT_BUSINESS, EXIT_AUTH, EXIT_NETWORK = 0, 2, 3, 4, 5
EXIT_UNKNOWN = 6  # a create or change may have been carried out: look it up first
SECRET_ENV = "OCDESK_CLIENT_SECRET"
HOW_TO_KEEP = (
    f"give the secret each time with {SECRET_ENV}=... or --secret-stdin, or keep it and the "
    "login in a plain file readable only by you with --insecure-storage."
)
LOGIN_HINT = (
    "Log in with `ocdesk login --profile NAME`; on a computer without a system keyring, add "
    "--insecure-storage to keep the login for later commands."
)


class InputError(Exception):
    """Bad command-line input: reported on stderr with exit code 2, nothing sent."""


# --- helpers shared by the subcommands ----------------------------------------------------------
def _read_data(spec: str | None) -> Any:
    """`--data` as JSON text, `@file.json`, or `-` for standard input."""
    if spec is None:
        return None
    if spec == "-":
        text = sys.stdin.read()
    elif spec.startswith("@"):
        try:
            text = Path(spec[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"--data: cannot read {spec[1:]}: {exc.strerror}") from exc
    else:
        text = spec
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"--data is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc


def _open_session(args: argparse.Namespace) -> Session:
    """A logged-in Session for `--sandbox-url` (demo tenant) or a saved `--profile`."""
    from ocdesk import session as sessions
    from ocdesk.store.logs import setup_logging
    from ocdesk.store.paths import app_paths

    setup_logging(app_paths().ensure().log_dir)
    if args.sandbox_url:
        if getattr(args, "secret_stdin", False):
            raise InputError("--secret-stdin is for a saved --profile; a sandbox has its own.")
        return sessions.sandbox_session(args.sandbox_url)
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.secrets import SecretStore

    profiles = ProfileStore(app_paths().ensure().settings_file)
    profile = profiles.get(args.profile) if args.profile else profiles.current
    if profile is None:
        known = ", ".join(p.name for p in profiles.list()) or "none yet"
        wanted = f"profile {args.profile!r}" if args.profile else "a current profile"
        raise InputError(
            f"There is no {wanted} (profiles: {known}). Add one with `ocdesk profiles add`, "
            "or use --sandbox-url."
        )
    store = SecretStore()
    secret = _given_secret(args)
    if getattr(args, "insecure_storage", False):
        store.keep_in_plain_file(profile.name)
        if secret:
            store.set(profile.name, "client_secret", secret)
    try:
        return sessions.Session(profile, store, profiles=profiles, client_secret=secret)
    finally:
        _say_where_secrets_are(store, profile.name)


def _given_secret(args: argparse.Namespace) -> str | None:
    """The client secret a script hands over: one line of stdin, or the environment variable."""
    if getattr(args, "secret_stdin", False):
        secret = sys.stdin.readline().strip()
        if not secret:
            raise InputError("--secret-stdin: standard input held no secret (one line expected).")
        return secret
    return os.environ.get(SECRET_ENV) or None


def _say_where_secrets_are(store: SecretStore, profile: str) -> None:
    """On stderr: the plain-file warning, each time; or that nothing outlives this command."""
    from ocdesk.store.secrets import Kept

    warning = store.plain_file_warning(profile)
    if warning:
        print(warning, file=sys.stderr)
    elif store.where(profile) is Kept.PROCESS:
        print(
            f"{store.keyring_problem}: the client secret and the login of {profile!r} are kept "
            f"only while this command runs. To use the profile from the command line, {HOW_TO_KEEP}",
            file=sys.stderr,
        )


def _endpoint(endpoint_id: str) -> catalog.Endpoint:
    try:
        endpoint = catalog.get(endpoint_id)
    except catalog.UnknownEndpoint as exc:
        raise InputError(f"{exc.args[0]}. `ocdesk endpoints` lists them all.") from exc
    if not endpoint.is_business:
        raise InputError(f"{endpoint_id} is not called this way; use `ocdesk login` for OAuth.")
    return endpoint


def _report_error(exc: OcError) -> int:
    """OC's code and message, then what to do, on stderr; the exit code for its kind."""
    if isinstance(exc, ValidationError):
        print("Invalid input; nothing was sent:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INPUT
    print(f"error: {exc}", file=sys.stderr)
    if isinstance(exc, BusinessError):
        for item in exc.item_errors:
            print("  " + ", ".join(f"{k}={v}" for k, v in item.items()), file=sys.stderr)
    if exc.hint:
        print(f"hint: {exc.hint}", file=sys.stderr)
    if isinstance(exc, OutcomeUnknown):
        return EXIT_UNKNOWN
    # The usual login hint points at the GUI's Account tab; here the login is a command.
    hint = LOGIN_HINT if exc.hint == ReauthRequired.default_hint else exc.hint
    if hint:
        print(f"hint: {hint}", file=sys.stderr)
    if isinstance(exc, AuthError):
        return EXIT_AUTH
    if isinstance(exc, BusinessError):
        return EXIT_BUSINESS
    if isinstance(exc, TransportError | ServerError):
        return EXIT_NETWORK
    return EXIT_BUSINESS


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


# --- subcommands ---------------------------------------------------------------------------------
def cmd_call(args: argparse.Namespace) -> int:
    """Send one call and print OC's whole response; on a business error it still prints it."""
    endpoint = _endpoint(args.endpoint_id)
    if args.secret_stdin and args.data == "-":
        raise InputError(
            "--secret-stdin and --data - both read standard input: give the data as @file.json."
        )
    data = _read_data(args.data)
    session = _open_session(args)
    try:
        result = _send(session, endpoint, data)
    except BusinessError as exc:
        if exc.result is not None:
            _print_json(exc.result.body)
        return _report_error(exc)
    except OutcomeUnknown as exc:
        return _report_unknown(exc, args)
    _print_json(result.body)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _send(session: Session, endpoint: catalog.Endpoint, data: Any) -> OcResult:
    """A read as it is; a write checked first, then recorded in the audit log like the GUI's."""
    if endpoint.effect is catalog.Effect.READ:
        return session.call(endpoint.id, data)
    from ocdesk.store.audit import AuditLog
    from ocdesk.store.db import Database
    from ocdesk.store.paths import app_paths
    from ocdesk.workflows.write_audit import AuditTrail, send_recorded

    validation.validate(endpoint, data)  # invalid input is not a write: nothing to record
    audit = AuditLog(Database(app_paths().ensure().database_file))
    trail = AuditTrail(audit, session.profile.name, "command line")
    return send_recorded(session.call, trail, endpoint.id, data)


def _report_unknown(exc: OutcomeUnknown, args: argparse.Namespace) -> int:
    """A write that may have been carried out: what to look up, and the command that does it."""
    from ocdesk.workflows.lookups import lookup_for

    print(f"error: {exc}", file=sys.stderr)
    print("It may have reached OC: look it up before sending again.", file=sys.stderr)
    endpoint = catalog.get(args.endpoint_id)
    lookup = lookup_for(endpoint.id)
    if exc.references:
        print(f"Look up {', '.join(endpoint.reference)}: {', '.join(exc.references)}",
              file=sys.stderr)  # fmt: skip
    if lookup is None or not exc.references:
        print("ocdesk cannot look this up; check it in OC's portal.", file=sys.stderr)
        return EXIT_UNKNOWN
    target = (f" --profile {shlex.quote(args.profile)}" if args.profile else
              f" --sandbox-url {shlex.quote(args.sandbox_url)}" if args.sandbox_url else "")  # fmt: skip
    print("To look it up, run:", file=sys.stderr)
    for data in lookup.requests(exc.references):
        line = json.dumps(data, ensure_ascii=False)
        print(f"  ocdesk call {lookup.read_id} --data {shlex.quote(line)}{target}", file=sys.stderr)
    if lookup.proves_done:
        print("What it lists was created: do not send it again. If it lists nothing, look again "
              "in a minute (OC may still be processing it); only then send it again, under the "
              "same reference.", file=sys.stderr)  # fmt: skip
    else:
        print(f"Then see {lookup.what_to_check}.", file=sys.stderr)
    return EXIT_UNKNOWN


def cmd_label(args: argparse.Namespace) -> int:
    """Fetch a label; write its PDF (--out) and/or print it (--print) through the GUI's code."""
    endpoint = _endpoint(args.endpoint_id)
    if endpoint.label is None:
        with_labels = ", ".join(e.id for e in catalog.business_endpoints() if e.label)
        raise InputError(f"{endpoint.id} returns no label; label endpoints: {with_labels}")
    if not (args.out or args.print):
        raise InputError("say where the label goes: --out FILE.pdf, --print PRINTER, or both")
    if args.out:
        _check_writable(Path(args.out))  # before a create is sent, not after
    data = _read_data(args.data)
    session = _open_session(args)
    try:
        labels = _send(session, endpoint, data).labels()
    except OutcomeUnknown as exc:
        return _report_unknown(exc, args)
    if not labels:
        print("error: OC answered without a label file.", file=sys.stderr)
        return EXIT_BUSINESS
    if args.out:
        _write_labels(labels, Path(args.out))
    if args.print:
        return _print_labels(labels, args, session.profile.name)
    return EXIT_OK


def _check_writable(out: Path) -> None:
    """Refuse an --out the label could not be written to; nothing is sent then."""
    folder = out.parent
    if out.is_dir():
        example = out / "label.pdf"
        raise InputError(f"--out {out} is a folder, not a file (e.g. {example}); nothing was sent")
    if folder.exists() and not folder.is_dir():
        raise InputError(f"--out: {folder} is a file, not a folder; nothing was sent")
    if not folder.is_dir():
        raise InputError(f"--out: the folder {folder} does not exist; nothing was sent")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(f"--out: {out} cannot be written (permission denied); nothing was sent")


def _write_labels(labels: list[LabelFile], out: Path) -> None:
    """One label to `out`; several to numbered files beside it."""
    for index, label in enumerate(labels):
        target = out if len(labels) == 1 else out.with_stem(f"{out.stem}-{index + 1}")
        target.write_bytes(label.pdf)
        print(f"{target}  {label.number or label.name}  {len(label.pdf):,} bytes")


def _print_labels(labels: list[LabelFile], args: argparse.Namespace, profile: str) -> int:
    from ocdesk.labels.cli_print import print_from_cli
    from ocdesk.store.paths import app_paths

    try:
        outcomes = print_from_cli(
            labels, args.print, args.preset, args.via, args.copies,
            app_paths().ensure().database_file, endpoint_id=args.endpoint_id, profile=profile,
        )  # fmt: skip
    except (ValueError, KeyError) as exc:
        raise InputError(str(exc.args[0] if exc.args else exc)) from exc
    failed = 0
    for label, outcome in zip(labels, outcomes, strict=True):
        where = f"job {outcome.job_id}" if outcome.job_id else outcome.message
        state = "printed" if outcome.ok else "NOT printed"
        print(f"{label.number or label.name}: {state} on {args.print} ({where})")
        failed += not outcome.ok
    if failed:
        print(f"error: {failed} label(s) did not print; see above.", file=sys.stderr)
        return EXIT_NETWORK
    return EXIT_OK


def cmd_login(args: argparse.Namespace) -> int:
    """Browser login: print the URL, open it where possible, read the pasted redirect."""
    session = _open_session(args)
    url = session.begin_login()
    print("Open this address, log in to OC, then paste the address the browser ends at:")
    print(url)
    webbrowser.open(url)
    pasted = input("Redirected address (or the code): ")
    session.complete_login(pasted)
    days = session.tokens.days_until_refresh_expiry()
    note = f"; the login lasts {days:.0f} more days" if days is not None else ""
    print(f"Logged in as profile {session.profile.name!r}{note}.")
    if not args.sandbox_url:
        print(_where_login_is(session))
    return EXIT_OK


def _where_login_is(session: Session) -> str:
    from ocdesk.store.secrets import Kept, SecretStore

    store = session.secrets
    assert isinstance(store, SecretStore)
    kept = store.where(session.profile.name)
    if kept is Kept.KEYRING:
        return "The login is kept in the system keyring."
    if kept is Kept.PLAIN_FILE:
        return f"The login is kept in {store.plain_file.path}."
    return "The login was not stored: it ends with this command (see above)."


def cmd_profiles(args: argparse.Namespace) -> int:
    from ocdesk.store.paths import app_paths
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.secrets import Kept, SecretStore

    profiles = ProfileStore(app_paths().ensure().settings_file)
    if args.action == "add":
        return _add_profile(args, profiles)
    if args.action == "remove":
        if profiles.get(args.name) is None:
            raise InputError(f"no profile named {args.name!r}")
        profiles.remove(args.name)
        SecretStore().delete_all(args.name)
        print(f"Removed profile {args.name!r} and its secrets.")
        return EXIT_OK
    current = profiles.current
    store = SecretStore()
    for p in profiles.list():
        mark = "*" if current and p.name == current.name else " "
        plain = "  [secrets in a plain file]" if store.where(p.name) is Kept.PLAIN_FILE else ""
        print(f"{mark} {p.name:20} {p.environment:10} {p.base_url}  client {p.client_id}{plain}")
    return EXIT_OK


def _add_profile(args: argparse.Namespace, profiles: ProfileStore) -> int:
    """Save the profile; keep its secret where the user chose, and say plainly where that is."""
    from ocdesk.store.profiles import Profile, ProfileError
    from ocdesk.store.secrets import Kept, SecretStore

    try:
        profile = Profile.for_region(
            args.name,
            args.env,
            args.region,
            args.client_id,
            base_url=args.base_url,
            redirect_uri=args.redirect_uri,
            signature_mode=args.signature,
        )
    except ProfileError as exc:
        raise InputError("; ".join(exc.problems)) from exc
    secret = (
        sys.stdin.readline().strip()
        if args.secret_stdin
        else getpass.getpass(f"Client secret for {args.name}: ")
    )
    if not secret:
        raise InputError("a client secret is required")
    store = SecretStore()
    if args.insecure_storage:
        store.keep_in_plain_file(profile.name)
    else:
        store.keep_out_of_plain_file(profile.name)
    kept = store.set(profile.name, "client_secret", secret)
    profiles.save(profile)
    added = f"profile {profile.name!r} ({profile.environment}, {profile.base_url})"
    if kept is Kept.KEYRING:
        print(f"Saved {added}; its client secret is in the system keyring.")
    elif kept is Kept.PLAIN_FILE:
        print(f"Saved {added}; its client secret is in {store.plain_file.path}.")
        print(store.plain_file_warning(profile.name), file=sys.stderr)
    else:
        print(f"Added {added}, but its client secret is NOT stored.")
        print(
            f"{store.keyring_problem}: the client secret was kept only while this command ran, "
            f"so `ocdesk login` cannot use it. To log in, {HOW_TO_KEEP}",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_endpoints(args: argparse.Namespace) -> int:
    for e in catalog.business_endpoints():
        effect = "" if e.effect is catalog.Effect.READ else f" [{e.effect}]"
        print(f"{e.id:28} {e.method:4} {e.path}  {e.title}{effect}")
    return EXIT_OK


def cmd_sandbox(args: argparse.Namespace) -> int:
    from ocdesk.sandbox.serve import serve

    return serve(args)


def cmd_gui(args: argparse.Namespace) -> int:
    from ocdesk.gui.app import run

    return run(
        sandbox=args.sandbox,
        sandbox_url=args.sandbox_url,
        profile=args.profile,
        exit_when_ready=args.exit_when_ready,
    )


# --- argument parsing ----------------------------------------------------------------------------
def _add_target(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--profile", help="saved profile to use (default: the current one)")
    group.add_argument(
        "--sandbox-url", help="a running `ocdesk sandbox`; logs in to its demo account"
    )


def _add_secret_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--secret-stdin",
        action="store_true",
        help=f"read the profile's client secret from the first line of stdin (or set {SECRET_ENV})",
    )


def _add_insecure_storage(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--insecure-storage",
        action="store_true",
        help="keep the client secret and login in a plain file readable only by you, for "
        "computers without a system keyring (warned about at each use)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ocdesk", description="Desk console for the OrangeConnex fulfillment Open API."
    )
    _add_target(parser)
    parser.add_argument(
        "--sandbox", action="store_true", help="open the console on the embedded OC sandbox"
    )
    # For the start-up benchmark: quit as soon as the first data is on screen.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    call = sub.add_parser("call", help="send one API call and print OC's response as JSON")
    call.add_argument(
        "endpoint_id", help="catalog id, e.g. outbound.query (see `ocdesk endpoints`)"
    )
    call.add_argument("--data", help="the envelope's data: JSON, @file.json, or - for stdin")
    _add_target(call)
    _add_secret_stdin(call)
    call.set_defaults(func=cmd_call)

    label = sub.add_parser("label", help="fetch a label; write it as a PDF and/or print it")
    label.add_argument("endpoint_id", help="sku.label, inbound.labels, returns.label, ...")
    label.add_argument("--data", help="JSON, @file.json, or -")
    label.add_argument("--out", help="PDF file to write")
    label.add_argument("--print", metavar="PRINTER", help="print on this printer (see lpstat -p)")
    label.add_argument(
        "--preset", help="media preset, e.g. 100x150@203, 60x30@300, A6, A4 (default: label's size)"
    )
    label.add_argument("--via", choices=("qt", "cups"), default="qt",
                       help="render with Qt at the printer's dots, or send the PDF itself to CUPS")  # fmt: skip
    label.add_argument("--copies", type=int, default=1)
    _add_target(label)
    label.set_defaults(func=cmd_label)

    login = sub.add_parser("login", help="log a profile in to OC through the browser")
    _add_target(login)
    _add_secret_stdin(login)
    _add_insecure_storage(login)
    login.set_defaults(func=cmd_login)

    profiles = sub.add_parser("profiles", help="list, add or remove profiles")
    actions = profiles.add_subparsers(dest="action")
    profiles.set_defaults(func=cmd_profiles, action="list")
    actions.add_parser("list", help="list profiles (* = current)")
    add = actions.add_parser("add", help="add or replace a profile; asks for its client secret")
    add.add_argument("name")
    add.add_argument("--env", choices=("sandbox", "production"), default="sandbox")
    add.add_argument("--region", default="hk", help="hk, uk, cn, au, de, or custom")
    add.add_argument("--base-url", help="host for --region custom (e.g. a sandbox)")
    add.add_argument("--client-id", required=True)
    add.add_argument("--redirect-uri", default="https://www.google.com")
    add.add_argument("--signature", choices=("path", "body"), default="path")
    add.add_argument("--secret-stdin", action="store_true", help="read the secret from stdin")
    _add_insecure_storage(add)
    remove = actions.add_parser("remove", help="remove a profile and its secrets")
    remove.add_argument("name")

    endpoints = sub.add_parser("endpoints", help="list the API endpoints by id")
    endpoints.set_defaults(func=cmd_endpoints)

    sandbox = sub.add_parser("sandbox", help="run the OC emulator until stopped")
    from ocdesk.sandbox.serve import add_arguments

    add_arguments(sandbox)
    sandbox.set_defaults(func=cmd_sandbox)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except (StateMismatch, CodeNotFound) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except OcError as exc:
        return _report_error(exc)
    except KeyboardInterrupt:
        return 130

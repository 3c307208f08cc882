"""The `ocdesk` command: the desktop console, the sandbox, and the API layer for scripts."""

from __future__ import annotations

import argparse
import codecs
import errno
import io
import json
import math
import os
import shlex
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import urlsplit

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
from ocdesk.api.text import QT_TRANSLATE_NOOP, translate
from ocdesk.jobs.failure_words import failure_words, has_technical_words
from ocdesk.store.sql import DatabaseError

# The catalog, OAuth (and `requests` with it) and the modules of a single command are imported
# where they are needed: the console's start shows its window before it needs any of them.
if TYPE_CHECKING:
    from ocdesk.api import catalog
    from ocdesk.api.result import LabelFile, OcResult
    from ocdesk.jobs.bulk_report import BulkReport
    from ocdesk.jobs.record_actions import Match
    from ocdesk.jobs.write_lookups import Lookup
    from ocdesk.session import Session
    from ocdesk.store.audit import AuditLog
    from ocdesk.store.operator import Operator
    from ocdesk.store.paths import AppPaths
    from ocdesk.store.profiles import ProfileStore
    from ocdesk.store.record_index import RecordIndex
    from ocdesk.store.secrets import SecretStore
    from ocdesk.store.sql import Store

EXIT_OK, EXIT_INPUT, EXIT_BUSINESS, EXIT_AUTH, EXIT_NETWORK = 0, 2, 3, 4, 5
EXIT_STORE = 5  # the database cannot be opened: like the network, something is not reachable
EXIT_UNKNOWN = 6  # a create or change may have been carried out: look it up first
EXIT_INTERNAL = 1  # a fault in ocdesk itself; the traceback is in the log
EXIT_NOT_FOUND = 1  # `find`: nothing has that number
EXIT_INTERRUPTED = 130  # Ctrl-C
EXIT_PIPE_CLOSED = 141  # whoever read the output stopped reading (as a shell counts SIGPIPE)
MAX_PORT = 65535
DEFAULT_LIST_LIMIT = 200  # `history` and `inbox`: the newest this many, unless --limit
SECRET_ENV = "OCDESK_CLIENT_SECRET"
HOW_TO_KEEP = (
    f"give the secret each time with {SECRET_ENV}=... or --secret-stdin, or keep it and the "
    "login in a plain file readable only by you with --insecure-storage."
)
LOGIN_HINT = QT_TRANSLATE_NOOP(
    "cli",
    "Log in with `ocdesk login --profile NAME`; on a computer without a system keyring, add "
    "--insecure-storage to keep the login for later commands.",
)


class InputError(Exception):
    """Bad command-line input: reported on stderr with exit code 2, nothing sent."""


class StoreUnavailable(Exception):
    """The database cannot be opened: reported on stderr with exit code 5, nothing sent."""


# --- helpers shared by the subcommands ----------------------------------------------------------
MAX_DATA_BYTES = 20_000_000  # far above any OC request; stops `--data @/dev/zero` eating memory
MAX_COPIES = 999  # as the label panel allows


def _read_data(spec: str | None) -> Any:
    """`--data` as JSON text, `@file.json`, or `-` for standard input."""
    if spec is None:
        return None
    if spec == "-":
        text = _decode(_read_limited(sys.stdin.buffer), "standard input")
    elif spec.startswith("@"):
        try:
            with open(spec[1:], "rb") as file:
                raw = _read_limited(file)
        except OSError as exc:
            raise InputError(f"--data: cannot read {spec[1:]}: {exc.strerror}") from exc
        text = _decode(raw, spec[1:])
    else:
        text = spec
    return _parse_json(text)


def _read_limited(stream: BinaryIO) -> bytes:
    raw = stream.read(MAX_DATA_BYTES + 1)
    if len(raw) > MAX_DATA_BYTES:
        limit = MAX_DATA_BYTES // 1_000_000
        raise InputError(f"--data is larger than {limit} MB; no OC request is that large")
    return raw


def _decode(raw: bytes, source: str) -> str:
    """UTF-8 text (a leading byte-order mark is fine); anything else is named, not guessed at."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"--data: {source} is UTF-16 text; save it as UTF-8 and try again")
    if b"\0" in raw:
        raise InputError(f"--data: {source} is not a text file (it holds zero bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"--data: {source} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at position "
            f"{exc.start}); save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise InputError(f"--data: {source} is empty")
    return text


def _parse_json(text: str) -> Any:
    """JSON that can be sent as it is: no NaN, no endless numbers or nesting, valid Unicode."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"--data is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from exc
    except RecursionError:
        raise InputError("--data is nested too deeply to read") from None
    except ValueError:  # the only other: an integer longer than Python converts
        raise InputError(
            f"--data holds a number longer than {sys.get_int_max_str_digits():,} digits"
        ) from None
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        raise InputError("--data is nested too deeply to send") from None
    except UnicodeEncodeError as exc:
        raise InputError(
            "--data holds text that is not valid Unicode (a lone surrogate such as "
            f"{ascii(exc.object[exc.start : exc.end])}); nothing was sent"
        ) from None
    return data


def _refuse_constant(name: str) -> None:
    raise InputError(f"--data holds {name}, which is not a number OC accepts")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise InputError(f"--data holds {text[:20]}, a number too large for OC")
    return number


def _open_session(args: argparse.Namespace) -> Session:
    """A logged-in Session for `--sandbox-url` (demo tenant) or a saved `--profile`."""
    from ocdesk import session as sessions

    _local_paths()
    if args.sandbox_url:
        if getattr(args, "secret_stdin", False):
            raise InputError("--secret-stdin is for a saved --profile; a sandbox has its own.")
        return sessions.sandbox_session(args.sandbox_url)
    from ocdesk.store.secrets import SecretStore

    profiles = _profile_store()
    profile = profiles.get(args.profile) if args.profile else profiles.current
    if profile is None:
        known = ", ".join(p.name for p in profiles.list()) or "none yet"
        wanted = f"profile {args.profile!r}" if args.profile else "current profile"
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


def _local_paths() -> AppPaths:
    """The local folders, logging to the file in them (so the stores' warnings stay off the
    terminal, where each is said once, in its own words)."""
    from ocdesk.store.logs import setup_logging
    from ocdesk.store.paths import app_paths

    paths = app_paths().ensure()
    setup_logging(paths.log_dir)
    return paths


def _profile_store() -> ProfileStore:
    """The settings; a damaged file or entry set aside is told on stderr, in one line."""
    from ocdesk.store.profiles import ProfileStore

    profiles = ProfileStore(_local_paths().settings_file)
    if profiles.warning:
        print(f"warning: {profiles.warning}", file=sys.stderr)
    return profiles


def _open_store() -> Store:
    """The database of the audit log, print history and webhook inbox; every command opens it
    here: this PC's file (a damaged one set aside, said on stderr), or the warehouse's shared
    one (OCDESK_DATABASE_URL or the console's setting). One that cannot be opened is
    StoreUnavailable, naming it and what to check."""
    import sqlite3

    from ocdesk.store.location import open_store
    from ocdesk.store.paths import app_paths
    from ocdesk.store.secrets import SecretStore
    from ocdesk.store.sql import DatabaseUnavailable

    path = app_paths().database_file
    try:
        opened = open_store(_local_paths(), _profile_store(), SecretStore())
    except DatabaseUnavailable as exc:  # its message names the server and what to check
        raise StoreUnavailable(str(exc)) from exc
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        reason = f"{exc.strerror} ({exc.filename})" if isinstance(exc, OSError) else str(exc)
        raise StoreUnavailable(
            f"cannot open the database {path}: {reason}. Check that its folder "
            "exists, can be written by this user and has free space (OCDESK_HOME chooses "
            "another folder)."
        ) from exc
    if opened.notice:
        print(f"warning: {opened.notice}", file=sys.stderr)
    return opened.db


def _operator_of(args: argparse.Namespace) -> Callable[[], Operator]:
    """Who this command's prints and writes are recorded under: --operator/--workstation, else
    OCDESK_OPERATOR/OCDESK_WORKSTATION, else the desk's own choice in the settings, else the
    login and computer names."""
    from ocdesk.store import operator

    who = operator.for_command(_profile_store(), args.operator, args.workstation)
    return lambda: who


def _audit_log(args: argparse.Namespace) -> AuditLog:
    from ocdesk.store.audit import AuditLog

    return AuditLog(_open_store(), _operator_of(args))


def _endpoint(endpoint_id: str) -> catalog.Endpoint:
    from ocdesk.api import catalog

    try:
        endpoint = catalog.get(endpoint_id)
    except catalog.UnknownEndpoint as exc:
        raise InputError(f"{exc.args[0]}. `ocdesk endpoints` lists them all.") from exc
    if not endpoint.is_business:
        raise InputError(f"{endpoint_id} is not called this way; use `ocdesk login` for OAuth.")
    return endpoint


def _print_error(exc: OcError) -> None:
    """The `error:` line scripts read; when it quotes Python's exception words, the plain
    sentence comes first."""
    words = failure_words(exc)
    if words is not None and has_technical_words(str(exc)):
        print(words.what, file=sys.stderr)
    print(f"error: {exc}", file=sys.stderr)


def _report_error(exc: OcError) -> int:
    """OC's code and message, then what to do, on stderr; the exit code for its kind."""
    if isinstance(exc, ValidationError):
        print(translate("cli", "Invalid input; nothing was sent:"), file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INPUT
    _print_error(exc)
    if isinstance(exc, BusinessError):
        for item in exc.item_errors:
            print("  " + ", ".join(f"{k}={v}" for k, v in item.items()), file=sys.stderr)
    if isinstance(exc, OutcomeUnknown):
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return EXIT_UNKNOWN
    # The usual login hint points at the GUI's Account tab; here the login is a command.
    relogin = exc.hint == translate("oc_errors", ReauthRequired.default_hint)
    hint = translate("cli", LOGIN_HINT) if relogin else exc.hint
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
        result = _send(session, endpoint, data, args)
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


def _send(
    session: Session, endpoint: catalog.Endpoint, data: Any, args: argparse.Namespace
) -> OcResult:
    """A read as it is; a write checked first, then recorded in the audit log like the GUI's."""
    from ocdesk.api import catalog, validation

    if endpoint.effect is catalog.Effect.READ:
        return session.client.call(endpoint.id, data)
    from ocdesk.jobs.write_audit import AuditedCall, AuditTrail

    validation.validate(endpoint, data)  # invalid input is not a write: nothing to record
    audit = _audit_log(args)
    trail = AuditTrail(audit, session.profile.name, "command line")
    result: OcResult = AuditedCall(session.client.call, trail)(endpoint.id, data)
    return result


def _report_unknown(exc: OutcomeUnknown, args: argparse.Namespace) -> int:
    """A write that may have been carried out: what to look up, and the command that does it."""
    from ocdesk.api import catalog
    from ocdesk.jobs.write_lookups import lookup_for

    _print_error(exc)
    print(translate("cli", "It may have reached OC: look it up before sending again."),
          file=sys.stderr)  # fmt: skip
    endpoint = catalog.get(args.endpoint_id)
    lookup = lookup_for(endpoint.id)
    if exc.references:
        look_up = translate("cli", "Look up {fields}: {references}")
        print(look_up.format(fields=", ".join(endpoint.reference),
                             references=", ".join(exc.references)), file=sys.stderr)  # fmt: skip
    if lookup is None or lookup.read is None or not exc.references:
        check = translate("write_lookups", lookup.what_to_check) if lookup is not None else ""
        what = f" ({check})" if check else ""
        portal = translate("cli", "ocdesk cannot look this up; check it in OC's portal{what}.")
        print(portal.format(what=what), file=sys.stderr)
        return EXIT_UNKNOWN
    _how_to_look_up(lookup, exc.references, args)
    return EXIT_UNKNOWN


def _how_to_look_up(lookup: Lookup, references: Sequence[str], args: argparse.Namespace) -> None:
    """On stderr: the `ocdesk call` lines that look `references` up, and how to read them."""
    assert lookup.read is not None
    target = (f" --profile {shlex.quote(args.profile)}" if args.profile else
              f" --sandbox-url {shlex.quote(args.sandbox_url)}" if args.sandbox_url else "")  # fmt: skip
    print(translate("cli", "To look it up, run:"), file=sys.stderr)
    for data in lookup.read.requests(references):
        line = json.dumps(data, ensure_ascii=False)
        print(f"  ocdesk call {lookup.read.read_id} --data {shlex.quote(line)}{target}",
              file=sys.stderr)  # fmt: skip
    if lookup.proves_done:
        print(translate(
            "cli",
            "What it lists was created: do not send it again. If it lists nothing, look again "
            "in a minute (OC may still be processing it); only then send it again, under the "
            "same reference.",
        ), file=sys.stderr)  # fmt: skip
    else:
        then = translate("cli", "Then see {what}.")
        print(then.format(what=translate("write_lookups", lookup.what_to_check)), file=sys.stderr)


IMPORTS = ("outbound.create", "sku.create")
PROGRESS_EVERY = 2.0  # seconds between progress lines when stderr is a file, not a terminal


def cmd_import(args: argparse.Namespace) -> int:
    """Create every order or SKU of a CSV or .xlsx file with the console's own bulk job: checked
    first, sent in chunks, an unknown outcome looked up and never sent blindly again."""
    from ocdesk.jobs.bulk_create import ORDERS, SKUS, check_items, create_in_bulk
    from ocdesk.jobs.bulk_report import dry_run_report
    from ocdesk.jobs.write_audit import AuditTrail

    kind = {"outbound.create": ORDERS, "sku.create": SKUS}[args.endpoint_id]  # argparse chose
    if args.report:
        _report_file(args.report)
    items = _items_in(args)
    problems = check_items(kind, items)
    if args.dry_run:
        report = dry_run_report(kind.endpoint_id, items, problems, kind.key)
        _tell_outcomes(report, args)
        bad = sum(1 for found in problems if found)
        verdict = f"{bad} of {len(items)} {kind.noun} have problems" if bad else (
            f"All {len(items)} {kind.noun} are ready")  # fmt: skip
        print(f"{verdict}; nothing was sent (--dry-run).")
        return EXIT_INPUT if bad else EXIT_OK
    session = _open_session(args)
    trail = AuditTrail(_audit_log(args), session.profile.name, "import from file",
                       Path(args.file).name)  # fmt: skip
    progress = _ProgressLine()
    try:
        report = create_in_bulk(kind, session.client.call, items, progress=progress,
                                audit=trail, sleep=_wait_between_lookups)  # fmt: skip
    finally:
        progress.end()
    _tell_outcomes(report, args)
    print(report.summary())
    return _import_exit(report, args)


def _items_in(args: argparse.Namespace) -> list[Any]:
    """The file's orders or SKUs; an unreadable file is bad input (exit 2), nothing sent."""
    from ocdesk.jobs.column_labels import mapping_words
    from ocdesk.jobs.csv_items import READERS
    from ocdesk.jobs.csv_rows import CsvFileError
    from ocdesk.jobs.tables import read_table

    reader = READERS[args.endpoint_id]
    try:
        table = read_table(args.file, sheet=args.sheet)
        items = reader.items(table)
    except CsvFileError as exc:
        unread = translate("cli", "{file}: {problem}; nothing was sent")
        raise InputError(unread.format(file=args.file, problem=exc)) from exc
    if not items:
        empty = translate("cli", "{file} holds a header but no rows; nothing was sent")
        raise InputError(empty.format(file=args.file))
    renamed = mapping_words(reader.columns_read(table))
    count = len(table.rows)
    rows = translate("cli", "{count} row") if count == 1 else translate("cli", "{count} rows")
    read = translate("cli", "{file}: {how}, {rows}").format(
        file=Path(args.file).name, how=table.source, rows=rows.format(count=f"{count:,}")
    )
    if renamed:
        read += translate("cli", "; columns read as {columns}").format(columns=renamed)
    print(read, file=sys.stderr)
    return items


def _report_file(out: str) -> Path:
    path = _out_file(out, "--report", "report.csv")
    if path.suffix.lower() not in (".csv", ".xlsx"):
        other = translate("cli", "--report writes .csv or .xlsx, not {name}; nothing was sent")
        raise InputError(other.format(name=repr(path.name)))
    return path


def _tell_outcomes(report: BulkReport, args: argparse.Namespace) -> None:
    """Each item not created on stderr, and the whole report to --report."""
    from ocdesk.jobs.bulk_report import CREATED, READY, write_report

    for o in report.outcomes:
        if o.status not in (CREATED, READY):
            where = o.label
            if o.reference:
                both = translate("cli", "{where} ({reference})")
                where = both.format(where=o.item.where, reference=o.reference)
            fate = translate("cli", "{item}: {outcome}: {reason}")
            outcome = translate("bulk_report", o.status)
            print(fate.format(item=where, outcome=outcome, reason=o.reason), file=sys.stderr)
    if args.report:
        try:
            count = write_report(args.report, report)
        except OSError as exc:
            unwritten = translate("cli", "error: --report: could not write {path}: {reason}")
            print(unwritten.format(path=args.report, reason=exc.strerror), file=sys.stderr)
        else:
            written = translate("cli", "Report of {count} rows written to {path}.")
            print(written.format(count=f"{count:,}", path=args.report), file=sys.stderr)


def _import_exit(report: BulkReport, args: argparse.Namespace) -> int:
    """6 when an outcome is unknown (with the lookups to run), 3 when an item was not created."""
    from ocdesk.jobs.bulk_report import CREATED, UNKNOWN
    from ocdesk.jobs.write_lookups import lookup_for

    unknown = [o.reference for o in report.with_status(UNKNOWN)]
    if unknown:
        maybe = translate(
            "cli", "{count} may have reached OC: look them up before sending them again."
        )
        print(maybe.format(count=len(unknown)), file=sys.stderr)
        lookup = lookup_for(args.endpoint_id)
        assert lookup is not None  # both imports have a lookup by reference (BulkKind.lookup)
        _how_to_look_up(lookup, unknown, args)
        return EXIT_UNKNOWN
    return EXIT_OK if len(report.with_status(CREATED)) == len(report.outcomes) else EXIT_BUSINESS


def _wait_between_lookups(seconds: float) -> None:
    """The pause between lookups of a chunk whose answer was lost: OC may still be processing."""
    time.sleep(seconds)


class _ProgressLine:
    """The job's progress on stderr: one line rewritten on a terminal, else a line when sending
    starts and then every PROGRESS_EVERY seconds."""

    def __init__(self) -> None:
        self.terminal = sys.stderr.isatty()
        self.last = -math.inf
        self.shown = False

    def __call__(self, done: int, total: int, text: str) -> None:
        sent = translate("cli", "{text} ({done} of {total} sent)")
        line = sent.format(text=text, done=f"{done:,}", total=f"{total:,}") if total else text
        if self.terminal:
            print(f"\r{line}\x1b[K", end="", file=sys.stderr, flush=True)
            self.shown = True
        elif time.monotonic() - self.last >= PROGRESS_EVERY or (total and not done):
            print(line, file=sys.stderr)
            self.last = time.monotonic()

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def cmd_label(args: argparse.Namespace) -> int:
    """Fetch a label; write its PDF (--out) and/or print it (--print) through the GUI's code."""
    from ocdesk.api import catalog

    endpoint = _endpoint(args.endpoint_id)
    if endpoint.label is None:
        with_labels = ", ".join(e.id for e in catalog.business_endpoints() if e.label)
        raise InputError(f"{endpoint.id} returns no label; label endpoints: {with_labels}")
    if not (args.out or args.print):
        raise InputError("say where the label goes: --out FILE.pdf, --print PRINTER, or both")
    out = _out_file(args.out) if args.out else None  # before a create is sent, not after
    if not 1 <= args.copies <= MAX_COPIES:
        raise InputError(f"--copies must be from 1 to {MAX_COPIES}, not {args.copies}")
    if args.print:
        args.print = _printer(args.print)
    data = _read_data(args.data)
    session = _open_session(args)
    try:
        labels = _send(session, endpoint, data, args).labels()
    except OutcomeUnknown as exc:
        return _report_unknown(exc, args)
    if not labels:
        print("error: OC answered without a label file.", file=sys.stderr)
        return EXIT_BUSINESS
    if out is not None:
        _write_labels(labels, out)
    if args.print:
        return _print_labels(labels, args, session.profile.name)
    return EXIT_OK


def _printer(printer: str) -> str:
    """--print checked before anything is sent: a label printer's address must be usable, and
    is written the one way the print history keeps it."""
    from ocdesk.labels.raw.address import AddressError, parse_address

    try:
        address = parse_address(printer)
    except AddressError as exc:
        raise InputError(f"--print: {exc} Nothing was sent.") from exc
    return printer if address is None else str(address)


def _out_file(out: str, option: str = "--out", example: str = "label.pdf") -> Path:
    """`--out` (or `option`) checked before anything is sent or fetched: a file name in a folder
    that exists and may be written."""
    path = Path(out)
    if path.is_dir():
        raise InputError(
            f"{option} {out} is a folder, not a file (e.g. {path / example}); nothing was sent"
        )
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{option}: {folder} is a file, not a folder; nothing was sent")
    if not folder.is_dir():
        raise InputError(f"{option}: the folder {folder} does not exist; nothing was sent")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InputError(f"{option}: {out} cannot be written (permission denied); nothing was sent")
    return path


def _write_labels(labels: list[LabelFile], out: Path) -> None:
    """One label to `out`; several to numbered files beside it."""
    for index, label in enumerate(labels):
        target = out if len(labels) == 1 else out.with_stem(f"{out.stem}-{index + 1}")
        try:
            target.write_bytes(label.pdf)
        except OSError as exc:
            if target.is_file():  # half a PDF would pass for a label
                target.unlink()
            raise InputError(f"--out: could not write {target}: {exc.strerror}") from exc
        print(f"{target}  {label.number or label.name}  {len(label.pdf):,} bytes")


def _print_labels(labels: list[LabelFile], args: argparse.Namespace, profile: str) -> int:
    from ocdesk.labels.cli_print import print_from_cli

    try:
        with _open_store() as db:
            outcomes = print_from_cli(
                labels, args.print, args.preset, args.via, args.copies, db,
                endpoint_id=args.endpoint_id, profile=profile, who=_operator_of(args),
            )  # fmt: skip
    except (ValueError, KeyError) as exc:
        raise InputError(str(exc.args[0] if exc.args else exc)) from exc
    failed = 0
    for label, outcome in zip(labels, outcomes, strict=True):
        where = f"job {outcome.job_id}" if outcome.job_id else outcome.message
        state = "printed" if outcome.ok else "NOT printed"
        print(f"{label.number or label.name}: {state} on {args.print} ({where})")
        if outcome.note:
            print(f"warning: {outcome.note}", file=sys.stderr)
        failed += not outcome.ok
    if failed:
        print(f"error: {failed} label(s) did not print; see above.", file=sys.stderr)
        return EXIT_NETWORK
    return EXIT_OK


def cmd_find(args: argparse.Namespace) -> int:
    """Find what a number names, as the console's lookup bar does: the local index of recent
    orders and returns (refreshed first), then OC. Exit 0 when found, 1 when nothing is."""
    from ocdesk.api.identifiers import IdKind
    from ocdesk.jobs.number_search import lookup, read_number
    from ocdesk.jobs.record_index import index_for

    if read_number(args.number)[0] is IdKind.EMPTY:
        raise InputError("give the number to find, e.g. an order, return or tracking number")
    session = _open_session(args)
    index = index_for(_open_store(), session.profile)
    _refresh_index(session, index)
    outcome = lookup(session.client.call, args.number, index)
    found = [_found(match) for match in outcome.matches]
    if args.json:
        _print_json(found)
    for line in [] if args.json else found:
        tracking = ", ".join(line["tracking"]) or "-"
        seen = line["as_last_seen"]
        seen = f"  (OC not reached: as it was at {seen})" if seen else ""
        print(f"{_KIND_WORDS.get(line['kind'], line['kind']):15} {line['number']:20} "
              f"{line['status'].replace('_', ' ') or '-':14} reference {line['reference'] or '-'}"
              f"  tracking {tracking}{seen}")  # fmt: skip
    for failure in outcome.failures:
        print(f"warning: not everything could be searched: {failure}", file=sys.stderr)
    state = outcome.index
    kept = (f"the {state.count:,} orders and returns of the last 90 days kept on this computer "
            f"(updated {_clock(state.refreshed_at)})" if state is not None else "")  # fmt: skip
    if outcome.from_index:
        print(f"Found in {kept}.", file=sys.stderr)
    if not found:
        where = f"{kept} and OC" if kept else "OC"
        print(f"Nothing has the number {outcome.text!r} (searched {where}).", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK


_KIND_WORDS = {"outbound": "outbound order", "inbound": "inbound order", "vas": "VAS order",
               "mfskuid": "SKU"}  # fmt: skip


def _refresh_index(session: Session, index: RecordIndex) -> None:
    """Bring the index up to date; when OC will not, say why on stderr and search it as it is."""
    from ocdesk.jobs.record_index import refresh

    try:
        refreshed = refresh(session.client.call, index)
        if refreshed is not None and refreshed.note:
            print(f"warning: while updating the list of recent orders and returns: "
                  f"{refreshed.note}", file=sys.stderr)  # fmt: skip
    except AuthError:
        raise
    except OcError as exc:
        state = index.state()
        held = (f"it holds what it had at {_clock(state.refreshed_at)}" if state is not None
                else "it is empty, so only OC is searched")  # fmt: skip
        print(f"warning: the list of recent orders and returns could not be updated ({exc}); "
              f"{held}.", file=sys.stderr)  # fmt: skip


def _found(match: Match) -> dict[str, Any]:
    """One match as `find` prints it (and as --json lists it)."""
    from ocdesk.jobs.record_fields import card_data

    card = card_data(match)
    return {
        "kind": str(match.kind),
        "number": match.number,
        "status": card.status,
        "reference": card.reference,
        "ebay_order_id": card.ebay_order_id,
        "tracking": [parcel.tracking_number for parcel in card.parcels],
        "as_last_seen": _clock(match.seen_at) if match.seen_at is not None else None,
    }


def _clock(epoch: float) -> str:
    """A local time as the desk reads it: 14:02 today, 2026-12-04 14:02 another day."""
    from datetime import datetime

    when = datetime.fromtimestamp(epoch)
    same_day = when.date() == datetime.now().date()
    return when.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def cmd_history(args: argparse.Namespace) -> int:
    """Every label print and failed attempt on record, newest first, as the desk's History."""
    from ocdesk import cli_lists
    from ocdesk.labels.history import PrintHistory

    try:
        since = cli_lists.parse_since(args.since) if args.since is not None else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    _check_limit(args.limit)
    with _open_store() as db:
        records = PrintHistory(db).newest(args.limit, number=args.number, since=since)
    nothing = f"No label prints recorded{_filtered(args, 'number', 'since')}."
    return _show_list(args, records, cli_lists.history_json, cli_lists.history_table, nothing)


def cmd_inbox(args: argparse.Namespace) -> int:
    """OC's status callbacks received (by `ocdesk serve` or a desk's receiver), newest first."""
    from ocdesk import cli_lists
    from ocdesk.webhook.inbox import WebhookInbox

    _check_limit(args.limit)
    with _open_store() as db:
        entries = WebhookInbox(db).newest(
            args.limit, unhandled_only=args.unhandled, order_number=args.order
        )
    nothing = f"No callbacks received{_filtered(args, 'order', 'unhandled')}."
    return _show_list(args, entries, cli_lists.inbox_json, cli_lists.inbox_table, nothing)


def _show_list[T](
    args: argparse.Namespace,
    items: Sequence[T],
    as_json: Callable[[Sequence[T]], list[dict[str, Any]]],
    as_table: Callable[[Sequence[T]], list[str]],
    nothing: str,
) -> int:
    """A list for scripts (--json, [] when empty) or people (a table, or `nothing` on stderr)."""
    if args.json:
        _print_json(as_json(items))
    elif items:
        print("\n".join(as_table(items)))
    else:
        print(nothing, file=sys.stderr)
    return EXIT_OK


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise InputError(f"--limit must be 1 or more, not {limit}")


def _filtered(args: argparse.Namespace, *options: str) -> str:
    """ " with --number X" and the like: the filters that left nothing to list."""
    given = [(name, getattr(args, name)) for name in options if getattr(args, name)]
    return "".join(f" with --{name}" + ("" if value is True else f" {value}")
                   for name, value in given)  # fmt: skip


def cmd_serve(args: argparse.Namespace) -> int:
    """The webhook receiver without a window, writing into the store's inbox until stopped."""
    from ocdesk.webhook.receiver import ReceiverError, ReceiverSettings
    from ocdesk.webhook.service import WebhookService, serve_until_stopped

    given = {"host": args.host, "port": args.port, "path": args.path,
             "max_body_bytes": args.max_kb * 1024 if args.max_kb is not None else None}  # fmt: skip
    client_key, secret_key = _receiver_keys(args)
    try:
        settings = ReceiverSettings(
            **{name: value for name, value in given.items() if value is not None},
            client_key=client_key, secret_key=secret_key, allow_remote=args.allow_remote,
        )  # fmt: skip
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    db = _open_store()
    _log_to_stdout()
    try:
        serve_until_stopped(WebhookService(settings, db))
    except ReceiverError as exc:
        db.close()
        raise InputError(str(exc)) from exc
    return EXIT_OK


def _receiver_keys(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The client id and secret OC signs callbacks with, as the console's receiver takes them:
    the profile's (its secret from OCDESK_CLIENT_SECRET, --secret-stdin or where it is kept), or
    a sandbox's demo account; none with --no-signature-check."""
    if args.no_signature_check:
        return None, None
    if args.sandbox_url:
        from ocdesk.session import sandbox_info

        info = sandbox_info(args.sandbox_url)
        return info["client_id"], info["client_secret"]
    from ocdesk.store.secrets import SecretStore

    profiles = _profile_store()
    profile = profiles.get(args.profile) if args.profile else profiles.current
    if profile is None:
        wanted = f"no profile {args.profile!r}" if args.profile else "no current profile"
        raise InputError(
            f"There is {wanted}, whose keys check OC's signature. Add one with `ocdesk profiles "
            "add`, name it with --profile, or accept unsigned callbacks with --no-signature-check."
        )
    store = SecretStore()
    secret = _given_secret(args) or store.get(profile.name, "client_secret")
    if not secret:
        raise InputError(
            f"The client secret of profile {profile.name!r} is not kept on this computer, and "
            f"OC's signature cannot be checked without it: {HOW_TO_KEEP}"
        )
    return profile.client_id, secret


def _log_to_stdout() -> None:
    """The service's log, one line per event on stdout (where systemd's journal reads it),
    with secrets masked as in the log file, which it also goes to."""
    import logging

    from ocdesk.store.logs import setup_logging

    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # each line as it happens, also into a pipe
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           "%Y-%m-%dT%H:%M:%S%z"))  # fmt: skip
    logging.getLogger().addHandler(handler)
    setup_logging(_local_paths().log_dir)  # masks secrets on every handler, this one too


def cmd_login(args: argparse.Namespace) -> int:
    """Browser login: print the URL, open it where possible, read the pasted redirect."""
    import webbrowser

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
    from ocdesk.store.secrets import Kept, SecretStore

    profiles = _profile_store()
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
    import getpass

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
    from ocdesk.api import catalog

    for e in catalog.business_endpoints():
        effect = "" if e.effect is catalog.Effect.READ else f" [{e.effect}]"
        print(f"{e.id:28} {e.method:4} {e.path}  {e.title}{effect}")
    return EXIT_OK


def cmd_sandbox(args: argparse.Namespace) -> int:
    from ocdesk.sandbox.serve import serve

    if not 0 <= args.port <= MAX_PORT:
        raise InputError(f"--port must be from 0 (any free port) to {MAX_PORT}, not {args.port}")
    if args.until_stdin_closes:
        _stop_when_stdin_closes()
    try:
        return serve(args)
    except OSError as exc:
        raise InputError(_cannot_serve(args, exc)) from exc
    except (ValueError, KeyError) as exc:  # a --faults or --data-dir file it cannot use
        raise InputError(f"the sandbox could not start: {exc}") from exc


def _stop_when_stdin_closes() -> None:
    """End as on Ctrl+C once standard input closes: the console that started us has gone."""

    def watch() -> None:
        while sys.stdin.buffer.read(4096):
            pass
        signal.raise_signal(signal.SIGTERM)

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def _cannot_serve(args: argparse.Namespace, exc: OSError) -> str:
    """Why the sandbox could not listen (or read its files), in words."""
    import socket

    if isinstance(exc, socket.gaierror):
        return f"--host {args.host} is not an address this computer knows ({exc.strerror})"
    if exc.errno == errno.EADDRINUSE:
        return (
            f"port {args.port} on {args.host} is already in use; choose another --port, "
            "or --port 0 for any free one"
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"--host {args.host} is not an address of this computer"
    if exc.errno == errno.EACCES and exc.filename is None:
        return f"port {args.port} needs administrator rights; choose one above 1023"
    where = f"{exc.filename}: " if exc.filename else ""
    return f"the sandbox could not start: {where}{exc.strerror}"


def cmd_gui(args: argparse.Namespace) -> int:
    from ocdesk.gui.display import missing_display
    from ocdesk.gui.sandbox_launch import start_sandbox_child

    no_display = missing_display()
    if no_display:  # asked first: Qt would abort, and a demo sandbox would start for nothing
        print(no_display, file=sys.stderr)
        return 1
    # The demo sandbox's child boots while the window is imported and built.
    child = start_sandbox_child() if args.sandbox else None
    import PySide6.QtCore  # noqa: F401 (first: then PySide's look at each later import is cheap)

    from ocdesk.gui.pyside_imports import read_sources_cheaply

    read_sources_cheaply()
    from ocdesk.gui.app import run  # automatic garbage collection is off by now (ocdesk.entry)

    return run(
        sandbox_child=child,
        sandbox_url=args.sandbox_url,
        profile=args.profile,
        exit_when_ready=args.exit_when_ready,
    )


# --- argument parsing ----------------------------------------------------------------------------
def _add_target(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    # A subcommand's own default must not undo `ocdesk --sandbox-url URL call ...`.
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--profile", default=default, help="saved profile to use (default: the current one)"
    )
    group.add_argument(
        "--sandbox-url",
        default=default,
        help="a running `ocdesk sandbox` (http://...); logs in to its demo account",
    )


def _add_operator(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--operator", metavar="NAME", default=default,
        help="who prints and writes are recorded under (default: $OCDESK_OPERATOR, else the "
        "name the console was given, else your login name)",
    )  # fmt: skip
    parser.add_argument(
        "--workstation", metavar="NAME", default=default,
        help="the desk they are recorded at (default: $OCDESK_WORKSTATION, else the console's, "
        "else the computer's name)",
    )  # fmt: skip


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


def _add_limit(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--limit", type=int, default=DEFAULT_LIST_LIMIT, metavar="N",
        help=f"list the newest N {what} (default {DEFAULT_LIST_LIMIT})",
    )  # fmt: skip


def _add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    """Options left out keep the receiver's own defaults (webhook.receiver.ReceiverSettings),
    which are not imported here: every start of ocdesk parses its command line."""
    options: list[tuple[str, dict[str, Any]]] = [
        ("--host", {"help": "address to listen on (default 127.0.0.1, behind a reverse proxy)"}),
        ("--port", {"type": int, "help": "port to listen on (default 8787; 0 = any free one)"}),
        ("--path", {"help": "the callback path OC posts to (default /oc/webhook/outbound)"}),
        ("--allow-remote", {"action": "store_true",
                            "help": "allow a --host that other machines reach"}),
        ("--max-kb", {"type": int, "help": "largest callback accepted, in KB (default 256)"}),
    ]  # fmt: skip
    for flag, settings in options:
        serve.add_argument(flag, **settings)
    keys = serve.add_mutually_exclusive_group()  # whose keys check OC's signature
    keys.add_argument("--profile", default=argparse.SUPPRESS,
                      help="the profile whose client id and secret OC signs with (default: the "
                      "current one)")  # fmt: skip
    keys.add_argument("--sandbox-url", default=argparse.SUPPRESS,
                      help="a running `ocdesk sandbox`, whose demo keys sign its "
                      "callbacks")  # fmt: skip
    keys.add_argument("--no-signature-check", action="store_true",
                      help="accept callbacks without OC's signature (only behind a proxy that "
                      "checks them)")  # fmt: skip
    _add_secret_stdin(serve)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """ocdesk's options and, unless `commands` is False (the console's start), its commands."""
    parser = argparse.ArgumentParser(
        prog="ocdesk", description="Desk console for the OrangeConnex fulfillment Open API."
    )
    _add_target(parser, top_level=True)
    _add_operator(parser, top_level=True)
    parser.add_argument(
        "--sandbox", action="store_true", help="open the console on the embedded OC sandbox"
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the messages on stderr, e.g. zh_CN or en (default: the locale's); "
        "the JSON output never changes",
    )
    # For the start-up benchmark: quit as soon as the first data is on screen.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    call = sub.add_parser("call", help="send one API call and print OC's response as JSON")
    call.add_argument(
        "endpoint_id", help="catalog id, e.g. outbound.query (see `ocdesk endpoints`)"
    )
    call.add_argument("--data", help="the envelope's data: JSON, @file.json, or - for stdin")
    _add_target(call)
    _add_operator(call)
    _add_secret_stdin(call)
    call.set_defaults(func=cmd_call)

    label = sub.add_parser("label", help="fetch a label; write it as a PDF and/or print it")
    label.add_argument("endpoint_id", help="sku.label, inbound.labels, returns.label, ...")
    label.add_argument("--data", help="JSON, @file.json, or -")
    label.add_argument("--out", help="PDF file to write")
    label.add_argument("--print", metavar="PRINTER",
                       help="print on this printer: its name (see lpstat -p), or a label "
                            "printer's address: zpl://HOST[:PORT], tspl://HOST[:PORT], "
                            "zpl:///dev/usb/lp0 (add ?dpi=300 for a 300 dpi printer)")  # fmt: skip
    label.add_argument(
        "--preset", help="media preset, e.g. 100x150@203, 60x30@300, A6, A4 (default: label's size)"
    )
    label.add_argument("--via", choices=("qt", "cups"), default="qt",
                       help="render with Qt at the printer's dots, or send the PDF itself to CUPS")  # fmt: skip
    label.add_argument("--copies", type=int, default=1)
    _add_target(label)
    _add_operator(label)
    label.set_defaults(func=cmd_label)

    imports = sub.add_parser(
        "import", help="create the orders or SKUs of a CSV or Excel file, as the console does"
    )
    imports.add_argument("endpoint_id", metavar="ENDPOINT", choices=IMPORTS,
                         help="outbound.create or sku.create")  # fmt: skip
    imports.add_argument("file", metavar="FILE", help="CSV (any encoding Excel saves) or .xlsx")
    imports.add_argument("--sheet", metavar="NAME", help="the .xlsx sheet (default: the first)")
    imports.add_argument("--dry-run", action="store_true",
                         help="check every row and print the problems; send nothing")  # fmt: skip
    imports.add_argument("--report", metavar="OUT",
                         help="write one line per row (outcome, OC number, message) to "
                         "OUT.csv or OUT.xlsx")  # fmt: skip
    _add_target(imports)
    _add_operator(imports)
    _add_secret_stdin(imports)
    imports.set_defaults(func=cmd_import)

    find = sub.add_parser(
        "find", help="find an order, return, inbound, VAS order or SKU by any of its numbers"
    )
    find.add_argument("number", help="OC number, tracking number, eBay order id, your reference, "
                      "SKU id or seller SKU (case and spaces ignored)")  # fmt: skip
    find.add_argument("--json", action="store_true", help="print the matches as a JSON list")
    _add_target(find)
    find.set_defaults(func=cmd_find)

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

    history = sub.add_parser("history", help="list the labels printed (and failed prints), "
                             "newest first")  # fmt: skip
    history.add_argument("--json", action="store_true", help="print them as a JSON list")
    history.add_argument("--number", help="only the prints of this label number")
    history.add_argument("--since", metavar="ISO",
                         help="only prints from this date or time on, e.g. 2026-12-06 or "
                         "2026-12-06T14:00 (local time unless an offset is given)")  # fmt: skip
    _add_limit(history, "prints")
    history.set_defaults(func=cmd_history)

    inbox = sub.add_parser("inbox", help="list OC's status callbacks received, newest first")
    inbox.add_argument("--json", action="store_true", help="print them as a JSON list")
    inbox.add_argument("--unhandled", action="store_true", help="only those not handled yet")
    inbox.add_argument("--order", metavar="NUMBER", help="only the callbacks of this order")
    _add_limit(inbox, "callbacks")
    inbox.set_defaults(func=cmd_inbox)

    serve = sub.add_parser("serve", help="receive OC's callbacks without a window, until stopped")
    _add_serve_arguments(serve)
    serve.set_defaults(func=cmd_serve)

    endpoints = sub.add_parser("endpoints", help="list the API endpoints by id")
    endpoints.set_defaults(func=cmd_endpoints)

    sandbox = sub.add_parser("sandbox", help="run the OC emulator until stopped")
    from ocdesk.sandbox.serve import add_arguments

    add_arguments(sandbox)
    sandbox.add_argument("--until-stdin-closes", action="store_true",
                         help="stop when standard input closes (how the console runs its own)")  # fmt: skip
    sandbox.set_defaults(func=cmd_sandbox)
    return parser


def main(argv: Sequence[str] | None = None, *, commands: bool = True) -> int:
    """Run one command; every failure ends as one line on stderr and a documented exit code.

    `commands=False` is the console's start (`ocdesk.entry` knows it from the arguments): its
    parser needs none of the commands, whose building the window would wait for."""
    _give_stdin_an_end()
    try:
        args = build_parser(commands=commands).parse_args(argv)
        _check_arguments(args)
        _use_language(args.lang)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except StoreUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except _login_refusals() as exc:  # evaluated only when something was raised
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except OcError as exc:
        return _report_error(exc)
    except DatabaseError as exc:  # the shared database went away while the command ran
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except EOFError:  # a prompt is left unanswered on its line: the message starts below it
        print(
            "\nerror: the input ended (Ctrl-D, or standard input is closed) before ocdesk had "
            "its answer; nothing was saved.",
            file=sys.stderr,
        )
        return EXIT_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (`| head`): nothing more to say to anyone.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except Exception as exc:  # the last resort: one line here, the traceback in the log
        return _internal_error(exc)
    finally:
        from ocdesk import translation

        translation.uninstall()


def _use_language(chosen: str | None) -> None:
    """Messages in `--lang`, else in the locale's language (LC_ALL, LC_MESSAGES, LANG, in the
    order POSIX gives them) when ocdesk has that translation; English otherwise. The `error:`
    and `hint:` words scripts look for, the exit codes and JSON output stay as they are."""
    from ocdesk import translation

    language = chosen or next(
        (os.environ[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(n)), ""
    )
    catalog = translation.catalog_for(language)
    if catalog is not None:
        translation.install_for_cli(catalog)
    elif chosen and not translation.is_english(chosen):
        raise InputError(
            f"--lang {chosen}: ocdesk has no messages in that language; use zh_CN or en"
        )


def _login_refusals() -> tuple[type[Exception], ...]:
    """The pasted-login mistakes `ocdesk login` reports as an auth failure."""
    from ocdesk.api.oauth import CodeNotFound, StateMismatch

    return (StateMismatch, CodeNotFound)


def _give_stdin_an_end() -> None:
    """A closed standard input reads as empty, so a prompt ends in EOFError, not a crash."""
    if sys.stdin is None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")


# Options naming files may be any bytes the file system allows; every other one is text that
# ends up in a request, the settings or a message, so it must be valid Unicode.
_FILE_OPTIONS = frozenset({"out", "data", "data_dir", "faults", "file", "report"})
_POSITIONALS = {
    "endpoint_id": "the endpoint id",
    "name": "the profile name",
    "number": "the number",
}


def _check_arguments(args: argparse.Namespace) -> None:
    for name, value in vars(args).items():
        if name not in _FILE_OPTIONS and isinstance(value, str) and not _is_unicode(value):
            option = _POSITIONALS.get(name, "--" + name.replace("_", "-"))
            raise InputError(f"{option} is not valid text (it holds bytes that are not UTF-8)")
    from ocdesk.store.operator import check_name

    for option in ("operator", "workstation"):
        if getattr(args, option) is not None:
            try:
                check_name(getattr(args, option))
            except ValueError as exc:
                raise InputError(f"--{option}: {exc}") from None
    if args.sandbox_url and not _is_http_url(args.sandbox_url):
        raise InputError(
            f"--sandbox-url must be an http:// address, such as http://127.0.0.1:8080 (the "
            f"base_url `ocdesk sandbox` prints), not {args.sandbox_url!r}"
        )


def _is_unicode(text: str) -> bool:
    """False for the lone surrogates Python makes of bytes on the command line that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_http_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _internal_error(exc: Exception) -> int:
    """Say what broke in one line; the traceback goes to the log (masked), not the terminal."""
    from ocdesk.store.logs import redact

    details = _log_traceback(exc)
    message = " ".join(redact(str(exc)).split())
    print(f"ocdesk: internal error: {type(exc).__name__}: {message}; details in {details}",
          file=sys.stderr)  # fmt: skip
    return EXIT_INTERNAL


def _log_traceback(exc: Exception) -> str:
    """The log file the traceback went to, or why there is none."""
    import logging

    from ocdesk.store.logs import setup_logging
    from ocdesk.store.paths import app_paths

    try:
        log_file = setup_logging(app_paths().ensure().log_dir)
    except OSError as log_error:
        return f"no log file (it could not be written: {log_error.strerror})"
    logging.getLogger("ocdesk.cli").error("Internal error", exc_info=exc)
    return str(log_file)

"""Writes from before (cut off by a crash, or left unknown): checked at OC once per start.

Once a profile is logged in, its open writes are looked up at OC on a worker
(`resolve_open_writes`) and the status bar says in words what was found. When nothing was open,
nothing is said.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar

from ocdesk.api import catalog
from ocdesk.gui.context import AppContext
from ocdesk.jobs.write_audit import Resolution, resolve_open_writes
from ocdesk.session import Session
from ocdesk.store.audit import WriteState


def _tr(text: str) -> str:
    return QCoreApplication.translate("EarlierWrites", text)


def resolution_words(resolution: Resolution) -> str:
    """One write from before in a desk user's words: `REF-1 created as OCO1`, `REF-2 not at OC`."""
    entry, verdict = resolution.entry, resolution.verdict
    keys = ", ".join(entry.key_numbers) or entry.endpoint_id
    if not resolution.settled:
        return _tr("{keys} still unknown ({why})").format(keys=keys, why=resolution.note)
    creates = catalog.get(entry.endpoint_id).creates
    if verdict.state == WriteState.NOT_DONE:
        return (_tr("{keys} not at OC") if creates else _tr("{keys} not done at OC")).format(
            keys=keys
        )
    found = (_tr("{ref} created as {number}") if creates else _tr("{ref} done ({number})"))
    words = [found.format(ref=ref, number=number) for ref, number in verdict.found]
    words += [_tr("{ref} not at OC").format(ref=ref) for ref in verdict.missing]
    return ", ".join(words)


def earlier_writes_text(resolutions: list[Resolution]) -> str:
    """The status bar's sentence for what the check found; empty when nothing was open."""
    if not resolutions:
        return ""
    count = len(resolutions)
    head = (_tr("1 write from before was checked at OC") if count == 1 else
            _tr("{count} writes from before were checked at OC").format(count=count))  # fmt: skip
    return f"{head}: {'; '.join(resolution_words(r) for r in resolutions)}"


class EarlierWrites(QObject):
    """Checks each profile's open writes once per start, after its session is logged in."""

    def __init__(self, context: AppContext, status: QStatusBar) -> None:
        super().__init__(status)
        self.context = context
        self.status = status
        self._checked: set[str] = set()
        context.sig_session_changed.connect(self._session_changed)
        self._session_changed(context.session)

    def _session_changed(self, session: Session | None) -> None:
        if session is None or not session.logged_in:
            return
        profile = session.profile.name
        if profile in self._checked:
            return
        self._checked.add(profile)
        call, audit = self.context.bound_caller(), self.context.stores.audit
        op = self.context.api.run(lambda: resolve_open_writes(call, audit, profile), owner=self)
        op.on_done(self._found).on_error(self._failed).start()

    def _found(self, resolutions: list[Resolution]) -> None:
        text = earlier_writes_text(resolutions)
        if text:
            self.status.showMessage(text)

    def _failed(self, error: Exception) -> None:
        self.status.showMessage(
            _tr("Writes from before could not be checked at OC: {error}").format(error=error)
        )

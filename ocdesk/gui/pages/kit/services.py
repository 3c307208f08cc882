"""OC's warehouse service list, cached per profile, and the region / service drop-downs built on it.

Every tab that asks for a `serviceRegion` or a `shippingServiceCode` uses `RegionCombo` and
`ServiceCombo`; they read one `ServiceCache` per context, so the list is fetched once and is on
screen at the next start before OC has answered.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ocdesk.api import lenient
from ocdesk.gui.context import AppContext
from ocdesk.gui.ops import Op

ENDPOINT = "warehouse.services"
CACHE_KIND = "warehouse.services"
MAX_AGE_S = 24 * 3600  # OC adds services rarely; a day-old list is still right
FALLBACK_LANGUAGE = "en-US"
LANGUAGES = ("en-US", "de-DE", "zh-CN", "it-IT")  # the languages OC names services in
_ATTRIBUTE = "_ocdesk_service_cache"


def system_language() -> str:
    """The user's language as OC spells it: Qt's `de_DE` becomes `de-DE`."""
    return QLocale().name().replace("_", "-")


@dataclass(frozen=True)
class Service:
    """One shipping service of one region, with its names per language."""

    region: str
    code: str
    names: Mapping[str, str] = field(default_factory=dict)
    platforms: str = ""  # OC's applyPlatform, e.g. "0,1"; its meaning is undocumented

    def name(self, language: str) -> str:
        """The name in `language`, else in a sibling language (de-AT -> de-DE), en-US, the code."""
        if language in self.names:
            return self.names[language]
        prefix = language.split("-")[0].lower()
        for lang, name in self.names.items():
            if lang.split("-")[0].lower() == prefix:
                return name
        return self.names.get(FALLBACK_LANGUAGE) or self.code


def parse_services(rows: list[dict[str, Any]]) -> list[Service]:
    """The services of OC's answer (§7.1), in OC's order; rows without a code are skipped."""
    services: list[Service] = []
    for row in rows:
        region = str(lenient.get(row, "serviceRegion") or "").strip()
        for product in lenient.get(row, "productList") or []:
            code = str(lenient.get(product, "shippingServiceCode") or "").strip()
            if not region or not code:
                continue
            names: dict[str, str] = {}
            platforms = ""
            for entry in lenient.get(product, "shippingServiceNameList") or []:
                language = str(lenient.get(entry, "language") or "")
                names[language] = str(lenient.get(entry, "shippingServiceName") or code)
                platforms = platforms or str(lenient.get(entry, "applyPlatform") or "")
            services.append(Service(region, code, names, platforms))
    return services


class ServiceCache(QObject):
    """The current profile's service list: from the local database at once, from OC when stale.

    `sig_changed` fires whenever the list (or the profile it belongs to) changes. `refresh()`
    asks OC now; `sig_failed(error)` reports a refresh that did not work (the old list stays).
    """

    sig_changed = Signal()
    sig_failed = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.language = system_language()
        self.fetched_at: float | None = None
        self.last_error: Exception | None = None
        self._services: list[Service] = []
        self._profile: str | None = None
        self._refreshing: Op[Any] | None = None
        self._refreshing_for: str | None = None  # the profile the running request is for
        context.sig_session_changed.connect(self._on_session_changed)
        self._on_session_changed(context.session)

    # --- reading -----------------------------------------------------------------------------

    def regions(self) -> list[str]:
        """The regions (warehouses) OC offers, in OC's order."""
        return list(dict.fromkeys(s.region for s in self._services))

    def services(self, region: str, language: str | None = None) -> list[tuple[str, str]]:
        """(code, name) of `region`'s services, named in `language` (default: the user's)."""
        lang = language or self.language
        return [(s.code, s.name(lang)) for s in self._services if s.region == region]

    def entries(self, region: str | None = None) -> list[Service]:
        """The full service records, of one region or of all."""
        return [s for s in self._services if region is None or s.region == region]

    def name_of(self, code: str, language: str | None = None) -> str:
        """The name of service `code` in the user's language; the code itself when unknown."""
        found = next((s for s in self._services if s.code == code), None)
        return found.name(language or self.language) if found else code

    def age_s(self) -> float | None:
        """Seconds since the list was fetched from OC; None when it never was."""
        return None if self.fetched_at is None else max(0.0, time.time() - self.fetched_at)

    def is_stale(self) -> bool:
        age = self.age_s()
        return age is None or age > MAX_AGE_S

    @property
    def refreshing(self) -> bool:
        return self._refreshing is not None and self._refreshing.running

    # --- loading and refreshing --------------------------------------------------------------

    def refresh(self) -> Op[Any]:
        """Fetch the list from OC now (one request at a time per profile); the op is started.

        A request still running for another profile (or for none, asked before the session
        arrived) is not this profile's: its answer will be dropped, so a new one is sent.
        """
        profile = self._profile
        current = self._refreshing
        if current is not None and current.running and self._refreshing_for == profile:
            return current
        op = self.context.api.request(ENDPOINT, None, owner=self)
        op.on_done(lambda result: self._adopt_answer(profile, result.rows()))
        op.on_error(self._on_refresh_failed)
        self._refreshing, self._refreshing_for = op, profile
        return op.start()

    def _on_session_changed(self, session: Any) -> None:
        profile = session.profile.name if session is not None else None
        if profile == self._profile and self._services:
            if self.is_stale() and session.logged_in:
                self.refresh()
            return
        self._profile = profile
        self._services, self.fetched_at = [], None
        self.sig_changed.emit()
        if profile is None:
            return
        db = self.context.stores.db
        op = self.context.api.run(lambda: _load(db, profile), owner=self)
        op.on_done(lambda cached: self._adopt_cached(profile, cached)).start()

    def _adopt_cached(
        self, profile: str, cached: tuple[list[dict[str, Any]], float] | None
    ) -> None:
        if profile != self._profile:
            return  # the user switched profile while the database was read
        if cached is not None:
            rows, self.fetched_at = cached
            self._services = parse_services(rows)
            self.sig_changed.emit()
        session = self.context.session
        if self.is_stale() and session is not None and session.logged_in:
            self.refresh()

    def _adopt_answer(self, profile: str | None, rows: list[dict[str, Any]]) -> None:
        self.last_error = None
        if profile != self._profile or profile is None:
            return
        self._services, self.fetched_at = parse_services(rows), time.time()
        self.sig_changed.emit()
        db, fetched_at = self.context.stores.db, self.fetched_at
        self.context.api.run(lambda: _save(db, profile, rows, fetched_at)).start()

    def _on_refresh_failed(self, error: Exception) -> None:
        self.last_error = error
        self.sig_failed.emit(error)


def _key(profile: str) -> str:
    return f"{CACHE_KIND}:{profile}"


def _load(db: Any, profile: str) -> tuple[list[dict[str, Any]], float] | None:
    """Runs on a worker: the cached answer and when it was fetched, or None."""
    found = db.query("SELECT body, fetched_at FROM lookup_cache WHERE key = ?", (_key(profile),))
    if not found:
        return None
    try:
        rows = json.loads(found[0]["body"])
    except ValueError:
        return None  # a damaged entry is simply fetched again
    return (rows, float(found[0]["fetched_at"])) if isinstance(rows, list) else None


def _save(db: Any, profile: str, rows: list[dict[str, Any]], fetched_at: float) -> None:
    """Runs on a worker: keep OC's answer for the next start."""
    db.execute(
        "INSERT INTO lookup_cache (key, kind, body, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT"
        " (key) DO UPDATE SET kind = excluded.kind, body = excluded.body,"
        " fetched_at = excluded.fetched_at",
        (_key(profile), CACHE_KIND, json.dumps(rows, ensure_ascii=False), fetched_at),
    )


def service_cache(context: AppContext) -> ServiceCache:
    """The context's one ServiceCache, made on first use."""
    cache = getattr(context, _ATTRIBUTE, None)
    if cache is None:
        cache = ServiceCache(context)
        setattr(context, _ATTRIBUTE, cache)
    return cache


# --- drop-downs ------------------------------------------------------------------------------


def editor_of(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box (only editable ones have one)."""
    editor = combo.lineEdit()
    if editor is None:
        raise ValueError("the combo box is not editable")
    return editor


class RegionCombo(QComboBox):
    """The known regions plus free text: OC may open a warehouse the cached list lacks yet."""

    sig_region_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = service_cache(context)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(10)
        editor_of(self).setPlaceholderText(self.tr("e.g. DE, UK"))
        self.setToolTip(self.tr("Warehouse region (pick one, or type a region OC has added)"))
        self.currentTextChanged.connect(lambda text: self.sig_region_changed.emit(text.strip()))
        self.cache.sig_changed.connect(self._fill)
        self._fill()

    def region(self) -> str:
        return self.currentText().strip()

    def set_region(self, region: str) -> None:
        index = self.findText(region)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(region)

    def _fill(self) -> None:
        kept = self.region()
        self.blockSignals(True)
        self.clear()
        self.addItems(self.cache.regions())
        self.blockSignals(False)
        self.set_region(kept)
        self.sig_region_changed.emit(self.region())


class ServiceCombo(QComboBox):
    """The services of the region chosen in `region_combo`, shown as "code: name"; editable.

    `code()` is the service code to send: the chosen item's, or whatever the user typed.
    """

    def __init__(
        self, context: AppContext, region_combo: RegionCombo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cache = service_cache(context)
        self.region_combo = region_combo
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        editor_of(self).setPlaceholderText(self.tr("service code"))
        self.setToolTip(self.tr("Shipping service (pick one, or type a code)"))
        region_combo.sig_region_changed.connect(self._fill)
        self.cache.sig_changed.connect(self._fill)
        self._fill()

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if index >= 0 else text

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)

    def _fill(self) -> None:
        kept = self.code()
        self.blockSignals(True)
        self.clear()
        for code, name in self.cache.services(self.region_combo.region()):
            self.addItem(code if name == code else f"{code}: {name}", code)
        self.blockSignals(False)
        self.set_code(kept)

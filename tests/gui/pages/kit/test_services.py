"""The shared service cache and its drop-downs, against the sandbox's service list."""

from __future__ import annotations

from typing import Any

import requests
from label_checks import gui_context  # noqa: E402

from ocdesk.gui.pages.kit.services import RegionCombo, ServiceCombo, service_cache


def _service_calls(sandbox: Any) -> int:
    received = requests.get(f"{sandbox.base_url}/__emu/requests", timeout=5).json()
    items = received if isinstance(received, list) else received.get("requests", [])
    return sum(1 for r in items if r.get("endpoint_id") == "warehouse.services")


def test_cache_fills_from_oc_and_survives_a_new_context(qtbot, shared_sandbox, oc_session):
    with gui_context(oc_session) as ctx:
        cache = service_cache(ctx)
        assert service_cache(ctx) is cache  # one per context
        qtbot.waitUntil(lambda: "AU-MEL" in cache.regions(), timeout=10_000)
        assert "DE" in cache.regions() and "US-East" in cache.regions()
        codes = [code for code, _ in cache.services("DE")]
        assert "DEDomesticStandard" in codes
        assert cache.age_s() is not None and not cache.is_stale()
        # the answer is written to the database in the background
        qtbot.waitUntil(
            lambda: bool(ctx.stores.db.query("SELECT key FROM lookup_cache")), timeout=5_000
        )
    calls_before = _service_calls(shared_sandbox)
    assert calls_before >= 1
    with gui_context(oc_session) as ctx:
        cache = service_cache(ctx)
        qtbot.waitUntil(lambda: "DE" in cache.regions(), timeout=5_000)
        assert [c for c, _ in cache.services("DE")] == codes
        ctx.api.shutdown(5_000)
    assert _service_calls(shared_sandbox) == calls_before  # a fresh list is not fetched again


def test_names_follow_the_language(qtbot, oc_session):
    with gui_context(oc_session) as ctx:
        cache = service_cache(ctx)
        qtbot.waitUntil(lambda: bool(cache.regions()), timeout=10_000)
        english = dict(cache.services("DE", "en-US"))["DEDomesticStandard"]
        german = dict(cache.services("DE", "de-DE"))["DEDomesticStandard"]
        chinese = dict(cache.services("DE", "zh-CN"))["DEDomesticStandard"]
        assert len({english, german, chinese}) == 3
        # a sibling language borrows its family's name; an unknown one falls back to English
        assert dict(cache.services("DE", "de-AT"))["DEDomesticStandard"] == german
        assert dict(cache.services("DE", "fr-FR"))["DEDomesticStandard"] == english
        cache.language = "de-DE"
        assert cache.name_of("DEDomesticStandard") == german
        assert cache.name_of("NoSuchService") == "NoSuchService"


def test_combos_offer_the_region_services_and_keep_typed_values(qtbot, oc_session):
    with gui_context(oc_session) as ctx:
        cache = service_cache(ctx)
        regions = RegionCombo(ctx)
        services = ServiceCombo(ctx, regions)
        qtbot.addWidget(regions)
        qtbot.addWidget(services)
        qtbot.waitUntil(lambda: regions.count() > 3, timeout=10_000)
        regions.set_region("UK")
        assert services.count() == len(cache.services("UK"))
        services.set_code("GBDomesticExpress")
        assert services.code() == "GBDomesticExpress"
        assert "GBDomesticExpress" in services.currentText()
        # values OC added after the list was fetched are kept as typed
        regions.set_region("PL")
        assert regions.region() == "PL" and services.count() == 0
        services.set_code("PLDomesticStandard")
        cache.sig_changed.emit()  # a refresh must not lose what the user typed
        assert regions.region() == "PL"
        assert services.code() == "PLDomesticStandard"


def test_a_refresh_asked_before_the_session_came_does_not_swallow_the_profiles_list(
    qtbot, oc_session
):
    """A tab built before the login asks for the list with no profile yet; when the session
    arrives, the profile's own request is sent, not folded into that one (whose answer is
    dropped), so the Warehouse tab is never left empty."""
    with gui_context(None) as ctx:
        cache = service_cache(ctx)
        early = cache.refresh()  # no profile yet: its answer belongs to nobody
        ctx.set_session(oc_session)
        qtbot.waitUntil(lambda: not early.running, timeout=10_000)
        qtbot.waitUntil(lambda: "DE" in cache.regions(), timeout=10_000)
        ctx.api.shutdown(5_000)

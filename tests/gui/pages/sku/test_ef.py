"""EF services: set up for an SKU with service drop-downs, then query shows them."""

from __future__ import annotations

from label_checks import gui_context  # noqa: E402

from ocdesk.gui.pages.kit.services import service_cache  # noqa: E402
from ocdesk.gui.pages.sku.ef import EfServicesPage  # noqa: E402
from ocdesk.sandbox.http.server import Sandbox  # noqa: E402
from ocdesk.session import sandbox_session  # noqa: E402

WAIT_MS = 15_000


def test_set_up_then_query_shows_the_services(qtbot):
    with Sandbox(seed=5) as sandbox, gui_context(sandbox_session(sandbox.base_url)) as ctx:
        sku = ctx.session.client.call(
            "sku.query", {"startTime": "2000-01-01+0000", "endTime": "2100-01-01+0000"}
        ).rows()[0]["MFSKUID"]
        page = EfServicesPage(ctx)
        qtbot.addWidget(page)
        cache = service_cache(ctx)
        qtbot.waitUntil(lambda: "UK" in cache.regions(), timeout=WAIT_MS)
        form = page.setup
        # nothing to send without a warehouse: said next to the form, nothing sent
        form.skus.setText(sku)
        form.send_button.click()
        assert "warehouse" in form.problems.text()
        centre = form.centres[0]
        centre.region.set_region("UK")
        centre.domestic.set_code("GBDomesticStandard")
        centre.international.set_code("GBInternationalStandard")
        centre.countries.setText("ie, FR")
        form.send_button.click()
        assert form.problems.text() == ""
        qtbot.waitUntil(lambda: page.results.model.rowCount() > 0, timeout=WAIT_MS)
        rows = page.results.visible_rows()
        assert rows[0]["MFSKUID"] == sku and rows[0]["Warehouse"] == "UK"
        assert rows[0]["Domestic"] == cache.name_of("GBDomesticStandard")
        assert rows[0]["International"].endswith("IE, FR")
        assert "1 SKUs set up" in form.outcome.text()
        qtbot.waitUntil(
            lambda: bool(ctx.stores.db.query("SELECT * FROM audit_log")), timeout=WAIT_MS
        )
        assert ctx.stores.db.query("SELECT endpoint_id FROM audit_log")[0][0] == (
            "sku.setup_ef_service"
        )

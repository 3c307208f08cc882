"""The "Freight estimate" page: OC prices a parcel at once, services compared side by side."""

from __future__ import annotations

from ocdesk.api.result import OcResult
from ocdesk.gui.pages.pricing.estimate import EstimatePage


class FreightPage(EstimatePage):
    """outbound.freight_sync: the answer comes back in the same call."""

    def submit(self) -> None:
        data = self.inputs.data("outbound.freight_sync")
        if data is None:
            return
        self.error_panel.clear()
        op = self.context.api.request("outbound.freight_sync", data, owner=self)
        op.on_done(lambda result: self._answered(result)).on_error(self.failed)
        self.busy.track(op, self.tr("OC is pricing the parcel…"))
        op.start()

    def _answered(self, result: OcResult) -> None:
        self.show_prices(result.rows())

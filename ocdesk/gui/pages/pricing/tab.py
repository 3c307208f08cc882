"""Pricing tab pages: the asynchronous cost estimate, polled until OC has priced it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ocdesk.api.result import OcResult
from ocdesk.gui.context import AppContext
from ocdesk.gui.pages import WorkflowPage
from ocdesk.gui.pages.kit.jobs import JobRunner, ProgressStrip
from ocdesk.gui.pages.kit.notes import info_label, say
from ocdesk.gui.pages.pricing.estimate import EstimatePage, example_parcel
from ocdesk.gui.writes import WriteSender
from ocdesk.jobs.base import Progress
from ocdesk.jobs.pricing import EstimatePending, estimate_and_wait, wait_for_result


class CostEstimatePage(EstimatePage):
    """pricing.estimate, then pricing.result polled with a growing pause until OC is done.

    After `timeout` seconds the page says so and offers "Fetch result" with the referenceId.
    """

    poll_every = 2.0
    timeout = 30.0

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.job = ProgressStrip(self)
        self.runner = JobRunner(context, self.job, self)
        self.note = info_label(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("reference id of an earlier estimate"))
        self.fetch_button = QPushButton(self.tr("Fetch result"), self)
        fetch_row = QHBoxLayout()
        fetch_row.addWidget(QLabel(self.tr("Reference:"), self))
        fetch_row.addWidget(self.reference, 1)
        fetch_row.addWidget(self.fetch_button)
        self.right_layout.insertWidget(0, self.job)
        self.right_layout.insertWidget(1, self.note)
        self.right_layout.insertLayout(2, fetch_row)
        self.fetch_button.clicked.connect(self.fetch_result)
        self.reference.returnPressed.connect(self.fetch_result)
        self.writer = WriteSender(context, self, self.error_panel, None,
                                  lambda text: say(self.note, text), [self.submit_button])  # fmt: skip

    def submit_label(self) -> str:
        return self.tr("Request estimate")

    def load_defaults(self) -> None:
        """Fill in the example parcel and send nothing: an estimate request is a create at OC,
        made only when the user asks for it."""
        self.inputs.set_data(example_parcel())
        say(self.note, self.tr("An example parcel is filled in. Change it to yours and press "
                               "Request estimate: OC records every estimate it is asked for."))  # fmt: skip

    def submit(self) -> None:
        if self.writer.busy:
            return
        data = self.inputs.data("pricing.estimate")
        if data is None:
            return
        reference = str(data["referenceId"])
        self.reference.setText(reference)
        self._clear()
        progress, cancelled = self.job.begin(self.tr("Sending the estimate request…"))
        poll_every, timeout = self.poll_every, self.timeout
        sent = self.writer.send(
            "pricing.estimate", data, message="", action="estimate",
            work=lambda call: estimate_and_wait(
                call, data, poll_every=poll_every, timeout=timeout,
                progress=self._waiting(progress), cancelled=cancelled,
            ),
            on_done=self._answered, on_error=self._failed, on_finally=self.job.end,
        )  # fmt: skip
        if not sent:
            self.job.end()

    def fetch_result(self) -> None:
        """Ask again for an estimate sent earlier (after a timeout, or from another session)."""
        reference = self.reference.text().strip()
        if not reference:
            say(self.note, self.tr("Type the reference id of the estimate first."))
            return
        call = self.context.bound_caller()
        poll_every, timeout = self.poll_every, self.timeout
        self._clear()
        self.runner.start(
            lambda progress, cancelled: wait_for_result(
                call, reference, poll_every=poll_every, timeout=timeout,
                progress=self._waiting(progress), cancelled=cancelled,
            ),
            lambda result, _cancelled: self._answered(result), self._failed,
            message=self.tr("Asking OC for {ref}…").format(ref=reference),
        )  # fmt: skip

    def _waiting(self, progress: Progress) -> Progress:
        """Progress worded for a desk user: how long OC has been pricing."""
        text = self.tr("Waiting for OC… {seconds} s")

        def tell(done: int, total: int, _: str) -> None:
            progress(done, total, text.format(seconds=done))

        return tell

    def _clear(self) -> None:
        say(self.note, "")
        self.error_panel.clear()
        self.comparison.clear()

    def _answered(self, result: OcResult) -> None:
        rows = result.rows()
        if not rows:
            say(self.note, self.tr("Stopped waiting. Use Fetch result later with the reference."))
            return
        self.show_prices(rows)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, EstimatePending):
            self.reference.setText(error.reference_id)
            say(
                self.note,
                self.tr(
                    "OC has not finished pricing after {seconds:g} s. The estimate is not lost: "
                    "press Fetch result in a moment (reference {ref})."
                ).format(seconds=self.timeout, ref=error.reference_id),
            )
            return
        self.failed(error)


def pages() -> list[WorkflowPage]:
    return [
        WorkflowPage(
            "pricing.cost_estimate",
            QCoreApplication.translate("PricingPages", "Cost estimate"),
            CostEstimatePage,
            default=True,
            tooltip=QCoreApplication.translate(
                "PricingPages", "Price a parcel for every service and compare the fees"
            ),
        )
    ]

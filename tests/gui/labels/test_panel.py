"""The label panel with a real sandbox label: size and number shown, pages, print once, files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from label_checks import (  # noqa: E402
    CUPS_QUEUE,
    PRINTED_ON_QUEUE,
    require_cups_queue,
    return_numbers,
)

from ocdesk.gui.context import AppContext  # noqa: E402
from ocdesk.gui.labels.controller import PrintController, PrinterChoice  # noqa: E402
from ocdesk.gui.labels.panel import LabelPanel  # noqa: E402
from ocdesk.gui.labels.preview import Zoom  # noqa: E402
from ocdesk.sandbox import labels as sandbox_labels  # noqa: E402
from ocdesk.session import Session  # noqa: E402

pytest_plugins = ("gui_fixtures",)

SCREENSHOTS = Path(os.environ.get("OCDESK_SCREENSHOTS", "/tmp/ocdesk-screens"))


@pytest.fixture
def controller(context: AppContext) -> PrintController:
    return PrintController(context)


@pytest.fixture
def panel(qtbot: Any, context: AppContext, controller: PrintController) -> LabelPanel:
    widget = LabelPanel(context, controller)
    qtbot.addWidget(widget)
    widget.resize(560, 760)
    widget.show()
    return widget


def show_return(qtbot: Any, panel: LabelPanel, session: Session, number: str) -> None:
    result = session.client.call("returns.label", {"orderNumber": number})
    panel.show_result("returns.label", result)
    qtbot.waitUntil(lambda: panel.doc is not None, timeout=10_000)


def test_a_sandbox_return_label_shows_its_size_and_number(
    qtbot: Any, panel: LabelPanel, oc_session: Session
) -> None:
    (number,) = return_numbers(oc_session, 1)
    show_return(qtbot, panel, oc_session, number)
    assert panel.size_label.text() == "100 x 150 mm"
    assert number in panel.title.text()
    assert "return label" in panel.title.text()
    # OC's name for the call stays one hover away, not in the desk's words.
    assert "returns.label" not in panel.details.text()
    assert "returns.label" in panel.details.toolTip()
    assert panel.page_label.text() == "page 1 of 1"
    assert panel.chooser.isHidden()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(200)
    panel.grab().save(str(SCREENSHOTS / "label_panel.png"))


def test_several_sku_pages_navigate_and_the_view_turns(qtbot: Any, panel: LabelPanel) -> None:
    from ocdesk.labels.document import LabelDocument

    pdf = sandbox_labels.sku_labels([("OC0000255606056", 3, "Cable")], date="2025-03-13")
    panel.show_document(
        LabelDocument(pdf, label_type="sku", number="OC0000255606056", source_endpoint="sku.label")
    )
    assert (panel.page_label.text(), panel.size_label.text()) == ("page 1 of 3", "60 x 30 mm")
    assert panel.quantity.value() == 3 and panel.fetch_button.text() == "Fetch 3 labels"
    panel.next_button.click()
    assert panel.page_label.text() == "page 2 of 3"
    panel.set_zoom(Zoom.ACTUAL)
    panel.rotate_right.click()
    qtbot.waitUntil(lambda: panel.preview.turned.pixmap() is not None
                    and not panel.preview.turned.pixmap().isNull(), timeout=10_000)  # fmt: skip
    turned = panel.preview.turned.pixmap()
    assert turned.height() > turned.width()  # a 60 x 30 label stands up when turned


def test_a_double_click_on_print_prints_once(
    qtbot: Any, panel: LabelPanel, controller: PrintController, oc_session: Session
) -> None:
    require_cups_queue()
    controller.set_choice("return", PrinterChoice(CUPS_QUEUE, None, "cups"))
    (number,) = return_numbers(oc_session, 1)
    show_return(qtbot, panel, oc_session, number)
    printed: list[Any] = []
    controller.sig_printed.connect(printed.append)
    panel.print_button.click()
    assert panel.print_button.text() == "Printing…" and not panel.print_button.isEnabled()
    panel.print_button.click()
    panel.print_current()  # Ctrl+P lands here too
    qtbot.waitUntil(lambda: panel.print_button.text() == "Print", timeout=30_000)
    assert len(printed) == 1
    assert len(controller.history.entries()) == 1
    assert PRINTED_ON_QUEUE.fullmatch(panel.status.text()), panel.status.text()
    assert controller.history.entries()[0].number == number


def test_a_local_pdf_opens_and_saves_unchanged(
    qtbot: Any, panel: LabelPanel, tmp_path: Path
) -> None:
    source = tmp_path / "carrier.pdf"
    source.write_bytes(
        sandbox_labels.return_label("OCS1DE000453014", region="DE", date="2025-03-11")
    )
    panel.open_file(source)
    qtbot.waitUntil(lambda: panel.doc is not None, timeout=10_000)
    assert "carrier.pdf" in panel.title.text()
    copy = tmp_path / "copy.pdf"
    panel.save_to(copy)
    qtbot.waitUntil(copy.exists, timeout=10_000)
    qtbot.waitUntil(lambda: copy.read_bytes() == source.read_bytes(), timeout=10_000)


def test_a_file_that_is_not_a_pdf_is_explained(
    qtbot: Any, panel: LabelPanel, tmp_path: Path
) -> None:
    bad = tmp_path / "error.pdf"
    bad.write_text("<html>502 Bad Gateway</html>")
    panel.open_file(bad)
    qtbot.waitUntil(lambda: "not a PDF" in panel.status.text(), timeout=10_000)
    assert panel.doc is None

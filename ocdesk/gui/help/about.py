"""About ocdesk: the versions a support request needs, and where the settings and logs are."""

from __future__ import annotations

import html
import platform
from importlib.metadata import PackageNotFoundError, version

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QLabel, QWidget

from ocdesk.gui.help.dialog import HelpDialog
from ocdesk.store.paths import AppPaths


def ocdesk_version() -> str:
    try:
        return version("ocdesk")
    except PackageNotFoundError:  # run from a source folder that was never installed
        return "unknown"


def about_facts(paths: AppPaths) -> list[tuple[str, str]]:
    """Caption / value pairs, in the order shown."""
    return [
        ("ocdesk", ocdesk_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("Settings", str(paths.settings_file)),
        ("Logs", str(paths.log_dir)),
        ("Data", str(paths.data_dir)),
    ]


class AboutDialog(HelpDialog):
    """The facts as selectable text, so they can be copied into a support request."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = "".join(
            f"<tr><td><b>{html.escape(self.tr(caption))}</b>&nbsp;&nbsp;</td>"
            f"<td>{html.escape(value)}</td></tr>"
            for caption, value in about_facts(paths)
        )
        intro = self.tr("ocdesk: the warehouse desk console for OrangeConnex fulfillment.")
        self.text = QLabel(f"<p>{html.escape(intro)}</p><table>{rows}</table>", self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_body(self.tr("About ocdesk"), self.text)

"""The "Advanced (API) view": whether the domain tabs list their raw API pages.

Off by default, since a raw page sends whatever is typed into it; a desk user who needs OC's
calls as they are turns it on in the View menu. The choice is kept in the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ocdesk.gui.context import AppContext

ADVANCED_PREF = "view.advanced_api"


def advanced_view_on(context: AppContext) -> bool:
    """Whether the raw API pages are shown (False unless the user turned them on)."""
    return bool(context.stores.profiles.get_pref(ADVANCED_PREF, False))


class AdvancedView(QObject):
    """The View menu's checkable action; `sig_changed(on)` fires after the choice was saved."""

    sig_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.action = QAction(self.tr("Advanced (API) view"), parent)
        self.action.setCheckable(True)
        self.action.setChecked(advanced_view_on(context))
        self.action.setToolTip(
            self.tr("List OC's API calls one by one under each tab's desk pages")
        )
        self.action.setStatusTip(self.action.toolTip())
        self.action.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.context.stores.profiles.set_pref(ADVANCED_PREF, on)
        self.sig_changed.emit(on)

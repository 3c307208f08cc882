"""The console's tabs, and the splitter positions they share through the profile preferences."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from ocdesk.store.profiles import ProfileStore

SPLITTERS_PREF = "window.splitters"


def restore_splitter(profiles: ProfileStore, splitter: QSplitter, key: str) -> None:
    """Name `splitter` `key` and put it back where the user left it last time.

    Reading the preferences touches only memory, so lazily built panels may call this freely;
    `save_splitters` writes them all once, when the window closes.
    """
    splitter.setObjectName(key)
    state = profiles.get_pref(SPLITTERS_PREF, {}).get(key)
    if isinstance(state, str):
        splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))


def splitter_states(root: QWidget) -> dict[str, str]:
    """Every named splitter under `root`, as base64 text.

    Panels share names (one position for all results splitters); the one on screen wins, as
    it is the one the user last looked at.
    """
    states: dict[str, str] = {}
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        if name and (splitter.isVisible() or name not in states):
            states[name] = splitter.saveState().toBase64().toStdString()
    return states


def save_splitters(profiles: ProfileStore, root: QWidget) -> None:
    """Keep the positions of the splitters under `root`, merged with those saved before."""
    states = dict(profiles.get_pref(SPLITTERS_PREF, {}))
    states.update(splitter_states(root))
    profiles.set_pref(SPLITTERS_PREF, states)

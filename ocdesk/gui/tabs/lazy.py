"""Tabs whose contents are built when first needed, so the window is on screen before them.

Each tab of the QTabWidget is a light holder page at first. Once `start()` runs (right after
the window's first paint) the current tab is built, every other one the first time it is
shown, and `build_rest_in_idle_turns()` builds the ones left one per event-loop turn, so the
window stays responsive while they come.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QObject):
    """The tabs of `tabs`, one per key in order, each built by its builder on first need.

    `sig_built(key, widget)` fires once per tab, when its contents exist.
    """

    sig_built = Signal(str, QWidget)

    def __init__(
        self, tabs: QTabWidget, builders: dict[str, Callable[[], QWidget]], titles: list[str]
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._builders = builders
        self._keys = list(builders)
        self._built: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        self._started = False
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_next)
        for key, title in zip(self._keys, titles, strict=True):
            holder = QWidget(tabs)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = layout
            tabs.addTab(holder, title)

    def widget(self, key: str) -> QWidget:
        """The contents of tab `key`, built now if they were not yet."""
        widget = self._built.get(key)
        if widget is None:
            widget = self._builders[key]()
            self._built[key] = widget
            holder = self._holders[key]
            holder.addWidget(widget)
            widget.show()  # now, not in a later turn as the layout would, so that it is
            holder.activate()  # laid out and sized at once, as if it had always been there
            self.sig_built.emit(key, widget)
        return widget

    def built(self) -> list[QWidget]:
        """The tabs built so far, in tab order."""
        return [self._built[key] for key in self._keys if key in self._built]

    def is_built(self, key: str) -> bool:
        return key in self._built

    def start(self) -> None:
        """Build the current tab now, and any other one as soon as it is shown (once)."""
        if self._started:
            return
        self._started = True
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._on_current_changed(self.tabs.currentIndex())

    def build_rest_in_idle_turns(self) -> None:
        """Build the tabs nobody has shown yet, one per turn of the event loop."""
        if len(self._built) < len(self._keys):
            self._idle.start()

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self.widget(self._keys[index])

    def _build_next(self) -> None:
        waiting = [key for key in self._keys if key not in self._built]
        if waiting:
            self.widget(waiting[0])
        if len(waiting) <= 1:
            self._idle.stop()


class TabsByKey[W: QWidget](Mapping[str, W]):
    """Some of the lazy tabs by key, as a read-only dict: reading one builds it."""

    def __init__(self, lazy: LazyTabs, keys: list[str]) -> None:
        self._lazy = lazy
        self._keys = keys

    def __getitem__(self, key: str) -> W:
        if key not in self._keys:
            raise KeyError(key)
        return cast(W, self._lazy.widget(key))

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> list[W]:
        """Only those built so far (reading them builds none)."""
        return [self[key] for key in self._keys if self._lazy.is_built(key)]

"""The start-up baseline: a bare PySide6 QMainWindow that says when it is on screen, then quits.

Run as `python -m benchmarks.bare_window`; prints `bare-ready <seconds since process start>`
after show() and one turn of the event loop.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from ocdesk.process_clock import seconds_since_process_start


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()

    def ready() -> None:
        print(f"bare-ready {seconds_since_process_start():.3f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # after one event-loop turn, as the window gets painted
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

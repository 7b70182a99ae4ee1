"""The smallest PySide6 window, frozen the same way as the app: the yardstick for size and start-up.

`--exit-when-ready` prints `ready <ms>` once the window is shown and quits (like the app).
"""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402 - time the imports too
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def main() -> int:
    """Show one window with a label; with --exit-when-ready, report and quit once shown."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(800, 600)
    window.show()
    if "--exit-when-ready" in sys.argv:

        def ready() -> None:
            print(f"ready {(time.perf_counter() - START) * 1000:.0f}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""The least a program meeting the app's definition of "ready" must do: the start-up floor.

The bare window, plus the app's search index checked and opened (Whoosh, imported the app's
lean way, with the app's own checks) and the first screen's three widgets (a search box, a list
of questions, an answer pane), and nothing else of the app: no window code, no content. Its
start-up beside the bare window's (`bare_window.py`) is the floor under the app's ratio.

`--exit-when-ready` prints `ready <ms>` once the window is shown and quits, like the app. Run
from source by `benchmarks/bench_startup.py`, frozen by `floor.spec` for `bench_bundle.py`.
"""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

from desktop.core.paths import resolve_paths  # noqa: E402 - time the imports too
from index.opening import OK, open_checked_index  # noqa: E402


def open_index() -> object:
    """The app's index, opened as the app opens it (bundled first, then the per-user cache)."""
    paths = resolve_paths()
    for folder in (paths.bundled_index_dir, paths.index_cache_dir):
        status, index = open_checked_index(folder, None)
        if status == OK:
            return index
    raise SystemExit("floor: no search index (start the app once, or build the bundle)")


INDEX = open_index()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def main() -> int:
    """Show the three widgets in a window; with --exit-when-ready, report and quit once shown."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Floor")
    window.resize(1100, 720)
    central = QWidget()
    layout = QVBoxLayout(central)
    box = QLineEdit()
    box.setPlaceholderText("Type your question")
    layout.addWidget(box)
    split = QSplitter()
    questions = QListWidget()
    questions.addItems([f"Question {n}: what happens at my check-in?" for n in range(11)])
    answer = QTextBrowser()
    answer.setHtml(
        "<h1>Answer</h1>" + "<p>A paragraph of the answer, as long as a real one.</p>" * 30
    )
    split.addWidget(questions)
    split.addWidget(answer)
    layout.addWidget(split)
    window.setCentralWidget(central)
    # From here on exactly as bare_window.py (kept standalone: the yardstick imports nothing).
    window.show()
    if "--exit-when-ready" in sys.argv:

        def ready() -> None:
            print(f"ready {(time.perf_counter() - START) * 1000:.0f}", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

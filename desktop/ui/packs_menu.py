"""File > Add information pack... and Manage information packs...: the wiring to the store.

After a change the active packs are read again and their index opened (rebuilt with progress
when needed), and `on_library` gets the new library to show.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store, pack_summaries, preview_pack
from desktop.core.paths import AppPaths


class PackActions(QWidget):
    """The two File menu actions and what they do (a hidden helper widget of the window)."""

    def __init__(
        self, window: QWidget, paths: AppPaths, on_library: Callable[[HelpLibrary], None]
    ) -> None:
        super().__init__(window)
        self.hide()
        self._window = window
        self._paths = paths
        self._on_library = on_library
        self.rebuild: QObject | None = None  # an index rebuild under way after a change
        self.add_action = QAction(self.tr("Add information pack..."), window)
        self.add_action.setToolTip(self.tr("Add a .chpack file of help content"))
        self.manage_action = QAction(self.tr("Manage information packs..."), window)
        # Staff mode (desktop/ui/staff) makes the menu actions ask for the staff PIN first.
        self.guard: Callable[[], bool] = lambda: True
        self.add_action.triggered.connect(lambda: self._if_allowed(self.add_pack))
        self.manage_action.triggered.connect(lambda: self._if_allowed(self.manage_packs))

    def _if_allowed(self, action: Callable[[], object]) -> None:
        """Run a menu action if the guard (the staff PIN, when staff mode is on) allows it."""
        if self.guard():
            action()

    def install_in_file_menu(self) -> None:
        """Put the actions at the top of the window's File menu."""
        menu_bar = getattr(self._window, "menuBar", None)
        if menu_bar is None:
            return
        actions = menu_bar().actions()
        menu = actions[0].menu() if actions else None
        if menu is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.add_action, self.manage_action])
        menu.insertSeparator(first)

    def add_pack(self, path: Path | None = None) -> bool:
        """Choose a pack file, show it, add it when confirmed; True when it was added."""
        from index.packs.manifest import PackError

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Add information pack"),
                "",
                self.tr("Information packs (*.chpack)"),
            )
            if not name:
                return False
            path = Path(name)
        from desktop.ui.packs_dialog import AddPackDialog

        store = pack_store(self._paths)
        try:
            preview = preview_pack(store, path)
        except PackError as exc:
            self._refused(str(exc))
            return False
        dialog = AddPackDialog(preview, self._window)
        if dialog.exec() != AddPackDialog.DialogCode.Accepted:
            return False
        try:
            store.install(path, allow_unsigned=dialog.allow_unsigned)
        except PackError as exc:
            self._refused(str(exc))
            return False
        self._reload()
        return True

    def manage_packs(self) -> None:
        """Show the packs; turning one off or on, or removing it, takes effect on closing."""
        from desktop.ui.packs_dialog import ManagePacksDialog
        from index.packs.manifest import PackError

        store = pack_store(self._paths)
        dialog = ManagePacksDialog(pack_summaries(store)[0], self._window)
        changed: list[bool] = []

        def remove(pack_id: str) -> None:
            """Remove a pack after the person confirms."""
            answer = QMessageBox.question(
                dialog,
                self.tr("Remove pack"),
                self.tr("Remove the information pack {id} from this computer?").format(id=pack_id),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._change(lambda: store.remove(pack_id), changed, PackError)
                dialog.show_packs(pack_summaries(store)[0])

        def enable(pack_id: str, on: bool) -> None:
            """Turn a pack off or on."""
            self._change(lambda: store.set_enabled(pack_id, on), changed, PackError)
            dialog.show_packs(pack_summaries(store)[0])

        dialog.removeRequested.connect(remove)
        dialog.enableRequested.connect(enable)
        dialog.exec()
        if changed:
            self._reload()

    def _change(
        self, action: Callable[[], object], changed: list[bool], error: type[Exception]
    ) -> None:
        try:
            action()
            changed.append(True)
        except error as exc:
            self._refused(str(exc))

    @property
    def paths(self) -> AppPaths:
        """This run's folders (the clinic notes use the same pack store)."""
        return self._paths

    def report_refused(self, refused: tuple[tuple[str, str], ...]) -> None:
        """Say which installed packs were left out at start, and why."""
        lines = "\n".join(f"{name}: {why}" for name, why in refused)
        QMessageBox.warning(
            self._window,
            self.tr("Information pack"),
            self.tr(
                "These information packs failed their checks and are not used:\n{packs}"
            ).format(packs=lines),
        )

    def _refused(self, reason: str) -> None:
        """Say plainly why a pack was not added or changed."""
        QMessageBox.warning(
            self._window,
            self.tr("Information pack"),
            self.tr("Nothing was changed: {reason}").format(reason=reason),
        )

    def reload(self) -> None:
        """Check the packs again and show them (after staff changed the trusted keys)."""
        self._reload()

    def _reload(self) -> None:
        """Read the active packs again, open their index and hand the library on.

        When the index must be rebuilt (a pack was added or removed), that runs in the
        background with a progress window; the window keeps showing the old library meanwhile.
        """
        paths = self._paths
        try:
            library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
        except Exception as exc:  # noqa: BLE001 - reported plainly; the old library stays
            self._refused(str(exc))
            return
        if library.open_current_index(paths.bundled_index_dir, paths.index_cache_dir):
            self._on_library(library)
            return
        from desktop.ui.index_progress import IndexRebuild

        rebuild = IndexRebuild(library, paths, self._window, self)
        self.rebuild = rebuild  # tests wait for its `finished`

        def rebuilt(ok: bool) -> None:
            if not ok:
                print(f"checkin-help: search index unavailable ({rebuild.error})", file=sys.stderr)
            self.rebuild = None
            rebuild.deleteLater()
            self._on_library(library)  # without an index, the simple search answers

        rebuild.finished.connect(rebuilt)
        rebuild.start()


def wire_packs(
    window: QWidget, paths: AppPaths, on_library: Callable[[HelpLibrary], None]
) -> PackActions:
    """Add the pack actions to the window's File menu."""
    actions = PackActions(window, paths, on_library)
    actions.install_in_file_menu()
    library = getattr(window, "library", None)
    refused = getattr(library, "refused_packs", ())
    if refused:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: actions.report_refused(refused))
    return actions

"""The app's own texts in Spanish: complete, switchable from the window, remembered."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.paths import AppPaths
from desktop.ui.translations_es import MESSAGES

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
# Files of the main window (other windows have their own owners and tests).
NOT_MAIN_WINDOW = {"about_dialog.py", "screenshots.py", "translations_es.py", "i18n.py"}


def _tr_texts(path: Path) -> list[str]:
    """Every literal text passed to tr() in a file."""
    texts = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "tr"
        ):
            assert node.args and isinstance(node.args[0], ast.Constant), (
                f"{path.name}:{node.lineno}: tr() needs a literal text so it can be translated"
            )
            texts.append(node.args[0].value)
    return texts


def test_every_main_window_text_has_a_spanish_translation() -> None:
    files = [p for p in sorted(UI.glob("*.py")) if p.name not in NOT_MAIN_WINDOW]
    texts = {t for p in files for t in _tr_texts(p)}
    assert len(texts) > 100
    missing = sorted(t for t in texts if not MESSAGES.get(t))
    assert missing == []
    # Placeholders survive translation.
    for source, spanish in MESSAGES.items():
        assert ("%1" in source) == ("%1" in spanish), source


@pytest.fixture
def keeper(qtbot, library, tmp_path):
    """The app's window keeper, as app.py builds it; back to English afterwards."""
    from desktop.app import WindowKeeper
    from desktop.core.settings import SettingsStore
    from desktop.ui.i18n import install_language

    store = SettingsStore(tmp_path / "settings.json")
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    keeper = WindowKeeper(QApplication.instance(), library, store, paths)
    yield keeper
    install_language(QApplication.instance(), "en", keeper._translator)
    if keeper.window is not None:
        keeper.window.close()


def test_switch_to_spanish_and_back(qtbot, keeper, tmp_path) -> None:
    first = keeper.open(keeper._store.load())
    qtbot.addWidget(first)
    first.show()
    first.open_article("ankle-monitor")
    assert first.actions_.other_language.text() == "Español"
    first.actions_.other_language.trigger()
    spanish = keeper.window
    assert spanish is not first
    qtbot.addWidget(spanish)
    assert spanish.search_box.placeholderText().startswith("Escriba su pregunta")
    assert spanish.actions_.other_language.text() == "English"
    assert spanish.actions_.languages["es"].isChecked()
    # The person stays on the answer they were reading; the answer frame is in Spanish.
    assert spanish.current_page().article_id == "ankle-monitor"
    assert "no asesoría legal" in spanish.answer.toPlainText()
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "es"
    # The next start uses Spanish straight away.
    again = keeper.open(keeper._store.load())
    qtbot.addWidget(again)
    assert again.search_box.accessibleName() == "Buscar"
    # And back to English from the menu.
    again.actions_.languages["en"].trigger()
    english = keeper.window
    qtbot.addWidget(english)
    assert english.search_box.accessibleName() == "Search"

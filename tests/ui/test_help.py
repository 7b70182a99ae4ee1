"""Help for the person and the helper: the Help menu, the how-to page in five languages, the
keyboard keys read from the real actions, and the first-start welcome (once)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.resources import help_dir
from desktop.ui.help.how_to import HowToDialog, how_to_path
from desktop.ui.help.keys import (
    CONTACT_LOG_EXPORT_KEYS,
    CONTACT_LOG_KEYS,
    KeysDialog,
    key_text,
    on_a_keyboard,
    plain_label,
)
from desktop.ui.i18n import LANGUAGES, install_language
from desktop.ui.welcome import WelcomeDialog
from tests.ui.test_no_english import english_in

# The first heading of each language's page.
HEADINGS = {
    "en": "How to use Check-In Help",
    "es": "Cómo usar Check-In Help",
    "ht": "Kijan pou itilize Check-In Help",
    "pt_BR": "Como usar o Check-In Help",
    "fr": "Comment utiliser Check-In Help",
}


@pytest.fixture(params=list(LANGUAGES))
def language(request, qapp):
    """The app in one of its five languages for the test, English again afterwards."""
    installed = install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en", installed)


@pytest.fixture
def window_in(qtbot, library, settings_store, language):
    """A shown main window in the test's language."""
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library, settings_store, Settings(language=language))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _help_menu(window):
    """The Help menu of window's menu bar."""
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    return menus[-1]


def test_help_menu_has_how_to_keys_and_about(window) -> None:
    actions = [a for a in _help_menu(window).actions() if not a.isSeparator()]
    assert actions == [window.actions_.how_to, window.actions_.keys, window.actions_.about]
    assert [plain_label(a.text()) for a in actions[:2]] == ["How to use this app", "Keyboard keys"]
    assert window.actions_.how_to.shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents
    )


def test_every_language_has_its_page_and_every_picture(language) -> None:
    path = how_to_path(language)
    assert path.name == f"how-to.{language}.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {HEADINGS[language]}\n")
    pictures = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", text)
    assert pictures == [
        f"window.{language}.png",
        f"link.{language}.png",
        f"contact-log.{language}.png",
    ]
    for name in pictures:
        assert (help_dir() / name).is_file(), name


def test_pictures_stay_small() -> None:
    total = sum(p.stat().st_size for p in help_dir().glob("*.png"))
    assert 0 < total < 300_000


def test_how_to_opens_from_the_help_menu_in_the_ui_language(qtbot, window_in, language) -> None:
    window_in.actions_.how_to.trigger()
    dialog = window_in.findChild(HowToDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text().startswith(HEADINGS[language])
    # The page names the buttons as this language's window shows them.
    for action in ("start_over", "back", "numbers", "contact_log", "print_answer"):
        label = plain_label(getattr(window_in.actions_, action).text())
        assert label in dialog.text(), label
    # Every picture is found and drawn (not a broken-image box).
    document = dialog.browser.document()
    for name in re.findall(r'src="([^"]+)"', dialog.browser.toHtml()):
        image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    assert document.toPlainText().strip()
    dialog.reject()


def test_a_language_without_a_page_gets_english(tmp_path: Path) -> None:
    (tmp_path / "how-to.en.md").write_text("# How to\n", encoding="utf-8")
    assert how_to_path("fr", tmp_path).name == "how-to.en.md"
    assert how_to_path("xx").name == "how-to.en.md"


def test_a_link_on_the_page_shows_its_address_and_opens_nothing(qtbot) -> None:
    dialog = HowToDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    # The conftest fixture fails the test if anything asks Qt to open the address.
    dialog.browser.anchorClicked.emit(QUrl("https://www.asylumadvocacy.org/"))
    assert dialog.address.isVisible()
    assert "https://www.asylumadvocacy.org/" in dialog.address.text()
    assert dialog.browser.toPlainText().startswith(HEADINGS["en"])  # still the same page


def test_pictures_shrink_to_a_narrow_dialog_no_sideways_scrolling(qtbot) -> None:
    dialog = HowToDialog("es")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(560, 500)  # narrower than the pictures (866 pixels wide)
    qtbot.waitUntil(lambda: dialog.browser.viewport().width() < 560)
    bar = dialog.browser.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=2000)
    assert dialog.text().startswith(HEADINGS["es"])


def test_keys_dialog_lists_every_shortcut_of_the_real_actions(qtbot, window) -> None:
    window.actions_.keys.trigger()
    dialog = window.findChild(KeysDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {(row.keys, row.what) for group in dialog.groups for row in group.rows}
    with_keys = [a for a in window.actions() if key_text(a.shortcuts())]
    assert len(with_keys) >= 15
    for action in with_keys:
        assert (key_text(action.shortcuts()), plain_label(action.text())) in rows, action.text()
    shown = dialog.view.toPlainText()
    assert "Ctrl+Shift+Home" in shown and "Ctrl+E, F6" in shown
    assert "Lock" in shown and "Ctrl+J" in shown  # the contact log's keys are there too
    dialog.reject()


def test_keys_few_keyboards_have_are_left_out() -> None:
    from PySide6.QtCore import Qt

    assert on_a_keyboard(QKeySequence("Ctrl+Shift+Home")) and on_a_keyboard(QKeySequence("F6"))
    assert not on_a_keyboard(QKeySequence(Qt.Key.Key_Back))
    assert not on_a_keyboard(QKeySequence(Qt.Key.Key_ZoomIn))
    assert key_text([QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)]) == "Alt+Left"
    assert plain_label("Save as P&DF...") == "Save as PDF"
    assert plain_label("Fish && &Chips") == "Fish & Chips"


def test_the_contact_log_keys_listed_are_its_real_ones(qtbot, store) -> None:
    from desktop.ui.contact_log import open_contact_log_window

    log_window = open_contact_log_window(None, store, numbers=[])
    qtbot.addWidget(log_window)
    real = {
        (a.text(), a.shortcut().toString())
        for a in log_window.actions()
        if not a.shortcut().isEmpty()
    }
    listed = {
        (text, QKeySequence(key).toString())
        for text, key in (*CONTACT_LOG_KEYS, *CONTACT_LOG_EXPORT_KEYS)
    }
    assert listed == real


def test_keys_dialog_is_in_the_ui_language(qtbot, window_in, language) -> None:
    dialog = KeysDialog(window_in)
    qtbot.addWidget(dialog)
    titles = [group.title for group in dialog.groups]
    assert plain_label(QCoreApplication.translate("", "&File")) in titles
    assert plain_label(QCoreApplication.translate("", "My &contact log")) in titles
    if language != "en":
        assert english_in(dialog, language) == []
        assert english_in(window_in.findChild(type(_help_menu(window_in))), language) == []


def test_welcome_is_in_the_ui_language(qtbot, window_in, language) -> None:
    welcome = WelcomeDialog(window_in)
    qtbot.addWidget(welcome)
    help_menu = plain_label(QCoreApplication.translate("", "&Help"))
    assert help_menu in welcome.text.text()
    if language != "en":
        assert english_in(welcome, language) == []


# -- the first-start welcome -------------------------------------------------------------------


@pytest.fixture
def keeper(qtbot, library, tmp_path, monkeypatch):
    """The app's window keeper, as app.py builds it, on a fresh data folder of a PC in English."""
    from desktop.app import WindowKeeper
    from desktop.core.settings import SettingsStore

    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale("en_US"))
    store = SettingsStore(tmp_path / "settings.json")
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    keeper = WindowKeeper(QApplication.instance(), library, store, paths)
    yield keeper
    install_language(QApplication.instance(), "en", keeper._translator)
    if keeper.window is not None:
        keeper.window.close()


def _welcome(window) -> WelcomeDialog | None:
    """The welcome shown over window, if any."""
    found = [w for w in window.findChildren(WelcomeDialog) if w.isVisible()]
    return found[0] if found else None


def test_welcome_follows_the_language_chooser_once(qtbot, keeper) -> None:
    from desktop.ui.language_chooser import LanguageChooser

    window = keeper.open(keeper._store.load())
    qtbot.addWidget(window)
    window.show()
    keeper.greet()
    chooser = window.findChild(LanguageChooser)
    assert chooser is not None and _welcome(window) is None  # the language first
    chooser.buttons["es"].click()
    spanish = keeper.window
    qtbot.addWidget(spanish)
    welcome = _welcome(spanish)
    assert welcome is not None
    assert spanish.settings.language == "es"
    assert welcome.start_button.text() == QCoreApplication.translate("WelcomeDialog", "Start")
    welcome.start_button.click()
    assert not welcome.isVisible()
    assert keeper._store.load().welcome_shown
    assert keeper._store.load().language == "es"
    # Start over returns to the PC's language and rebuilds the window: no welcome again.
    spanish.start_over()
    english = keeper.window
    qtbot.addWidget(english)
    assert _welcome(english) is None
    assert keeper._store.load().welcome_shown


def test_welcome_is_not_shown_again_at_the_next_start(qtbot, keeper) -> None:
    window = keeper.open(Settings(language="en"))  # the language was chosen before
    qtbot.addWidget(window)
    window.show()
    assert not keeper.first_start
    keeper.greet()
    welcome = _welcome(window)
    assert welcome is not None
    welcome.reject()  # Esc or the title bar's close button count as seen too
    assert keeper._store.load().welcome_shown
    again = keeper.open(keeper._store.load())
    qtbot.addWidget(again)
    again.show()
    keeper.greet()
    assert _welcome(again) is None
    assert keeper.offer_welcome() is None


def test_welcome_can_open_the_how_to_page(qtbot, keeper) -> None:
    window = keeper.open(Settings(language="fr"))
    qtbot.addWidget(window)
    window.show()
    welcome = keeper.offer_welcome()
    welcome.how_to_button.click()
    page = window.findChild(HowToDialog)
    assert page is not None and page.isVisible()
    assert page.text().startswith(HEADINGS["fr"])
    assert keeper._store.load().welcome_shown


def test_the_page_follows_the_persons_text_size(qtbot, window) -> None:
    from desktop.ui.help.how_to import how_to_html

    assert "body { font-size: 12pt; }" in how_to_html(how_to_path("en"))
    assert "body { font-size: 18pt; }" in how_to_html(how_to_path("en"), 150)
    window.set_zoom(150)
    window.actions_.how_to.trigger()
    dialog = window.findChild(HowToDialog)
    assert "font-size:18pt" in dialog.browser.toHtml().replace(" ", "")


def test_start_over_closes_the_help_dialogs(qtbot, window) -> None:
    window.actions_.how_to.trigger()
    window.actions_.keys.trigger()
    assert window.findChild(HowToDialog).isVisible() and window.findChild(KeysDialog).isVisible()
    window.start_over()
    assert not any(d.isVisible() for d in window.findChildren(HowToDialog))
    assert not any(d.isVisible() for d in window.findChildren(KeysDialog))


# -- the welcome in a real start (app.py), in a child process --------------------------------

_START_AND_LOOK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])


def look():
    shown = sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())
    print("shown", " ".join(shown), flush=True)
    for w in app.topLevelWidgets():
        if type(w).__name__ == "WelcomeDialog" and w.isVisible():
            w.start_button.click()
    app.quit()


QTimer.singleShot(0, look)  # runs once the app's own start-up has opened its windows
from desktop.app import run_gui

sys.exit(run_gui())
"""


def _start(data_dir: Path, *args: str) -> str:
    """Start the app in a child process on data_dir; return what it printed."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHECKIN_HELP_DATA_DIR=str(data_dir))
    command = [sys.executable, *(args or ("-c", _START_AND_LOOK))]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_a_real_start_shows_the_welcome_once_and_exit_when_ready_never(tmp_path: Path) -> None:
    from desktop.core.settings import SettingsStore

    data = tmp_path / "data"
    # --exit-when-ready on a fresh data folder: ready, and nothing asked or remembered.
    assert "ready" in _start(data, "-m", "desktop", "--exit-when-ready")
    assert not SettingsStore(data / "settings.json").load().welcome_shown
    SettingsStore(data / "settings.json").save(Settings(language="en"))  # chosen before
    first = _start(data)
    assert "WelcomeDialog" in first and "MainWindow" in first
    assert SettingsStore(data / "settings.json").load().welcome_shown
    second = _start(data)
    assert "MainWindow" in second and "WelcomeDialog" not in second


def test_the_numbered_buttons_of_the_pictures_are_all_on_the_toolbars(qtbot, window_in) -> None:
    from desktop.ui.help.screenshots import FIGURE_WINDOW, toolbar_marks

    window_in.resize(*FIGURE_WINDOW)
    qtbot.waitUntil(lambda: window_in.width() == FIGURE_WINDOW[0])
    marks = toolbar_marks(window_in)
    assert [number for number, _button in marks] == [1, 2, 3, 4, 5, 6]


def test_every_key_a_page_names_is_a_real_one(window, store) -> None:
    from desktop.ui.contact_log import open_contact_log_window

    portable = QKeySequence.SequenceFormat.PortableText
    real = {k.toString(portable) for a in window.actions() for k in a.shortcuts()}
    log_window = open_contact_log_window(None, store, numbers=[])
    real |= {a.shortcut().toString(portable) for a in log_window.actions()}
    real.add(QKeySequence(QKeySequence.StandardKey.Save).toString(portable))  # the entry form
    log_window.close()
    for language in LANGUAGES:
        text = how_to_path(language).read_text(encoding="utf-8")
        named = set(re.findall(r"\b(?:Ctrl\+(?:Shift\+)?[A-Z0-9][a-z]*|F\d+)\b", text))
        assert named, language
        assert named <= real, (language, named - real)

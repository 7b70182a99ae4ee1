"""The app's languages: English (the source texts) and Spanish, switchable in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

# Each language is named in itself, so a person finds theirs whatever language is shown.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"


def catalog(code: str) -> dict[str, str]:
    """The translations of a language (empty for English, the language of the source texts)."""
    if code == "es":
        from desktop.ui.translations_es import MESSAGES

        return MESSAGES
    return {}


class CatalogTranslator(QTranslator):
    """A QTranslator over a Python dict (English text -> translation), whatever the context.

    Python, not a compiled .qm file: nothing extra to bundle, and a test checks that every
    text of the main window is translated.
    """

    def __init__(self, messages: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages = messages

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation of source_text; None (a null string) so Qt keeps the English text."""
        # Qt's own texts (contexts QShortcut, QDialogButtonBox, ...) are Qt's business: the same
        # English word can mean something else there ("Search" is also a key's name).
        if context.startswith("Q"):
            return None
        return self._messages.get(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        """False when there is something to translate."""
        return not self._messages


def install_language(
    app: QCoreApplication, code: str, previous: CatalogTranslator | None = None
) -> CatalogTranslator | None:
    """Use language code for every text made from now on; return the translator to keep."""
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()  # a child of the app: else one stays per language switch
    messages = catalog(code)
    if not messages:
        return None
    translator = CatalogTranslator(messages, app)
    app.installTranslator(translator)
    return translator

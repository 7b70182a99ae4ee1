"""The app's languages: Qt Linguist translations (i18n/*.ts compiled to .qm), with Qt's own.

English is the language of the source texts. Every other language loads two translators: the
app's (`checkin_<code>.qm`, built by `packaging/translations.py release`) and Qt's own
(`qtbase_<lang>.qm`: Yes/No, OK/Cancel, the file and print dialogs, shortcut names). Qt has no
Haitian Creole, so Creole speakers get Qt's French, which they read at school.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDateTimeEdit

# Each language is named in itself, so a person finds theirs whatever language is shown.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
}
DEFAULT_LANGUAGE = "en"
# Qt's own translation for each language (Qt has none for Haitian Creole: French instead).
# English needs none; its own file holds only the plural forms of the source texts.
QT_TRANSLATION = {"en": None, "es": "es", "ht": "fr", "pt_BR": "pt_BR", "fr": "fr"}
# Dates, times and calendars: the conventions the language's speakers in the US expect
# (see i18n/GLOSSARY.md for why each one).
LOCALES = {"en": "en_US", "es": "es_US", "ht": "ht_HT", "pt_BR": "pt_BR", "fr": "fr_FR"}
# Date and time as shown in forms and lists: the month in words (so 3/4 cannot be read as April
# or March), 12-hour time for English, Spanish and Creole speakers, 24-hour for Portuguese and
# French speakers, as they write it at home. Calendars start on Sunday, like US letters.
DATE_TIME_FORMATS = {
    "en": "MMM d, yyyy h:mm AP",
    "es": "d MMM yyyy h:mm ap",
    "ht": "d MMM yyyy h:mm AP",
    "pt_BR": "d MMM yyyy HH:mm",
    "fr": "d MMM yyyy HH:mm",
}
FIRST_DAY_OF_WEEK = Qt.DayOfWeek.Sunday
# Qt's data for Haitian Creole has French month names; these are Creole's own.
CREOLE_MONTHS = [
    "janvye",
    "fevriye",
    "mas",
    "avril",
    "me",
    "jen",
    "jiyè",
    "out",
    "septanm",
    "oktòb",
    "novanm",
    "desanm",
]
# The language of QLocale.system() (its first two letters) -> our language code.
_SYSTEM = {"en": "en", "es": "es", "ht": "ht", "pt": "pt_BR", "fr": "fr"}


class InstalledLanguage(NamedTuple):
    """The translators a language installed in the application (removed on a switch)."""

    code: str
    translators: tuple[QTranslator, ...]


def system_language(locale: QLocale | None = None) -> str:
    """The app language closest to the PC's (QLocale.system()), English when none fits."""
    loc = locale if locale is not None else QLocale.system()
    for tag in loc.uiLanguages():
        code = _SYSTEM.get(tag.replace("_", "-").split("-")[0].lower())
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def ui_locale(code: str) -> QLocale:
    """The locale for dates, times and numbers shown in a language."""
    return QLocale(LOCALES.get(code, LOCALES[DEFAULT_LANGUAGE]))


def current_language() -> str:
    """The code of the language installed last (from the default QLocale it set)."""
    name = QLocale().name()
    return next((code for code, loc in LOCALES.items() if loc == name), DEFAULT_LANGUAGE)


def date_time_format(code: str | None = None) -> str:
    """The QDateTime display format for a language (the current one by default)."""
    return DATE_TIME_FORMATS.get(code or current_language(), DATE_TIME_FORMATS["en"])


def format_date_time(moment: datetime) -> str:
    """A date and time in words and numbers of the current language, e.g. 4 mar 2026 2:30 p.m."""
    value = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    pattern = date_time_format()
    if current_language() == "ht":
        pattern = pattern.replace("MMM", f"'{CREOLE_MONTHS[moment.month - 1]}'")
    return QLocale().toString(value, pattern)


def prepare_date_time_edit(edit: QDateTimeEdit) -> None:
    """Show a date-time field in the current language, its calendar starting on Sunday."""
    edit.setDisplayFormat(date_time_format())
    if edit.calendarPopup():
        edit.calendarWidget().setFirstDayOfWeek(FIRST_DAY_OF_WEEK)


def translations_dir() -> str:
    """The folder of the app's compiled translations (.qm), in the source tree or the bundle."""
    from desktop.resources import translations_dir as folder

    return str(folder())


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own translations may be: Qt's answer, then PySide6's folder (a frozen bundle
    keeps them there even where Qt's configured path points elsewhere)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def _load(name: str, folder: str, app: QCoreApplication) -> QTranslator | None:
    """A translator for folder/name.qm, or None when there is no such file."""
    translator = QTranslator(app)
    if translator.load(name, folder):
        return translator
    translator.deleteLater()
    return None


def install_language(
    app: QCoreApplication, code: str, previous: InstalledLanguage | None = None
) -> InstalledLanguage | None:
    """Use language code for every text made from now on; return what to remove on a switch."""
    if previous is not None:
        for translator in previous.translators:
            app.removeTranslator(translator)
            translator.deleteLater()  # a child of the app: else one stays per language switch
    QLocale.setDefault(ui_locale(code))
    if code not in QT_TRANSLATION:
        return None
    translators = []
    app_translator = _load(f"checkin_{code}", translations_dir(), app)
    if app_translator is None:
        # A source checkout where `make` has not compiled the translations yet.
        print(
            f"checkin-help: no compiled translation for {code!r} "
            "(`make run` builds them, or `python packaging/translations.py release`)",
            file=sys.stderr,
        )
    else:
        translators.append(app_translator)
    qt_name = QT_TRANSLATION[code]
    for qt_folder in _qt_translation_dirs() if qt_name is not None else []:
        qt_translator = _load(f"qtbase_{qt_name}", qt_folder, app)
        if qt_translator is not None:
            translators.append(qt_translator)
            break
    for translator in translators:
        app.installTranslator(translator)
    return InstalledLanguage(code, tuple(translators))

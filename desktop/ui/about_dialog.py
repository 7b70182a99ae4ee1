"""The About box: app name, version, icon, the content's source and date, and third-party licences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.library import ContentSource, read_content_source
from desktop.core.paths import licenses_dir, resolve_paths
from desktop.resources import app_icon_path
from desktop.ui.pages import as_of_words


@dataclass(frozen=True)
class ThirdParty:
    """One bundled third-party component, its licence name and its notice files."""

    name: str
    licence: str
    files: tuple[str, ...]


# Everything the bundle ships that is not our own code; the notice files live in
# packaging/licenses/ (source) or licenses/ (bundle). A test checks every file exists.
THIRD_PARTY: tuple[ThirdParty, ...] = (
    ThirdParty(
        "Qt 6 / PySide6 6.11",
        "LGPL-3.0",
        ("Qt-PySide6-NOTICE.txt", "Qt-PySide6-LGPL-3.0.txt", "GPL-3.0.txt"),
    ),
    ThirdParty("ICU (part of Qt)", "MIT (Unicode)", ("ICU-MIT.txt",)),
    ThirdParty("SQLCipher", "BSD-3-Clause", ("SQLCipher-BSD.txt",)),
    ThirdParty("sqlcipher3 (pysqlite)", "zlib", ("sqlcipher3-zlib.txt",)),
    ThirdParty("OpenSSL", "Apache-2.0", ("OpenSSL-NOTICE.txt", "OpenSSL-Apache-2.0.txt")),
    ThirdParty("Whoosh (whoosh-reloaded)", "BSD-2-Clause", ("Whoosh-BSD.txt",)),
    ThirdParty("Python-Markdown", "BSD-3-Clause", ("Python-Markdown-BSD.txt",)),
    ThirdParty("segno", "BSD-3-Clause", ("segno-BSD.txt",)),
    ThirdParty("Pillow", "MIT-CMU", ("Pillow-MIT-CMU.txt",)),
    ThirdParty("platformdirs", "MIT", ("platformdirs-MIT.txt",)),
    ThirdParty("PyNaCl (pack signatures)", "Apache-2.0", ("PyNaCl-Apache-2.0.txt",)),
    ThirdParty("libsodium (part of PyNaCl)", "ISC", ("libsodium-ISC.txt",)),
    ThirdParty("cffi", "MIT", ("cffi-MIT.txt",)),
    ThirdParty(
        f"Python {platform.python_version()}",
        "PSF-2.0",
        ("Python-PSF.txt", "Python-incorporated-software.txt"),
    ),
    ThirdParty("Microsoft Visual C++ runtime (Windows)", "Microsoft", ("MSVC-runtime-NOTICE.txt",)),
    ThirdParty(
        "Django's common-password list", "BSD-3-Clause", ("Django-common-passwords-BSD.txt",)
    ),
    ThirdParty("wordfreq word lists", "CC-BY-SA-4.0", ("wordfreq-word-lists-CC-BY-SA-4.0.txt",)),
    ThirdParty(
        "FreeDict dictionaries (search)", "GPL-2.0-or-later", ("FreeDict-GPL-2.0-or-later.txt",)
    ),
    ThirdParty("WordNet 3.0 (search thesaurus)", "WordNet-3.0", ("WordNet-3.0.txt",)),
)


def read_notice(names: tuple[str, ...], folder: Path) -> str | None:
    """The notice files' text joined together, or None when one is missing or unreadable."""
    parts = []
    for name in names:
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        parts.append(f"==== {name} ====\n\n{text.rstrip()}\n")
    return "\n\n".join(parts)


class AboutDialog(QDialog):
    """Modal About box with the content source and the third-party licence notices."""

    def __init__(
        self,
        parent: QWidget | None = None,
        source: ContentSource | None = None,
        notices_dir: Path | None = None,
    ) -> None:
        """Build the widgets, lay them out, connect them, then load the texts.

        `source`: what `HelpLibrary.content_source()` says (read from the bundled content when
        no library is at hand).
        """
        super().__init__(parent)
        self._source = source
        self._notices_dir = notices_dir if notices_dir is not None else licenses_dir()

        self.setWindowTitle(self.tr("About Check-In Help"))
        self.setWindowIcon(QIcon(str(app_icon_path())))
        self.setAccessibleName(self.tr("About Check-In Help"))

        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(
            QPixmap(str(app_icon_path())).scaled(
                64,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.icon_label.setAccessibleName(self.tr("Check-In Help icon"))
        self.name_label = QLabel(self)
        self.name_label.setAccessibleName(self.tr("Application name and version"))
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName(self.tr("Source of the answers"))
        self.disclaimer_label = QLabel(
            self.tr(
                "This app gives general information, not legal advice. For advice about your own "
                "case, talk to an immigration lawyer or an accredited representative."
            ),
            self,
        )
        self.disclaimer_label.setWordWrap(True)
        self.disclaimer_label.setAccessibleName(self.tr("Not legal advice"))
        self.licences_heading = QLabel(self.tr("Third-party software and licences:"), self)
        self.licence_list = QListWidget(self)
        self.licence_list.setAccessibleName(self.tr("Third-party components"))
        self.licence_text = QTextBrowser(self)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setOpenLinks(False)
        self.licences_heading.setBuddy(self.licence_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.name_label)
        texts.addWidget(self.source_label)
        texts.addWidget(self.disclaimer_label)
        top.addLayout(texts, 1)
        licences = QHBoxLayout()
        licences.addWidget(self.licence_list, 1)
        licences.addWidget(self.licence_text, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences_heading)
        layout.addLayout(licences, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        self.buttons.rejected.connect(self.reject)
        self.licence_list.currentRowChanged.connect(self._show_licence)

        self._load()

    def _load(self) -> None:
        """Fill in the version, the content source and the list of components."""
        self.name_label.setText(
            self.tr("<b>Check-In Help</b><br>Version {version}").format(version=__version__)
        )
        info = self._source or read_content_source(resolve_paths().content_dir)
        if info.pack is not None:
            # The pack's honest dates: the source's own as-of date and when the copy was taken.
            # The very words (and translations) of the line every answer carries.
            dates = QCoreApplication.translate(
                "PageWriter",
                "Information as of {as_of}, according to {publisher} (this copy taken {taken})",
            ).format(
                as_of=as_of_words(info.pack.as_of),
                publisher=info.pack.publisher,
                taken=info.pack.taken,
            )
            text = self.tr("Answers from {source}.").format(source=info.source) + f"\n{dates}."
        elif info.reviewed:
            text = self.tr("Answers from {source}, reviewed {date}.").format(
                source=info.source, date=info.reviewed
            )
        else:
            text = self.tr("Answers from {source}.").format(source=info.source)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setText(text)
        for party in THIRD_PARTY:
            item = QListWidgetItem(f"{party.name} ({party.licence})", self.licence_list)
            item.setData(Qt.ItemDataRole.UserRole, party.files)
        self.licence_list.setCurrentRow(0)

    def _show_licence(self, row: int) -> None:
        """Show the notice texts of the component in the given row."""
        if row < 0:
            self.licence_text.clear()
            return
        party = THIRD_PARTY[row]
        text = read_notice(party.files, self._notices_dir)
        if text is None:
            text = self.tr(
                "The licence notice for {name} is missing from this installation. "
                "Its licence is {licence}."
            ).format(name=party.name, licence=party.licence)
        self.licence_text.setPlainText(text)

    def licence_names(self) -> list[str]:
        """The components listed, as shown (for tests and screen readers)."""
        return [self.licence_list.item(i).text() for i in range(self.licence_list.count())]

"""The Qt Linguist files in i18n/: up to date with the code, complete, and faithful to it."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location(
    "translations_tool", ROOT / "packaging" / "translations.py"
)
assert _SPEC and _SPEC.loader
tool = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tool)

TRANSLATED = [c for c in tool.LANGUAGES if c not in tool.PLURAL_ONLY]
# Placeholders a translation must keep: %1.. (QString::arg style), %n (plurals), {name} (format).
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of a .ts file."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def _texts(msg: ET.Element) -> list[str]:
    """The translation of a message (each plural form of a numerus one)."""
    tr = msg.find("translation")
    assert tr is not None
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of i18n/ updated from today's code with pyside6-lupdate."""
    out = tmp_path_factory.mktemp("i18n")
    for code in tool.LANGUAGES:
        shutil.copyfile(tool.ts_path(code), tool.ts_path(code, out))
        tool.update_one(code, out)
    return out


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_ts_file_is_up_to_date_with_the_code(code: str, fresh: Path) -> None:
    committed = _messages(tool.ts_path(code))
    updated = _messages(tool.ts_path(code, fresh))
    new = sorted(set(updated) - set(committed))
    gone = sorted(set(committed) - set(updated))
    assert (new, gone) == ([], []), "run `make translations` (see docs/TRANSLATING.md)"
    # Same plural flag on both sides.
    assert {k: m.get("numerus") for k, m in committed.items()} == {
        k: m.get("numerus") for k, m in updated.items()
    }


@pytest.mark.parametrize("code", tool.LANGUAGES)
def test_no_unfinished_or_empty_translation(code: str) -> None:
    messages = _messages(tool.ts_path(code))
    assert messages
    unfinished = [
        source
        for (_ctx, source), msg in messages.items()
        if (msg.find("translation").get("type") or "") in {"unfinished", "vanished", "obsolete"}
        or not all(t.strip() for t in _texts(msg))
    ]
    assert unfinished == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_and_shortcut_letters(code: str) -> None:
    for (_ctx, source), msg in _messages(tool.ts_path(code)).items():
        for text in _texts(msg):
            assert sorted(set(PLACEHOLDER.findall(source))) == sorted(
                set(PLACEHOLDER.findall(text))
            ), (source, text)
            # A menu or button with an Alt+letter shortcut keeps one in every language.
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), text


def _tr_calls(path: Path) -> list[ast.Call]:
    """Every tr()/translate() call with a literal text in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # A module's `_tr(text)` helper passes its argument on; its callers are checked instead.
    helpers = {
        id(n)
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef) and f.name == "_tr"
        for n in ast.walk(f)
    }
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and id(node) not in helpers:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            # translate(context, text): QCoreApplication's, not QPainter.translate(point).
            context = node.args[0] if node.args else None
            is_translate = isinstance(context, ast.Constant) and isinstance(context.value, str)
            if name == "tr" or (name == "translate" and is_translate):
                calls.append(node)
    return calls


def test_every_text_given_to_tr_reaches_the_translators() -> None:
    """lupdate skips tr() inside f-strings and files `obj.tr()` under "obj": catch both."""
    in_ts = {source for (_ctx, source) in _messages(tool.ts_path("es"))}
    classes = {""}
    missing, bad_receiver = [], []
    for path in tool.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        for call in _tr_calls(path):
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            args = call.args[1:] if name == "translate" else call.args
            if name == "translate":
                classes.add(call.args[0].value)  # an explicit context is its own
            if not args or not isinstance(args[0], ast.Constant):
                missing.append(f"{path.name}:{call.lineno}: tr() needs a literal text")
                continue
            if args[0].value not in in_ts:
                missing.append(f"{path.name}:{call.lineno}: {args[0].value!r}")
            receiver = getattr(call.func, "value", None)
            if name == "tr" and receiver is not None and getattr(receiver, "id", "") != "self":
                bad_receiver.append(f"{path.name}:{call.lineno}: {ast.unparse(call.func)}")
    assert missing == []
    # `other.tr("x")` is looked up under other's class at run time but filed under "other".
    assert bad_receiver == []
    contexts = {ctx for (ctx, _source) in _messages(tool.ts_path("es"))}
    assert contexts <= classes, "every context is a class, an explicit one, or window_actions' ''"


def test_compiled_translations_load(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language

    tool.release_if_stale()
    installed = install_language(qapp, "ht")
    try:
        assert installed is not None and len(installed.translators) == 2  # ours and Qt's French
        assert QCoreApplication.translate("PageWriter", "Source") == "Sous"
        # Qt's own buttons come from Qt's French translation.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_language(qapp, "en", installed)
    assert QCoreApplication.translate("PageWriter", "Source") == "Source"


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [
        ("en", "1 answer found", "3 answers found"),
        ("es", "1 respuesta encontrada", "3 respuestas encontradas"),
        ("ht", "Nou jwenn 1 repons", "Nou jwenn 3 repons"),
        ("pt_BR", "1 resposta encontrada", "3 respostas encontradas"),
        ("fr", "1 réponse trouvée", "3 réponses trouvées"),
    ],
)
def test_plural_forms(qapp, code: str, one: str, many: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_language

    installed = install_language(qapp, code)
    try:
        text = "%n answers found"
        assert QCoreApplication.translate("SearchController", text, "", 1) == one
        assert QCoreApplication.translate("SearchController", text, "", 3) == many
    finally:
        install_language(qapp, "en", installed)


def test_qt_translations_found_when_qt_path_points_elsewhere(qapp, monkeypatch, tmp_path) -> None:
    """A frozen bundle may configure another Qt path: PySide6's own folder is tried next."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from desktop.ui.i18n import install_language

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    installed = install_language(qapp, "es")
    try:
        assert installed is not None and len(installed.translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        install_language(qapp, "en", installed)


def test_creole_file_is_updated_despite_lupdate(tmp_path: Path) -> None:
    """lupdate refuses a Creole .ts (and exits 0): the update goes through a stand-in language."""
    source = tool.ts_path("ht").read_text(encoding="utf-8")
    # Drop one message, as if its text had just been added to the code.
    start = source.index("<message>", source.index("<name>PageWriter</name>"))
    end = source.index("</message>", start) + len("</message>")
    dropped = source[start:end]
    (tmp_path / "checkin_ht.ts").write_text(source[:start] + source[end:], encoding="utf-8")
    tool.update_one("ht", tmp_path)
    updated = (tmp_path / "checkin_ht.ts").read_text(encoding="utf-8")
    assert 'language="ht"' in updated
    messages = _messages(tmp_path / "checkin_ht.ts")
    committed = _messages(tool.ts_path("ht"))
    assert set(messages) == set(committed)  # the dropped text is back ...
    back = [k for k, m in messages.items() if m.find("translation").get("type") == "unfinished"]
    assert len(back) == 1 and back[0][1] in dropped  # ... as unfinished, for a translator
    # ... and every other translation is kept.
    for key, msg in committed.items():
        if key != back[0]:
            assert _texts(messages[key]) == _texts(msg), key


def test_import_dict_fills_unfinished_texts(tmp_path: Path) -> None:
    """Branches written before the .ts files carry an old `MESSAGES` dict: it can be imported."""
    text = tool.ts_path("es").read_text(encoding="utf-8")
    text = text.replace(
        "<translation>Preguntas relacionadas</translation>",
        '<translation type="unfinished"></translation>',
    )
    (tmp_path / "checkin_es.ts").write_text(text, encoding="utf-8")
    old = tmp_path / "translations_es.py"
    old.write_text(
        'MESSAGES = {"Related questions": "Preguntas relacionadas", "Gone": "Ido"}\n',
        encoding="utf-8",
    )
    assert tool.import_dict("es", old, tmp_path) == 1
    assert tool.unfinished("es", tmp_path) == []
    assert _messages(tmp_path / "checkin_es.ts").keys() == _messages(tool.ts_path("es")).keys()

"""The app's translations: update the Qt Linguist sources and compile them.

    python packaging/translations.py update    # `make translations`: i18n/*.ts from the code
    python packaging/translations.py release   # i18n/*.ts -> desktop/resources/translations/*.qm
    python packaging/translations.py import-dict es old_messages.py  # fill from an old dict
    python packaging/translations.py import-dict all made_ahead.json  # a {lang: {english: text}} file

`update` runs `pyside6-lupdate` over every `desktop/**/*.py` and keeps what translators wrote;
strings that left the code are marked obsolete and then dropped (`-no-obsolete`). Haitian
Creole needs a detour: lupdate refuses to update a `.ts` file whose language it has no plural
rules for ("target language is not recognized") and, worse, exits 0. Creole has one plural form,
so its file is updated as a copy declared Japanese (also one form) and relabelled afterwards.
`release` runs `pyside6-lrelease`; the `.qm` files are build output, never committed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "desktop" / "resources" / "translations"
# Language codes of the .ts files (checkin_<code>.ts). English is the source language: its file
# holds only the plural forms ("%n answers found" -> "1 answer found", "2 answers found").
LANGUAGES = ("en", "es", "ht", "pt_BR", "fr")
PLURAL_ONLY = {"en"}
# Languages lupdate cannot update, and a stand-in with the same plural rule (one form).
STAND_IN = {"ht": "ja"}
_LANGUAGE_ATTR = re.compile(r'(<TS version="[^"]*" language=")([^"]*)(")')


def _tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate, ...), beside this Python when in a venv."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def sources(root: Path = ROOT) -> list[Path]:
    """Every Python file whose tr() texts are translated, in a stable order."""
    return sorted(p for p in (root / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(code: str, ts_dir: Path = TS_DIR) -> Path:
    """The Qt Linguist file of a language."""
    return ts_dir / f"checkin_{code}.ts"


def _relabel(path: Path, language: str) -> None:
    """Set the language attribute of a .ts file."""
    text = path.read_text(encoding="utf-8")
    path.write_text(_LANGUAGE_ATTR.sub(rf"\g<1>{language}\g<3>", text, count=1), encoding="utf-8")


def _empty_ts(path: Path, code: str) -> None:
    """A new, empty .ts file for a language."""
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{code}">\n</TS>\n',
        encoding="utf-8",
    )


def update_one(code: str, ts_dir: Path = TS_DIR, root: Path = ROOT) -> None:
    """Bring one language's .ts file up to date with the code (lupdate, with the Creole detour)."""
    target = ts_path(code, ts_dir)
    if not target.exists():
        _empty_ts(target, code)
    stand_in = STAND_IN.get(code)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / target.name if stand_in else target
        if stand_in:
            shutil.copyfile(target, work)
            _relabel(work, stand_in)
        # No <location> lines: they change with every edit of the code and would make each
        # branch's .ts files conflict; the context (the class name) says where a text is.
        rel = [str(p.relative_to(root)) for p in sources(root)]
        result = subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
            + (["-pluralonly"] if code in PLURAL_ONLY else [])
            + [*rel, "-ts", str(work)],
            cwd=root,
            capture_output=True,
            text=True,
            errors="replace",  # lupdate may quote a source's bytes in its warnings
            check=False,
        )
        if result.returncode != 0 or "won't be updated" in result.stderr + result.stdout:
            raise SystemExit(f"translations: lupdate failed for {code}:\n{result.stderr}")
        if stand_in:
            _relabel(work, code)
            shutil.copyfile(work, target)


def unfinished(code: str, ts_dir: Path = TS_DIR) -> list[str]:
    """The source texts of a language's file that still wait for a translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path(code, ts_dir)).getroot()
    return [
        msg.findtext("source") or ""
        for msg in root.iter("message")
        if (msg.find("translation") is None or msg.find("translation").get("type") == "unfinished")
    ]


def update(ts_dir: Path = TS_DIR, root: Path = ROOT) -> None:
    """Update every language's .ts file from the code; say what is left to translate."""
    for code in LANGUAGES:
        update_one(code, ts_dir, root)
        todo = unfinished(code, ts_dir)
        name = ts_path(code, ts_dir).relative_to(ts_dir.parent)
        print(f"translations: {name} updated, {len(todo)} to translate")
        for text in todo[:10]:
            print(f"    {text!r}")
        if len(todo) > 10:
            print(f"    ... and {len(todo) - 10} more")


def release(ts_dir: Path = TS_DIR, out: Path = QM_DIR) -> list[Path]:
    """Compile every .ts file into out/checkin_<code>.qm; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for code in LANGUAGES:
        qm = out / f"checkin_{code}.qm"
        result = subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(code, ts_dir)), "-qm", str(qm)],
            capture_output=True,
            text=True,
            errors="replace",  # lupdate may quote a source's bytes in its warnings
            check=False,
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"translations: lrelease failed for {code}:\n{result.stderr}")
        written.append(qm)
    return written


def release_if_stale(ts_dir: Path = TS_DIR, out: Path = QM_DIR) -> bool:
    """Compile the .qm files when one is missing or older than its .ts; True if it did."""
    stale = any(
        not (out / f"checkin_{c}.qm").exists()
        or (out / f"checkin_{c}.qm").stat().st_mtime < ts_path(c, ts_dir).stat().st_mtime
        for c in LANGUAGES
    )
    if stale:
        release(ts_dir, out)
    return stale


def _load_dict(code: str, path: Path) -> dict:
    """{english: translation} for a language from a .py file (`MESSAGES = {...}`, the dict
    translator this project used before) or a .json file ({code: {english: translation}},
    a list of plural forms for a %n text)."""
    import json

    if path.suffix == ".json":
        return dict(json.loads(path.read_text(encoding="utf-8")).get(code, {}))
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    messages = namespace["MESSAGES"]
    assert isinstance(messages, dict)
    return messages


def import_dict(code: str, path: Path, ts_dir: Path = TS_DIR) -> int:
    """Fill a language's unfinished texts from translations kept outside the .ts files (see
    `_load_dict`); return how many were filled."""
    import xml.etree.ElementTree as ET

    messages = _load_dict(code, path)
    target = ts_path(code, ts_dir)
    tree = ET.parse(target)
    filled = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        text = messages.get(msg.findtext("source") or "")
        if tr is None or tr.get("type") != "unfinished" or not text:
            continue
        if msg.get("numerus") == "yes":
            forms = list(tr.iter("numerusform"))
            # One text for every form (an old dict) or one per form; a translator checks them.
            texts = text if isinstance(text, list) else [text] * len(forms)
            for form in forms:
                tr.remove(form)
            for value in texts:
                ET.SubElement(tr, "numerusform").text = value
        else:
            tr.text = text
        del tr.attrib["type"]
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    update_one(code, ts_dir)  # back to lupdate's own layout
    return filled


def main(argv: list[str] | None = None) -> int:
    """Command line: update, release, or import-dict CODE FILE."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "import-dict"])
    parser.add_argument("args", nargs="*", help="import-dict: a language code and a .py file")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "import-dict":
        code, source = args.args
        for lang in LANGUAGES if code == "all" else [code]:
            print(f"translations: {import_dict(lang, Path(source))} texts filled in for {lang}")
    else:
        for qm in release():
            print(f"translations: {qm.relative_to(ROOT)} compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make package`: build the search index, freeze the app (one folder) and archive it.

    python packaging/build.py [--clean] [--no-archive]

0. on Linux installs missing system packages (packaging/linux/system-deps.sh --package);
1. builds the search index with `checkin-help build-index --out build/search-index`, and the
   built-in information pack with `checkin-help pack build content --out build/builtin.chpack`;
2. runs PyInstaller with packaging/checkin-help.spec into dist/checkin-help/;
3. on Linux adds the notices of the bundled system libraries (from their Debian packages);
4. checks the bundle (executables, content, index, licences, no dangling links; on macOS
   also dist/Check-In Help.app);
5. on Linux adds the .desktop file, icon and menu installer, and writes
   dist/checkin-help-<version>-linux-x86_64.tar.gz.
Each stage prints one line with its time; any failure stops with a plain message and exit 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
INDEX_OUT = BUILD / "search-index"
# The built-in information pack, built from content/ (docs/PACKS.md); ships beside content/.
BUILTIN_PACK = BUILD / "builtin.chpack"
# Notices gathered from the build machine; the spec adds them to the bundle's licenses/.
EXTRA_LICENSES = BUILD / "licenses-extra"
BUNDLE = DIST / "checkin-help"
IS_WIN = sys.platform.startswith("win")
IS_LINUX = sys.platform.startswith("linux")
IS_MAC = sys.platform == "darwin"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_support  # noqa: E402 - lives beside this file (packaging/ is not a package)

APP_BUNDLE = DIST / f"{spec_support.APP_NAME}.app"


class BuildError(Exception):
    """A build stage failed; the message says which and why."""


def version() -> str:
    """The app version, read from desktop/__init__.py without importing the app."""
    try:
        return spec_support.read_version(ROOT)
    except spec_support.VersionError as exc:
        raise BuildError(str(exc)) from exc


def _run(cmd: list[str], what: str, env: dict[str, str] | None = None) -> None:
    """Run a command from the repository root; raise BuildError if it fails."""
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise BuildError(f"{what} failed (exit {result.returncode}): {' '.join(cmd)}")


def build_search_index() -> None:
    """Build the prebuilt index that ships read-only inside the bundle."""
    _run(
        [sys.executable, "-m", "desktop", "build-index", "--out", str(INDEX_OUT)],
        "building the search index",
    )
    if not any(INDEX_OUT.glob("*.toc")):
        raise BuildError(f"the search index in {INDEX_OUT} has no Whoosh table of contents")
    _run(
        [sys.executable, "-m", "desktop", "pack", "build", "content", "--out", str(BUILTIN_PACK)],
        "building the built-in information pack",
    )


def run_pyinstaller(clean: bool) -> None:
    """Freeze the app into dist/checkin-help with the spec."""
    env = dict(os.environ, CHECKIN_HELP_INDEX_DIR=str(INDEX_OUT))
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(ROOT / "packaging" / "checkin-help.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    _run(cmd, "PyInstaller", env=env)


def executable(bundle: Path = BUNDLE) -> Path:
    """The program people start (on Windows the windowed one)."""
    return bundle / ("checkin-help.exe" if IS_WIN else "checkin-help")


def check_bundle(bundle: Path = BUNDLE) -> None:
    """Fail when the bundle lacks a part the app or its notices need."""
    internal = bundle / "_internal"
    programs = [
        bundle / (p.name + (".exe" if IS_WIN else ""))
        for p in spec_support.plan_for(sys.platform).executables
    ]
    needed = [
        *programs,
        internal / "content",
        internal / "search-index",
        internal / "licenses" / "Qt-PySide6-LGPL-3.0.txt",
        internal / "desktop" / "resources" / "icon.png",
        internal / "desktop" / "resources" / "help" / "how-to.en.md",
        internal / "desktop" / "resources" / "translations" / "checkin_es.qm",
        internal / "licenses" / "Python-PSF.txt",
    ]
    if IS_WIN:
        needed.append(internal / "licenses" / "MSVC-runtime-NOTICE.txt")
    if IS_MAC:
        contents = APP_BUNDLE / "Contents"
        needed += [contents / "Info.plist", contents / "MacOS" / "checkin-help"]
    missing = [os.path.relpath(p, DIST) for p in needed if not p.exists()]
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    if missing or dangling:
        raise BuildError(f"incomplete bundle: missing {missing}, dangling links {dangling}")


def add_linux_desktop_files(bundle: Path = BUNDLE) -> None:
    """Put the .desktop file, the icon, the menu installer and the machine-wide pack folder's
    set-up script beside the executable."""
    linux = ROOT / "packaging" / "linux"
    shutil.copy2(linux / "checkin-help.desktop", bundle / "checkin-help.desktop")
    shutil.copy2(linux / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh")
    shutil.copy2(ROOT / "desktop" / "resources" / "icon.png", bundle / "checkin-help.png")
    (bundle / "install-desktop-entry.sh").chmod(0o755)
    # The machine-wide pack folder, set up by an administrator (docs/PACKS.md).
    shutil.copy2(linux / "machine-packs.sh", bundle / "machine-packs.sh")
    (bundle / "machine-packs.sh").chmod(0o755)


def add_system_library_notices(bundle: Path = BUNDLE) -> int:
    """Copy the Debian copyright file of every system library PyInstaller bundled (Linux).

    The libraries come from the build machine (fontconfig, glib, CUPS, X11, ...); their notices
    go to `_internal/licenses/system/<package>.txt`. Returns how many packages were found.
    """
    internal = bundle / "_internal"
    libs = sorted(
        p.name
        for p in internal.iterdir()
        if p.name.startswith("lib") and ".so" in p.name and p.is_file() and not p.is_symlink()
    )
    if not libs or shutil.which("dpkg-query") is None:
        return 0
    result = subprocess.run(
        ["dpkg-query", "-S", *(f"*/{name}" for name in libs)],
        capture_output=True,
        text=True,
        check=False,
    )
    packages = set()
    for line in result.stdout.splitlines():
        owner, _, path = line.partition(": ")
        if Path(path).name in libs:
            packages.update(pkg.split(":")[0] for pkg in owner.split(", "))
    out = internal / "licenses" / "system"
    out.mkdir(parents=True, exist_ok=True)
    found = 0
    for pkg in sorted(packages):
        copyright_file = Path("/usr/share/doc") / pkg / "copyright"
        if copyright_file.is_file():
            shutil.copyfile(copyright_file, out / f"{pkg}.txt")
            found += 1
    return found


def collect_interpreter_licence(out_dir: Path = EXTRA_LICENSES) -> bool:
    """Copy the LICENSE.txt of the Python that built the bundle (its own third-party notices).

    Python's Windows and macOS builds list there the libraries compiled into them (bzip2,
    libffi, OpenSSL, SQLite, xz, zlib, ...); the file is copied as it is, beside the generic
    notices in Python-PSF.txt and Python-incorporated-software.txt. The spec adds `out_dir` to
    the bundle's licences (so it reaches the macOS .app too).
    """
    shutil.rmtree(out_dir, ignore_errors=True)
    version_dir = f"python{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(sys.base_prefix)
    for candidate in (base / "LICENSE.txt", base / "lib" / version_dir / "LICENSE.txt"):
        if candidate.is_file():
            out_dir.mkdir(parents=True)
            shutil.copyfile(candidate, out_dir / "Python-LICENSE-of-this-build.txt")
            return True
    return False


def archive_linux(bundle: Path = BUNDLE) -> Path:
    """dist/checkin-help-<version>-linux-<arch>.tar.gz holding the folder checkin-help-<version>/."""
    top = f"checkin-help-{version()}"
    out = DIST / f"{top}-linux-{platform.machine()}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    tmp = out.with_suffix(".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=normalise)
    tmp.replace(out)
    return out


def size_mb(folder: Path) -> float:
    """Total size of the files in a folder, in MB (links not followed)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    """Run every stage; print one line each; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    args = parser.parse_args(argv)
    start = time.perf_counter()

    def stage(name: str) -> None:
        print(f"package: {name} done ({time.perf_counter() - start:.0f} s)", flush=True)

    try:
        if IS_LINUX:
            # The xcb and CUPS libraries must be present to be bundled; strace for selftest-all.
            _run(
                ["bash", "packaging/linux/system-deps.sh", "--package"],
                "installing system packages",
            )
        build_search_index()
        stage("search index")
        # The app's translations (.qm) go into desktop/resources, which the spec collects.
        _run([sys.executable, "packaging/translations.py", "release"], "compiling translations")
        stage("translations")
        found = collect_interpreter_licence()
        stage("Python's own licence file" + ("" if found else " (not found: skipped)"))
        run_pyinstaller(args.clean)
        stage("PyInstaller")
        if IS_LINUX:
            add_linux_desktop_files()
            notices = add_system_library_notices()
            stage(f"notices of {notices} bundled system packages")
        check_bundle()
        stage(f"bundle check ({size_mb(BUNDLE):.0f} MB in {BUNDLE.relative_to(ROOT)})")
        if IS_LINUX and not args.no_archive:
            out = archive_linux()
            stage(f"archive {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.0f} MB)")
    except BuildError as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 1
    print(f"package: ok in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

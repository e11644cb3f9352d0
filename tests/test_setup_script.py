"""scripts/setup.sh prints its steps, not pip's build warnings; a failure shows everything."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FAKE_PYTHON = """#!/usr/bin/env bash
# stands in for .venv/bin/python: pip's usual noise, and a failure when asked
echo "Collecting audiodigest"
echo "  SetuptoolsDeprecationWarning: Editable installation." >&2
echo "  !!  ****************************  !!" >&2
echo "WARNING: Location 'file:///opt/x/simple/pip/' is ignored" >&2
if [ -n "${FAIL_INSTALL:-}" ] && [ "$3" = "install" ] && [ "${*: -1}" = "." ]; then
  echo "ERROR: Could not find a version that satisfies the requirement nosuchpkg" >&2
  exit 1
fi
exit 0
"""


def _executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the script beside a stand-in .venv, and a dpkg that has everything."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
    _executable(root / ".venv" / "bin" / "python", FAKE_PYTHON)
    _executable(tmp_path / "bin" / "dpkg-query", "#!/bin/sh\necho 'install ok installed'\n")
    return root


def _run(repo: Path, **env: str) -> subprocess.CompletedProcess[str]:
    path = f"{repo.parent / 'bin'}:{os.environ['PATH']}"
    return subprocess.run(["bash", str(repo / "scripts" / "setup.sh")], capture_output=True,
                          text=True, env={**os.environ, "PATH": path, **env}, timeout=60)


def test_setup_prints_only_its_steps(repo: Path) -> None:
    done = _run(repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith("setup: ") for line in lines), lines
    assert lines[-1] == "setup: ready (.venv/bin/audiodigest)"


def test_setup_shows_a_failure_in_full(repo: Path) -> None:
    failed = _run(repo, FAIL_INSTALL="1")
    assert failed.returncode == 1
    assert "setup: installing audiodigest failed (exit status 1):" in failed.stderr
    assert "ERROR: Could not find a version that satisfies the requirement nosuchpkg" \
        in failed.stderr
    assert "ready" not in failed.stderr

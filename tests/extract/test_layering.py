"""Stage 2 reaches back only to the ground floor and to ingest, never up to later stages."""

from __future__ import annotations

import ast
from pathlib import Path

import audiodigest
from audiodigest.extract.rules import month_numbers

PACKAGE = Path(audiodigest.__file__).parent
ALLOWED = {"models", "errors", "settings", "ingest", "extract"}


def _audiodigest_imports(path: Path) -> set[str]:
    """First component under `audiodigest` of every import in one module of a stage folder."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1:
                found.add(path.parent.name)
            elif node.level == 2:
                found.add(module.split(".")[0] if module else "")
            elif module.startswith("audiodigest."):
                found.add(module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("audiodigest."))
    return found


def test_extract_imports_only_earlier_stages() -> None:
    for path in sorted((PACKAGE / "extract").glob("*.py")):
        assert _audiodigest_imports(path) <= ALLOWED, path.name


def test_ingest_does_not_import_extract() -> None:
    for path in sorted((PACKAGE / "ingest").glob("*.py")):
        assert "extract" not in _audiodigest_imports(path), path.name


def test_month_names_match_the_speech_tables() -> None:
    """Bylines are read with the month names the voices say (kept in two stages on purpose)."""
    from audiodigest.speech.phrases import month_numbers as spoken

    assert month_numbers() == spoken()

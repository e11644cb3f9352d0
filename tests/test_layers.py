"""The package's stages import one way: each only the stages before it and the ground floor."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "audiodigest"
LAYERS = [
    {"models", "errors", "parentdeath"},
    {"ingest"}, {"extract"}, {"speech"}, {"tts"}, {"audio"}, {"pipeline", "cluster"}, {"settings"},
    {"site"}, {"listen"}, {"show"}, {"follow"},
    {"cli", "cli_show", "console", "__init__", "__main__"},
]
"""In the order data flows; a module may import its own layer and those above it in this list."""


def _layer(top: str) -> int:
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(f"audiodigest.{top} is in no layer: add it to LAYERS")


def _imports(path: Path) -> set[str]:
    """Top-level audiodigest names this module imports, lazily or not."""
    rel = path.relative_to(PACKAGE).with_suffix("").parts
    package = list(rel[:-1]) if rel[-1] != "__init__" else list(rel[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                parts = base + (node.module.split(".") if node.module else [])
                if parts:
                    found.add(parts[0])
                else:  # from . import x, at the top of the package
                    found.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "audiodigest":
                parts = node.module.split(".")
                found.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "audiodigest" and len(parts) > 1:
                    found.add(parts[1])
    return found


def test_stages_import_only_earlier_stages() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("").parts
        own = rel[0]
        mine = _layer(own)
        for top in _imports(path) - {own}:
            if _layer(top) > mine:
                wrong.append(f"{path.relative_to(PACKAGE)} imports audiodigest.{top}")
    assert not wrong, "\n".join(wrong)


def test_no_module_is_over_600_lines() -> None:
    long = [f"{p.relative_to(PACKAGE)}: {n}" for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert not long, long


def test_import_is_light() -> None:
    """`import audiodigest` loads no HTTP client, HTML parser, CLI framework or numpy."""
    code = ("import sys, audiodigest; heavy = {'httpx', 'lxml', 'click', 'numpy', 'bs4', "
            "'trafilatura', 'PIL'}; print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

"""audiodigest: turn written news into podcast episodes, offline.

    >>> import audiodigest
    >>> articles = audiodigest.extract("article.html")
    >>> result = audiodigest.publish(["article.html"], audiodigest.DigestOptions(out_dir=Path("output")))

`extract`, `normalize` and `split_sentences` share their names with their modules, so they are
imported here at once (a lazy attribute would be shadowed by the submodule on first import);
everything else loads on first use to keep `audiodigest --help` fast.
"""

from __future__ import annotations

from typing import Any

from .extract import extract, extract_html, extract_text
from .normalize import normalize
from .sentences import split_sentences

__all__ = [
    "Article",
    "AudioDigestError",
    "DigestOptions",
    "Episode",
    "Script",
    "Section",
    "Segment",
    "build_script",
    "extract",
    "extract_html",
    "extract_text",
    "normalize",
    "publish",
    "remove",
    "render_file",
    "split_sentences",
]

__version__ = "0.1.0"

_LAZY = {
    "Article": "models", "Episode": "models", "Script": "models", "Section": "models",
    "Segment": "models", "AudioDigestError": "errors", "DigestOptions": "pipeline",
    "build_script": "script", "publish": "publish", "remove": "publish",
    "render_file": "publish",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'audiodigest' has no attribute {name!r}")

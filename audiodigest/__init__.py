"""audiodigest: turn written news into podcast episodes, offline.

    >>> import audiodigest
    >>> articles = audiodigest.extract("article.html")
    >>> result = audiodigest.publish(["article.html"], audiodigest.DigestOptions(out_dir=Path("output")))

The package is one folder per pipeline stage, in the order data flows: `ingest` (sources ->
RawDocument), `extract` (-> Article), `speech` (-> Script), `tts` (engines, voices, synthesis),
`audio` (-> MP3), `site` (feed and pages), `listen` (what a listener hears), `show`
(publishing), `follow` (feeds, for cron); `pipeline`, `cli`, `models`, `errors` and `settings`
sit at the top. Importing the package loads none of httpx, lxml, click or numpy: the stages load
on first use. `extract`, `normalize` and `split_sentences` are bound here after their stage
packages (light) so that a later import of a stage's module cannot shadow them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .extract import extract_html, extract_text
from .speech.normalize import normalize
from .speech.sentences import split_sentences

if TYPE_CHECKING:
    from .models import Article

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
    "build_script": "speech.script", "publish": "show.publish", "remove": "show.publish",
    "render_file": "show.publish",
}


def extract(source: str) -> list[Article]:
    """Every article in `source` (URL, file, folder, feed or "-"), in order."""
    from .pipeline import extract_all

    return list(extract_all(source).articles)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        return getattr(module, name)
    raise AttributeError(f"module 'audiodigest' has no attribute {name!r}")

"""New episodes get transliterated slugs; published ones keep their names and URLs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL

from audiodigest.audio.tags import read_chapters
from audiodigest.pipeline import DigestOptions
from audiodigest.show import identity as publish_module
from audiodigest.show.publish import publish

RUSSIAN = """# Москва приняла новый бюджет на 2018 год

Городская дума утвердила бюджет на следующий год после долгих споров о транспорте.

## Транспорт

Новые автобусы выйдут на линии весной. Цены на билеты не изменятся.
"""


@pytest.mark.slow
def test_russian_title_slug_and_old_names_kept(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "budget.md"
    article.write_text(RUSSIAN, encoding="utf-8")
    fresh = publish([str(article)], DigestOptions(out_dir=tmp_path / "new", base_url=BASE_URL))
    assert fresh.episode.slug == "moskva-prinyala-novyy-byudzhet-na-2018-god"
    assert fresh.episode.page_file == "moskva-prinyala-novyy-byudzhet-na-2018-god.html"
    # a Russian episode of two chapters carries both as ID3 chapter marks
    marks = read_chapters(tmp_path / "new" / fresh.episode.audio_file)
    assert [m.title for m in marks] == ["Москва приняла новый бюджет на 2018 год", "Транспорт"]
    assert [m.title for m in marks] == [c.title for c in fresh.episode.chapters]

    # published before slugs were transliterated: Cyrillic letters were dropped
    out = tmp_path / "old"
    with monkeypatch.context() as m:
        m.setattr(publish_module, "slugify", lambda title: "2018")
        old = publish([str(article)], DigestOptions(out_dir=out, base_url=BASE_URL))
    assert old.episode.slug == "2018"
    again = publish([str(article)], DigestOptions(out_dir=out, base_url=BASE_URL, force=True))
    assert again.status == "replaced" and again.episode.slug == "2018"
    assert again.episode.page_file == "2018.html" and (out / "2018.html").is_file()
    assert again.episode.audio_file.startswith("2018-")

"""The third fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh3.tsv): news sentences in German, Spanish, French, Italian and Russian,
written before the code was read, judged as the first set is (its `sounds`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_body_numbers_fresh import check, load, params

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh3.tsv"
NOT_YET: dict[str, str] = {
    "Geöffnet ist Mo.–Fr. von 9–18 Uhr.":
        "normalize.py (run first) makes the dash of 'Mo.–Fr.' a comma, so the range of weekdays "
        "is a list by the time body_numbers reads it; weekday abbreviations are not said in full",
}
"""Rows no family rule covers yet: the written form -> why."""
ROWS = load(FRESH_FILE)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("language", "category", "written", "spoken"), params(ROWS, NOT_YET))
def test_fresh3_rows_sound_as_a_newsreader_reads_them(language: str, category: str,
                                                       written: str, spoken: str) -> None:
    check(language, written, spoken)


def test_the_third_set_covers_each_language_and_category() -> None:
    counts: dict[tuple[str, str], int] = {}
    for language, category, _, _ in ROWS:
        counts[(language, category)] = counts.get((language, category), 0) + 1
    for language in ("de", "es", "fr", "it", "ru"):
        assert sum(n for (lang, _), n in counts.items() if lang == language) >= 45
        for category in ("cardinal", "ordinal", "decimal", "money", "measure", "date", "time",
                         "telephone", "electronic", "fraction", "whitelist", "roman", "range",
                         "address"):
            assert counts.get((language, category), 0) >= 1, (language, category)


def test_every_not_yet_row_of_the_third_set_is_in_it() -> None:
    assert set(NOT_YET) <= {written for _, _, written, _ in ROWS}

"""The seventh fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh7.tsv): 40 news sentences each in German, Spanish, French, Italian and
Russian, written blind, aimed at the plain forms of everyday news, judged as the first set is
(its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh7.tsv"
NOT_YET: dict[str, str] = {
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh7_rows_sound_as_a_newsreader_reads_them,
 test_the_seventh_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_seventh_set_is_in_it) = set_tests(FRESH_FILE, NOT_YET, 40)

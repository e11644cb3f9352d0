"""The twenty-sixth fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh26.tsv): 25 short fragments each in German, Spanish, French, Italian,
Russian and Portuguese of the plain, most frequent written forms of each class, written blind,
judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh26.tsv"
NOT_YET: dict[str, str] = {
    "de: 12,99 €": "a price without 'Cent': the older sets say 'Euro ... Cent'",
    "it: 5 kg": "the unit in full ('chilogrammi'); the older sets say 'chili'",
    "www.rai.it": "'w w w' and 'it' as a word: the older sets say 'vu vu vu' and 'i ti'",
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh26_rows_sound_as_a_newsreader_reads_them,
 test_the_twenty_sixth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_twenty_sixth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal", "ordinal", "decimal", "fraction", "money", "measure",
                              "date", "time", "telephone", "electronic", "roman", "address",
                              "range", "abbreviation"))

"""The thirty-second fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh32.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese from the justice, courts and police pages (terms, fines, codes of law,
case numbers, chambers), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh32.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
NOT_YET: dict[str, str] = {
    "Le vol aggravé est puni par l'art. 311-4 du Code pénal de 5 ans d'emprisonnement.":
        "an article's hyphen said 'tiret' by four later rows and an older one; this row leaves it unsaid",
    'Der Brandanschlag auf das Haus Lindenweg Nr. 7 wird als versuchter Mord nach § 211 StGB verfolgt.':
        "right to the ear: espeak-ng's vowel of 'elf' in '211' read from the digits",
    ('Die Bundesanwaltschaft wirft den 4 Männern Mitgliedschaft in einer terroristischen '
     'Vereinigung nach § 129a StGB vor.'):
        _HUNDERT,
    'Tra le vittime della truffa del finto nipote ci sono 31 anziani, il più giovane di 76 anni.':
        "'trentuno anziani': the older sets say 'trentun' before a noun",
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh32_rows_sound_as_a_newsreader_reads_them,
 test_the_thirty_second_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_thirty_second_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

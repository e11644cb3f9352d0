"""The sixtieth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh60.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about labour, strikes, wages, unions and working time (strike days and hours, pay
rises and offers, minimum wages and hourly pay, working weeks, collective agreements, union
members and ballots), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh60.tsv"
NOT_YET: dict[str, str] = {
    'de: Der gesetzliche Mindestlohn steigt zum 1. Januar 2025 auf 12,82 €/Std. brutto.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'ru: Профсоюз требует поднять оклады на 20%, т. е. примерно на 9 тыс. руб.':
        "right to the ear: espeak-ng's soft /f/ in 'двадцать' read from the digits",
    'ru: Электронное голосование по колдоговору завершится в 18:30 по московскому времени.':
        "'часов ... минут'; the older sets say a clock time 'восемнадцать тридцать'",
    'pt: A concentração está marcada para as 14h30 em frente à Assembleia da República.':
        "'horas e ... minutos'; the older sets say 'catorze e trinta'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh60_rows_sound_as_a_newsreader_reads_them,
 test_the_sixtieth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixtieth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

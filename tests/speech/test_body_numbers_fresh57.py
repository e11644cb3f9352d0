"""The fifty-seventh fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh57.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about lotteries, betting, horse racing, golf, tennis, chess and e-sports (draws and
jackpots, odds, race distances and times, golf and set scores, rankings and prize money), written
blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh57.tsv"
NOT_YET: dict[str, str] = {
    'de: Der Sieger lief die Strecke in 2:28,61 min und verpasste den Bahnrekord nur knapp.':
        "a race time 'zwei Minuten achtundzwanzig Komma sechs eins Sekunden' without 'und', which the older "
        "sets' race times have",
    'es: El ganador completó el recorrido en 2:31.42, nuevo récord de la prueba.':
        "a race time with its hundredths named ('centésimas'): a minutes-and-seconds reading the older sets "
        "do not have",
    'es: Alcaraz derrotó a Sinner por 6-4, 3-6 y 7-6 (7-5) en un partido de casi tres horas.':
        "a set's score with 'a'/'à' between its games, as most older sets read it; the writer joins them",
    "fr: Le record de l'épreuve, 2'24''49, est détenu depuis 2011 par la jument Danedream.":
        "a race time written with two apostrophes for the seconds (2'24''49): no family rule reads it yet",
    "fr: Gaël Monfils s'est imposé 6-4, 3-6, 7-6 (7-4) au premier tour à Bercy.":
        "a set's score with 'a'/'à' between its games, as most older sets read it; the writer joins them",
    "it: Sinner ha battuto Zverev 6-3, 7-6, 6-3 nella finale dell'Australian Open.":
        "a set's score with 'a'/'à' between its games, as most older sets read it; the writer joins them",
    'ru: В тираже № 1620 выпали числа 7, 15, 23, 38 и 44.':
        "right to the ear: espeak-ng's soft /m/ in 'семь' read from the digit before a comma",
    'ru: XLV Всемирная шахматная олимпиада прошла в Будапеште в сентябре 2024 г.':
        "a Roman numeral opening a sentence before an adjective and its noun ('Сорок пятая Всемирная')",
    'ru: Последний тур турнира претендентов начнётся в 15:30 по местному времени.':
        "'пятнадцать часов тридцать минут'; the older sets say 'пятнадцать тридцать'",
    'pt: Nuno Borges venceu Rafael Nadal por 6-3 e 6-2 na final de Bastad.':
        "a set's score with 'a'/'à' between its games, as most older sets read it; the writer joins them",
    'pt: O encontro de Borges no campo central está marcado para as 14h30.':
        "'catorze horas e trinta minutos'; the older sets say 'catorze e trinta'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh57_rows_sound_as_a_newsreader_reads_them,
 test_the_fifty_seventh_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_fifty_seventh_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

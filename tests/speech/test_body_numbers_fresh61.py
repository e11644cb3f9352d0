"""The sixty-first fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh61.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about football transfers, club finances and stadiums (fees and add-ons, contracts
and release clauses, market values and wages, revenues and debts, capacities, seasons, shirt
numbers and matchdays), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh61.tsv"
NOT_YET: dict[str, str] = {
    'de: Der Youngster wechselt aus der Regionalliga vom FC Bayern II zum Zweitligisten nach Fürth.':
        "a club's second team in Roman after the club's name ('Bayern zwei'): no rule tells a club from a ruler yet",
    'ru: Матч начнётся в 19:30 по московскому времени на «РЖД Арене».':
        "'часов ... минут'; the older sets say a clock time 'девятнадцать тридцать'",
    'ru: Летнее трансферное окно в России закроется 6 сентября в 23:59 по московскому времени.':
        "'часов ... минут'; the older sets say a clock time 'девятнадцать тридцать'",
    'pt: O jogo entre o Benfica e o Braga começa às 20h15 de domingo.':
        "'horas e ... minutos'; the older sets say 'vinte e quinze'",
    'pt: A janela de transferências fecha a 1 de setembro, às 23h59.':
        "'horas e ... minutos'; the older sets say 'vinte e quinze'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh61_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_first_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_first_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

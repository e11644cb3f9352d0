"""The sixty-second fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh62.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about traffic offences, fines, driving licences and road safety (speeds over the
limit, fines and points, blood alcohol, roads and kilometre markers, accident counts, checks by
the clock), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh62.tsv"
NOT_YET: dict[str, str] = {
    'de: Nach § 316 StGB droht bei Trunkenheit im Verkehr eine Freiheitsstrafe von bis zu 1 Jahr.':
        "'StGB' said in full ('Strafgesetzbuch'), as the older sets have it; the writer keeps its letters",
    'de: Handy am Steuer kostet 100 Euro und 1 Punkt, mit Gefährdung sogar 150 Euro.':
        "'einen Punkt', the object of 'kostet': the case from the verb, no rule yet",
    'fr: Le conducteur a été flashé à 142 km/h sur une route départementale limitée à 80 km/h.':
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    'fr: Un excès de vitesse de 20 à 30 km/h entraîne le retrait de 2 points.':
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    'fr: Depuis 2018, la vitesse maximale est passée de 90 à 80 km/h sur de nombreuses routes secondaires.':
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    "fr: Un jeune conducteur a été intercepté à 217 km/h sur l'autoroute près d'Orléans.":
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    "fr: L'amende pour un excès de plus de 50 km/h peut atteindre 1 500 €.":
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    'fr: Le chauffard roulait à 110 km/h dans une zone limitée à 30 km/h, devant une école.':
        "'kilomètres par heure'; the older French rows say 'kilomètres heure' (23 rows) more than 'par heure' (17)",
    'ru: Авария произошла в 23:40 на пересечении улиц Ленина и Мира.':
        "'часов ... минут'; the older sets say a clock time 'девятнадцать тридцать'",
    'ru: Против водителя возбуждено уголовное дело по ст. 264 УК РФ.':
        "'УК РФ' said in full, as the older sets have it; the writer keeps its letters",
    'ru: В 6:30 на 41-м км МКАД столкнулись сразу четыре автомобиля.':
        "'часов ... минут'; the older sets say a clock time 'девятнадцать тридцать'",
    'pt: O despiste aconteceu pelas 23h40 na Estrada Nacional 125, em Loulé.':
        "'horas e ... minutos'; the older sets say 'vinte e quinze'",
    'pt: O alerta foi dado às 6h15 por um condutor que seguia no IC19.':
        "'horas e ... minutos'; the older sets say 'vinte e quinze'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh62_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_second_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_second_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

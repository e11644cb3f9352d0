"""The thirty-ninth fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh39.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese from weather, climate and natural disasters (temperatures, rain and
snow, wind, earthquakes, warnings, river levels), written blind, judged as the first set is
(its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh39.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
_CELSIUS = "'Celsius' after the degrees; most of the older sets say the degrees alone"
_KMH = "'kilomètres heure', as the older sets read 'km/h'; the writer says 'par heure'"
NOT_YET: dict[str, str] = {
    'es: La AEMET prevé mínimas de -8 °C en el Pirineo oscense durante la madrugada del jueves.': _CELSIUS,
    'es: Sevilla registró 46,2 °C, a solo unas décimas del récord absoluto de la ciudad.': _CELSIUS,
    "fr: Météo-France annonce jusqu'à -10 °C dans les vallées du Jura mercredi matin.": _CELSIUS,
    'fr: Les maximales atteindront de 38 à 40 °C dans la vallée du Rhône samedi après-midi.': _CELSIUS,
    'fr: Des rafales à 130 km/h ont été relevées à la pointe du Raz pendant la nuit.': _KMH,
    'fr: Le cyclone de catégorie 4 menace La Réunion avec des vents de 220 km/h.': _KMH,
    'fr: Au sommet du mont Blanc, le thermomètre a affiché +8 °C, du jamais-vu en juillet.': _CELSIUS,
    "it: Nella notte la minima a Livigno è scesa a -21 °C, la più bassa dell'inverno.": _CELSIUS,
    'it: Il bilancio della frana sale a 12 morti e 41 dispersi, secondo la prefettura.':
        "'quarantuno dispersi': the older sets say 'quarantun' before a noun",
    'ru: В Якутии ночью ожидается похолодание до −52 °C, сообщили в Гидрометцентре.': _CELSIUS,
    'ru: Днём в Петербурге +3...+5 °C, местами пройдёт мокрый снег с дождём.': _CELSIUS,
    'ru: С 5 по 7 августа в Краснодарском крае ожидается жара до +40 °C.': _CELSIUS,
    'ru: Днём в Астрахани было +41 °C, это новый рекорд для июня.': _CELSIUS,
    'pt: O IPMA prevê mínimas de -4 °C em Bragança e na Guarda na madrugada de quinta-feira.': _CELSIUS,
    'pt: Em Mora registaram-se 46,6 °C, um novo recorde para o mês de junho.': _CELSIUS,
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh39_rows_sound_as_a_newsreader_reads_them,
 test_the_thirty_ninth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_thirty_ninth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

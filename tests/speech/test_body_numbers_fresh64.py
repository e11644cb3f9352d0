"""The sixty-fourth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh64.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about police reports and the local crime blotter (ages, times and dates of
incidents, addresses, stolen sums, speeds and alcohol, plates and case numbers, police lines),
written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh64.tsv"
NOT_YET: dict[str, str] = {
    'de: Gegen den Fahrer wird u. a. wegen Trunkenheit im Verkehr nach § 316 StGB ermittelt.':
        "'StGB' said in full ('Strafgesetzbuch'), as the older sets have it; the writer keeps its letters",
    'es: La Guardia Civil recuerda que cualquier incidencia puede comunicarse en el 062 o en el 112.':
        "a second service number after 'o en el' digit by digit: the rule reads only the one after the word of calling",
    'fr: Les policiers ont saisi 4,2 kg de résine de cannabis et 12 000 euros lors de la perquisition.':
        "'kilos'/'chili'/'quilos' for 'kg', as older rows of this language read it; the writer says the unit in full",
    'it: Nel borsone gli agenti hanno trovato 3,2 kg di hashish e un bilancino di precisione.':
        "'kilos'/'chili'/'quilos' for 'kg', as older rows of this language read it; the writer says the unit in full",
    'it: Nel corso dei controlli sono state identificate 231 persone e sequestrate 41 dosi di cocaina.':
        "'quarantuno dosi', the writer's; 'quarantun' is as good, and the older rows have both",
    'ru: Пожар в торговом павильоне вспыхнул в 02:40, огонь потушили за полчаса.':
        "'часов ... минут'; the older sets say a clock time 'два сорок'",
    'ru: Возбуждено уголовное дело по ч. 2 ст. 158 УК РФ о краже с причинением значительного ущерба.':
        "'УК РФ' said in full, as the older sets have it; the writer keeps its letters",
    'pt: O alerta foi dado cerca da 1h30 por um vizinho que ouviu gritos no prédio.':
        "'horas e ... minutos'; the older sets say 'uma e trinta'",
    'pt: Foram apreendidos 4,6 kg de haxixe e 200 doses de cocaína durante a operação.':
        "'kilos'/'chili'/'quilos' for 'kg', as older rows of this language read it; the writer says the unit in full",
    'pt: A PSP apela a quem tenha informações que ligue para o 112 ou se dirija à esquadra mais próxima.':
        "'cento e doze'; the older Portuguese rows say an emergency number digit by digit",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh64_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_fourth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_fourth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

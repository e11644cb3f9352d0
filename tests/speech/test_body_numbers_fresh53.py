"""The fifty-third fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh53.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about city life and consumer services (transit fares and lines, parking fees,
opening hours, addresses, floors, phone numbers, event prices), written blind, judged as the
first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh53.tsv"
_WEEKDAYS = "a weekday written short outside a span ('jeden Di. und Fr.', 'de lun. a sáb.', 'в пн и чт')"
NOT_YET: dict[str, str] = {
    'de: Das 49-€-Ticket wird zum Jahreswechsel teurer und kostet dann 58 € im Monat.':
        "a price inside a compound ('49-€-Ticket' 'Neunundvierzig-Euro-Ticket')",
    'de: In der Innenstadt steigen die Parkgebühren ab März auf 2,50 €/Std.':
        "'zwei Euro fünfzig' without 'Cent'; the older sets name the cents",
    'de: Eine Monatskarte für Schüler kostet künftig 29,90 €, bisher waren es 34,50 €.':
        "'neunundzwanzig Euro neunzig' without 'Cent'; the older sets name the cents",
    'de: Der Bus Nr. 142 fährt ab Sonntag im 10-Minuten-Takt bis zum Flughafen.':
        "a bus line after 'Nr.' as a cardinal; the service-line rule reads a number after 'Nummer' digit by digit",
    'it: Nel Municipio XII apriranno due nuovi sportelli anagrafici entro la fine di marzo.':
        "'Municipio dodici'; the older sets read a numbered body's Roman numeral as an ordinal",
    'it: Le domande per il bonus trasporti si presentano sul sito comune.milano.it entro il 31 marzo.':
        "a country domain 'it' said as a word; we spell two-letter domains ('I T')",
    'ru: Около 1/4 остановок общественного транспорта до сих пор не оборудованы павильонами.':
        "'четверти' alone; the older sets say 'одной четверти'",
    'ru: Записаться на экскурсию по новой станции можно на сайте mos.ru до конца месяца.':
        "the domain 'ru' said in Latin letters; we say 'ру', as Russian radio does",
    'pt: Durante as obras, o último comboio da linha de Cascais parte do Cais do Sodré às 23h45.':
        "a clock time with 'horas e ... minutos'; the older sets say 'vinte e três e quarenta e cinco'",
}
"""Rows no family rule covers yet: "language: written" -> why."""

(test_fresh53_rows_sound_as_a_newsreader_reads_them,
 test_the_fifty_third_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_fifty_third_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

"""The forty-fourth fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh44.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese about health and medicine (doses, vital signs and lab values, incidence,
vaccination, hospitals, ages, stages of a disease), written blind, judged as the first set is
(its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh44.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
_CASE = "a count's noun in the case its preposition asks for ('zu ... internationalen Einheiten', 'по одной таблетке')"
NOT_YET: dict[str, str] = {
    'de: Das Kind hatte seit zwei Tagen Fieber von bis zu 39,2 °C und wurde stationär aufgenommen.':
        "'Grad' without 'Celsius'; most older sets say it",
    'de: In der Notaufnahme mussten Pat. im Schnitt ca. 3 Std. warten, in Spitzenzeiten sogar bis zu 5 Std.':
        "'Pat.' said 'Patienten' (singular or plural is the sentence's); 'ca.' said 'zirka'",
    'de: Hausärzte raten im Winter oft zu 1.000 IE Vitamin D täglich, bei einem Mangel auch zu mehr.': _CASE,
    'fr: Pour un enfant de 20 kg, la dose est de 15 mg/kg, soit 300 mg par prise.':
        "'kg' said 'kilos', as the older sets read it; the writer says 'kilogrammes'",
    'ru: Согласно инструкции, препарат принимают по 1 таб. 2 раза в день в течение 10 дней.': _CASE,
    'ru: Около 1/4 госпитализированных с гриппом составляют дети до 5 лет.':
        "'четверти' alone; the older sets say 'одной четверти', 'одна треть' (four rows)",
}
"""Rows no family rule covers yet: "language: written" -> why."""

(test_fresh44_rows_sound_as_a_newsreader_reads_them,
 test_the_forty_fourth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_forty_fourth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

"""The forty-sixth fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh46.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese about military, defence and war (units and formations, weapon
designations, calibres, ranges, casualties, defence budgets, ranks), written blind, judged as the
first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh46.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
_CLOCK = "a clock time with its hour's and minutes' words ('в три часа сорок минут'); the older sets say 'три сорок'"
_DESIGNATION = ("a weapon's designation said by its parts ('Leopard dois A seis', 'G três'); the voice reads "
                "'2A6' and 'G3' itself, heard otherwise by the judge")
NOT_YET: dict[str, str] = {
    'es: Las sirenas antiaéreas sonaron en Kiev a las 4.15 de la madrugada.':
        "'cuatro y cuarto' where the older sets say 'cuatro quince'",
    'ru: Евросоюз обещал поставить Украине 1 млн 155-мм снарядов в течение года.':
        "a calibre made one adjective ('стопятидесятипятимиллиметровых'), and 'один миллион' in words",
    'ru: Воздушная тревога в Киеве была объявлена в 03:40 по местному времени.': _CLOCK,
    'ru: В XIX веке Севастополь выдержал осаду, длившуюся 349 дней.':
        "espeak-ng's own reading of the digits ('349'), heard otherwise than the words",
    'pt: As espingardas G3 usadas durante décadas pelo Exército têm calibre 7,62 mm.': _DESIGNATION,
    'pt: Portugal enviou 3 carros de combate Leopard 2A6 para a Ucrânia em 2023.': _DESIGNATION,
}
"""Rows no family rule covers yet: "language: written" -> why."""

(test_fresh46_rows_sound_as_a_newsreader_reads_them,
 test_the_forty_sixth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_forty_sixth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

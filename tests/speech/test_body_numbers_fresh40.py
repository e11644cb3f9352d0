"""The fortieth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh40.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese from technology, internet, telecom and gadgets (data amounts and speeds, screens
and resolutions, device prices, software versions, model names, hashtags, addresses), written
blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh40.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
_CENTS = "the cents named ('Cent', 'centesimi'), as the older sets read them; the writer leaves them unnamed"
_IT = "'.it' said as its letters, as the rules say an Italian domain; the writer says 'it'"
_RU = "'.ru' said 'точка ру', as Russians say it; the writer keeps the Latin letters"
NOT_YET: dict[str, str] = {
    'Im Angebot kostet das Tablet nur noch 299,99 €, das sind 100 Euro weniger als zum Marktstart.': _CENTS,
    'El videojuego Civilization VII salió a la venta el 11 de febrero para consolas y ordenadores.':
        "a game's Roman number after a capitalized title read as a king's ordinal ('séptimo')",
    'Durante il Black Friday le cuffie sono scontate a 249,99 euro su diversi siti.': _CENTS,
    'Per verificare la copertura della banda ultralarga basta consultare il sito bandaultralarga.italia.it.': _IT,
    "Gli utenti coinvolti possono scrivere all'indirizzo assistenza@operatore.it per chiedere un rimborso.": _IT,
    'Пожаловаться на мошеннический сайт можно через портал gosuslugi.ru, напомнили в Минцифры.': _RU,
    'Обращения пользователей принимаются по адресу press@operator.ru, сообщили в компании.': _RU,
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh40_rows_sound_as_a_newsreader_reads_them,
 test_the_fortieth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_fortieth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

"""The sixty-seventh fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh67.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about stock markets, currencies and market reports (index levels and moves, share
prices, volumes, exchange rates, bond yields and spreads, trading hours and quarters), written
blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh67.tsv"
NOT_YET: dict[str, str] = {
    'de: Schlusslicht im DAX war Bayer, die Aktie fiel um 2,35 € auf 24,38 €.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Gefragt waren Rüstungswerte: Rheinmetall (+4,6 %) kletterte bis zum Abend auf 512,80 €.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Eine Feinunze Gold kostete in London zeitweise 2.431,60 Dollar, so viel wie nie zuvor.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Die neue Anleihe mit der WKN 716460 wird ab Montag im Freiverkehr gehandelt.':
        "'WKN' said in full and its six digits one by one: no rule yet",
    "fr: Les analystes voient le CAC 40 entre 7 600 et 8 000 points à la fin de l'année.":
        "right to the ear: espeak-ng's reading from the digits differs from its reading of the words (the "
        "liaison of 'six cents et')",
    "fr: Le prix de l'introduction en Bourse a été fixé dans une fourchette de 21 à 24 euros.":
        "right to the ear: espeak-ng's reading from the digits differs from its reading of the words (the "
        "liaison of 'vingt et un à')",
    "fr: Au total, 31 des 40 valeurs de l'indice ont terminé la séance en hausse.":
        "'trente et une': the gender of a count from the noun after 'des 40', no rule yet",
    'ru: Индекс РТС вырос на 0,8%, до 1134,27 пункта.':
        "'до тысячи ста...' without 'одной'; the rules say 'одной тысячи'",
    'ru: На торгах в пятницу подешевели 38 из 43 акций, входящих в индекс.':
        "right to the ear: espeak-ng's reading from the digits differs from its reading of the words (the "
        "hard consonant of 'восемь')",
    'ru: Основная торговая сессия на фондовом рынке Мосбиржи завершается в 18:50 мск.':
        "'часов ... минут'; the older sets say a clock time 'два сорок'",
    'ru: Вечерняя сессия на Мосбирже проходит с 19:05 до 23:50 мск.':
        "'часов ... минут'; the older sets say a clock time 'два сорок'",
    'pt: O euro segue a valorizar 0,3% face ao dólar, para 1,1628 dólares.':
        "an exchange rate's four decimals said as one number ('mil seiscentos e vinte e oito'); the rules say"
        ' them digit by digit',
    'pt: A bolsa de Lisboa abre às 8h00 e encerra às 16h30, hora local.':
        "'horas e ... minutos'; the older sets say 'uma e trinta'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh67_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_seventh_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_seventh_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

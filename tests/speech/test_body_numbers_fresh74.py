"""The seventy-fourth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh74.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about companies, earnings and corporate news (revenue and profit, margins,
reporting periods, dividends, job cuts, company forms), written blind, judged as the first set is
(its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh74.tsv"
NOT_YET: dict[str, str] = {
    'de: Der Vorstand schlägt der Hauptversammlung eine Dividende von 1,15 € je Aktie vor.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Nach den Zahlen schloss die Aktie mit einem Plus von 7,8 % bei 143,60 Euro.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Das Sparprogramm „Fokus II“ soll bis 2027 Kosten von 1,6 Mrd. € einsparen.':
        "a programme's numeral inside German quotes („Fokus II“) said 'zwei': the rules leave a Roman numeral"
        " after a quote's word",
    'de: Zum 5. Mal in Folge erhöht der Konsumgüterkonzern die Dividende, diesmal auf 2,14 € je Vorzugsaktie.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'de: Das Ergebnis je Aktie stieg ggü. dem Vorjahr um 9 % auf 4,12 €.':
        "the cents named ('Cent'), as the older sets read them; the writer leaves them unnamed",
    'es: La junta aprobará un dividendo complementario de 0,31 euros brutos por acción.':
        "'céntimos de euro'; the older Spanish rows say 'céntimos' alone",
    'es: La sociedad Construcciones Pérez Hermanos, S.L. presentó concurso con una deuda de 74 mill. de euros.':
        "'S.L.' kept as letters; the rules say 'sociedad limitada', as older rows read it",
    "it: Il cda proporrà all'assemblea un dividendo di 0,72 euro per azione.":
        "'cda' said 'consiglio di amministrazione'; an older row keeps 'cda', as Italian radio says the letters",
    'it: La Rossi Costruzioni S.p.A. ha depositato domanda di concordato con debiti per 230 mln.':
        "'S.p.A.' kept as letters; the rules say 'società per azioni', as older rows read it",
    'it: I conti del terzo trimestre saranno approvati dal cda il 6 novembre.':
        "'cda' said 'consiglio di amministrazione'; an older row keeps 'cda', as Italian radio says the letters",
    'ru: Чистая прибыль банка за 9 мес. выросла на 14,3%, до 312 млрд руб.':
        "right to the ear: espeak-ng's reading from the digits differs from its reading of the words (the "
        "stress of 'за девять')",
    'ru: Торги акциями компании на Мосбирже были приостановлены в 14:20 по московскому времени.':
        "'часов ... минут'; the older sets say a clock time 'два сорок'",
    'ru: Компания опубликует отчётность по МСФО 27 февраля, в 9:30, до открытия торгов.':
        "'часов ... минут'; the older sets say a clock time 'два сорок'",
    'ru: На XXVIII ПМЭФ компания подписала соглашения на 1,3 трлн руб.':
        "a Roman ordinal before an event's initials in the prepositional ('На двадцать восьмом ПМЭФ'): no rule yet",
    'pt: O conselho de administração propõe um dividendo de 0,68 euros por ação.':
        "'cêntimos de euro'; the older Portuguese rows say 'cêntimos' alone",
    'pt: A conferência com analistas está marcada para as 10h30 de quinta-feira.':
        "'horas e ... minutos'; the older sets say 'uma e trinta'",
    'pt: As ações do banco estiveram suspensas na Euronext Lisboa até às 14h15.':
        "'horas e ... minutos'; the older sets say 'uma e trinta'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh74_rows_sound_as_a_newsreader_reads_them,
 test_the_seventy_fourth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_seventy_fourth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

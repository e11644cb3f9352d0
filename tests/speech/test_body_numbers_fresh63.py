"""The sixty-third fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh63.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about health systems, hospitals, waiting times and health insurance (waiting times,
beds and staff, contributions and co-payments, budgets, triage levels, wards and floors, the
health lines), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh63.tsv"
NOT_YET: dict[str, str] = {
    'es: Ante un infarto o un ictus, Sanidad recuerda que hay que llamar al 061 o al 112.':
        "a second service number after 'o al' digit by digit: the rule reads only the one after the word of calling",
    "fr: En cas d'urgence vitale, composez le 15 ; pour un avis médical la nuit, le 116 117.":
        "'le 116 117' as two numbers; the French thousands rule joins the groups",
    'ru: В поликлиниках Москвы не хватает более 300 терапевтов и 150 педиатров.':
        "the genitive carried over 'и' to a second count ('ста пятидесяти педиатров'): no rule yet",
    'ru: Пострадавшего доставили в приёмное отделение городской больницы в 02:40.':
        "'часов ... минут'; the older sets say a clock time 'девятнадцать тридцать'",
    'pt: O doente deu entrada às 3h15 e só foi visto por um médico ao meio-dia.':
        "'horas e ... minutos'; the older sets say 'vinte e quinze'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh63_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_third_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_third_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

"""The sixty-eighth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh68.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about laws, parliaments and legal citations (articles and paragraphs of codes,
bill, decree and case numbers, votes and majorities, sessions and legislatures), written blind,
judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh68.tsv"
NOT_YET: dict[str, str] = {
    'de: Der Gesetzentwurf liegt dem Bundestag als Drucksache 20/8761 vor.':
        "a slash in a German file number said 'Schrägstrich'; the older sets say 'Strich'",
    'de: Karlsruhe verhandelt die Verfassungsbeschwerde unter dem Aktenzeichen 1 BvR 2656/18.':
        "a slash in a German file number said 'Schrägstrich'; the older sets say 'Strich'",
    'de: Der Europäische Gerichtshof kippte das Abkommen im Verfahren C-311/18 im Juli 2020.':
        "a European court's case number ('C-311/18') said as its letter, number and year: no rule yet",
    'de: Das Bürgergeld wird nach dem SGB II gezahlt, die Sozialhilfe nach dem SGB XII.':
        "'SGB' said in full ('Sozialgesetzbuch'); two older rows keep its letters",
    'de: Das Urteil des Landgerichts (Az. 5 KLs 12/24) ist noch nicht rechtskräftig.':
        "a slash in a German file number said 'Schrägstrich'; the older sets say 'Strich'",
    "fr: La Cour de justice de l'UE a tranché dans l'arrêt C-311/18, dit « Schrems II ».":
        "a European court's case number ('C-311/18') said as its letter, number and year: no rule yet",
    'fr: Les amendes prévues vont de 1 500 à 7 500 € pour les particuliers.':
        "right to the ear: espeak-ng's reading from the digits differs from its reading of the words (the "
        "liaison of 'cinq cents à')",
    'it: La Camera ha votato la fiducia con 211 voti favorevoli, 131 contrari e 4 astenuti.':
        "'centotrentuno contrari': the rules drop the 'o' before any word, as before a noun",
    'ru: Согласно п. 3 ст. 16 закона срок рассмотрения обращения составляет 30 дней.':
        "a law's point and article as ordinals ('пункту третьему статьи шестнадцатой'); the older sets say cardinals",
    'ru: Законопроект был принят 402 голосами при 1 воздержавшемся.':
        "'при одном воздержавшемся': '1' in the prepositional after 'при', no rule yet",
    'ru: Согласно ст. 333 ГК РФ суд вправе уменьшить неустойку по договору.':
        "an article as an ordinal ('статье триста тридцать третьей'); the older sets say cardinals",
    'ru: Поправки в ст. 12 закона «О полиции» внесены в Госдуму в среду.':
        "'в статью двенадцатую': the accusative from the verb ('внесены в'), no rule yet; the rules read 'в' "
        'with the prepositional',
    'pt: O Tribunal de Justiça da UE decidiu o processo C-311/18 em julho de 2020.':
        "a European court's case number ('C-311/18') said as its letter, number and year: no rule yet",
    'pt: O STF considerou que o inc. IV do art. 5.º da Constituição brasileira protege a livre manifestação.':
        "'inc. IV' said 'inciso quarto': no rule yet",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh68_rows_sound_as_a_newsreader_reads_them,
 test_the_sixty_eighth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_sixty_eighth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

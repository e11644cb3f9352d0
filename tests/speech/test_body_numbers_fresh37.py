"""The thirty-seventh fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh37.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese from history, anniversaries, obituaries and religion (centuries, years
before and after Christ, life spans, ages at death, jubilees, popes and kings, saints), written
blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh37.tsv"
NOT_YET: dict[str, str] = {
    'Una mostra a Firenze ricorda il pittore Giulio Santini (1928–2024) con oltre 80 opere inedite.':
        "a life span in brackets said with 'a' between the years",
    'В музее открылась выставка художника Андрея Соколова (1928–2024), посвящённая старой Москве.':
        "a life span in brackets as two ordinals ('тысяча девятьсот двадцать восьмой — ...')",
    'Папа Римский Лев XIV отслужил первую пасхальную мессу перед 50 000 верующих на площади Святого Петра.':
        "'перед 50 000 верующих' in the instrumental: the noun after the number is a participle "
        "in the genitive, which does not show the case",
    'Ковчег с мощами св. Николая Чудотворца будет открыт для поклонения до 28 июля.':
        "'св.' in the case and gender of the saint's name ('святого Николая')",
}
"""Rows no family rule covers yet: the written form -> why."""

(test_fresh37_rows_sound_as_a_newsreader_reads_them,
 test_the_thirty_seventh_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_thirty_seventh_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

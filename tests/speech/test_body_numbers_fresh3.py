"""The third fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh3.tsv): news sentences in German, Spanish, French, Italian and Russian,
written before the code was read, judged as the first set is (its `sounds`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_body_numbers_fresh import check, load, params

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh3.tsv"
_FIRST_RUN = "missed on the first run; not fixed yet"
NOT_YET: dict[str, str] = {
    'Für 1 Monat wurde die Brücke gesperrt.': _FIRST_RUN,
    "Der Konzern streicht 12'000 Stellen.": _FIRST_RUN,
    'Im XXI. Jahrhundert wird alles anders.': _FIRST_RUN,
    'Das Menü kostet CHF 25.–.': _FIRST_RUN,
    "Die Miete beträgt 2'400 Franken.": _FIRST_RUN,
    'Die Kosten liegen bei mind. 500 Euro.': _FIRST_RUN,
    'Das Projekt kostet insg. 4 Mio. Euro.': _FIRST_RUN,
    'Die Wache liegt am Marktpl. 4.': _FIRST_RUN,
    'Hubo rachas de 100 km/h.': _FIRST_RUN,
    'La reunión acabó a las 23.30.': _FIRST_RUN,
    'Llame al 900 123 456.': _FIRST_RUN,
    'Teléfono: +34 600 11 22 33.': _FIRST_RUN,
    'La sede está en el P.º de la Castellana, 100.': _FIRST_RUN,
    'Il a passé 21 ans en prison.': _FIRST_RUN,
    'Le groupe compte 81 députés.': _FIRST_RUN,
    'La mairie est au 2, pl. de la République.': _FIRST_RUN,
    'Ha compiuto 21 anni.': _FIRST_RUN,
    'Il mese ha 31 giorni.': _FIRST_RUN,
    'Il premio è di 21 milioni di euro.': _FIRST_RUN,
    "L'8 settembre cambiò tutto.": _FIRST_RUN,
    'Chiamate il numero 800 123456.': _FIRST_RUN,
    'Ему не хватило 3 голосов.': _FIRST_RUN,
    'Ребёнок занимается спортом с 5 лет.': _FIRST_RUN,
    'Сотрудники получат по 1 выходному дню.': _FIRST_RUN,
    'Ставку повысили на 2 п. п.': _FIRST_RUN,
    'Зарплаты выросли на 1–2 тыс. рублей.': _FIRST_RUN,
    'Справки по тел. 8 (812) 234-56-78.': _FIRST_RUN,
    'Запись на сайте госуслуги.рф.': _FIRST_RUN,
    'Обращения принимает сайт президент.рф.': _FIRST_RUN,
    'Пострадали ок. 40 чел.': _FIRST_RUN,
    'Зарплаты от 1 до 2 тыс. рублей.': _FIRST_RUN,
}
"""Rows no family rule covers yet: the written form -> why."""
ROWS = load(FRESH_FILE)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("language", "category", "written", "spoken"), params(ROWS, NOT_YET))
def test_fresh3_rows_sound_as_a_newsreader_reads_them(language: str, category: str,
                                                       written: str, spoken: str) -> None:
    check(language, written, spoken)


def test_the_third_set_covers_each_language_and_category() -> None:
    counts: dict[tuple[str, str], int] = {}
    for language, category, _, _ in ROWS:
        counts[(language, category)] = counts.get((language, category), 0) + 1
    for language in ("de", "es", "fr", "it", "ru"):
        assert sum(n for (lang, _), n in counts.items() if lang == language) >= 45
        for category in ("cardinal", "ordinal", "decimal", "money", "measure", "date", "time",
                         "telephone", "electronic", "fraction", "whitelist", "roman", "range",
                         "address"):
            assert counts.get((language, category), 0) >= 1, (language, category)


def test_every_not_yet_row_of_the_third_set_is_in_it() -> None:
    assert set(NOT_YET) <= {written for _, _, written, _ in ROWS}

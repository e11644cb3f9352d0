"""The fifty-eighth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh58.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about environment, air quality, pollution, waste and water (fine dust and gases,
emissions, recycling rates, rivers' flows and reservoirs, contaminants in water, environmental
laws and zones), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh58.tsv"
NOT_YET: dict[str, str] = {
    'es: Cada habitante generó 472 kg de residuos municipales el año pasado, según Eurostat.':
        "'kilos' for 'kg', as most older rows of this language read it; the writer says the unit in full",
    "fr: Chaque habitant produit en moyenne 457 kg de déchets ménagers par an, selon l'ADEME.":
        "'kilos' for 'kg', as most older rows of this language read it; the writer says the unit in full",
    "fr: Les émissions nationales sont estimées à 369,4 Mt CO₂e pour l'année 2024.":
        "'d'équivalent CO deux' for 'CO₂e': no family rule says a gas's equivalent in French yet",
    "it: Ogni italiano ha prodotto in media 496 kg di rifiuti urbani nel 2023, secondo l'ISPRA.":
        "'chili' for 'kg', as some older rows read it; the writer says 'chilogrammi'",
    'it: La parte IV del Testo unico ambientale regola la gestione dei rifiuti e la bonifica dei siti.':
        "a part of an Italian code in a postposed ordinal ('parte quarta'): no rule for it yet",
    'ru: Выброс был зафиксирован в 23:40 датчиками городской системы мониторинга.':
        "'часов ... минут'; the older sets say a clock time 'восемнадцать тридцать'",
    'pt: Cada português produziu 511 kg de resíduos urbanos no ano passado, segundo a APA.':
        "'quilos' for 'kg', as an older row reads it; the writer says 'quilogramas'",
    'pt: O aviso de poluição por ozono foi emitido às 15h30 pela CCDR do Alentejo.':
        "'horas e ... minutos'; the older sets say 'catorze e trinta'",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh58_rows_sound_as_a_newsreader_reads_them,
 test_the_fifty_eighth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_fifty_eighth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

"""The forty-first fresh probe set for numbers and written forms in other languages than
English (body_numbers_fresh41.tsv): 25 news sentences each in German, Spanish, French, Italian,
Russian and Portuguese about cars and electric vehicles (prices, power and torque, consumption
and emissions, range and charging, registrations), written blind, judged as the first set is
(its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh41.tsv"
_HUNDERT = "'hundert...' as the writer reads it; the older sets keep espeak-ng's 'einhundert...'"
_MODEL = "a car model's Roman number said as a cardinal ('Golf acht'); the voice says 'römisch'"
_VE = "'VE', 'VÉ' said as the words 'véhicules électriques'; the rules leave the letters"
_PER100 = ("consumption 'per hundred kilometres' with the older sets' words ('a los cien', 'per "
           "cento'); the writer says 'cada cien', 'ogni cento'")
_KILO = "'kg' said 'kilos', 'chili', as the older sets read it; the writer says 'kilogrammes'"
_FR_LIAISON = "the liaison of 'quatre-vingt-dix' before 'euros', which espeak-ng leaves out from the digits"
_KILOWATT = "'chilowatt', the older sets' spelling, which espeak-ng says otherwise than 'kilowatt'"
_CENTS = "the cents named ('centesimi'), as the older sets read them; the writer leaves them unnamed"
NOT_YET: dict[str, str] = {
    'de: Der Elektromotor leistet 150 kW (204 PS) und stellt ein maximales Drehmoment von 310 Nm bereit.':
        _HUNDERT + ", and 'von 310 Nm' in the dative ('Newtonmetern'), which the writer leaves undeclined",
    'de: Der Golf VIII erhält zur Modellpflege ein neues Infotainment und stärkere Plug-in-Hybride.':
        _MODEL,
    'es: Según la homologación WLTP, el híbrido consume 4,8 l/100 km y emite 109 g/km de CO₂.':
        _PER100,
    'es: Su consumo medio homologado es de 15,9 kWh/100 km, uno de los más bajos del segmento.':
        _PER100,
    'es: Las ventas de VE en España superaron las 80.000 unidades el año pasado.':
        _VE,
    'fr: Au Québec, le nombre de VÉ immatriculés a dépassé les 300 000 cette année.':
        _VE,
    "fr: Les ventes de VE ont représenté 17 % du marché français l'an dernier.":
        _VE,
    'fr: Le nouveau Renault Master E-Tech peut tracter une remorque de 2 500 kg.':
        _KILO,
    'it: Il motore elettrico della Jeep Avenger eroga 115 kW, pari a 156 CV.':
        _KILOWATT,
    'it: Secondo il ciclo WLTP la Lancia Ypsilon ibrida consuma 4,9 l/100 km ed emette 111 g/km di CO₂.':
        _PER100,
    'it: Il consumo medio dichiarato della berlina è di 15,6 kWh/100 km.':
        _PER100,
    'it: La ricarica in corrente continua avviene con una potenza massima di 100 kW.':
        _KILOWATT,
    'it: Il prezzo medio della benzina in modalità self è salito a 1,84 euro al litro.':
        _CENTS,
    'it: La nuova station wagon elettrica pesa 2.150 kg e può trainare fino a 1.500 kg.':
        _KILO,
    'pt: Portugal é um dos países europeus com maior quota de VE nas vendas de carros novos.':
        _VE,
}
"""Rows no family rule covers yet: "language: written" -> why."""

(test_fresh41_rows_sound_as_a_newsreader_reads_them,
 test_the_forty_first_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_forty_first_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

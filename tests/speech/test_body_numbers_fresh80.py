"""The eightieth fresh probe set for numbers and written forms in other languages than English
(body_numbers_fresh80.tsv): 25 news sentences each in German, Spanish, French, Italian, Russian
and Portuguese about courts, trials, sentences and crime statistics (prison terms and fines, ages,
dates and times of crimes and hearings, case numbers and legal citations, amounts of drugs,
chambers and instances), written blind, judged as the first set is (its `sounds`)."""

from __future__ import annotations

from pathlib import Path

from test_body_numbers_fresh import set_tests

FRESH_FILE = Path(__file__).parents[1] / "data" / "body_numbers_fresh80.tsv"
NOT_YET: dict[str, str] = {
    'de: Bei der Razzia in 3 Bundesländern durchsuchten 1.200 Polizisten mehr als 80 Wohnungen und Büros.':
        "'tausend...' without 'ein': espeak-ng reads the digits with 'eintausend', as 64 older rows say it",
    'de: Der VI. Zivilsenat des BGH sprach der Witwe ein Hinterbliebenengeld von 12.000 Euro zu.':
        "'BGH' said in full ('Bundesgerichtshof'); an older row keeps its letters ('des BGH'), as German news"
        ' often says it',
    'de: Das OLG Frankfurt bestätigte am Freitag das Urteil gegen den 47-Jährigen, eine Revision zum BGH wurde nicht zugelassen.':  # noqa: E501
        "'BGH' said in full ('Bundesgerichtshof'); an older row keeps its letters ('des BGH'), as German news"
        ' often says it',
    'de: Der BGH verwarf die Revision des Angeklagten unter dem Az. 5 StR 418/24 als unbegründet.':
        "'BGH' said in full ('Bundesgerichtshof'); an older row keeps its letters ('des BGH'), as German news"
        ' often says it',
    'de: Das Bundesverfassungsgericht wies die Beschwerde des 58-Jährigen ab (Az. 2 BvR 1473/24).':
        "'tausend...' without 'ein': espeak-ng reads the digits with 'eintausend', as 64 older rows say it",
    'es: Los agentes se incautaron de 35 kg de hachís y 1,2 kg de cocaína ocultos en una furgoneta.':
        "the unit's full name for 'kg'; the rules say 'kilos' ('chili', 'quilos'), as a newsreader does as "
        'often (the older rows are split)',
    'es: La causa se instruye en las diligencias previas 1245/2023 del juzgado de Estepona.':
        "a case's number and year with 'de'; an older row reads the slash of 'diligencias previas' as 'barra'",
    "fr: Lors de la perquisition, les enquêteurs ont découvert 850 g de cocaïne et 4,2 kg d'herbe.":
        "the unit's full name for 'kg'; the rules say 'kilos' ('chili', 'quilos'), as a newsreader does as "
        'often (the older rows are split)',
    "fr: Les faits relèvent de l'art. 222-24 du CP, qui prévoit 20 ans de réclusion criminelle.":
        "a French code's article '222-24' without its hyphen said; the older rows say 'tiret'",
    "fr: Le TGI de Bobigny l'avait déjà condamné en 2018 à 3 ans ferme pour trafic.":
        "'TGI' said in full ('tribunal de grande instance'): no rule; French news often says its letters",
    "fr: Selon l'art. 132-80 al. 2 du Code pénal, la circonstance aggravante vaut aussi pour un ex-conjoint.":
        "a French code's article '222-24' without its hyphen said; the older rows say 'tiret'",
    "fr: Le prévenu est poursuivi pour harcèlement sexuel, délit réprimé par l'article 222-33 du Code pénal.":
        "a French code's article '222-24' without its hyphen said; the older rows say 'tiret'",
    "fr: Le parquet a retenu la bande organisée, prévue à l'article 706-73 du Code de procédure pénale.":
        "a French code's article '222-24' without its hyphen said; the older rows say 'tiret'",
    "it: Nel doppiofondo dell'auto i carabinieri hanno trovato 300 g di eroina e 1,4 kg di hashish.":
        "the unit's full name for 'kg'; the rules say 'kilos' ('chili', 'quilos'), as a newsreader does as "
        'often (the older rows are split)',
    "it: Il 38enne è accusato di associazione mafiosa ai sensi dell'art. 416-bis c.p.":
        "'codice penale' without 'del'; the older rows say 'del codice penale' after an article",
    "it: Ai due giovani viene contestato lo spaccio di lieve entità previsto dall'art. 73, co. 5, del d.P.R. 309/90.":
        "'d.P.R.' said in full and a two-digit year after the slash ('del novanta'): no rule yet",
    "it: Il pm aveva chiesto 8 anni, ma la Corte ha concesso le attenuanti generiche dell'art. 62-bis c.p.":
        "'codice penale' without 'del'; the older rows say 'del codice penale' after an article",
    'pt: Na casa do suspeito foram encontrados 450 g de heroína e 35 kg de haxixe.':
        "the unit's full name for 'kg'; the rules say 'kilos' ('chili', 'quilos'), as a newsreader does as "
        'often (the older rows are split)',
    'pt: O assalto à caixa multibanco aconteceu cerca das 3h40, numa rua de Braga.':
        "'horas e ... minutos'; the older sets say 'uma e trinta'",
    'pt: O STJ reduziu para 16 anos a pena do homem que matou a mulher em Vila Nova de Gaia.':
        "'STJ' said in full ('Supremo Tribunal de Justiça'): no rule; Portuguese news often says its letters",
}
"""Rows no family rule covers yet: "language: written" -> why."""


(test_fresh80_rows_sound_as_a_newsreader_reads_them,
 test_the_eightieth_set_covers_each_language_and_category,
 test_every_not_yet_row_of_the_eightieth_set_is_in_it) = set_tests(
    FRESH_FILE, NOT_YET, 25, ("cardinal",))

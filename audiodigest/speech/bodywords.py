"""Written forms that are not numbers in an article in another language than English:
abbreviations said in full, street words in addresses, web and e-mail addresses (bodynumbers.py
asks, before the numbers and whether or not the sentence has a digit).

Measured with `espeak-ng -x -v LANG` (German, Spanish, French, Italian, Russian), the voices
spell or clip what a newsreader says in full:

- abbreviations: "z. B." is "zet be", "bzw." "be zet we", "Nr." "en er", "ca." "ka a" (German);
  "p. ej.", "etc.", "S.A.", "EE. UU." letter by letter or clipped (Spanish); "M. Dupont" "em",
  "n°" "n degré" (French); "ecc.", "sig.", "dott.", "art." (Italian); "т. е.", "т. д.", "в т.
  ч.", "г." (Russian) are said letter by letter;
- street words: "Hauptstr.", "C/ Mayor", "Avda.", "av.", "P.za", "C.so", "ул.", "пр.", "д.",
  "кв."; a Russian one takes the case its preposition asks ("на пр. Мира": "на проспекте");
- web and e-mail addresses (bodylinks.py's rules, run first) and military ranks (bodyranks.py's
  table, read with the abbreviations).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .bodycases import RU_CASE_OF
from .bodylaw import RU_CODES as _RU_CODES
from .bodylaw import RU_LAW as _RU_LAW
from .bodylaw import ru_law as _ru_law
from .bodylinks import link_rules
from .bodyranks import NAME as _NAME
from .bodyranks import RANKS, RU_RANK_WORDS, ru_rank_rule
from .bodysigns import sign_rules
from .common import Pass as Rule

__all__ = ["continues_sentence", "word_rules"]


_NUMBER_NEXT = r"(?=\s?\d)"
_AFTER_NUMBER = r"(?:(?<=\d )|(?<=\d[a-z] )|(?<=\bbis )|(?<=\bter )|(?<=\d ff\. ))"
"""After a number of law, a letter or "bis" after it: "§ 212 StGB", "§ 129a StGB", "art. 612
bis c.p."."""
_STREET_NAME = r"(?=\s+(?:de\b|du\b|des\b|d['’]|[A-ZÉ]))"
"""A French street word stands before its name: "2, pl. de la République", "all. Jean-Jaurès"."""

# (written, as a regex; said; whether it may end a sentence, its full stop then kept)
_Entry = tuple[str, str, bool]
_ABBREVIATIONS: dict[str, tuple[_Entry, ...]] = {
    "de": (
        # a height above the sea: "2883 m ü. M." (Swiss), "1.493 m ü. NN", "über NN"
        (r"ü\.\s?M\.", "über Meer", True), (r"ü\.\s?NN\b", "über Normalnull", True),
        (r"Km(?=\s\d)", "Kilometer", False),  # a road's marker: "bei Km 312"
        (r"PI(?=\s[A-ZÄÖÜ][a-zäöüß]+)", "Polizeiinspektion", False), (r"StA\b", "Staatsanwaltschaft", True),
        (r"Art\.-Nr\.", "Artikelnummer", False),  # (an older set keeps "MHD" as its letters)
        (r"(?<=\d\s)Stk\.", "Stück", True),
        (r"(?<=über )NN\b", "Normalnull", True),
        (r"z\.\s?B\.", "zum Beispiel", False), (r"bzw\.", "beziehungsweise", False),
        (r"ca\.", "zirka", False), (r"usw\.", "und so weiter", True),
        (r"d\.\s?h\.", "das heißt", False), (r"u\.\s?a\.", "unter anderem", True),
        (r"v\.\s?a\.", "vor allem", False), (r"z\.\s?T\.", "zum Teil", True),
        (r"o\.\s?Ä\.", "oder Ähnliches", True), (r"inkl\.", "inklusive", False),
        (r"MwSt\.", "Mehrwertsteuer", True), (r"USt\.", "Umsatzsteuer", True),
        # the codes of law after a paragraph's or an article's number: "§ 212 StGB", "Art. 1 GG",
        # "§ 129a StGB"
        (_AFTER_NUMBER + r"StGB\b", "Strafgesetzbuch", True),
        # a regional court before its city: "des OLG Frankfurt", "vor dem LG Hamburg" (an "LG"
        # only in a sentence of a trial: "LG Electronics" stays)
        (r"(?<=\bdes )OLG(?= [A-ZÄÖÜ])", "Oberlandesgerichts", False),
        (r"OLG(?= [A-ZÄÖÜ][a-zäöüß])", "Oberlandesgericht", False),
        (r"(?<=\bdes )LG(?= [A-ZÄÖÜ][a-zäöüß]+\b[^.]*(?:Urteil|Prozess|Richter|[Kk]ammer|verurteil|"
         r"Angeklagt|Staatsanwalt|Revision|Haft))", "Landgerichts", False),
        (r"LG(?= [A-ZÄÖÜ][a-zäöüß]+\b[^.]*(?:Urteil|Prozess|Richter|[Kk]ammer|verurteil|Angeklagt|"
         r"Staatsanwalt|Revision|Haft))", "Landgericht", False),
        (_AFTER_NUMBER + r"StPO\b", "Strafprozessordnung", True),
        (_AFTER_NUMBER + r"BGB\b", "Bürgerliches Gesetzbuch", True),
        (_AFTER_NUMBER + r"GG\b", "Grundgesetz", True),
        (_AFTER_NUMBER + r"StVO\b", "Straßenverkehrsordnung", True),
        (_AFTER_NUMBER + r"ZPO\b", "Zivilprozessordnung", True),
        (_AFTER_NUMBER + r"HGB\b", "Handelsgesetzbuch", True),
        (_AFTER_NUMBER + r"BtMG\b", "Betäubungsmittelgesetz", True),
        (r"zzgl\.", "zuzüglich", False), (r"exkl\.", "exklusive", False),
        (r"ggf\.", "gegebenenfalls", True), (r"evtl\.", "eventuell", True),
        (r"rd\.", "rund", False), (r"bspw\.", "beispielsweise", False),
        (r"v\.\s?Chr\.", "vor Christus", True), (r"n\.\s?Chr\.", "nach Christus", True),
        (r"Dr\." + _NAME, "Doktor", False), (r"Prof\." + _NAME, "Professor", False),
        (r"Hr\." + _NAME, "Herr", False), (r"St\." + _NAME, "Sankt", False),
        (r"Nr\." + _NUMBER_NEXT, "Nummer", False), (r"Tel\.", "Telefon", False),
        (r"Abs\." + _NUMBER_NEXT, "Absatz", False), (r"Art\." + _NUMBER_NEXT, "Artikel", False),
        # a law's citation: "§§ 823 ff. BGB", "Art. 5 Abs. 1 S. 2 GG" (a sentence, no page), "den § 219a",
        # "i. V. m."; a share's price to its earnings, "KGV"
        (r"§§\s?(?=\d)", "Paragrafen ", False), (r"(?:(?<=\b[Dd]en )|(?<=\b[Dd]em )|(?<=\b[Dd]es ))§\s?(?=\d)",
                                                "Paragrafen ", False),
        *((rf"(?<=\b[Ii]m )Q{q}\b", f"{word} Quartal", True)
          for q, word in enumerate(("ersten", "zweiten", "dritten", "vierten"), 1)),
        (r"(?<=\d )ff\.", "fortfolgende", True), (r"i\.\s?V\.\s?m\.", "in Verbindung mit", False),
        (r"(?:(?<=Absatz \d )|(?<=Absatz \d\d ))S\." + _NUMBER_NEXT, "Satz", False),
        (r"KGV", "Kurs-Gewinn-Verhältnis", True), (r"Gl\.(?=\s\d)", "Gleis", False),
        (r"(?<=\bbis )So\.", "Sonntag", True),
        (r"Jh\.", "Jahrhundert", True), (r"Str\.", "Straße", True),
        (r"Tsd\.", "Tausend", True), (r"Einw\.", "Einwohner", True), (r"vgl\.", "vergleiche", False),
        (r"i\.\s?d\.\s?R\.", "in der Regel", True), (r"u\.\s?U\.", "unter Umständen", True),
        (r"s\.\s?o\.", "siehe oben", True), (r"s\.\s?u\.", "siehe unten", True),
        (r"e\.\s?V\.", "eingetragener Verein", True), (r"Hrsg\.", "Herausgeber", True),
        (r"Abt\.", "Abteilung", True), (r"Fa\." + _NAME, "Firma", False),
        (r"Kap\." + _NUMBER_NEXT, "Kapitel", False), (r"Bd\." + _NUMBER_NEXT, "Band", False),
        (r"S\." + _NUMBER_NEXT, "Seite", False), (r"mind\.", "mindestens", False),
        (r"insg\.", "insgesamt", True), (r"zzgl\.", "zuzüglich", False),
        (r"bzgl\.", "bezüglich", False), (r"ggü\.", "gegenüber", False),
        (r"Jg\.", "Jahrgang", False), (r"a\.\s?M\.", "am Main", True),
        (r"a\.\s?d\.(?=\s[A-ZÄÖÜ])", "an der", False), (r"n\.\s?E\.", "nach Elfmeterschießen", True),
        (r"n\.\s?V\.", "nach Verlängerung", True), (r"OG", "Obergeschoss", True),
        (r"n\.\s?7\s?m\b", "nach Siebenmeterwerfen", True),  # a handball game's shoot-out
        (r"a\.\s?D\.", "außer Dienst", True), (r"§\s?(?=\d)", "Paragraf ", False),
        (r"(?<=\bim\s)EG", "Erdgeschoss", True), (r"(?<=\bim\s)DG", "Dachgeschoss", True),
        # a flat's advert: "3-Zi.-Whg.", "KM 690 €", "1.240 € WM", "die NK", "Bj. 1972"
        (r"Zi\.", "Zimmer", False), (r"Whg\.", "Wohnung", True), (r"Bj\.", "Baujahr", False),
        (r"(?:(?<=€\s)|(?<=\b[Dd]ie\s))NK|NK(?=\s\d)", "Nebenkosten", True),
        (r"(?<=€\s)KM|KM(?=\s\d)", "Kaltmiete", True), (r"(?<=€\s)WM|WM(?=\s\d)", "Warmmiete", True),
        (r"(?<=%\s)p\.\s?a\.", "pro Jahr", True),
        (r"max\.(?=\s\d)", "maximal", False), (r"(?<=\d\s)Pat\.", "Patienten", True),
        # a stay's offer: "3 ÜN mit HP", "299 € p. P.", "Kinder bis 6 J."
        (r"(?<=\d\s)ÜN\b", "Übernachtungen", True), (r"(?<=\bmit\s)HP\b|(?<=\bWoche\s)HP\b", "Halbpension", True),
        (r"(?<=\bmit\s)VP\b|(?<=\bWoche\s)VP\b", "Vollpension", True), (r"p\.\s?P\.", "pro Person", True),
        (r"(?<=\d\s)J\.", "Jahre", True), (r"Kl\." + _NUMBER_NEXT, "Klasse", False),
        (r"(?<=\d\s)Pkt\.", "Punkte", True),
        (r"Gymn\." + _NAME, "Gymnasium", False),
        (r"Az\." + _NUMBER_NEXT, "Aktenzeichen", False),
        # Austrian and Swiss press: "Bgm. Mag. Johann Gruber", "Wien Hbf."
        (r"Bgm\.", "Bürgermeister", False), (r"Mag\." + _NAME, "Magister", False),
        (r"Hbf\.", "Hauptbahnhof", True), (r"Dipl\.-Ing\.", "Diplomingenieur", False),
        (r"(?<=\b(?:der|den|dem|des|die)\s)sog\.", "sogenannten", False),
        (r"sog\.", "sogenannte", False),
        (r"UG", "Untergeschoss", True), (r"(?<=\d\s)GG", "Grundgesetz", True),
        # a life's dates and a maiden name: "geb. 1935 in Leipzig, gest. 2025", "Maria Lehmann,
        # geb. Hofer" (the née, "geborene"); a saint: "der Hl. Elisabeth"
        (r"geb\.(?=\s\d)", "geboren", False), (r"gest\.(?=\s\d)", "gestorben", False),
        (r"geb\." + _NAME, "geborene", False),
        (r"(?<=\b(?:der|den|dem|des)\s)Hl\." + _NAME, "Heiligen", False), (r"Hl\." + _NAME, "Heilige", False),
        # a work's catalogue numbers: "op. 27 Nr. 2", Mozart's "KV 525", "K. 525"
        (r"op\." + _NUMBER_NEXT, "Opus", False), (r"K\.(?=\s?\d{1,3}[a-z]?\b)", "Köchel", False),
    ),
    "es": (
        # a league's matchday and a player's rebounds: "tras la 22.ª jda.", "11 reb."
        (r"(?<=ª\s)jda\.", "jornada", True), (r"(?<=\d\s)reb\.", "rebotes", True),
        # the penal code after an article's number, the high courts after their article: "del art.
        # 138 del CP", "la Sala II del TS", "la AN"
        (r"(?<=\d del )CP\b", "Código Penal", True),
        (r"(?:(?<=\b[Ee]l )|(?<=\b[Dd]el )|(?<=\b[Aa]l ))TS\b", "Tribunal Supremo", True),
        (r"(?:(?<=\b[Ll]a )|(?<=\b[Ee]n la ))AN\b", "Audiencia Nacional", True),
        (r"s\.\s?n\.\s?m\.", "sobre el nivel del mar", True),
        (r"p\.\s?k\.(?=\s\d)", "punto kilométrico", False),  # "en el p.k. 112 de la A-2"
        # a law's citation: "art. 42, apdo. 3", "la LO 10/2022", "el RDL 4/2024", "la disp. adic. 3.ª"
        (r"apdo\.(?=\s\d)", "apartado", False), (r"LO(?=\s\d{1,3}/)", "Ley Orgánica", False),
        (r"RDL(?=\s\d{1,3}/)", "Real Decreto-ley", False), (r"disp\.\s?adic\.", "disposición adicional", False),
        (r"máx\.(?=\s(?:de\s)?\d)", "máximo", False), (r"(?<=\d\s)uds\.", "unidades", True),
        (r"a\.\s?C\.", "antes de Cristo", True), (r"d\.\s?C\.", "después de Cristo", True),
        (r"(?<=\d\s)pax\b", "personas", True), (r"(?<=\d\s)hab\.", "habitantes", True),
        (r"(?<=\d\s)seg\.", "segundos", True), (r"(?<=\d\s)diput\.", "diputados", True),
        (r"prof\." + _NAME, "profesor", False), (r"Bto\.", "Bachillerato", True),
        (r"p\.\s?ej\.", "por ejemplo", False), (r"etc\.", "etcétera", True),
        (r"Sr\.", "señor", False), (r"Sra\.", "señora", False), (r"Sres\.", "señores", False),
        (r"Srta\.", "señorita", False), (r"Dr\.", "doctor", False), (r"Dra\.", "doctora", False),
        (r"Dña\.", "doña", False), (r"D\." + _NAME, "don", False),
        (r"S\.\s?A\.", "sociedad anónima", True), (r"S\.\s?L\.", "sociedad limitada", True),
        (r"EE\.\s?UU\.", "Estados Unidos", True), (r"aprox\.", "aproximadamente", False),
        (r"n\.\s?º|nº|núm\.", "número", False), (r"[Cc]/(?=\s?[A-ZÁÉÍÓÚ])", "calle", False),
        (r"[Aa]vda\.|Av\.", "avenida", False), (r"Pza\.|Pl\.", "plaza", False),
        (r"Ud\.", "usted", True), (r"Uds\.", "ustedes", True), (r"pág\.", "página", False),
        (r"art\." + _NUMBER_NEXT, "artículo", False), (r"[Tt]el\.", "teléfono", False),
        (r"Gral\.", "general", False), (r"Pte\.", "presidente", False),
        (r"Excmo\.", "excelentísimo", False), (r"Excma\.", "excelentísima", False),
        (r"Cía\.", "compañía", True), (r"s/n", "sin número", False),
        (r"C\.\s?P\.", "código postal", False),
        # hours written short after a time, as Latin America writes them: "23:00 hrs.", "10 hs."
        (r"(?:(?<=\d\s)|(?<=\d))h(?:r?s)\.?(?!\w)", "horas", True), (r"CDMX|Cdmx", "Ciudad de México", True),
        (r"hab\.", "habitantes", True), (r"izq\.", "izquierda", True), (r"dcha\.", "derecha", True),
        (r"p\." + _NUMBER_NEXT, "página", False), (r"vol\." + _NUMBER_NEXT, "volumen", False),
        (r"Prof\.", "profesor", False), (r"Profa\.", "profesora", False),
        (r"Lic\.", "licenciado", False), (r"Ing\.", "ingeniero", False),
        (r"P\.\s?º|Pº|Pso\.", "paseo", False), (r"Ctra\.", "carretera", False),
        (r"Pje\.", "pasaje", False), (r"Urb\.", "urbanización", False),
        (r"Ayto\.", "Ayuntamiento", True), (r"Admón\.", "administración", True),
        (r"D(?:e)?pto\.", "departamento", True), (r"Gob\.", "Gobierno", True),
        (r"CC\.\s?AA\.", "comunidades autónomas", True), (r"izda\.", "izquierda", True),
        (r"Sta\." + _NAME, "Santa", False), (r"Sto\." + _NAME, "Santo", False),
        (r"Mons\." + _NAME, "monseñor", False), (r"Pol\.\s?Ind\.", "polígono industrial", False),
        (r"km(?=\s\d)", "kilómetro", False), (r"s\.(?=\s[IVXL]+\b)", "siglo", False),
        (r"op\." + _NUMBER_NEXT, "opus", False), (r"K\.(?=\s?\d{1,3}[a-z]?\b)", "Köchel", False),
        (r"S\.\s?M\.(?=\s(?:el|la)\s(?:[Rr]ey|[Rr]eina))", "Su Majestad", False),
        (r"(?<=\bmil\s)ha(?!\w)", "hectáreas", True),  # "30 mil ha"
        (r"cap\." + _NUMBER_NEXT, "capítulo", False), (r"vols\.", "volúmenes", True),
        (r"(?<=\s)ed\.", "edición", True),
    ),

    "fr": (
        # a league's matchday after its ordinal, a game won in overtime: "la 20e j.", "4-3 ap"
        (r"(?<=\d du )CP\b", "Code pénal", True),  # "l'art. 222-24 du CP"
        (r"(?<=e\s)j\.", "journée", True), (r"(?<=\d\s)(?:ap|a\.p\.)(?![\w.])", "après prolongation", True),
        (r"alt\.(?=\s\d)", "altitude", False), (r"DLC\b", "date limite de consommation", True),
        (r"JORF\b", "Journal officiel de la République française", True),
        (r"(?<=\bau )PR(?=\s\d)", "point de repère", False),
        (r"(?<=\bde )PDA\b", "part d'audience", True),  # a channel's share: "23,8 % de PDA"
        (r"M\." + _NAME, "Monsieur", False), (r"MM\." + _NAME, "Messieurs", False),
        (r"(?<=\d\s)hab\.", "habitants", True), (r"prof\." + _NAME, "professeur", False),
        (r"Mme", "Madame", False), (r"Mmes", "Mesdames", False), (r"Mlle", "Mademoiselle", False),
        (r"Mlles", "Mesdemoiselles", False), (r"Dr\.?" + _NAME, "docteur", False),
        (r"Pr\.?" + _NAME, "professeur", False), (r"Me" + _NAME, "maître", False),
        (r"Mgr", "monseigneur", False), (r"etc\.", "et cetera", True),
        (r"[nN]°\s?", "numéro ", False), (r"av\.\s?J\.-C\.", "avant Jésus-Christ", True),
        (r"apr\.\s?J\.-C\.", "après Jésus-Christ", True), (r"av\.", "avenue", False),
        (r"bd", "boulevard", False), (r"St" + r"(?=[\s-][A-ZÉÈÊÀÂÎÔÛ])", "Saint", False),
        (r"Ste" + r"(?=[\s-][A-ZÉÈÊÀÂÎÔÛ])", "Sainte", False), (r"env\.", "environ", False),
        (r"tél\.", "téléphone", False), (r"p\.\s?ex\.", "par exemple", False),
        (r"c\.-à-d\.", "c'est-à-dire", False),
        (r"hab\.", "habitants", True), (r"p\." + _NUMBER_NEXT, "page", False),
        (r"vol\." + _NUMBER_NEXT, "volume", False), (r"chap\." + _NUMBER_NEXT, "chapitre", False),
        (r"th\." + _NUMBER_NEXT, "thermostat", False),  # an oven's setting: "(th. 6)"
        (r"al\." + _NUMBER_NEXT, "alinéa", False),  # a law's paragraph: "art. 72, al. 3"
        # a flat's rent and floor: "1 200 € CC", "780 € HC", "en RDC"
        (r"(?<=€\s)CC", "charges comprises", True), (r"(?<=€\s)HC", "hors charges", True),
        (r"RDC", "rez-de-chaussée", True),
        # a company's turnover: "le CA du distributeur", "un CA de 612 M€" (not "CA" alone, a bank)
        (r"(?:(?<=\b[Ll]e )|(?<=\b[Uu]n )|(?<=\b[Ss]on )|(?<=\b[Ll]eur )|(?<=\b[Dd]u ))CA(?= (?:de|du|des|annuel|"
         r"consolidé|trimestriel|semestriel|en hausse|en baisse)\b)", "chiffre d'affaires", True),
        (r"(?<=[IVX]e\s)s\.", "siècle", True), (r"Cie", "compagnie", False),
        (r"ex\.", "exemple", False), (r"apr\.", "après", False), (r"bd\.", "boulevard", False),
        (r"pl\." + _STREET_NAME, "place", False), (r"all\." + _STREET_NAME, "allée", False),
        (r"imp\." + _STREET_NAME, "impasse", False), (r"chem\." + _STREET_NAME, "chemin", False),
        (r"fg" + _STREET_NAME, "faubourg", False), (r"[Aa]rt\." + _NUMBER_NEXT, "article", False),
        (r"É\.-U\.|E\.-U\.", "États-Unis", True), (r"R\.-U\.", "Royaume-Uni", True),
        (r"(?<=€\s)HT|(?<=euros\s)HT", "hors taxes", True), (r"(?<=€\s)TTC|(?<=euros\s)TTC",
                                                               "toutes taxes comprises", True),
        (r"rte" + _STREET_NAME, "route", False), (r"bât\.", "bâtiment", False),
        (r"a\.\s?p\.", "après prolongation", True), (r"t\.\s?a\.\s?b\.", "tirs au but", True),
        (r"op\." + _NUMBER_NEXT, "opus", False), (r"K\.(?=\s?\d{1,3}[a-z]?\b)", "Köchel", False),
        (r"(?<=[\s'’])éd\.", "édition", True), (r"t\.(?=\s(?:[IVXL]+|\d+)\b)", "tome", False),
    ),
    "it": (
        # a league's matchday after its ordinal, a game won in extra time: "alla 20ª g.", "33-31 dts"
        (r"Cass\.", "Cassazione", True),  # the Court of Cassation: "la IV sezione penale della Cass."
        (r"(?<=ª\s)g\.", "giornata", True), (r"(?<=\d\s)d\.?t\.?s\.?(?!\w)", "dopo i tempi supplementari", True),
        (r"s\.\s?l\.\s?m\.", "sul livello del mare", True),
        (r"(?<=\d del )CdS\b", "Codice della strada", True),  # "l'art. 186 del CdS"
        (r"(?<=\b[Dd]el )c\.\s?a\.", "corrente anno", True),  # "dall'inizio del c.a.": this year
        (r"(?<=\d\s)pz\.", "pezzi", True),
        (r"(?:(?<=\b[Aa]l )|(?<=\b[Dd]el )|(?<=\b[Nn]el )|(?<=\b[Ii]l )|(?<=\b[Dd]al ))Ps\b", "pronto soccorso",
         True),  # the emergency room: "al Ps dell'ospedale"
        (r"ecc\.", "eccetera", True), (r"[Ss]ig\.ra", "signora", False), (r"(?<=\d\s)pers\.", "persone", True),
        (r"prof\." + _NAME, "professor", False), (r"univ\.", "università", True),
        (r"VV\.\s?F\.", "vigili del fuoco", True),
        (r"[Ss]ig\.na", "signorina", False), (r"[Ss]igg\.", "signori", False),
        (r"(?<=\d )Cost\.", "della Costituzione", True), (r"a\.\s?s\.(?=\s\d)", "anno scolastico", False),
        (r"[Dd]\.\s?lgs\.", "decreto legislativo", False),
        (r"[Dd]\.\s?l\.(?=\s(?:n\.\s?)?\d)", "decreto legge", False), (r"c\.\s?t\.", "commissario tecnico", True),
        # a law's citation: "art. 1, co. 8, della l. 190/2012", "la GU n. 303", "il ddl n. 1660", "entro 60 gg."
        (r"(?<=, )co\.(?=\s\d)", "comma", False), (r"(?<=\bdella )l\.(?=\s\d)", "legge", False),
        (r"bin\.(?=\s\d)", "binario", False),
        (r"(?<=\b[Nn]ella )GU\b|(?<=\b[Ss]ulla )GU\b|GU(?= n\.)", "Gazzetta Ufficiale", True),
        (r"(?<=\b[Ii]l )ddl\b|ddl(?= n\.)", "disegno di legge", True), (r"(?<=\d )gg\.", "giorni", True),
        # the codes after an article's number: "art. 575 c.p." ("del codice penale"), "c.p.p."
        (_AFTER_NUMBER + r"c\.\s?p\.\s?p\.", "del codice di procedura penale", True),
        (_AFTER_NUMBER + r"c\.\s?p\.\s?c\.", "del codice di procedura civile", True),
        (_AFTER_NUMBER + r"c\.\s?p\.", "del codice penale", True),
        (_AFTER_NUMBER + r"c\.\s?c\.", "del codice civile", True),
        (_AFTER_NUMBER + r"c\.\s?d\.\s?s\.", "del codice della strada", True),
        (r"(?<=\bdel )c\.\s?p\.\s?p\.", "codice di procedura penale", True),
        (r"(?<=\bdel )c\.\s?p\.", "codice penale", True),
        (r"[Ss]ig\.", "signor", False), (r"[Dd]ott\.ssa", "dottoressa", False),
        (r"[Dd]ott\.", "dottor", False), (r"[Pp]rof\.ssa", "professoressa", False),
        (r"[Pp]rof\.", "professor", False), (r"[Aa]vv\.", "avvocato", False),
        (r"[Ii]ng\." + _NAME, "ingegner", False), (r"[Oo]n\." + _NAME, "onorevole", False),
        (r"[Aa]rt\.", "articolo", False), (r"[Nn]\." + _NUMBER_NEXT, "numero", False),
        (r"[Pp]\.zz?a", "piazza", False), (r"[Cc]\.so", "corso", False),
        (r"[Vv]\.le", "viale", False), (r"pag\.", "pagina", False), (r"tel\.", "telefono", False),
        (r"a\.\s?C\.", "avanti Cristo", True), (r"d\.\s?C\.", "dopo Cristo", True),
        (r"ca\.", "circa", False), (r"ad es\.", "ad esempio", False),
        (r"p\.\s?es\.", "per esempio", False),
        (r"ab\.", "abitanti", True), (r"cfr\.", "confronta", False),
        (r"[Gg]en\." + _NAME, "generale", False),
        (r"[Mm]ons\." + _NAME, "monsignor", False), (r"[Ss]en\." + _NAME, "senatore", False),
        (r"(?<=\d\s)sec\.", "secondi", True), (r"sec\.", "secolo", True), (r"p\." + _NUMBER_NEXT, "pagina", False),
        (r"(?<=\d\s)pt\.", "punti", True),
        (r"[Vv]\." + _NAME, "via", False), (r"[Ll]\.go", "largo", False),
        (r"[Vv]\.lo", "vicolo", False), (r"S\.p\.A\.", "società per azioni", True),
        (r"S\.r\.l\.", "società a responsabilità limitata", True),
        (r"[Ii]nt\." + _NUMBER_NEXT, "interno", False), (r"[Aa]rch\." + _NAME, "architetto", False),
        (r"[Cc]ard\." + _NAME, "cardinale", False), (r"[Pp]\.le", "piazzale", False),
        (r"[Gg]eom\." + _NAME, "geometra", False),
        (r"[Ll]oc\." + _NAME, "località", False), (r"[Ff]raz\.", "frazione", False),
        (r"d\.\s?t\.\s?s\.", "dopo i tempi supplementari", True),
        (r"d\.\s?c\.\s?r\.", "dopo i calci di rigore", True),
        (r"op\." + _NUMBER_NEXT, "opus", False), (r"K\.(?=\s?\d{1,3}[a-z]?\b)", "Köchel", False),
        (r"cap\." + _NUMBER_NEXT, "capitolo", False), (r"(?<=\s)vol\.", "volume", True),
        (r"(?<=\s)ed\.", "edizione", True),
        (r"q\.\s?b\.", "quanto basta", True),  # a recipe's "sale e pepe q.b."
        (r"p\.\s?t\.(?=\s(?:con|e|,)|,)", "piano terra", True),  # a flat's floor: "65 mq, p.t. con giardino"
    ),
    "pt": (
        (r"(?<=ª\s)jorn\.", "jornada", True),  # a league's matchday: "ao fim da 22.ª jorn."
        (r"(?:(?<=\d do )|(?<=º do ))CP\b", "Código Penal", True),  # "no art. 132.º do CP"
        (r"Dr\.ª", "doutora", False), (r"Dr\.", "doutor", False), (r"Sr\.ª", "senhora", False),
        (r"(?<=\d\s)hab\.", "habitantes", True), (r"(?<=\smil\s)hab\.", "habitantes", True),
        (r"(?<=\s)p/(?=\s)", "por", False),
        (r"(?<=\d\s)un\.", "unidades", True),
        (r"prof\." + _NAME, "professor", False),
        (r"Sr\.", "senhor", False), (r"r/c", "rés do chão", True),  # a flat's ground floor
        # "D." before a woman's name is "Dona" ("D. Maria II", "D. Amélia"), before a man's "Dom"
        (r"D\.(?=\s+(?:Maria|Amélia|Leonor|Isabel|Catarina|Filipa|Beatriz|Teresa|Ana|Luísa|Mafalda|"
         r"Urraca|Joana|Inês)\b)", "Dona", False),
        (r"D\." + _NAME, "Dom", False), (r"n\.º\s?", "número ", False),
        (r"a\.\s?C\.", "antes de Cristo", True), (r"d\.\s?C\.", "depois de Cristo", True),
        (r"séc\.", "século", False),
        (r"pág\.", "página", False), (r"Prof\.ª", "professora", False), (r"Prof\.", "professor", False),
        (r"Dra\.", "doutora", False), (r"Sra\.", "senhora", False), (r"Av\.", "Avenida", False),
        (r"Eng\.º", "engenheiro", False), (r"Eng\.ª", "engenheira", False),
        (r"Profa\.", "professora", False), (r"Exmo\.", "excelentíssimo", False),
        (r"Exma\.", "excelentíssima", False), (r"tel\.", "telefone", False),
        (r"aprox\.", "aproximadamente", False), (r"Lda\.", "limitada", True),
        (r"p\.\s?ex\.", "por exemplo", False),
        (r"R\.(?=\s+(?:[A-ZÁÉÍÓÚ]|d[aoe]s?\s+[A-ZÁÉÍÓÚ]))", "Rua", False),
        (r"Sto\." + _NAME, "Santo", False), (r"Sta\." + _NAME, "Santa", False),
        (r"(?<=\bmil\s)ha(?!\w)", "hectares", True),  # "250 mil ha" (the number in words)
        (r"(?<=\b(?:de|da|do|em|no|na|ao)\s)S\.(?=\s[A-ZÁÉÍÓÚ][a-záéíóúãõç]{2,})", "São", False),
        (r"Trav\." + _NAME, "Travessa", False),
        (r"art\." + _NUMBER_NEXT, "artigo", False), (r"arts\." + _NUMBER_NEXT, "artigos", False),
        (r"(?:(?<=\d\s)|(?<=\d))h(?:r?s)\.?(?!\w)", "horas", True),
        (r"(?<=\bde\s)Kz\b", "kwanzas", True), (r"(?<=\bde\s)MT\b", "meticais", True),
        (r"n\.\s?º|nº(?=\s?\d)", "número", False),
        (r"(?<=[ºª]\s)[Ee]sq\.", "esquerdo", True), (r"(?<=[ºª]\s)[Dd]to\.", "direito", True),
        (r"(?<=[ºª]\s)[Dd]t\.º", "direito", True),
        (r"op\." + _NUMBER_NEXT, "opus", False), (r"K\.(?=\s?\d{1,3}[a-z]?\b)", "Köchel", False),
        (r"cap\." + _NUMBER_NEXT, "capítulo", False), (r"(?<=\s)vol\.", "volume", True),
        (r"(?<=\s)ed\.", "edição", True), (r"p\." + _NUMBER_NEXT, "página", False),
    ),
    "ru": (
        (r"₸", "тенге", True),  # indeclinable: "до двухсот тенге"
        (r"н\.\s?у\.\s?м\.", "над уровнем моря", True),
        (r"(?<=\b[Пп]од )№\s?", "номером ", False),  # a shirt's number: "под № 7" (instrumental)
        (r"(?<=\bза\s)кв\.\s?м\b\.?", "квадратный метр", True),  # a price "за кв. м", no number
        (r"(?<!\bв\s)каб\." + _NUMBER_NEXT, "кабинет", False),  # an office's room: "д. 14, каб. 205"
        # a code of law after its article's number, in the genitive: "ст. 105 УК РФ"
        *((_AFTER_NUMBER + rf"{code}\s?РФ", said, True) for code, said in _RU_CODES.items()),
        (r"(?<=\bв )ФЗ(?= «)", "федеральный закон", False),  # "вносятся в ФЗ «О полиции»"
        (r"т\.\s?е\.", "то есть", False), (r"т\.\s?д\.", "так далее", True),
        (r"т\.\s?п\.", "тому подобное", True), (r"т\.\s?ч\.", "том числе", False),
        (r"т\.\s?к\.", "так как", False), (r"(?<=и\s)др\.", "другие", True),
        (r"(?<=и\s)пр\.", "прочее", True), (r"до\s?н\.\s?э\.", "до нашей эры", True),
        (r"н\.\s?э\.", "нашей эры", True), (r"им\." + _NAME, "имени", False),
        (r"проф\." + _NAME, "профессор", False), (r"акад\." + _NAME, "академик", False),
        (r"св\." + _NAME, "святой", False), (r"(?<!\d )(?<!\d)см\.", "смотри", False),
        (r"ок\." + _NUMBER_NEXT, "около", False), (r"№\s?", "номер ", False),
        (r"рт\.\s?ст\.", "ртутного столба", True), (r"р-не", "районе", False),
        (r"р-на", "района", False), (r"р-ну", "району", False), (r"р-ном", "районом", False),
        (r"р-н", "район", False), (r"пр-те", "проспекте", False), (r"пр-та", "проспекта", False),
        (r"пр-ту", "проспекту", False), (r"пр-том", "проспектом", False),
        (r"т\.\s?н\.", "так называемый", False),
        (r"(?<=(?:ая|яя|ую|юю)\s)обл\.", "область", True),
        (r"обл\.", "области", True), (r"[Гг]-н", "господин", False), (r"[Гг]-жа", "госпожа", False),
        (r"[Ии]\.\s?о\.", "исполняющий обязанности", False), (r"мкр\.", "микрорайона", False),
        (r"(?<=ом\s)ш\.", "шоссе", True),
        (r"(?<=\d\s)мск|(?<=\d)мск", "по московскому времени", True),
        # a work by its number and a page in a citation: "соч. 27", "(т. 5, стр. 214)"
        (r"соч\." + _NUMBER_NEXT, "сочинение", False),
        (r"т\.(?=\s?\d+,\s?(?:стр|с)\.\s?\d)", "том", False),
        (r"(?<=\()стр\.(?=\s?\d)|(?<!д\.\s\d,\s)стр\.(?=\s?\d+\s?\))", "страница", False),
    ),
}

_ABBREVIATIONS = {language: (*RANKS.get(language, ()), *entries) for language, entries in _ABBREVIATIONS.items()}

_GERMAN_STREET = (re.compile(r"(?<=[a-zäöüß])(?P<w>str|pl)\.(?=\s?\d|\s|$)"),
                  {"str": "straße", "pl": "platz"})
""""Hauptstr. 12", "Marktpl. 4": the street word glued to the street's name."""


def _keeping_end(said: str, ends: bool, language: str) -> Callable[[re.Match[str]], str]:
    """An abbreviation's full stop that ends the sentence ("etc.", "usw.") stays: at the end,
    or before a capital (not in German, whose nouns have one: "12 Tsd. Einwohner")."""
    def say(m: re.Match[str]) -> str:
        rest = m.string[m.end():]
        if ends and m.group(0).endswith(".") and (not rest.strip() or (
                language != "de" and re.match(r"\s+[A-ZÄÖÜÉÁА-ЯЁ]", rest))):
            return said + "."
        return said
    return say


_OPUS = {"de": "Opus", "ru": "опус"}
"""A work's opus number, "op. 67" ("ор. 35" in Cyrillic letters), in every language: "opus"."""


def _abbreviation_rules(language: str) -> list[Rule]:
    rules: list[Rule] = [(re.compile(r"(?<![\w.])[oо][pр]\.(?=\s\d)"),
                          lambda m: _OPUS.get(language, "opus"))]
    for written, said, ends in _ABBREVIATIONS.get(language, ()):
        tail = "" if written.endswith((r"\.", "/", r"\s?", ")")) else r"(?!\w|\.\w)"
        rules.append((re.compile(rf"(?<![\w.])(?:{written}){tail}"),
                      _keeping_end(said, ends, language)))
        if written[0].islower():  # at a sentence's start: "Ca. 300", "Z. B.", "Etc."
            capital = written[0].upper() + written[1:]
            rules.append((re.compile(rf"(?:(?<=^)|(?<=[.!?]\s))(?:{capital}){tail}"),
                          _keeping_end(said[0].upper() + said[1:], ends, language)))
    if language == "de":
        rules.append((_GERMAN_STREET[0], lambda m: _GERMAN_STREET[1][m.group("w")]))
    if language == "it":
        rules.append((_ITALIAN_SAINT, _italian_saint))
    if language == "es":
        rules.append((_SPANISH_RADIAL, lambda m: "ene " + _SPANISH_RADIAL_NUMBERS[m.group(1)]))
    return rules


_SPANISH_RADIAL = re.compile(r"(?<![\w-])N-(VI|V|IV|III|II|I)\b(?![-\w])")
"""Spain's six radial roads from Madrid, numbered in Roman ("la N-VI"): "la ene seis"."""
_SPANISH_RADIAL_NUMBERS = {"I": "uno", "II": "dos", "III": "tres", "IV": "cuatro", "V": "cinco", "VI": "seis"}


_ITALIAN_SAINT = re.compile(r"(?<![\w.])S\.\s?(?=(?P<name>[A-Z][a-zàèéìòù]+)\b)")
""""piazza S. Marco", "S. Maria", "S. Antonio": a saint's name after "S."."""


def _italian_saint(m: re.Match[str]) -> str:
    """"San Marco", "Santa Maria", "Sant'Antonio", "Santo Stefano"."""
    name = m.group("name")
    if name[0] in "AEIOU":
        return "Sant'"
    if re.match(r"S[bcdfgklmnpqrtv]|Z", name):
        return "Santo "
    return "Santa " if name.endswith("a") and name not in ("Andrea", "Luca", "Nicola", "Elia") else "San "


@lru_cache(maxsize=32)
def _abbreviation_spans(language: str) -> re.Pattern[str] | None:
    """Each abbreviation of `language` as a group, named "end" if it may end a sentence."""
    alternatives = [f"(?P<{'end' if may_end else 'on'}{i}>{w.removesuffix(_NAME).removesuffix(_NUMBER_NEXT)})"
                    for i, (w, _, may_end) in enumerate(_ABBREVIATIONS.get(language, ()))
                    if "\\." in w]
    if language == "ru":
        alternatives += [f"(?P<on{i + 100}>{re.escape(a)})" for i, a in enumerate((*_RU_FORMS, *RU_RANK_WORDS))
                         if a != "г."]
    return re.compile(r"(?<![\w.])(?i:" + "|".join(alternatives) + ")") if alternatives else None


def continues_sentence(line: str, stop: int, language: str) -> bool:
    """Whether the full stop at `stop` in `line` is inside an abbreviation, or ends one that
    does not end a sentence ("z. B.", "Dr.", "Sr.", "sig.", "ул."): sentences.py goes on."""
    pattern = _abbreviation_spans(language)
    if pattern is None:
        return False
    for m in pattern.finditer(line, max(0, stop - 24), min(len(line), stop + 24)):
        if m.start() <= stop < m.end() and (stop < m.end() - 1 or not str(
                m.lastgroup).startswith("end")):
            return True
    return False


# --- Russian words that take a case ---------------------------------------------------------

_RU_FORMS = {
    # abbreviation -> its word in the cases n, g, d, a, i, p
    "г.": ("город", "города", "городу", "город", "городом", "городе"),
    "ул.": ("улица", "улицы", "улице", "улицу", "улицей", "улице"),
    "пр.": ("проспект", "проспекта", "проспекту", "проспект", "проспектом", "проспекте"),
    "просп.": ("проспект", "проспекта", "проспекту", "проспект", "проспектом", "проспекте"),
    "пр-т": ("проспект", "проспекта", "проспекту", "проспект", "проспектом", "проспекте"),
    "пл.": ("площадь", "площади", "площади", "площадь", "площадью", "площади"),
    "пер.": ("переулок", "переулка", "переулку", "переулок", "переулком", "переулке"),
    "наб.": ("набережная", "набережной", "набережной", "набережную", "набережной",
             "набережной"),
    "д.": ("дом", "дома", "дому", "дом", "домом", "доме"),
    "кв.": ("квартира", "квартиры", "квартире", "квартиру", "квартирой", "квартире"),
    "корп.": ("корпус", "корпуса", "корпусу", "корпус", "корпусом", "корпусе"),
    "тел.": ("телефон", "телефона", "телефону", "телефон", "телефоном", "телефоне"),
    "ст.": ("статья", "статьи", "статье", "статью", "статьёй", "статье"),
    "п.": ("пункт", "пункта", "пункту", "пункт", "пунктом", "пункте"),
    "Ст.": ("статья", "статьи", "статье", "статью", "статьёй", "статье"),
    "пос.": ("посёлок", "посёлка", "посёлку", "посёлок", "посёлком", "посёлке"),
    "стр.": ("строение", "строения", "строению", "строение", "строением", "строении"),
}
_RU_VILLAGE = ("деревня", "деревни", "деревне", "деревню", "деревней", "деревне")
""""д." before a name is a village's ("в д. Ивановка"), before a number a house's."""
_RU_CASES = "ngdaip"
_RU_PREPOSITIONS = frozenset("в во на о об при у до от из с со к ко по для около без согласно".split())
_RU_BEFORE_NUMBER = frozenset({"д.", "кв.", "корп.", "тел.", "ст.", "Ст.", "стр.", "п."})
"""Said in full only before a number ("д. 5"), not as the initial of a name ("Д. Иванов")."""
_RU_STREET = re.compile(
    r"(?:(?P<prep>(?<!\w)[А-Яа-яЁё]{1,8})\s)?(?<![\w.])(?P<abbr>"
    + "|".join(re.escape(a) for a in sorted(_RU_FORMS, key=len, reverse=True))
    + r")(?=\s?(?P<next>\d|[А-ЯЁ][а-яё-]*))")


_RU_OF_POINT = re.compile(r"(?:пункт[а-я]*|част[а-я]*|п\.|ч\.)\s?\d{1,3}\s$")


def _ru_street(m: re.Match[str]) -> str:
    """"ул. Ленина" -> "улица Ленина", "на пр. Мира" -> "на проспекте Мира", "мэр г. Москвы"
    -> "мэр города Москвы" (no preposition: a name in -ы, -и is in the genitive)."""
    abbr, nxt = m.group("abbr"), m.group("next")
    prep = m.group("prep") or ""
    forms = _RU_FORMS[abbr]
    if abbr == "д." and not nxt[0].isdigit():
        forms = _RU_VILLAGE
    elif abbr in _RU_BEFORE_NUMBER and not nxt[0].isdigit():
        return m.group(0)
    if abbr == "г." and (nxt[0].isdigit() or re.search(r"\d\s?$", m.string[:m.start("abbr")])):
        return m.group(0)  # "г. 2023", "в 988 г. Русь": a year's
    case = RU_CASE_OF.get(prep.lower(), "n") if prep.lower() in _RU_PREPOSITIONS else "n"
    if abbr in ("ст.", "Ст.") and _RU_OF_POINT.search(m.string, 0, m.start()):
        case = "g"  # "пункту 3 ст. 12": the article of the point, in the genitive
    if case == "n" and prep.lower() not in _RU_PREPOSITIONS and nxt.endswith(("ы", "и")) and (
            abbr == "г."):
        case = "g"
    said = forms[_RU_CASES.index(case)]
    return f"{prep} {said}".lstrip() if prep else said


# --- all together ---------------------------------------------------------------------------

@lru_cache(maxsize=32)
def word_rules(language: str) -> tuple[Rule, ...]:
    """The rules for written forms that are not numbers in `language`, in the order they run
    (links first: their dots are not abbreviations' full stops)."""
    rules: list[Rule] = []
    rules.extend(link_rules(language))
    if language == "ru":
        rules.extend([(_RU_LAW, _ru_law), ru_rank_rule()])
    rules.extend(_abbreviation_rules(language))
    if language == "de":
        rules.append((_DE_DATIVE_PLURAL, lambda m: f"{m.group(1)}{m.group(2)}n"))
    rules.extend(sign_rules(language))
    if language == "ru":
        rules.append((_RU_STREET, _ru_street))
    return tuple(rules)


_DE_DATIVE_PLURAL = re.compile(r"(\b(?:mit|von|bei|nach|aus|seit|vor|(?<!\bbis )zu|unter|gegenüber) [\d.,]+ )"
                               r"(Punkte|Jahre|Einwohner|Zimmer|Teilnehmer)\b(?!n)")
"""An abbreviation's plural written out after a number and a preposition of the dative: "mit
11.830 Pkt." is "mit ... Punkten", "seit 5 J." "Jahren" (the table writes the nominative)."""

"""Word tables for `normalize`: months, currencies, units, abbreviations, acronyms.

Kept apart from the rules so that adding a unit or an acronym is a one-line data change.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CARDINAL_ROMAN_CONTEXT",
    "CURRENCIES",
    "GERMAN_DAY_ORDINALS",
    "LETTER_ACRONYMS",
    "MONTHS",
    "MONTH_NAMES",
    "ONSETS",
    "REGNAL_NAMES",
    "SHOUTED_WORDS",
    "SPACECRAFT",
    "SCALES",
    "TIME_FOLLOWERS",
    "UNITS",
    "VOWEL_PAIRS",
    "WORD_ACRONYMS",
    "YEAR_NOUNS",
]

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTHS: dict[str, str] = {}
for _name in MONTH_NAMES:
    MONTHS[_name.lower()] = _name
    MONTHS[_name.lower()[:3]] = _name
MONTHS["sept"] = "September"
# Regex alternatives must match the written case too: add capitalised keys.
MONTHS.update({k.capitalize(): v for k, v in list(MONTHS.items())})
del MONTHS["may"], MONTHS["mar"], MONTHS["jun"], MONTHS["jul"]  # lower-case words, not months

CURRENCIES: dict[str, tuple[str, str, str, str]] = {
    # symbol: (one, many, one sub-unit, many sub-units; "" = say the sub-units as a bare number)
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "£": ("pound", "pounds", "", ""),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "", ""),
    "₴": ("hryvnia", "hryvnias", "", ""),
    "₽": ("ruble", "rubles", "", ""),
    "₹": ("rupee", "rupees", "", ""),
    "Rs": ("rupee", "rupees", "", ""),
}

SCALES = {
    "k": "thousand",
    "thousand": "thousand",
    "m": "million",
    "mn": "million",
    "million": "million",
    "bn": "billion",
    "billion": "billion",
    "tn": "trillion",
    "trillion": "trillion",
}

UNITS: dict[str, tuple[str, str]] = {
    "km": ("kilometer", "kilometers"),
    "m": ("meter", "meters"),
    "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"),
    "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"),
    "mi": ("mile", "miles"),
    "ft": ("foot", "feet"),
    "mph": ("mile per hour", "miles per hour"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "sq km": ("square kilometer", "square kilometers"),
    "km2": ("square kilometer", "square kilometers"),
    "km²": ("square kilometer", "square kilometers"),
    "m2": ("square meter", "square meters"),
    "m²": ("square meter", "square meters"),
    "ha": ("hectare", "hectares"),
    "ml": ("milliliter", "milliliters"),
    "l": ("liter", "liters"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "kW": ("kilowatt", "kilowatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"),
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "GB": ("gigabyte", "gigabytes"),
    "MB": ("megabyte", "megabytes"),
    "TB": ("terabyte", "terabytes"),
    "W": ("watt", "watts"),
    "GHz": ("gigahertz", "gigahertz"),
    "MHz": ("megahertz", "megahertz"),
    "kt": ("kiloton", "kilotons"),
    "mln": ("million", "million"),
    "bln": ("billion", "billion"),
    "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"),
    "sec": ("second", "seconds"),
    "bpd": ("barrel per day", "barrels per day"),
    "t": ("tonne", "tonnes"),
    "sq m": ("square meter", "square meters"),
    "sq ft": ("square foot", "square feet"),
    "sq mi": ("square mile", "square miles"),
}

ABBREVIATIONS: dict[str, str] = {
    "Mr": "Mister",
    "Mrs": "Missus",
    "Ms": "Miz",
    "Dr": "Doctor",
    "Prof": "Professor",
    "Esq": "Esquire",
    "Gen": "General",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Sgt": "Sergeant",
    "Snr": "Senior",
    "Capt": "Captain",
    "Cmdr": "Commander",
    "Adm": "Admiral",
    "Maj": "Major",
    "Gov": "Governor",
    "Sen": "Senator",
    "Sens": "Senators",
    "Reps": "Representatives",
    "Govs": "Governors",
    "Gens": "Generals",
    "Drs": "Doctors",
    "Profs": "Professors",
    "Rep": "Representative",
    "Rev": "Reverend",
    "Hon": "Honourable",
    "Pres": "President",
    "Supt": "Superintendent",
    "Det": "Detective",
    "Insp": "Inspector",
    "Cpl": "Corporal",
    "Pvt": "Private",
    "Amb": "Ambassador",
    "Atty": "Attorney",
    "Msgr": "Monsignor",
    "Cllr": "Councillor",
    "Ald": "Alderman",
    "Twp": "Township",
    "Bde": "Brigade",
    "Bn": "Battalion",
    "Regt": "Regiment",
    "Pct": "Precinct",
    "Hosp": "Hospital",
    "Mfg": "Manufacturing",
    "Inf": "Infantry",
    "Div": "Division",
    "Pk": "Park",
    "Lk": "Lake",
    "Fdn": "Foundation",
    "Svc": "Service",
    "Svcs": "Services",
    # a legal notice's and an agenda's: "the Maple Ridge Subd.", "the Admin. Bldg.", "the Planning
    # Comm.", "Ord. No. 2025-22"
    "Subd": "Subdivision",
    "Admin": "Administration",
    "Comm": "Commission",
    "Ord": "Ordinance",
    "Mtn": "Mountain",
    "Isl": "Island",
    "Cdre": "Commodore",
    "Comdr": "Commander",
    "Abp": "Archbishop",
    "Bp": "Bishop",
    "Rt": "Right",
    "Mme": "Madame",
    "Mlle": "Mademoiselle",
    "Assn": "Association",
    "Assoc": "Associate",
    "Intl": "International",
    "Govt": "Government",
    "govt": "government",
    "Natl": "National",
    "natl": "national",
    # South and Southeast Asia's papers: "Addl. District Magistrate", "Dy. CM", "Brgy. San Roque"
    "Addl": "Additional",
    "Dy": "Deputy",
    "Jt": "Joint",
    "Brgy": "Barangay",
    "feat": "featuring",
    "Fr": "Father",
    "Jr": "Junior",
    "Sr": "Senior",
    "Inc": "Incorporated",
    "Ltd": "Limited",
    "Corp": "Corporation",
    "Co": "Company",
    "Bros": "Brothers",
    "Ave": "Avenue",
    "Blvd": "Boulevard",
    "Rd": "Road",
    "Dept": "Department",
    "Univ": "University",
    "Mt": "Mount",
    "Ft": "Fort",
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Sept": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Tues": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Thurs": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
    "Thur": "Thursday",
    "Sta": "Station",  # "Union Sta. remains closed"
    "Cncl": "Council",
    "Res": "Resolution",
    "Fig": "Figure",
    "Tbl": "Table",
    "Qtr": "Quarter",
    "Temp": "Temperature",
    "Max": "Maximum",
    "Min": "Minimum",
    "Elev": "Elevation",
    "Vol": "Volume",
    "Ch": "Chapter",
    "Sec": "Section",
    "Art": "Article",
    "e.g": "for example",
    "i.e": "that is",
    "q.d": "once daily",  # a prescription's Latin: "one tablet q.d.", "b.i.d.", "p.r.n."
    "b.i.d": "twice daily",
    "t.i.d": "three times daily",
    "q.i.d": "four times daily",
    "p.r.n": "as needed",
    "q.h.s": "at bedtime",
    "a.k.a": "also known as",
    "etc": "et cetera",
    "vs": "versus",
    "approx": "approximately",
    "est": "estimated",
}

SPACECRAFT = frozenset(
    """Apollo Gemini Mercury Artemis Soyuz Sojus Voyager Pioneer Ariane Saturn Atlas Titan Vostok Wostok
    Sputnik Luna Viking Shenzhou Chandrayaan Tianwen Starship""".split()
)
"""Spacecraft and rockets numbered in Roman, said as cardinals in every language ("Artemis II":
"two", "zwei", "dos"), with their German spellings."""

CARDINAL_ROMAN_CONTEXT = frozenset(
    """War Bowl Phase Part Chapter Vatican Title Type Class Stage Grade Level Round Article
    Volume Act Book Section Mark Episode Schedule Division Category Protocol Annex Appendix
    Tier Fund Block Unit Reactor Doe Table Figure Exhibit Chart Plate Series""".split()
) | SPACECRAFT

REGNAL_NAMES = frozenset(
    """Henry Edward George William Charles James Richard John Elizabeth Mary Anne Victoria Louis
    Philippe Philip Felipe Ferdinand Francis Franz Frederick Friedrich Frederik Wilhelm Otto Karl
    Carl Gustav Gustaf Christian Harald Olav Haakon Albert Leopold Baudouin Willem Alexander
    Nicholas Ivan Peter Catherine Paul Pius Leo Benedict Gregory Innocent Clement Urban Sixtus
    Boniface Celestine Honorius Adrian Julius Eugene Pedro Manuel Alfonso Juan Carlos Sancho
    Napoleon Ramses Amenhotep Thutmose Ptolemy Rama Abdullah Hussein Mohammed Constantine
    Justinian Theodosius Basil Michael Stephen David Malcolm Robert Kenneth Duncan Harold Edmund
    Ethelred Alfred Matilda Isabella Joanna Margaret Christina Umberto Vittorio Emmanuel Rudolf
    Joseph Maximilian Ludwig Sigismund Casimir Boleslaw Stanislaus Wladyslaw Jan Sebastian Afonso
    Jaime Enrique Fernando Luis Rainier Hans Adam Hirohito Akihito Naruhito Selim Suleiman Mehmed
    Murad Bayezid Darius Xerxes Cyrus Artaxerxes Antiochus Seleucus Cleopatra Herod Tiridates
    Wenceslaus Vladislav Boris Simeon Mircea Vlad Stefan Zog Farouk Fuad Faisal Idris Haile
    Menelik Kamehameha Sobhuza Mswati Letsie Moshoeshoe Tupou Rockefeller Gates Ford
    Ramesses Rameses Seti Senusret Sesostris Amenemhat Psamtik Nebuchadnezzar Shalmaneser Sargon
    Mithridates Tigranes Shapur Khosrow Ardashir Bahram Hammurabi""".split()
)
"""Names whose Roman numeral is an ordinal ("Henry VIII" -> "Henry the eighth"): rulers, popes
and dynasties. After other words a numeral is a cardinal ("World War II", "Rocky IV")."""

# Said as words, with the spelling espeak-ng reads best.
WORD_ACRONYMS: dict[str, str] = {
    "BBQ": "barbecue",
    "NATO": "Nato",
    # the actors' unions ("the SAG-AFTRA strike", "the SAG Awards")
    "SAG": "Sag",
    "SXSW": "South by Southwest",
    "AFTRA": "Aftra",
    "NOAA": "Noah",
    "SAMHSA": "Samsa",
    "NSW": "New South Wales",
    "NASA": "Nassa",
    "VIX": "Vix",
    "SOFR": "Sofer",
    "NYMEX": "Nymex",
    "IELTS": "Eye-elts",
    "CENTCOM": "Centcom",
    "EUCOM": "Yoocom",
    "AFRICOM": "Africom",
    "SOCOM": "Socom",
    "NORTHCOM": "Northcom",
    "SOUTHCOM": "Southcom",
    "UNESCO": "Unesco",
    "UNICEF": "Unicef",
    "OPEC": "Opec",
    "FIFA": "Fifa",
    "UEFA": "Uayfa",
    "AIDS": "Aids",
    "COVID": "Covid",
    "ASEAN": "Ahsean",
    "NAFTA": "Nafta",
    "SWIFT": "Swift",
    "CERN": "Cern",
    "ISIS": "Isis",
    "ISIL": "Isil",
    "HIMARS": "High-mars",
    "ATACMS": "Attack-ems",
    "NASDAQ": "Nasdaq",
    "FTSE": "Footsie",
    "SARS": "Sars",
    "MERS": "Mers",
    "NABU": "Nabu",
    "OSINT": "Oh-sint",
    "UNGA": "Unga",
    "GAVI": "Gavi",
    "ICAN": "Ikan",
    "LGBTQ": "L G B T Q",
    "LGBT": "L G B T",
    "OK": "okay",
    "PIN": "pin",
    "SIM": "sim",
    "RAM": "ram",
    "MAGA": "Magga",
    "CAT": "cat",
    "JPEG": "jay-peg",
    "GIF": "gif",
    "ZIP": "zip",
    "IKEA": "Ikea",
    "TASS": "Tass",
    "RIA": "Ria",
    "EXPO": "Expo",
    "INTERPOL": "Interpol",
    "MAX": "Max",
    "EUROPOL": "Europol",
    "FRONTEX": "Frontex",
    "UNITA": "Unita",
    "NVIDIA": "Nvidia",
    "IEEE": "I triple E",
    "NASCAR": "Nascar",
    "OPEX": "Opex",
    "CAPEX": "Capex",
    "NIMBY": "Nimby",
    "SWAT": "Swat",
    "SCOTUS": "Scotus",
    "POTUS": "Potus",
    "FLOTUS": "Flotus",
    "ASAP": "A.S.A.P.",
    "HUD": "Hud",
    "CRISPR": "Crisper",
    "MRSA": "Mersa",
    "PFAS": "Pee-fass",
    "LIDAR": "Lie-dar",
    "IATA": "Iata",
}
# Always letter by letter, even where they would look pronounceable.
LETTER_ACRONYMS = frozenset(
    """OSCE WHO USA USSR UNHCR IAEA OECD ICBM ICC ICJ DPRK ZNPP BBC CNN NGO CEO GDP IMF FBI CIA
    KGB FSB GRU SBU ISW EU UN UK US AI IT TV PR HR ID USDA ACLU USAID AFL CIO ACLJ APR APY IMEI
    AMD AP API UCLA UCSF UCSD UCLH AUSA PHEV BEV ILWU IFPI YMCA YWCA LIRR AFCI GFCI INMO""".split()
)
VOWEL_PAIRS = frozenset("OO EE EA AU OU AI OI IE EI OA".split())
"""Vowel pairs that still read as one English syllable ("AUTO", "EASY"); "IAEA" has none."""
ONSETS = frozenset(
    "BL BR CH CL CR DR FL FR GL GR KL KR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH WR".split()
)
"""Two-consonant starts that English words have: "SWIFT" reads as a word, "NGO" does not."""

# "in 2022 elections" is a year; "2022 troops" is a count.
YEAR_NOUNS = frozenset(
    """elections olympics games championships finals playoffs polls accounts protests riots talks
    negotiations sanctions results figures budgets forecasts projections estimates outlooks
    targets midterms primaries caucuses""".split()
)

TIME_FOLLOWERS = (
    r"a\.?m\.?|p\.?m\.?|GMT|UTC|CET|CEST|EET|EEST|BST|ET|EST|EDT|PT|PST|MSK|local|Kyiv|Moscow|"
    r"London|hrs|hours|h|on|in|and|when|the|after|before|until|to|that|this"
)

# After "$310 million" a word from this list means the amount is a noun phrase ("$5bn a month",
# "$82 billion on defense"); any other lower-case word is the noun it describes ("a $310
# million repair"), and the currency is then said in the singular.
# Capitalised for emphasis ("Sword OR Shield", "BEFORE signing"), not acronyms: said as words.
SHOUTED_WORDS = frozenset(
    """OR AND NOT BUT THE FOR NOR SO IF TO IN ON OF AT BY DO GO BE WE ME HE SHE MY UP AS IS AN
    ALL ANY YOU ARE WAS HAS HAD CAN NOW NEW OUT OFF OWN ONLY JUST MUST EVER NEVER NO YES BIG
    HOT FREE WHY HOW WHAT WHEN WHERE WILL WON'T DON'T ONE TWO TOP""".split()
)

_DE_UNITS = "ein zwei drei vier fünf sechs sieben acht neun".split()
GERMAN_DAY_ORDINALS: tuple[str, ...] = (
    "", *"erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft dreizehnt "
    "vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt zwanzigst".split(),
    *(f"{unit}undzwanzigst" for unit in _DE_UNITS), "dreißigst", "einunddreißigst",
)
"""Stems of the German ordinals 1-31 for days of the month ("vierzehnt" + "en"): espeak-ng's
German voice reads "14. April" as "vierzehn April"."""

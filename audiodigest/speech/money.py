"""Money and percentages: every common currency symbol and code, scale suffixes, cents, ranges.

"$1" -> "one dollar", "$1.50" -> "one dollar fifty cents", "£4.50" -> "four pounds fifty",
"$2.5bn" -> "two point five billion dollars", "Rs 500 crore" -> "five hundred crore rupees",
"USD 20 million" and "20 million USD" -> "twenty million US dollars", "$5-10m" -> "five to ten
million dollars", "a $5 fee" -> "a five dollar fee" (an amount before its noun is singular),
"1.50%-1.75%" -> "one point five zero percent to one point seven five percent".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import NOT_NOUNS, Pass, attributive, before_plural, describes_noun, stop_kept
from .numbers import NUM, cardinal, is_one, number_words

__all__ = ["CURRENCIES", "Currency", "PASSES", "SCALES"]


@dataclass(frozen=True, slots=True)
class Currency:
    one: str
    many: str
    sub_one: str = ""
    sub_many: str = ""
    """The hundredth's name, said after the whole units ("one dollar fifty cents") and alone
    ("fifty cents"); "" when newsreaders do not say it."""
    sub_after_whole: bool = True
    """False for pounds: "four pounds fifty", but "fifty pence" alone."""


def _c(one: str, many: str | None = None, sub_one: str = "", sub_many: str = "",
       after: bool = True) -> Currency:
    return Currency(one, many or one + "s", sub_one, sub_many, after)


_DOLLAR = _c("dollar", None, "cent", "cents")
_POUND = _c("pound", None, "penny", "pence", after=False)
_EURO = _c("euro", None, "cent", "cents")
_YEN = _c("yen", "yen")
_RUPEE = _c("rupee")

CURRENCIES: dict[str, Currency] = {
    # symbols
    "$": _DOLLAR, "US$": _c("US dollar", None, "U.S. cent", "U.S. cents"),
    "A$": _c("Australian dollar", None, "cent", "cents"),
    "AU$": _c("Australian dollar", None, "cent", "cents"),
    "C$": _c("Canadian dollar", None, "cent", "cents"),
    "CA$": _c("Canadian dollar", None, "cent", "cents"),
    "NZ$": _c("New Zealand dollar", None, "cent", "cents"),
    "HK$": _c("Hong Kong dollar", None, "cent", "cents"),
    "S$": _c("Singapore dollar", None, "cent", "cents"),
    "N$": _c("Namibian dollar", None, "cent", "cents"), "J$": _c("Jamaican dollar", None, "cent", "cents"),
    "TT$": _c("Trinidad and Tobago dollar", None, "cent", "cents"), "CN¥": _c("yuan", "yuan"),
    "S/": _c("sol", "soles"), "Br": _c("birr", "birr"), "DM": _c("Deutsche mark"),
    "NIS": _c("shekel"), "ETH": _c("ether", "ether"),
    "R$": _c("real", "reais", "centavo", "centavos"), "£": _POUND, "€": _EURO, "¥": _YEN, "₹": _RUPEE, "Rs": _RUPEE,
    "₩": _c("won", "won"), "₽": _c("ruble"), "₴": _c("hryvnia"), "₺": _c("lira", "lira"),
    "₪": _c("shekel"), "₦": _c("naira", "naira", "kobo", "kobo"),
    "₱": _c("peso", None, "centavo", "centavos"), "฿": _c("baht", "baht"),
    "₫": _c("dong", "dong"), "zł": _c("zloty"), "Kč": _c("koruna", "korunas"),
    # ISO codes
    "USD": _c("US dollar", None, "cent", "cents"), "EUR": _EURO, "GBP": _POUND, "JPY": _YEN,
    "CNY": _c("yuan", "yuan"), "RMB": _c("yuan", "yuan"), "INR": _RUPEE,
    "CHF": _c("Swiss franc", None, "centime", "centimes"),
    "AUD": _c("Australian dollar", None, "cent", "cents"),
    "CAD": _c("Canadian dollar", None, "cent", "cents"),
    "NZD": _c("New Zealand dollar", None, "cent", "cents"),
    "HKD": _c("Hong Kong dollar", None, "cent", "cents"),
    "SGD": _c("Singapore dollar", None, "cent", "cents"),
    "BRL": _c("Brazilian real", "Brazilian reais", "centavo", "centavos"),
    "MXN": _c("Mexican peso"), "RUB": _c("ruble"), "UAH": _c("hryvnia"), "KRW": _c("won", "won"),
    "TRY": _c("Turkish lira", "Turkish lira"), "ILS": _c("shekel"), "NGN": _c("naira", "naira"),
    "PHP": _c("Philippine peso"), "THB": _c("baht", "baht"), "VND": _c("dong", "dong"),
    "ZAR": _c("rand", "rand", "cent", "cents"), "SEK": _c("Swedish krona", "Swedish kronor"),
    "NOK": _c("Norwegian krone", "Norwegian kroner"), "DKK": _c("Danish krone", "Danish kroner"),
    "PLN": _c("zloty"), "CZK": _c("Czech koruna", "Czech korunas"), "HUF": _c("forint"),
    "SAR": _c("Saudi riyal"), "AED": _c("dirham"), "EGP": _c("Egyptian pound"),
    "PKR": _c("Pakistani rupee"), "BTC": _c("bitcoin"), "BYN": _c("Belarusian ruble"),
    "KZT": _c("tenge", "tenge"), "GEL": _c("lari", "lari"),
    "KES": _c("Kenyan shilling"), "KSh": _c("Kenyan shilling"), "GHS": _c("cedi"),
    "ARS": _c("Argentine peso"), "CLP": _c("Chilean peso"), "IDR": _c("rupiah", "rupiah"),
    "MYR": _c("ringgit", "ringgit", "sen", "sen"), "TWD": _c("New Taiwan dollar"), "QAR": _c("Qatari riyal"),
    "KWD": _c("Kuwaiti dinar"), "BDT": _c("taka", "taka"), "LKR": _c("Sri Lankan rupee"),
    "ETB": _c("birr", "birr"), "RON": _c("leu", "lei"),
    "UGX": _c("Ugandan shilling"), "TZS": _c("Tanzanian shilling"), "ZMW": _c("kwacha", "kwacha"),
    "MWK": _c("kwacha", "kwacha"), "MAD": _c("dirham"), "RM": _c("ringgit", "ringgit", "sen", "sen"),
    # symbols of the press in Africa and Asia: "GH₵2.1 billion", "USh 5,000", "Tk 12,500",
    # "E£50 billion", "Dh5 million", "MX$9.1 trillion", "Rp 25,000", "NT$839 billion"
    "GH₵": _c("cedi", None, "pesewa", "pesewas"), "₵": _c("cedi", None, "pesewa", "pesewas"),
    "USh": _c("Ugandan shilling"),
    "TSh": _c("Tanzanian shilling"), "Tk": _c("taka", "taka"), "৳": _c("taka", "taka"),
    "E£": _c("Egyptian pound"), "Dh": _c("dirham"), "Dhs": _c("dirham"),
    "MX$": _c("Mexican peso"), "Rp": _c("rupiah", "rupiah"), "NT$": _c("New Taiwan dollar"),
    # Ghana's cedi with the cent sign ("GH¢500"), East Africa's shilling ("Sh500,000", "Shs2
    # billion"), the Philippine peso as its papers write the code ("Php65")
    "GH¢": _c("cedi", None, "pesewa", "pesewas"), "Sh": _c("shilling"), "Shs": _c("shilling"),
    "Php": _c("peso"),
    # the Nordic crown after its amount ("95 kr"): Norway's and Denmark's, Sweden's by its
    # plural only where the text is about Sweden (`_money_after`)
    "kr": _c("krone", "kroner"),
    # Zimbabwe's dollar of 2008 and its gold-backed currency of 2024 ("Z$10 billion", "ZiG15")
    "Z$": _c("Zimbabwe dollar"), "ZiG": _c("ZiG", "ZiG"),
    # before an amount only: "Fr. 3 million", "SFr 20" (before a name "Fr." is Father)
    "Fr": _c("franc"), "SFr": _c("Swiss franc", None, "centime", "centimes"),
}

SCALES = {
    "k": "thousand", "thousand": "thousand", "m": "million", "mn": "million", "mln": "million",
    "mil": "million", "million": "million", "b": "billion", "bn": "billion", "bln": "billion",
    "billion": "billion", "t": "trillion", "tn": "trillion", "trn": "trillion", "trillion": "trillion",
    "mm": "million", "lakh": "lakh", "lakhs": "lakh", "crore": "crore", "crores": "crore",
    "lakh crore": "lakh crore", "lakh crores": "lakh crore", "lakhs crore": "lakh crore",
    "cr": "crore", "cr.": "crore", "l": "lakh",
}

_FRANCS = ("Fr", "SFr")
_SYMBOLS = sorted((k for k in CURRENCIES if (not k.isalpha() or not k.isupper())
                   and k not in _FRANCS), key=len, reverse=True)
_CODES = sorted((k for k in CURRENCIES if k.isalpha() and k.isupper() and k != "PHP"), key=len,
                reverse=True)
"""Codes said before or after an amount; not "PHP", which before a number is the language (nor
"RON" glued to its number: "RON95" is petrol's octane)."""
_PREFIX = ("(?:" + "|".join(re.escape(s) for s in _SYMBOLS if s not in ("zł", "Kč", "Rs", "kr"))
           + r"|\bRs(?:\b\.?|(?=\d))|\bS?Fr\b\.?(?=\s?\d)|\b(?!RON\d)(?:" + "|".join(_CODES) + r")(?=\s?\d))")
_SUFFIX = (r"(?:\s?(?:€|₽|₴|₹|₺|₪|₩|¥|£|\$)|\s?(?:zł|Kč|kr)(?!\w)|\s(?:"
           + "|".join(_CODES) + r")\b)")
_SCALE = (r"(?:(?:\s?|-)(?i:thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn)\b"
          r"|(?<=\d)(?:MM|[kKmMbBtT])\b(?!['’])|[\s-](?:lakhs? crores?|lakhs?|crores?)\b|\s?[cC]r\b\.?"
          r"|(?<=\d)L\b(?!['’]))")
"""A scale word after an amount; a single letter only straight after the digits ("$5m"), and
the finance pages' "MM" for million ("$75MM"); India's "Cr" and "L" ("Rs 1,200 Cr", "Rs 5L")."""
_EUROPEAN = r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d\d(?![\d,.]\d)"
"""An amount written the continental way in English copy: "R$ 1.234,56", "€1.234,56"."""
_AMOUNT = (rf"(?P<num>{_EUROPEAN}|{NUM})(?P<scale1>{_SCALE})?"
           rf"(?:\s?[-–—]\s?(?P<cur2>{_PREFIX})?\s?(?P<num2>{NUM}))?(?P<scale>{_SCALE})?")
_PC_GOES_ON = "in|on|of|to|from|for|and|or|a|an|the|by|at|over|this|last|while|after|since|year|compared"
_PERCENT = (r"\s?(?:%|per ?cent\b|pct\b(?:\.(?= [a-z]))?|(?<=\d)pc\b"
            rf"|(?<=\d\s)pc\b(?=[.,;:)]|$|\s(?:{_PC_GOES_ON})\b))")
"""Percent: "%", "per cent", "pct", and the British and Indian papers' "pc": glued to the number
("5pc"), or apart before a mark or a word that goes on the sentence ("7.2 pc in May", not "3 pc
games")."""
""""%", "per cent", "pct" and, straight after the digits, the British papers' "pc" ("3pc")."""
_PER = {"hr": "hour", "h": "hour", "hour": "hour", "mo": "month", "month": "month",
        "yr": "year", "year": "year", "day": "day", "wk": "week", "week": "week", "gal": "gallon",
        "l": "liter", "kg": "kilogram", "lb": "pound", "bbl": "barrel", "barrel": "barrel",
        "share": "share", "person": "person", "night": "night", "t": "tonne", "tonne": "tonne",
        "ton": "ton", "MWh": "megawatt hour", "kWh": "kilowatt hour", "sq ft": "square foot",
        "cu yd": "cubic yard", "cu ft": "cubic foot",
        "oz": "ounce", "m2": "square meter", "m²": "square meter", "head": "head",
        "bu": "bushel", "quintal": "quintal", "dozen": "dozen", "doz": "dozen",
        "MMBtu": "million British thermal units",
        "mmBtu": "million British thermal units",
        "MMBTU": "million British thermal units", "lb.": "pound", "ct": "carat", "troy oz": "troy ounce",
        "cwt": "hundredweight", "acre": "acre", "ac": "acre", "therm": "therm", "st": "short ton",
        "b": "barrel", "MW-day": "megawatt-day", "MW-d": "megawatt-day"}
_UNIT_AFTER = (r"(?:(?:k|c|m)?m[²³23]|(?:sq|cu)\b|"
               r"(?:kWh|MWh|GWh|TWh|km|kg|kt|Mt|Gt|bpd|bbl/d|bbl|b/d|boe|cf|cm|ft|mi|sq ?m)\b)")
"""A unit after "39 bn": the measure says both ("thirty-nine billion cubic meters")."""
_AMOUNT_BEFORE = re.compile(r"(?:\d|percent|dollars|euros|pounds|yen|thousand|million|billion|trillion)"
                            r"[\w ,.]{0,30}$")
"""An amount shortly before "w/w": a figure, or one already said ("$4.2bn w/w")."""
_CHANGE_PERIODS = {"y": "year over year", "m": "month over month", "q": "quarter over quarter",
                   "w": "week over week"}
_PER_RE = "|".join(sorted((re.escape(k) for k in _PER), key=len, reverse=True))


def _currency(key: str) -> Currency:
    return CURRENCIES[key.rstrip(".").strip()]


def _amount(num: str, cur: Currency, scale: str, singular: bool) -> str:
    """One amount with its unit: "two point five billion dollars", "one dollar fifty cents"."""
    if re.fullmatch(_EUROPEAN, num):  # "1.234,56" -> "1234.56"
        whole, cents = num.rsplit(",", 1)
        num = f"{whole.replace('.', '')}.{cents}"
    num, scale = _whole(num, scale)
    if scale:
        return f"{number_words(num)} {scale} {cur.one if singular else cur.many}"
    whole, dot, cents = num.partition(".")
    if not dot and "," in num and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
        whole, dot, cents = num.partition(",")  # a decimal comma: "€3,50"
    whole = whole or "0"
    if dot and len(cents) != 2:
        return f"{number_words(num)} {cur.many}"
    unit = cur.one if singular or is_one(whole) else cur.many
    if not dot or not int(cents):
        return f"{number_words(whole)} {unit}"
    sub = cur.sub_one if cents == "01" else cur.sub_many
    if not whole.strip("0,"):
        return f"{cardinal(int(cents))} {sub}" if sub else f"{number_words(num)} {cur.many}"
    if not sub:
        return f"{number_words(num)} {cur.many}" if cur.sub_after_whole or not cur.sub_many \
            else f"{number_words(whole)} {unit} {cardinal(int(cents))}"
    if not cur.sub_after_whole:
        return f"{number_words(whole)} {unit} {cardinal(int(cents))}"
    return f"{number_words(whole)} {unit} {cardinal(int(cents))} {sub}"


def _whole(num: str, scale: str, other: str = "") -> tuple[str, str]:
    """"$12.5K" is "twelve thousand five hundred dollars": a part of a thousand is said whole
    (and so is the first of a span whose other end is: "$1-2.5K")."""
    if scale == "thousand" and any(re.fullmatch(r"\d{1,3}\.\d{1,2}", n) for n in (num, other)):
        return str(round(float(num) * 1000)), ""
    return num, scale


def _scale_word(raw: str | None) -> str:
    return SCALES[raw.strip(" -").lower()] if raw else ""


def _per(m: re.Match[str]) -> str:
    per = m.groupdict().get("per")
    if per and per[0].isupper() and per[1:].islower():
        per = per.lower()  # a headline's "$5/Month"
    return f" per {_PER.get(per, per)}" if per else ""  # "$25/adult": "per adult"


_HYPHENED_SCALE = re.compile(r"\d-[a-z]+$")


def _singular(m: re.Match[str]) -> bool:
    """Before its noun an amount is singular: "a $5 fee", "a $25-an-hour job"."""
    after = m.string[m.end() : m.end() + 2]
    if m.string.startswith(("-plus", "-odd"), m.end()):
        # "$4.5 billion-plus" is more dollars, "$100K-plus jobs" a kind of job
        noun = re.match(r"-(?:plus|odd) ([a-z]+)\b", m.string[m.end():])
        return noun is not None and noun.group(1) not in NOT_NOUNS
    if _HYPHENED_SCALE.search(m.group(0)) and describes_noun(m):
        return True  # "$5-billion bond sale": a scale hyphened to its number describes a noun
    return attributive(m) or before_plural(m) or (
        len(after) == 2 and after[0] == "-" and after[1].isalpha())


_QUOTED = re.compile(r"\b(?:dollar|euro|pound|sterling|yen|yuan|renminbi|franc|rupee|won|peso|real|rand|lira|"
                     r"loonie|greenback|currency)\b[^.;]*\b(?:fell|rose|slipped|climbed|traded|weakened|"
                     r"strengthened|dropped|jumped|gained|sank|hit|touched|bought|buys|fetched|fetches|at|to)\b[^.;]*$")
"""A currency's quote against another's: then "CHF 0.88" is a rate, said as a decimal ("zero
point eight eight Swiss francs"), not "eighty-eight centimes"."""


def _money(m: re.Match[str]) -> str:
    spoken = _money_words(m)
    cur = _currency(m.group("cur"))
    following = m.string[m.end() : m.end() + len(cur.many) + 2].lower()
    if re.match(rf"\s({re.escape(cur.one.lower())}|{re.escape(cur.many.lower())})\b", following):
        # "$7.9 million dollars": the text names the currency itself
        spoken = spoken.removesuffix(" " + cur.many).removesuffix(" " + cur.one)
    return spoken + _per(m)


def _money_words(m: re.Match[str]) -> str:
    cur = _currency(m.group("cur"))
    singular = _singular(m)
    num, num2 = m.group("num"), m.group("num2")
    scale = _scale_word(m.group("scale"))
    first_scale = _scale_word(m.group("scale1")) or (scale if num2 is None else "")
    if num2 is None:
        if (num.startswith("0.") and re.fullmatch(r"[A-Z]{3}", m.group("cur").strip())
                and _QUOTED.search(m.string, max(0, m.start() - 60), m.start())):
            return f"{number_words(num)} {cur.many}"  # "the dollar fell to CHF 0.88": a rate
        return _amount(num, cur, first_scale, singular)
    if m.group("cur2") and scale and not first_scale and (lower := _lower_scale(num, num2, scale)):
        # "$80-$90 million": the scale is both ends' ("eighty to ninety million dollars");
        # "$900-$1 billion" is nine hundred million to one billion
        lower = "" if lower == scale else f" {lower}"
        return f"{number_words(num)}{lower} to {_amount(num2, cur, scale, singular)}"
    if m.group("cur2") or first_scale:  # "$10-$20", "$5m-$10m": each amount has its unit
        return (f"{_amount(num, cur, first_scale, singular)} to "
                f"{_amount(num2, cur, scale, singular)}")
    lower = _lower_scale(num, num2, scale) if scale else ""
    if lower and lower != scale:  # "$900-1 billion"
        return f"{number_words(num)} {lower} to {_amount(num2, cur, scale, singular)}"
    return f"{number_words(_whole(num, scale, num2)[0])} to {_amount(num2, cur, scale, singular)}"


def _below(a: str, b: str) -> bool:
    """Whether amount `a` is less than `b` (both written with digits)."""
    try:
        return float(a.replace(",", "")) < float(b.replace(",", ""))
    except ValueError:
        return False


_STEP_DOWN = {"trillion": "billion", "billion": "million", "million": "thousand"}


def _lower_scale(num: str, num2: str, scale: str) -> str:
    """The scale a span's lower end takes from its upper end's: the same one when its number is
    smaller ("$80-$90 million"), else the next one down when that keeps it below ("$900-$1
    billion": nine hundred million), else none ("" : the lower end is an amount of its own)."""
    if _below(num, num2):
        return scale
    smaller = _STEP_DOWN.get(scale, "")
    return smaller if smaller and _below(num, f"{float(num2.replace(',', '')) * 1000}") else ""


def _shared_scale(m: re.Match[str]) -> str:
    """"$2 to $3 billion" -> "2 to $3 billion": the lower end takes the scale of the upper
    ("$900 to $1 billion" -> "900 million to $1 billion")."""
    scale = _scale_word(m.group(3))
    lower = _lower_scale(m.group(1), m.group(2), scale)
    if not lower:
        return m.group(0)
    return f"{m.group(1)} to " if lower == scale else f"{m.group(1)} {lower} to "


_RACE_K = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|first|last|annual|charity|next|"
                     r"local|virtual) )$")
_RUNNING = re.compile(r"\b(?:run|ran|runs|running|runners?|race[sd]?|marathons?|miles?|pace|finish(?:ed|es)?|"
                      r"jog\w*|walk(?:ed|ers?)?|registration)\b", re.I)

_COUNTED_NEXT = re.compile(r" (?!(?:closes|starts|begins|opens|takes|runs|goes|draws|costs|features|loops|"
                           r"finishes|follows|returns)\b)[a-z]+s\b")
"""A plural noun after "10K" counts it ("10K followers"); a verb in -s does not."""


def _scale_alone(m: re.Match[str]) -> str:
    """"4bn people", "300k messages": a scale with no currency; but a race named by its
    kilometers after "the" or "a" where the sentence is about running ("finished a 10K in under
    fifty minutes", "the 10K closes") is "ten K"."""
    letter = m.group(4)
    if (letter == "K" and _RACE_K.search(m.string, max(0, m.start() - 12), m.start())
            and _RUNNING.search(m.string) and not _COUNTED_NEXT.match(m.string, m.end())):
        return f"{number_words(m.group(3))} K"
    return f"{number_words(m.group(1) or m.group(3))} {SCALES[(m.group(2) or letter).lower()]}"


_SWEDEN = re.compile(r"\bSwed|\bStockholm|\bGothenburg|\bMalmö|\bSEK\b")


def _money_after(m: re.Match[str]) -> str:
    """"500 USD", "20 zł", "5€": the currency after the amount."""
    cur = _currency(m.group("cur"))
    if cur.one == "krone" and _SWEDEN.search(m.string):
        cur = CURRENCIES["SEK"]
    singular = _singular(m)
    scale = _scale_word(m.group("scale"))
    num2 = m.group("num2")
    if num2 is None:
        return _amount(m.group("num"), cur, _scale_word(m.group("scale1")) or scale, singular)
    return f"{number_words(m.group('num'))} to {_amount(num2, cur, scale, singular)}"


def _percent(m: re.Match[str]) -> str:
    first, second = m.group("a"), m.group("b")
    if second is None:
        return f"{number_words(first)} percent"
    if m.group("pa"):
        return f"{number_words(first)} percent to {number_words(second)} percent"
    return f"{number_words(first)} to {number_words(second)} percent"


_VIDEO_LINES = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})


def _change_period(m: re.Match[str]) -> str:
    """"3.4% y/y" -> "three point four percent year over year": after an amount only ("fell 2.1
    million barrels w/w" too: a doubled letter is no word)."""
    doubled = m.group(1) or m.group(2)  # "w/w", "Y/Y": no word of English
    if not m.start() or not (m.string[m.start() - 1].isdecimal() or m.string.endswith(
            "percent", 0, m.start()) or (doubled and _AMOUNT_BEFORE.search(m.string[:m.start()]))):
        return m.group(0)
    return " " + _CHANGE_PERIODS[next(g for g in m.groups() if g).lower()]


def _pence(m: re.Match[str]) -> str:
    n = m.group(1)
    if len(n) > 2 or "." in n:
        if m.group(2) == "c" or n in _VIDEO_LINES:
            return m.group(0)
        return f"{number_words(n)} pence"
    return f"{cardinal(int(n))} {'penny' if n == '1' else 'pence'}" if m.group(2) == "p" else (
        f"{cardinal(int(n))} {'cent' if n == '1' else 'cents'}")


_MONEY_WORDS = r"(?:cents?|dollars?|pence|penny|euros?|pounds?|yen|rupees?|francs?)"


def _pair(m: re.Match[str]) -> str:
    """"EUR/USD" -> "euro-dollar", "USD/JPY" -> "dollar-yen": a pair of currencies a rate is
    quoted in, each by its name (a US dollar is the dollar there)."""
    a, b = CURRENCIES.get(m.group(1)), CURRENCIES.get(m.group(2))
    if a is None or b is None or m.group(1) == m.group(2) or m.string.endswith("/", 0, m.start()):
        return m.group(0)
    return "-".join(c.one.removeprefix("US ") for c in (a, b))


_LETTER_SIGNS = {"R": "ZAR ", "P": "₱", "N": "₦"}
"""Currencies their own press writes with a capital letter: South Africa's rand ("R350 a
month", "R12,500"), the Philippine peso ("P500,000", "P65.40") and Nigeria's naira ("N250,000",
"N5bn")."""
_LETTER_MONEY = re.compile(
    r"(?<![\w$£€.-])([RPN])(?=(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?:\s?(?:bn|billion|million|"
    r"mn|m|trillion|tn|k|B|M)\b|\s(?:a|per|each|an)\s(?:month|year|week|day|hour|head|person|"
    r"litre|liter|kilo|kg|household)\b)|\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b(?!,\d)|\d+\.\d{2}\b"
    r"(?![.,]\d))")
"""A letter before an amount that a scale, a rate, thousands' commas or cents mark as money
(not "R2", "R101", "P500", "N95", "R5 chip", "R2.5")."""


PASSES: tuple[Pass, ...] = (
    # percentage points written short after a number: "fell 6 pct. pts. among" (not "percent pts.")
    (re.compile(r"(?<=\d )(?:pct\.?|pc\.?) ?(pts?)\b\.?(?=\s|$|[,;:)])"),
     lambda m: stop_kept(m, "percentage point" + ("s" if m.group(1) == "pts" else ""))),
    # the square foot (or mile, meter) written with its stops after a price's "per" or slash:
    # "$215/sq. ft.,", "1,265 people per sq. mi., more"
    (re.compile(r"(?:(?<=/)|(?<=\bper ))sq\.\s?(ft|mi|km|m)\b(\.(?=[,;:)]|\s[a-z]))?"),
     lambda m: f"sq {m.group(1)}"),
    # the cubic yard (or foot) the same way: "$48/cu. yd. plus", "per cu. ft."
    (re.compile(r"(?:(?<=/)|(?<=\bper ))cu\.\s?(yd|ft)\b(\.(?=[,;:)]|\s[a-z]))?"),
     lambda m: f"cu {m.group(1)}"),
    # a span with the letter at both ends: "R50-R100", "P200–P500" (not "R1-R2", names)
    (re.compile(r"(?<![\w$£€.-])([RPN])((?:\d{2,3}|\d(?=,))(?:,\d{3})*(?:\.\d{1,2})?)\s?[-–]\s?\1(?=\d)"),
     lambda m: f"{_LETTER_SIGNS[m.group(1)]}{m.group(2)}-"),
    (_LETTER_MONEY, lambda m: _LETTER_SIGNS[m.group(1)]),
    (re.compile(r"(?<![\w.,])\$(\d{1,3}(?:\.\d{1,2})?) to (?=\$(\d{1,3}(?:\.\d{1,2})?)"
                r"(\s?(?:million|billion|trillion)\b|(?:bn|[mMbB])\b))"), _shared_scale),
    (re.compile(r"\b([A-Z]{3})/([A-Z]{3})\b(?!/)"), _pair),
    # cents with no zero before the point: "$.99" -> "ninety-nine cents", "£.50"
    (re.compile(r"(?<![\w.])([$£€])\.(\d{2})\b(?![.,]\d)"),
     lambda m: _amount(f"0.{m.group(2)}", _currency(m.group(1)), "", False)),
    # a price per unit written after the money's word: "15 cents/kWh", "2 euros/night"
    (re.compile(rf"(?<=\w )({_MONEY_WORDS})\s?/\s?(?P<per>{_PER_RE})\b"),
     lambda m: m.group(1) + _per(m)),
    (re.compile(rf"(?<![\w$£€¥₹])(?P<cur>{_PREFIX})\s?{_AMOUNT}(?:/(?P<per>{_PER_RE}|(?:Month|Year|Week|Day|Night|Person)(?=[\s,;.)]|$)|[a-z]{{3,12}}(?=[\s,;.)]|$)|[A-Z]{{2,5}}(?=[\s,;.)]|$))\b"
                rf"(?:\.(?=\s[a-z]|[,;)]))?)?"),
     _money),  # ("$2.99/lb. at the market": the abbreviation's stop goes with it)
    (re.compile(rf"(?<![\w.,]){_AMOUNT.replace('?P<cur2>', '?:')}(?P<cur>{_SUFFIX})(?![\w$])"),
     _money_after),
    # (not a fraction's denominator: "4 3/8%" is the fractions')
    (re.compile(rf"(?<!/)(?P<a>{NUM})(?:(?P<pa>{_PERCENT})?\s?[-–—]\s?(?P<b>{NUM}))?{_PERCENT}"),
     _percent),
    # "50p", "5c"; a share price in pence: "1,234p", "345p", "12.5p" (not "1080p" video)
    (re.compile(r"(\d(?<![\w.,£$€]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,3}(?:\.\d{1,2})?))(p|c)\b"
                r"(?![.'’]\w)"), _pence),
    # a change over a period, as the markets write it: "3.4% y/y", "0.3% m/m", "12% YoY"
    # ("y-o-y", "Q-o-Q" too)
    (re.compile(r" (?:([ymqw])/\1|([YMQW])/\2|([YMQW])o\3|([YMQW])O\4|([ymqwYMQW])-[oO]-\5)\b"
                r"(?![/'’-]\w)"),
     _change_period),
    # the cent sign: "5¢", "99 ¢" ("one cent" in the singular, which the engine would not say),
    # "16.5¢/kWh", "84.5¢/lb" ("cents per pound")
    (re.compile(rf"(?<![\w.,£$€])(\d{{1,3}}(?:\.\d{{1,3}})?)\s?¢(?:/({_PER_RE})\b)?"),
     lambda m: f"{number_words(m.group(1))} "
               f"{'cent' if m.group(1) == '1' or attributive(m) or before_plural(m) else 'cents'}"
               + (f" per {_PER[m.group(2)]}" if m.group(2) else "")),
    # a scale without a currency: "4bn people", "300k messages", "2 mln tonnes" ("4K video"
    # and "5K run", "the 10K race" are no thousands)
    (re.compile(rf"(?<![\w.])({NUM})\s?(bn|bln|tn|trn|mn|mln|mil)\b(?!\.\w)(?!\s?{_UNIT_AFTER})|(?<![\w.])"
                r"(\d{2,}(?:[,.]\d+)?|\d[,.]\d+|\d(?=k))([kK])\b(?![-'’])"
                r"(?! (?:races?|runs?|runners|walks?|fun run|trail|swim|event|course)\b)"),
     _scale_alone),
    # a capital M or B as the scale: "3.2M copies", "1.5B users", "40M people" (a whole number
    # only before a plural noun or "of": "3M" and "a 2B pencil" are names)
    (re.compile(r"(?<![\w.,])(\d{1,3}[.,]\d{1,2})([MB])\b(?!['’.]\w)|(?<![\w.,])(\d{1,3})([MB])"
                r"\b(?=\+?\s(?:of|people)\b|\+?\s[a-z]+s\b)"),
     lambda m: f"{number_words(m.group(1) or m.group(3))} "
               f"{'million' if (m.group(2) or m.group(4)) == 'M' else 'billion'}"),
    # a price per unit after a currency said as a word: "3,310 yuan/t", "98.25p/therm"
    (re.compile(rf"(?<=\w )({_MONEY_WORDS}|yuan|rupees?|rubles?|pesos?)/({_PER_RE})\b"),
     lambda m: f"{m.group(1)} per {_PER[m.group(2)]}"),
)

"""Written news -> the words a newsreader says, for espeak-ng to read (English rules).

espeak-ng alone says "43,4%" as "forty-three comma four percent", "2023" as "two thousand and
twenty three" and "No. 10" as "no ten". `normalize` rewrites such spans into plain words before
synthesis. It is an ordered list of regex passes, most specific first (URLs before dots, money and
dates before bare numbers, numbers before acronyms), each one linear in the text, so a sentence
costs tens of microseconds. Languages other than English pass through with only whitespace and
symbol clean-up, and espeak-ng's own rules for that language do the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbers import cardinal, decimal, digits, ordinal, roman_to_int, year
from .phrases import PHRASES
from .sentences import cut_long
from .speechdata import (
    ABBREVIATIONS,
    CARDINAL_ROMAN_CONTEXT,
    CURRENCIES,
    GERMAN_DAY_ORDINALS,
    LETTER_ACRONYMS,
    MONTH_NAMES,
    MONTHS,
    NOT_NOUNS,
    ONSETS,
    SCALES,
    SHOUTED_WORDS,
    TIME_FOLLOWERS,
    UNITS,
    VOWEL_PAIRS,
    WORD_ACRONYMS,
    YEAR_NOUNS,
)

__all__ = ["normalize", "number_words"]

_Pass = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_NUM = r"(?<!\d)(?<!\d[,.])(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:[.,]\d++)?)"
"""A number as written: "1,500", "3.5", "43,4". It never starts inside another number, and
its digit runs are possessive, so no pass retries a long digit run from every position."""
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_VOWELS = frozenset("AEIOU")
HEADLINE_CAPS_SHARE = 0.6
"""A sentence whose words are mostly capitals is shouting, not acronyms: read it as words."""
MIN_SHOUTED_WORDS = 3
"""Fewer capitalised words than this are acronyms in a phrase ("FBI and CIA"), not shouting."""
LONG_WORD = 6
"""Capitalised words this long are read as words if they have a vowel ("REUTERS", "YOUTUBE")."""
MAX_YEAR = 2099
MIN_YEAR = 1100


MAX_CARDINAL_DIGITS = 15
"""Longer digit strings (IDs, junk) are read digit by digit, and never passed to int()."""


def number_words(num: str) -> str:
    """"1,500" -> cardinal; "3.5" and "43,4" (decimal comma) -> "... point ..."; "007" -> digits."""
    if len(num) > MAX_CARDINAL_DIGITS + MAX_CARDINAL_DIGITS // 3:
        return digits(num)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
        return cardinal(int(num.replace(",", "")))
    if "." in num:
        whole, _, frac = num.rpartition(".")
        return decimal(whole, frac)
    if "," in num:
        whole, _, frac = num.partition(",")
        return decimal(whole, frac)
    if len(num) > 1 and num.startswith("0"):
        return digits(num)
    return cardinal(int(num))


def _is_one(num: str) -> bool:
    return num in ("1", "1.0", "1.00")


# --- web: URLs, e-mail addresses, handles --------------------------------------------------


def _spell_host(host: str) -> str:
    parts = [("w w w" if p.lower() == "www" else p) for p in host.split(".")]
    return " dot ".join(parts)


def _url(m: re.Match[str]) -> str:
    url = m.group(0)
    url = re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE)
    host, _, path = url.partition("/")
    spoken = _spell_host(host)
    path = path.strip("/")
    if path:
        words = re.sub(r"[-_.]+", " ", path).replace("/", " slash ")
        spoken += " slash " + words
    return spoken


def _email(m: re.Match[str]) -> str:
    local, host = m.group(1), m.group(2)
    local = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
    return f"{local} at {_spell_host(host)}"


# --- money, percentages, units ------------------------------------------------------------


_NEXT_WORD = re.compile(r"[ -]([a-z]+)\b")


def _describes_noun(m: re.Match[str]) -> bool:
    """True when the amount is used as an adjective: "$310 million repair", "30 km drive"."""
    following = _NEXT_WORD.match(m.string, m.end())
    return following is not None and following.group(1) not in NOT_NOUNS


def _money(m: re.Match[str]) -> str:
    singular, plural, sub_one, sub_many = CURRENCIES[m.group("cur").rstrip(".")]
    num, scale = m.group("num"), m.group("scale")
    if scale:
        unit = singular if _describes_noun(m) else plural
        return f"{number_words(num)} {SCALES[scale.lower()]} {unit}"
    whole, _, cents = num.partition(".")
    unit = singular if whole == "1" or _describes_noun(m) else plural
    cents = (cents + "0")[:2] if cents else ""
    if cents and int(cents) and sub_many and not whole.strip("0,"):
        return f"{cardinal(int(cents))} {sub_one if cents == '01' else sub_many}"  # "$0.50"
    spoken = f"{number_words(whole)} {unit}"
    if cents and int(cents):
        sub = sub_one if cents == "01" else sub_many
        spoken += f" and {cardinal(int(cents))} {sub}" if sub else f" {cardinal(int(cents))}"
    return spoken


_NUMBER_WORDS = {"no": "number ", "nos": "numbers ", "p": "page ", "pp": "pages "}
_VULGAR = {"½": " one half", "¼": " one quarter", "¾": " three quarters", "⅓": " one third",
           "⅔": " two thirds"}
_SPECIAL_SLASHES = {"24/7": "twenty-four seven", "9/11": "nine eleven", "50/50": "fifty-fifty"}
_DENOMINATORS = {2: ("half", "halves"), 4: ("quarter", "quarters")}


_SCORE_CONTEXT = re.compile(
    r"\b(?:beat|beats|won|win|wins|lost|lose|loses|defeated|defeat|drew|draw|victory|score|"
    r"scored|led|lead|leads|trailed|trail|beating|thrashed|edged|routed)\b[^.;]{0,40}$")
SCORE_LOOKBACK = 60
"""Characters before "2-0" searched for a word that makes it a score."""


def _range(m: re.Match[str]) -> str:
    """"10-12" -> "10 to 12"; in a score ("beat Arsenal 2-0") a zero is said "nothing"."""
    first, second = m.group(1), m.group(2)
    if second is None:
        return f"{first} to "
    if "0" in (first, second):
        before = m.string[max(0, m.start() - SCORE_LOOKBACK) : m.start()]
        if _SCORE_CONTEXT.search(before):
            first = "nothing" if first == "0" else first
            second = "nothing" if second == "0" else second
    return f"{first} to {second}"


def _aircraft(m: re.Match[str]) -> str:
    if m.group(1):
        return f"seven {cardinal(int(m.group(2)))}"
    return f"A three {cardinal(int(m.group(4)[1:]))}"


def _telephone(m: re.Match[str]) -> str:
    groups = re.findall(r"\d+", m.group(0))
    return ", ".join(digits(g) for g in groups)


def _fraction(m: re.Match[str]) -> str:
    num, den = int(m.group(1)), int(m.group(2))
    if num >= den:
        return m.group(0)
    one, many = _DENOMINATORS.get(den) or (ordinal(den), ordinal(den) + "s")
    return f"{cardinal(num)} {one if num == 1 else many}"


def _percent(m: re.Match[str]) -> str:
    return f"{number_words(m.group(1))} percent"


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")


def _unit(m: re.Match[str]) -> str:
    num, unit = m.group(1), m.group(2)
    one, many = UNITS[unit]
    # "a 30 km drive": after an article and before a noun, the unit is an adjective (singular).
    attributive = (_ARTICLE_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) is not None
                   and _describes_noun(m))
    return f"{number_words(num)} {one if _is_one(num) or attributive else many}"


_OPENING_QUOTE = re.compile(r'(?<!\d)"')


def _inches(m: re.Match[str]) -> str:
    num = m.group(1)
    if m.group(0).endswith('"') and len(_OPENING_QUOTE.findall(m.string, 0, m.start())) % 2:
        return m.group(0)  # it closes a quotation, as in: he said "I won 3"
    single = _is_one(num) or _describes_noun(m)  # "a 16" screen" -> "sixteen inch screen"
    return f"{number_words(num)} {'inch' if single else 'inches'}"


def _scale(m: re.Match[str]) -> str:
    return f"{number_words(m.group(1))} {SCALES[m.group(2).lower()]}"


# --- dates and times ----------------------------------------------------------------------


def _month(name: str) -> str:
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTHS[name.lower()]


def _month_day(m: re.Match[str]) -> str:
    spoken = f"{_month(m.group(1))} {ordinal(int(m.group(2)))}"
    if m.group(3):
        spoken += f", {year(int(m.group(3)))}"
    return spoken


def _day_month(m: re.Match[str]) -> str:
    the = m.group(1) or "the "
    spoken = f"{the}{ordinal(int(m.group(2)))} of {_month(m.group(3))}"
    if m.group(4):
        spoken += f" {year(int(m.group(4)))}"
    return spoken


def _iso_date(m: re.Match[str]) -> str:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m.group(0)
    return f"{MONTH_NAMES[mo - 1]} {ordinal(d)}, {year(y)}"


def _numeric_date(m: re.Match[str]) -> str:
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    month, day = (b, a) if a > 12 or m.group("sep") == "." else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    if y < 100:
        y += 2000
    return f"{MONTH_NAMES[month - 1]} {ordinal(day)}, {year(y)}"


def _clock(hour: int, minute: int) -> str:
    if minute == 0:
        return cardinal(hour)
    if minute < 10:
        return f"{cardinal(hour)} oh {cardinal(minute)}"
    return f"{cardinal(hour)} {cardinal(minute)}"


def _time_ampm(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return f"{_clock(hour, minute)} {m.group(3).lower()}.m."


def _time_24h(m: re.Match[str]) -> str:
    hour, minute = int(m.group(2)), int(m.group(3))
    if minute == 0:
        spoken = f"{cardinal(hour)} o'clock" if hour <= 12 else f"{cardinal(hour)} hundred"
    else:
        spoken = _clock(hour, minute)
    return f"{m.group(1)}{spoken}"


def _decade(m: re.Match[str]) -> str:
    if m.group(3) is not None:  # "the '90s"
        return _TENS_PLURAL[int(m.group(3))]
    century, decade = m.group(1), m.group(2)
    value = int(century + decade + "0")
    if decade == "0":
        words = year(value) if value % 1000 else cardinal(value)
        return words + "s"
    words = year(value)
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


_TENS_PLURAL = ("noughties tens twenties thirties forties fifties sixties seventies eighties "
                "nineties").split()


def _year(m: re.Match[str]) -> str:
    value = int(m.group(1))
    follower = (m.group(2) or "").lower()
    if not MIN_YEAR <= value <= MAX_YEAR:
        return cardinal(value) + (m.group(2) and " " + m.group(2) or "")
    if follower.endswith("s") and follower.islower() and follower not in YEAR_NOUNS:
        return f"{cardinal(value)} {m.group(2)}"
    return year(value) + (f" {m.group(2)}" if m.group(2) else "")


# --- names: Roman numerals, titles, acronyms ----------------------------------------------


def _roman(m: re.Match[str]) -> str:
    name, numeral = m.group(1), m.group(2)
    value = roman_to_int(numeral)
    if value is None or (len(numeral) == 1 and numeral in "LC"):
        return m.group(0)
    if name in CARDINAL_ROMAN_CONTEXT:
        return f"{name} {cardinal(value)}"
    if numeral == "I" or "L" in numeral or "C" in numeral:
        return m.group(0)
    return f"{name} the {ordinal(value)}"


def _abbreviation(m: re.Match[str]) -> str:
    word = m.group(1)
    spoken = ABBREVIATIONS.get(word) or ABBREVIATIONS.get(word.lower())
    return spoken if spoken is not None else m.group(0)


def _street_or_saint(m: re.Match[str]) -> str:
    before = m.group(1) or ""
    return f"{before}Street" if before.strip() else "Saint"


def _pronounceable(word: str) -> bool:
    if len(word) < 4:
        return False
    run = 0
    prev_vowel = False
    for i, ch in enumerate(word):
        vowel = ch in _VOWELS
        pair = word[i - 1 : i + 1]
        if vowel and prev_vowel and pair not in VOWEL_PAIRS and len(word) < LONG_WORD:
            return False
        run = 0 if vowel else run + 1
        if run >= 3:
            return False
        prev_vowel = vowel
    if word[0] not in _VOWELS and word[1] not in _VOWELS and word[:2] not in ONSETS:
        return False
    return any(ch in _VOWELS for ch in word)


def _acronym(m: re.Match[str]) -> str:
    word, plural = m.group(1), m.group(2) or ""
    if word in SHOUTED_WORDS and not plural:
        return word.lower()
    if word in WORD_ACRONYMS:
        return WORD_ACRONYMS[word] + plural
    if word not in LETTER_ACRONYMS and _pronounceable(word):
        return word.capitalize() + plural
    # "F.B.I.": espeak-ng spells dotted capitals with a newsreader's stress (,Efb,i:;'aI), where
    # plain capitals are sometimes read as a word ("OSCE" -> '0s) and spaced ones stress each.
    if "&" in word:
        return " and ".join(p if len(p) == 1 else ".".join(p) + "." for p in word.split("&"))
    dotted = ".".join(word) + "."
    if plural:
        return dotted + "'s"
    if m.end() < len(m.string) and m.string[m.end()] == ".":
        return dotted[:-1]
    return dotted


# --- passes -------------------------------------------------------------------------------

_PASSES: tuple[_Pass, ...] = (
    # web
    (re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+?(?=[.,;:!?)]*(?:\s|$))", re.IGNORECASE), _url),
    (re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b"), _email),
    (re.compile(r"(?<![\w@])@(\w{1,30})"), lambda m: f"at {m.group(1)}"),
    (re.compile(r"(?<![\w&])#([A-Za-z]\w*)"), lambda m: f"hashtag {m.group(1)}"),
    (re.compile(r"(?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|ua|uk|by|ru|eu|info)"
                r"\b(?:/[^\s]*[^\s.,;:!?)])?"), _url),
    # dates and times (before numbers and the a.m./dotted-acronym rules)
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), _iso_date),
    (re.compile(r"\b(\d{1,2})(?P<sep>[/.])(\d{1,2})(?P=sep)(\d{4}|\d{2})\b"), _numeric_date),
    (re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,? (\d{{4}})\b)?"),
     _month_day),
    (re.compile(rf"(\b[Tt]he )?\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE})\.?"
                rf"(?: (\d{{4}})\b)?"), _day_month),
    (re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s?([AaPp])\.?[Mm]\b\.?"), _time_ampm),
    (re.compile(r"(\b(?:at|by|until|till|from|before|after|around|about|since|between|and|to)\s"
                r"|^)([01]?\d|2[0-3])[:.]([0-5]\d)\b(?![.,]\d)"
                rf"(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:{TIME_FOLLOWERS})\b))"), _time_24h),
    (re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:)"),
     lambda m: _clock(int(m.group(1)), int(m.group(2)))),
    (re.compile(r"(?:\+\d{1,3}[\s-])?\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b"), _telephone),
    (re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s-]\d{1,4}){2,5}\b"), _telephone),
    (re.compile(r"(?<![\d/])(\d+)[ -]?(?:1/2|½)(?![\d/])"), lambda m: f"{m.group(1)} and a half"),
    (re.compile("[½¼¾⅓⅔]"), lambda m: _VULGAR[m.group(0)]),
    (re.compile(r"\b(24/7|9/11|50/50)\b"), lambda m: _SPECIAL_SLASHES[m.group(1)]),
    # aircraft: "737" is "seven thirty-seven", "A320" is "A three twenty"
    (re.compile(r"(?:(?<=Boeing )|(?=7[0-8]7(?:s?\b)(?: MAX| Max| jets?| Dreamliners?| aircraft|"
                r" planes?| airliners?|-\d00)))(7)([0-8]7)(?=s?\b)|\b(A)(3[0-8]\d)\b"), _aircraft),
    (re.compile(r"(?<![\d/.,])([1-9])/([2-9]|10)\b(?![/\d])"), _fraction),
    (re.compile(r"(?<=\d)\s?/\s?(?=\d)"), lambda m: " slash "),
    # ranges and scores: "10-12", "2022-23", "3-1" -> "to"
    (re.compile(rf"(?<![\w.-])({_NUM})\s?[-–—]\s?(?=\d)(\d+\b)?"), _range),
    (re.compile(r"(?:(?<=[\s(])|^)[-−](?=\d)"), lambda m: "minus "),
    # money, percentages, measures
    (re.compile(rf"(?P<cur>US\$|A\$|C\$|\bRs\b\.?|[$£€¥₴₽₹])\s?(?P<num>{_NUM})"
                r"(?:\s?(?P<scale>trillion|billion|million|thousand|bn|tn|mn|[mMkK])\b)?"), _money),
    (re.compile(rf"({_NUM})\s?(?:%|per ?cent\b)"), _percent),
    (re.compile(rf"(?<![\w.])({_NUM})(m)(?= (?:people|children|[a-z]+s)\b)"), _scale),
    (re.compile(rf"(?<![\w.])({_NUM})(?:\"|″|-inch\b)(?= [a-z]|[.,;)]|$)"), _inches),
    (re.compile(r"(?<![\w.:])(\d{1,2}):(\d{1,2})(?![\d:])(?= [a-z])"),
     lambda m: f"{m.group(1)} to {m.group(2)}"),
    (re.compile(rf"(?<![\w.])({_NUM})\s?({_UNIT_RE})(?![\w/²³])"), _unit),
    (re.compile(rf"({_NUM})\s?(bn|tn|mn)\b"), _scale),
    # decades, ordinals, years, fractions
    (re.compile(r"\b(1\d|20)(\d)0s\b|(?<!\w)['’](\d)0s\b"), _decade),
    (re.compile(r"\b(\d{1,9})(?:st|nd|rd|th)\b"), lambda m: ordinal(int(m.group(1)))),
    (re.compile(r"(?<![\d,.])(\d{4})(?!\d|[,.]\d)(?: ([A-Za-z]+))?"), _year),
    # names and abbreviations
    (re.compile(r"\b([A-Z][a-z]+) ([IVXLC]{1,7})\b(?!\.\w)"), _roman),
    (re.compile(r"((?:\d\w*|[A-Z][a-z]+) )?\b[Ss]t\.?(?= [A-Z0-9]|[.,;]|$)"), _street_or_saint),
    (re.compile(r"\b(No|Nos)\.? ?(?=\d)|\b(no|nos|p|pp)\. ?(?=\d)"),
     lambda m: _NUMBER_WORDS[(m.group(1) or m.group(2)).lower()]),
    (re.compile(r"#(?=\d)"), lambda m: "number "),
    (re.compile(r"\b(e\.g|i\.e|a\.k\.a|etc|vs|approx|est)\.", re.IGNORECASE), _abbreviation),
    (re.compile(r"\b([A-Z][a-z]{1,4})\.(?= )"), _abbreviation),
    (re.compile(r"\b(Ave|Blvd|Rd|Inc|Ltd|Corp|Co|Bros|Jr|Sr|Dept|Univ)\.(?=$|[,;:)])"),
     lambda m: ABBREVIATIONS[m.group(1)] + "."),
    (re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|Mt)(?= [A-Z])"),
     _abbreviation),
)


_ACRONYM = re.compile(r"\b([A-Z][A-Z&]*[A-Z])(s)?\b")
_LEFT_NUMBERS = re.compile(rf"(?<![\w.])-?(?:{_NUM})(?![\w])|\d+")
_ENGLISH_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\s*%"), " percent"),
    (re.compile(r"°\s?C\b"), " degrees Celsius"),
    (re.compile(r"°\s?F\b"), " degrees Fahrenheit"),
    (re.compile(r"°"), " degrees"),
    (re.compile(r"(?<=\w) ?\+ ?(?=\w)"), " plus "),
    (re.compile(r"(?<=\w)\+"), " plus"),
    (re.compile(r" = "), " equals "),
    (re.compile(r"±"), " plus or minus "),
    (re.compile(r"(?<=\d) ?[x×] ?(?=\d)"), " by "),
    (re.compile(r"~(?=\s?\w)"), "about "),
    (re.compile(r"§"), " section "),
    (re.compile(r"№"), " number "),
    (re.compile(r"\band/or\b"), "and or"),
    (re.compile(r"\s*/\s*"), " slash "),
)
# Any language: what no engine should read aloud or interpret.
_NEUTRAL_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+[—–]\s+|[—–]|\s-\s|--"), ", "),
    (re.compile(r"[*_~^|\\]+|\[|\]|[{}<>]"), " "),
    (re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u2B00-\u2BFF]"), ""),
    (re.compile(r"\s+([,.;:!?])"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)
_PREP = (
    (re.compile(r"(?<=\d)[\u00A0\u2009\u202F](?=\d{3}(?!\d))"), ","),
    (re.compile(r"[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]"), " "),
    (re.compile(r"…"), "..."),
    (re.compile(r"(?<=\s)−(?=\d)|^−(?=\d)"), "-"),
)


_GERMAN_DATE = re.compile(
    r"(?<![\d.])(?:(?P<article>\b[Dd]er|\b[Dd]ie)\s+)?(?P<d>[1-9]|[12]\d|3[01])\.\s+(?P<mon>"
    + "|".join(PHRASES["de"].months) + r")\b")


def _german_date(m: re.Match[str]) -> str:
    """"am 14. April" -> "am vierzehnten April"; "der 1. Mai" -> "der erste Mai"."""
    ending = "e" if m.group("article") else "en"
    article = f"{m.group('article')} " if m.group("article") else ""
    return f"{article}{GERMAN_DAY_ORDINALS[int(m.group('d'))]}{ending} {m.group('mon')}"


_LANGUAGE_PASSES: dict[str, tuple[_Pass, ...]] = {"de": ((_GERMAN_DATE, _german_date),)}
"""The few rules other languages need before espeak-ng's own: German day ordinals."""


def _shouting(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text)
             if w not in WORD_ACRONYMS and w not in LETTER_ACRONYMS]
    caps = sum(1 for w in words if w.isupper())
    return caps >= MIN_SHOUTED_WORDS and caps / len(words) > HEADLINE_CAPS_SHARE


CHUNK_CHARS = 1000
"""Longer input is normalized in pieces cut at spaces: a sentence is far shorter, and it caps
what any one regex pass can cost on hostile input (200 KB of digits or dots) at linear time."""


def normalize(text: str, language: str = "en") -> str:
    """Rewrite `text` into the words a newsreader would say; non-English text is only tidied."""
    if len(text) > CHUNK_CHARS:
        return " ".join(_normalize(piece, language) for piece in cut_long(text, CHUNK_CHARS))
    return _normalize(text, language)


def _normalize(text: str, language: str) -> str:
    for pattern, repl in _PREP:
        text = pattern.sub(repl, text)
    base = language.split("-")[0].lower()
    if base != "en":
        for pattern, fn in _LANGUAGE_PASSES.get(base, ()):
            text = pattern.sub(fn, text)
        return _tidy(text, _NEUTRAL_SYMBOLS)
    if _shouting(text):
        text = text.lower()
    for pattern, fn in _PASSES:
        text = pattern.sub(fn, text)
    text = _ACRONYM.sub(_acronym, text)
    text = _LEFT_NUMBERS.sub(_left_number, text)
    return _tidy(_tidy(text, _ENGLISH_SYMBOLS), _NEUTRAL_SYMBOLS)


def _left_number(m: re.Match[str]) -> str:
    num, text = m.group(0), m.string
    glued = " " if m.start() and text[m.start() - 1].isalpha() else ""
    after = " " if m.end() < len(text) and text[m.end()].isalpha() else ""
    if num.startswith("-"):
        return f"{glued}minus {number_words(num[1:])}{after}"
    return f"{glued}{number_words(num)}{after}"


def _tidy(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in table:
        text = pattern.sub(repl, text)
    return text.strip()

"""English number words: cardinals, ordinals, years, decimals, Roman numerals.

Hand-written rather than num2words: these few functions are all the script needs, they run in
microseconds, and the words are chosen for how a newsreader says them ("twenty twenty-three",
not "two thousand and twenty-three").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FRACTION_DENOMINATORS",
    "MAX_CARDINAL_DIGITS",
    "NUM",
    "SPECIAL_SLASHES",
    "VULGAR_CHARS",
    "cardinal",
    "decimal",
    "digits",
    "fraction",
    "roman_sum",
    "is_one",
    "number_words",
    "ordinal",
    "pairs",
    "roman_to_int",
    "vulgar_parts",
    "year",
]

NUM = r"(?<!\d)(?<!\d[,.])(?:\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:[.,]\d++)?)"
"""A number as written: "1,500", "3.5", "43,4". It never starts inside another number, and
its digit runs are possessive, so no pass retries a long digit run from every position."""
MAX_CARDINAL_DIGITS = 15
"""Longer digit strings (IDs, junk) are read digit by digit, and never passed to int()."""

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = (
    (10**12, "trillion"),
    (10**9, "billion"),
    (10**6, "million"),
    (10**3, "thousand"),
)
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
MAX_SPOKEN_NUMBER = 10**15
"""Beyond this a number is read digit by digit: nobody says "a quadrillion" in the news."""


def _under_thousand(n: int) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            words.append(_ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    return " ".join(words)


def cardinal(n: int) -> str:
    """1234 -> "one thousand two hundred thirty-four" (American: no "and")."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n >= MAX_SPOKEN_NUMBER:
        return digits(str(n))
    if n < 1000:
        return _under_thousand(n) if n else "zero"
    words: list[str] = []
    for value, name in _SCALES:
        count, n = divmod(n, value)
        if count:
            words.append(f"{_under_thousand(count)} {name}")
    if n:
        words.append(_under_thousand(n))
    return " ".join(words)


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


def is_one(num: str) -> bool:
    """"1", "1.0", "1.00": the singular takes a singular unit."""
    return num in ("1", "1.0", "1.00")


def pairs(num: str) -> str:
    """A code or house number read in pairs, as people say them: "787" -> "seven eighty-seven",
    "350" -> "three fifty", "1600" -> "sixteen hundred", "4090" -> "forty ninety", "305" ->
    "three oh five"; round hundreds and short numbers are plain cardinals; longer ones digits."""
    if not num.isdecimal():
        return number_words(num)
    if len(num) > 4 or (len(num) > 1 and num.startswith("0")):
        return digits(num)
    n = int(num)
    if n < 100 or (n % 100 == 0 and len(num) == 3) or n % 1000 == 0:
        return cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return f"{cardinal(high)} hundred"
    if low < 10:
        return f"{cardinal(high)} oh {_ONES[low]}"
    return f"{cardinal(high)} {cardinal(low)}"


_DENOMINATORS = {2: ("half", "halves"), 4: ("quarter", "quarters")}
FRACTION_DENOMINATORS = frozenset({*range(2, 17), 20, 32, 64, 100})
"""Denominators a slash fraction is read with wherever it stands ("3/16", "1/64"); "1/21" or
"5/31" may be dates."""
VULGAR_CHARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"


def vulgar_parts(ch: str) -> tuple[int, int]:
    """"¾" -> (3, 4)."""
    value = unicodedata.numeric(ch)
    for den in (2, 3, 4, 5, 6, 7, 8, 9, 10):
        if abs(value * den - round(value * den)) < 1e-9:
            return round(value * den), den
    return 1, 2


SPECIAL_SLASHES = {"24/7": "twenty-four seven", "9/11": "nine eleven", "50/50": "fifty-fifty"}
"""Pairs said as names, never as fractions."""


def fraction(numerator: int, denominator: int, mixed: bool = False) -> str:
    """(3, 4) -> "three quarters"; (1, 2) -> "one half" ("a half" after a whole number)."""
    # 3/100 is "three hundredths", 3/1000 "three thousandths", not "three one hundredths";
    # 1/100 keeps its "one one hundredth" (as in "one one-hundredth of a second")
    said = ordinal(denominator)
    bare = said.removeprefix("one ")
    one, many = _DENOMINATORS.get(denominator) or (said, bare + "s")
    if numerator == 1:
        if mixed and bare != said:  # 2 1/100 -> "two and a hundredth"
            return f"a {bare}"
        article = ("an" if one[0] in "aeio" else "a") if mixed else "one"
        return f"{article} {one}"
    return f"{cardinal(numerator)} {many}"


def fraction_before(numerator: int, denominator: int) -> str:
    """A fraction hyphened to a noun's word: (3, 4) -> "three-quarter" ("a 3/4-ton pickup",
    "three-quarter-inch"); other parts keep their plural ("a 5/8-inch bit": "five eighths")."""
    said = fraction(numerator, denominator)
    return said.replace(" quarters", "-quarter") if denominator == 4 else said


def ordinal(n: int) -> str:
    """21 -> "twenty-first"."""
    words = cardinal(n)
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    head, last = words[:cut], words[cut:]
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + last


def year(n: int) -> str:
    """1990 -> "nineteen ninety", 2005 -> "two thousand five", 2023 -> "twenty twenty-three"."""
    if n < 1000 or n > 9999:
        return cardinal(n)
    high, low = divmod(n, 100)
    if low == 0:
        return cardinal(n) if high % 10 == 0 else f"{cardinal(high)} hundred"
    if 2000 <= n < 2010:
        return cardinal(n)
    if low < 10:
        return f"{cardinal(high)} oh {_ONES[low]}"
    return f"{cardinal(high)} {cardinal(low)}"


def digits(s: str) -> str:
    """"0725" -> "zero seven two five"."""
    return " ".join(_ONES[int(c)] for c in s if c.isdecimal())


def decimal(whole: str, fraction: str) -> str:
    """("3", "05") -> "three point zero five"; the whole part may hold thousands commas."""
    whole_digits = whole.replace(",", "")
    if len(whole_digits) > len(str(MAX_SPOKEN_NUMBER)):
        return f"{digits(whole_digits)} point {digits(fraction)}"
    head = cardinal(int(whole_digits)) if whole_digits else "zero"
    return f"{head} point {digits(fraction)}" if fraction else head


def roman_sum(s: str) -> int | None:
    """The value of Roman letters, a smaller one before a larger subtracted ("XIV" -> 14,
    "IIII" -> 4), or None for a letter that is not a Roman one; the one reader of numerals, for
    every language (the others' rules match only well-formed numerals before they ask)."""
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        if value < prev:
            total -= value
        else:
            total += value
            prev = value
    return total


def roman_to_int(s: str) -> int | None:
    """"XIV" -> 14, or None if `s` is not a well-formed Roman numeral."""
    total = roman_sum(s)
    if not total or total <= 0 or _int_to_roman(total) != s.upper():
        return None
    return total


def _int_to_roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

"""German numbers from 100 to 199 as a newsreader says them: "hundertzwanzig", not the
"einhundertzwanzig" espeak-ng says from the digits "120" and num2words writes.

The blind sets' German writers say "hundert..." in 97 rows and "einhundert..." in 2 (the
oldest sets, which took espeak-ng's reading). A number from 1,000 to 1,999 keeps its
"eintausend...", as the sets say it. Thousands that end in one ("301.000") are written out too:
espeak-ng says "dreihundert ein tausend". bodynumbers.py runs this last, on a German text.
"""

from __future__ import annotations

import re

from num2words import num2words

__all__ = ["german_hundreds"]

_DIGITS = re.compile(r"(?<![\d.,:/+-])(?<![A-Za-zÄÖÜäöüß]-)(1\d\d)(\.\d{3})?(?:,(\d{1,3}))?"
                     r"(?![\d%]|[.,:/]\d|-\d)")
"""A number from 100 to 199, or from 100.000 to 199.999 with German thousands' points, with or
without decimals, standing alone (not in a time, a score, a range or a code like "A-120")."""
_ONE_THOUSAND = re.compile(r"(?<![\d.,:/+-])([2-9]01)\.(\d{3})(?![\d%]|[.,:/]\d|-\d)")
"""A number from 201.000 to 901.999 whose thousands end in one: espeak-ng says "zweihundert ein
tausend" (with a break), a newsreader "zweihunderteintausend"."""
_WORDS = re.compile(r"\b([Ee])inhundert")
_ANY = re.compile(r"hundert|\b1\d\d\b")


def _said(m: re.Match[str]) -> str:
    """"138,5" -> "einhundertachtunddreißig Komma fünf" (the decimals digit by digit, as the
    voice says them from digits; the "ein" goes next)."""
    whole = str(num2words(int(m.group(1) + (m.group(2) or "")[1:]), lang="de"))
    if m.group(3) is None:
        return whole
    return f"{whole} Komma " + " ".join(str(num2words(int(d), lang="de")) for d in m.group(3))


def german_hundreds(text: str) -> str:
    """`text` (German) with "einhundert..." and the digits espeak-ng would say so as "hundert..."."""
    if "01." in text:
        text = _ONE_THOUSAND.sub(lambda m: str(num2words(int(m.group(1) + m.group(2)), lang="de")), text)
    if _ANY.search(text):
        text = _DIGITS.sub(_said, text)
        text = _WORDS.sub(lambda m: "Hundert" if m.group(1) == "E" else "hundert", text)
    return text

"""What the grammars of `normalize` share: the pass type and the context tests around a match.

A grammar (money, measures, dates...) is a tuple of passes: a compiled pattern over the written
text and a function from its match to the spoken words. The context tests look a few words either
side of a match, never further, so every pass stays linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from num2words import CONVERTER_CLASSES

__all__ = [
    "NOT_NOUNS",
    "Pass",
    "SENTENCE_OPENER",
    "a_part",
    "converter",
    "keeping_stop",
    "ru_converter",
    "after_determiner",
    "attributive",
    "before_plural",
    "describes_noun",
    "either_case",
    "sentence_end",
    "spelled",
    "stop_kept",
]

Pass = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _german_one_before_scale() -> None:
    """num2words says a German hundred and one before "tausend" "eins": 101,000 is
    "einhunderteinstausend", where German says "hunderteintausend" (num2words 0.5.x). Its German
    converter (one object, which every `num2words(..., lang="de")` uses, ordinals too) is mended
    here, once, for every caller."""
    german = CONVERTER_CLASSES["de"]
    if getattr(german, "_audiodigest_mended", False):
        return
    mend = re.compile(r"(?<=hundert)eins(?=tausend)")
    cardinal = german.to_cardinal

    def to_cardinal(number: Any, *args: Any, **kwargs: Any) -> str:
        return mend.sub("ein", str(cardinal(number, *args, **kwargs)))

    german.to_cardinal = to_cardinal
    german._audiodigest_mended = True


_german_one_before_scale()


def converter(language: str) -> Any:
    """num2words' converter for `language` (its cases, genders, currency forms)."""
    return CONVERTER_CLASSES[language]


def ru_converter() -> Any:
    """num2words' Russian converter: ordinals and cardinals in a case and gender."""
    return CONVERTER_CLASSES["ru"]

# After "$310 million" a word from this list means the amount is a noun phrase ("$5bn a month",
# "$82 billion on defense"); any other lower-case word is the noun it describes ("a $310
# million repair"), and the unit is then said in the singular.
NOT_NOUNS = frozenset(
    """a an the and or but nor for of in on at to from by with without per each every this that
    these those last next over under about after before since until into onto than as if so
    was were is are be been being has have had will would could should can may might must do
    did does not no more less plus minus said says says annually yearly monthly weekly
    daily apiece total overall combined back up down out off away ago already also just only done gone
    given taken paid spent made raised sent won lost cut set put kept held brought bought sold
    left owed due worth long wide high tall deep thick across high away apart behind ahead near
    above below more most overnight today yesterday tomorrow tonight there here then now
    again yet still even instead too along around beyond past between beneath outside inside
    outdoors indoors inland offshore onshore ashore abroad upstream downstream upriver downriver
    uphill downhill underground overhead downrange
    colder warmer hotter cooler higher lower longer shorter taller wider deeper shallower
    heavier lighter faster slower bigger smaller larger thicker thinner farther further
    earlier later cheaper dearer
    when while between within where whereas because unless though although once during
    through throughout toward towards against among amid despite via
    coming going flowing heading pouring headed expected earmarked allocated slated budgeted
    needed available remaining guaranteed pledged promised approved awarded""".split()
)
"""(The comparatives: "2°F warmer" and "5 cm taller" are amounts, not adjectives; nor are
places: "the epicenter 30 km offshore".)"""

_NEXT_WORD = re.compile(r"[ -]([a-z]+)\b")
_DIRECTION_OF = re.compile(r"(?:north|south|east|west)(?:east|west)?(?:-(?:north|south)?(?:east|west))?"
                           r"(?: of\b|[,;.)]|$)")
"""A direction after a distance says where, and describes no noun ("20 km north of")."""
PARTICIPLE_AFTER = re.compile(r" (?:[a-z]{3,}ed|beginning|starting|running|lasting|ending)(?= (?:on|in|at|by|"
                              r"for|from|with|to|above|below|under|over|per)\b|[,;.)]|$)")
"""A participle after an amount describes the amount, no noun ("the 1.2 g printed on the label",
"the 1,000 IU listed.", "every 20 min. beginning at 4:45"; not a noun in -ing: "a $10 billion
building.")."""
_NEXT_NAMED_NOUN = re.compile(r" (?:[A-Z]{2,5}(?![\w'’&-]|\.\w)|[A-Z][a-z]+ (?:Act|Bill|Fund|Law|Plan|Program|"
                              r"Programme|Package|Deal|Initiative|Prize|Prix|Stakes|Cup|Classic|Derby|Award|Grant|"
                              r"Scholarship|Jackpot)\b)")
"""An acronym or a named act, fund or plan after an amount is what it describes too."""
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y|"
    r"[Ee]ach|[Ee]very|[Aa]nother|[Oo]ne|\w+['’]s)\s+(?:\S+\s+)?$")
_SENTENCE_END = re.compile(r"[\"'”’)\]]*$")


def describes_noun(m: re.Match[str], end: int | None = None) -> bool:
    """True when a lower-case word that is no function word follows: "repair" in "$310 million
    repair", "drive" in "30 km drive"."""
    at = m.end() if end is None else end
    following = _NEXT_WORD.match(m.string, at)
    if following is None:
        return _NEXT_NAMED_NOUN.match(m.string, at) is not None  # "a 2TB SSD", "€43 billion Chips Act"
    if _DIRECTION_OF.match(m.string, following.start(1)) or PARTICIPLE_AFTER.match(m.string, at):
        return False  # "the city 20 km north of"; "the 1,000 IU listed on the label"
    return following.group(1) not in NOT_NOUNS


def after_determiner(m: re.Match[str], start: int | None = None) -> bool:
    """True when "a", "the", "its"... stands just before (one word may come between: "a new")."""
    begin = m.start() if start is None else start
    return _DETERMINER_BEFORE.search(m.string, max(0, begin - 24), begin) is not None


_A_MEASURE = re.compile(r" ?(?:mile|hour|day|cent|point)\b")


def a_part(m: re.Match[str], said: str) -> str:
    """A half or a quarter alone before a mile, an hour, a day, a cent or a point is "a" one: "the
    terminal is ½ mile away", "by 1/4 cent" -> "a half mile", "a quarter cent" (not after a
    determiner: "the 1/4 mile")."""
    if said in ("one half", "one quarter", "half", "quarter") and _A_MEASURE.match(m.string, m.end()) and (
            not after_determiner(m)):
        return "a " + said.removeprefix("one ")
    return said


_COORDINATE_BEFORE = re.compile(r"\b\w+-\w+,\s+$")


def attributive(m: re.Match[str]) -> bool:
    """"a 30 km drive", "the $5 fee", "a two-year, $310 million repair": an amount between a
    determiner (or a coordinate adjective) and its noun is an adjective, and its unit is said in
    the singular; "paid $5 million compensation" and "$999 upfront" keep the plural."""
    if not describes_noun(m):
        return False
    return after_determiner(m) or _COORDINATE_BEFORE.search(
        m.string, max(0, m.start() - 30), m.start()) is not None


_PLURAL_AFTER = re.compile(r" ([a-z]{2,}[a-hj-rtv-z]s)\b(?![-'’])")
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]{2,}(?:s|ed|ing)|in|for|and|or|with|buy|sell|pay|give|offer|win|get|"
                            r"issue|print|charge|earn|send|hand|mint|bought|sold|won|gave|paid|got|sent|lent) $")
"""A verb or "in", "for" ("offers", "paid in", "sells"); not "of" ("a fee of $300 applies")."""
_NOT_PLURAL_NOUNS = frozenset(
    """goes comes remains means covers buys pays represents accounts makes helps gets seems looks
    needs amounts includes equals stays flows returns adds brings puts sits takes gives leaves
    years months weeks days hours minutes seconds decades centuries times""".split())


def before_plural(m: re.Match[str]) -> bool:
    """An amount that a verb or a preposition governs before a plural noun describes it: "offers
    $2,500 rebates", "paid in $20 bills" (not the subject of a verb, "about $2 million goes")."""
    following = _PLURAL_AFTER.match(m.string, m.end())
    if following is None or following.group(1) in _NOT_PLURAL_NOUNS or following.group(1) in NOT_NOUNS:
        return False
    return _OBJECT_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None


SENTENCE_OPENER = re.compile(r" (?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|This|That|There|"
                             r"Its|His|Her|Their|Our|Police|Officials)\b")
"""A word that opens a sentence after an abbreviation's stop: the stop was also the sentence's."""


def stop_kept(m: re.Match[str], spoken: str) -> str:
    """`spoken` for a match that took an abbreviation's stop ("Ariz.", "тыс.", "гг."): the stop
    stays where it ended the text, as the sentence's own, or before a sentence's opening word
    ("on Main Ave. It opened")."""
    if m.group(0).endswith(".") and (m.end() == len(m.string) or SENTENCE_OPENER.match(m.string, m.end())):
        return spoken + "."
    return spoken


def keeping_stop(fn: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """An abbreviation's full stop that also ends the sentence ("сто руб.", "в 2023 г.")
    stays when the abbreviation is written out."""
    def say(m: re.Match[str]) -> str:
        out = fn(m)
        if m.group(0).endswith(".") and not out.endswith(".") and m.end() == len(m.string):
            out += "."
        return out
    return say


def spelled(letters: str) -> str:
    """Letters said one by one: "b b c"; where one is an "a", dotted capitals ("K.A.R.E.",
    "N.H.T.S.A.", "H.A."), since the voices read a lone "a" (or "A") as the article, "uh"."""
    if len(letters) > 1 and "a" in letters.lower():
        return ".".join(letters.upper()) + "."
    return " ".join(letters)


def sentence_end(m: re.Match[str]) -> bool:
    """True when only closing quotes or brackets follow the match: the sentence ends there."""
    return _SENTENCE_END.fullmatch(m.string, m.end()) is not None


def either_case(words: str) -> str:
    """A pattern for each of the "|"-separated words (or phrases), with its first letter in
    either case, longest first (so "w wieku" is tried before "w")."""
    out = []
    for w in sorted(words.split("|"), key=len, reverse=True):
        out.append(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}".replace(r"\ ", r"\s+"))
    return "|".join(out)



_YEAR_WORDS_BEFORE = frozenset(
    "en de del desde hasta entre año em do da até ano in dal al anno nel dans depuis".split())


def year_not_count(figure: str, before: str) -> bool:
    """Whether a plain four-digit figure is more likely a year than a count: 1000-2099 after a
    word that introduces years ("en 1900 muchas familias", "em 2021 várias pessoas"); "1500
    personas" is a count, written so in Spanish, or joined from "1 500"."""
    if len(figure) != 4 or not figure.isdigit() or not 1000 <= int(figure) <= 2099:
        return False
    words = before.split()
    return bool(words) and words[-1].lower().strip("(,") in _YEAR_WORDS_BEFORE

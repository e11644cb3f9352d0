"""Split article text into sentences, and long sentences into speakable pieces.

Our own rules rather than pySBD: pySBD takes ~20 ms per 1,000 words (the whole script budget)
and scores 47/48 on the English Golden Rules; these rules score 48/48 in ~1 ms per 1,000 words.
Every pass is a single regex scan or a greedy window walk, so time stays linear even on a 200 KB
paragraph with no punctuation at all.
"""

from __future__ import annotations

import re

from .bodydates import SHORT_MONTH_WORDS
from .bodynumbers import GERMAN_ORDINAL_BEFORE
from .bodywords import continues_sentence
from .phrases import month_numbers

__all__ = ["MAX_SEGMENT_CHARS", "cut_long", "split_sentences"]

MAX_SEGMENT_CHARS = 250
"""Longest piece of spoken text handed to the engine at once. Measured with pyttsx3 2.99 on
espeak-ng 1.51, a fresh engine's first save of a news sentence, 8 runs each: 200 and 250
characters 8/8 saved, 280 7/8, 300 and 350 0/8 (no file, no error). After a warm-up utterance
900 characters worked. 250 stays clear of that edge even for an engine that was not warmed up;
it is ~11 s of speech at 175 wpm, longer than most news sentences (120-150 characters), so only
long ones are cut, and each piece stays one readable transcript cue."""

MIN_PIECE_FRACTION = 0.4
"""A clause cut is only taken if it leaves at least this share of the limit before it, so a long
sentence is not cut into a stub and a remainder."""

SHORT_FRAGMENT_WORDS = 3
"""A "sentence" of this many words or fewer ending in a.m./p.m. is a time phrase ("At 5 a.m.")
opening the real sentence, not a sentence of its own."""

# Abbreviations after which a capitalised word continues the sentence (titles, references).
_NEVER_END = frozenset(
    """mr mrs ms mx dr prof mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres
    supt insp det fr messrs mmes vs v p pp cf approx ca dept univ assn gov't sr.lt e.g i.e viz
    al sens reps govs gens drs profs atty msgr cpl pvt amb brig cdr spc""".split()
)
# Abbreviations that may end a sentence: split only when a typical sentence opener follows.
# Street types are here, not above: "on Baker St. near" and "St. Louis" go on, "lives on Oak
# Rd. The house" ends.
_MAY_END = frozenset(
    """co inc ltd corp plc llc bros jr sr etc esq jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun km kg cm mm lb lbs oz min max hr hrs sq
    est st ave av blvd rd hwy ln ct pl pkwy sq ter terr cir expy fwy trl plz
    no nos n° nr fig figs vol ch sec art op para paras eq rs ext""".split()
)
# References ("No. 1", "Fig. 3", "Art. 5") and India's rupees ("Rs. 3.2 crore") are here, not
# above: they come before a number, and "no" and "art" are words too ("she kept telling me
# no. When she finally let me go").
_TIME_ABBR = frozenset({"a.m", "p.m"})
_TIME_ZONES = frozenset(
    """EST EDT ET CST CDT CT MST MDT MT PST PDT PT AKST AKDT HST GMT UTC BST WET CET CEST EET EEST
    MSK IST PKT JST KST AEST AEDT ACST AWST NZST NZDT HKT SGT WIB AST ADT NST""".split()
)
"""After "9 a.m." a time zone continues the sentence ("9 a.m. EST on Tuesday")."""
_MONTH_WORDS = frozenset(month_numbers())
"""After "14." a month name continues the date ("am 14. April"): German writes days so."""
MAX_DAY = 31
LOOKBACK_CHARS = 64
"""How far back from a full stop the word before it is looked for: bounds the work per stop,
so a 200 KB run of "Mr. Mr. Mr." stays linear. Real words are shorter."""
_STARTERS = frozenset(
    """the a an i he she it they we you this that these those there here his her its their our my
    your what who whom whose why how when where which did do does is are was were will would can
    could should shall may might must has have had but and so yet or nor in on at for after before
    as if however meanwhile then also now some many most all one two three both each every
    neither either another such while although though because since once still even not""".split()
)

_TERM = re.compile(
    r"(?<![.!?…])(?<!\. )(?P<term>\.(?: \.){2,}+|\.{2,}+|…|[.!?]++)(?P<close>[\"'”’)\]»]*+)"
    r"(?P<space>\s++)(?=(?P<next>[^\s.]))"
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){1,}[A-Za-z]$")
_LIST_NUM = re.compile(r"(?:(?<=\s)|^)[•⁃]?\s?(\d{1,3})(?:\.\)|\)|\.)(?=\s)")
_LIST_LETTER = re.compile(r"(?:(?<=\s)|^)([a-z])\.(?=\s+[A-Z])")
_BULLET = re.compile(r"\s(?=[•⁃])")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]*([A-Za-z]+)")
_SCALE_BEFORE = re.compile(r"\d\s?(?:Mio|Mrd|Bio|Tsd|Mill|Md|mln|mld|mrd|млн|млрд|тыс)\.$")
"""A scale's abbreviation after a number: the word after it is what is counted ("300 Mio.
Euro", "2 Mrd. Dollar", German nouns having capitals), unless it opens a sentence."""
_SENTENCE_OPENERS = frozenset("""
der die das den dem des ein eine einer es er sie wir ich ihr man dies diese dieser damit dabei
dagegen danach dann daher doch aber auch und oder so nun noch zudem jedoch trotzdem im in am an
auf bei mit nach seit für von vor zum zur wie was wer wo als wenn weil
le la les un une il elle ils elles on ce cette ces mais et en au aux
el los las una ellos ellas pero y lo
il lo gli uno una ma e
это он она они но и в на а
""".split())
"""Words that open a sentence after a scale's abbreviation ("... 2 Mrd. Die Aktie fiel")."""
_NEXT_LETTERS = re.compile(r"[\"'“‘(\[]*([^\W\d_]+)")
_LINES = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")

# Clause boundaries, best first: each is searched from the right inside the window.
_CUT_PATTERNS = (
    re.compile(r"[;:](?=\s)|\s[—–-]{1,2}(?=\s)"),
    re.compile(r",(?=\s)"),
    re.compile(r"\s(?=(?:and|but|or|which|who|whose|while|because|although|though|after|"
               r"before|when|where|as|so|that|if|with|without)\s)"),
    re.compile(r"\s"),
)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Return the sentences of `text`, stripped, in order; line breaks always end a sentence.

    `language` other than English uses the same punctuation rules without the English
    abbreviation lists, which errs towards splitting (a short pause) rather than joining.
    """
    english = language.split("-")[0].lower() == "en"
    out: list[str] = []
    for line in _LINES.split(text):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        for item in _split_list_items(line):
            out.extend(_split_line(item, english, language.split("-")[0].lower()))
    return out


def _split_list_items(line: str) -> list[str]:
    """Cut before the 2nd, 3rd... item of an inline list ("1.) a 2.) b", "a. x b. y", "• x • y")."""
    cuts: set[int] = set()
    numbers = list(_LIST_NUM.finditer(line))
    if len(numbers) >= 2:
        values = [int(m.group(1)) for m in numbers]
        for i in range(1, len(numbers)):
            if values[i] == values[i - 1] + 1:
                cuts.add(numbers[i].start())
                cuts.add(numbers[i - 1].start())
    letters = list(_LIST_LETTER.finditer(line))
    if len(letters) >= 2 and letters[0].group(1) == "a" and letters[1].group(1) == "b":
        expected = "a"
        for m in letters:
            if m.group(1) == expected:
                cuts.add(m.start())
                expected = chr(ord(expected) + 1)
    if line.count("•") + line.count("⁃") >= 2:
        cuts.update(m.end() for m in _BULLET.finditer(line))
    cuts.discard(0)
    if not cuts:
        return [line]
    pieces, start = [], 0
    for cut in sorted(cuts):
        piece = line[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def _split_line(line: str, english: bool, language: str = "en") -> list[str]:
    sentences: list[str] = []
    start = 0
    for m in _TERM.finditer(line):
        cut = _boundary(line, start, m, english, language)
        if cut is None:
            continue
        piece = line[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = cut
    tail = line[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _boundary(line: str, start: int, m: re.Match[str], english: bool,
              language: str = "en") -> int | None:
    """Where the sentence ends at this terminator, or None if it does not end here."""
    term, nxt = m.group("term"), m.group("next")
    end = m.end("close")
    if nxt.islower():
        return None
    if term[0] in "!?":
        return end
    if term not in (".",):  # an ellipsis
        return _ellipsis_boundary(line, m, end)
    before = _WORD_BEFORE.search(line, max(start, m.start("term") - LOOKBACK_CHARS),
                                 m.start("term"))
    word = before.group(1) if before else ""
    bare = word.lstrip("\"'“‘([«•⁃").lower()
    if not bare:
        return end
    if line[m.start("term") - 1] == "]":
        return end
    # A list marker opening the piece ("1. The first item") is not a sentence.
    opens_piece = (before is not None and before.start() - start < LOOKBACK_CHARS
                   and not line[start : before.start()].strip(" •⁃"))
    if opens_piece and (bare.isdecimal() or len(bare) == 1):
        return None
    if not english:
        following = _NEXT_LETTERS.match(line, m.end())
        day = re.split(r"[–—-]", bare)[-1]  # "vom 7.–9. Juni": the span's last day
        if (day.isdecimal() and int(day) <= MAX_DAY and following is not None
                and following.group(1).lower() in _MONTH_WORDS):
            return None
        if bare.isdecimal() and before is not None and following is not None:
            # "den 3. Platz", "zum 100. Mal": an ordinal after an article or preposition
            article = _WORD_BEFORE.search(line, max(start, before.start() - LOOKBACK_CHARS),
                                          before.start() - 1 if before.start() else 0)
            if article is not None and article.group(1).lower() in GERMAN_ORDINAL_BEFORE:
                return None
        if nxt.isdecimal() and bare in SHORT_MONTH_WORDS.get(language, ()):
            return None  # "am 9. Nov. 1989", "le 3 janv. 2024"
        if continues_sentence(line, m.start("term"), language):
            return None  # "z. B. Frankreich", "Dr. Müller", "ул. Ленина" (bodywords.py)
        if (_SCALE_BEFORE.search(line, max(start, m.start("term") - 24), m.start("term") + 1)
                and following is not None
                and following.group(1).lower() not in _SENTENCE_OPENERS):
            return None  # "300 Mio. Euro", "2 Mrd. Dollar", "3 Tsd. Mitarbeiter"
        return end
    next_word = _NEXT_WORD.match(line, m.end())
    starter = next_word is not None and next_word.group(1).lower() in _STARTERS
    if word.lstrip("\"'“‘([«•⁃") in _TIME_ZONES:
        return end  # "9 a.m. EST. Results follow": the zone, not "est." (estimated)
    if bare in _NEVER_END:
        return None
    if bare in _TIME_ABBR:
        if next_word is not None and next_word.group(1) in _TIME_ZONES:
            return None
        words = len(line[max(start, m.start() - LOOKBACK_CHARS) : m.start()].split())
        return end if words > SHORT_FRAGMENT_WORDS and nxt.isupper() else None
    if bare in _MAY_END or _DOTTED_ACRONYM.fullmatch(bare) or (len(bare) == 1 and bare.isalpha()):
        if nxt.isdecimal():
            return None
        return end if starter else None
    return end


def _ellipsis_boundary(line: str, m: re.Match[str], end: int) -> int | None:
    term = m.group("term")
    spaced_before = m.start("term") > 0 and line[m.start("term") - 1] == " "
    dots = term.count(".")
    if line[m.start("term") - 1 : m.start("term")] == "[":
        return None
    if not spaced_before and " " in term:
        # "compounds. . . . The": the word's own period ends it; the ellipsis opens the next.
        return m.start("term") + 1
    if dots >= 4 or (not spaced_before and m.group("close")):
        return end
    if not spaced_before:
        return end
    return None


def cut_long(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `max_chars`, at the best clause boundary available.

    Greedy left to right: each window looks for a boundary of the best kind (semicolon or dash,
    comma, conjunction, any space) in its right part, and falls back to a hard cut. Each step
    consumes at least MIN_PIECE_FRACTION of the limit, so the work is linear in the text.
    """
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    pieces: list[str] = []
    floor = max(1, int(max_chars * MIN_PIECE_FRACTION))
    pos, n = 0, len(text)
    while n - pos > max_chars:
        window = text[pos : pos + max_chars + 1]
        cut = -1
        for pattern in _CUT_PATTERNS:
            best = -1
            for hit in pattern.finditer(window, floor):
                best = hit.end()
            if best > 0:
                cut = best
                break
        if cut <= 0:
            cut = max_chars
        piece = text[pos : pos + cut].strip()
        if piece:
            pieces.append(piece)
        pos += cut
    rest = text[pos:].strip()
    if rest:
        pieces.append(rest)
    return pieces

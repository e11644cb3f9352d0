"""Plain text -> Article: find the article in a page copied as text (menus and footers included).

No library handles page dumps, so these are our rules. Each line is scored (long, punctuated
lines are prose; bullets, short lines, form fields and known furniture are chrome), the densest
contiguous run of prose is taken as the article (a maximum-sum run, so a short interruption
such as an inline sign-up box does not split it), and inside that run we keep prose, short
sentences and headings that stand between paragraphs. The byline above the run becomes
author and date; repeated paragraphs and teasers are dropped. Clean text (title, blank line,
paragraphs) goes through the same rules and comes out whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..errors import ExtractionError, NoArticleText
from ..models import Article, Section
from .byline import Byline, find_date, parse_byline, parse_label
from .repeats import drop_repeats
from .rules import (
    COMMENT_META_MAX_WORDS,
    COMMENT_TIME,
    DATELINE_START,
    INNER_PUNCT,
    SENTENCE_END,
    cap_title,
    dedupe_key,
    detect_language,
    is_boilerplate,
    is_credit,
    is_separated_list,
    normalise_space,
)
from .titles import clean_title

__all__ = ["DumpTuning", "dump_sections", "extract_dump"]

# A line of this many words (CJK: characters / CJK_CHARS_PER_WORD) with sentence punctuation is prose.
PROSE_MIN_WORDS = 8
CJK_CHARS_PER_WORD = 2
# Score of a non-prose line in the maximum-sum run: chrome costs, so a menu ends the article.
SHORT_LINE_COST = 9.0
BULLET_COST = 4.0
CHROME_COST = 8.0
# A table row costs little: a table inside an article must not split it in two (as in HTML).
ROW_COST = 0.5
_COLUMN_GAP = re.compile(r"[^\s.!?:;,](?: {2,}|\t)(?=\S)")
"""A gap between cells. One gap of two spaces is not a table (two spaces after a full stop, a
control sequence cleaned out of a title): a row needs a wider gap or a tab, or two gaps."""
_WIDE_GAP = re.compile(r"\S(?: {3,}|\t)(?=\S)")
_ROW_KINDS = frozenset({"short", "sentence", "bullet"})
# Lines that end the article outright (comments, related lists): too costly to cross.
STOP_COST = 60.0
# Prose after the comments begin counts this much (comments can outweigh a short article).
COMMENTS_FACTOR = 0.3
HEADING_MAX_WORDS = 16
# Text with at most lines / SINGLE_SPACED_RATIO blank-line breaks has one paragraph per line.
SINGLE_SPACED_MIN_LINES = 5
SINGLE_SPACED_RATIO = 20
# An all-capitals line this long is a link to another story, not a heading.
SHOUTING_MIN_WORDS = 4
# Prose in a block with short lines (headline, author, date) is likely a teaser: it counts less.
MIXED_BLOCK_FACTOR = 0.25
MIXED_MIN_OTHER_LINES = 1
# A teaser's summary is a sentence or two; a paragraph this long under a heading is the article's
# (on the development pages 17 of 22 such lines in a mixed block were, and 10 of 162 shorter ones).
TEASER_SUMMARY_MAX_WORDS = 70
# In single-spaced text (no blocks) a teaser shows as prose with no other prose this many lines
# either side and at least ISOLATED_MIN_OTHER_LINES short lines (headline, author, link) there;
# it counts this much (less of a discount than a mixed block: a list of products looks the same).
ISOLATED_WINDOW = 1
ISOLATED_MIN_OTHER_LINES = 1
ISOLATED_FACTOR = 0.7
# A line printed this many times on one page is furniture (a caption, a card's label).
FURNITURE_REPEATS = 3
_READ_KINDS = frozenset({"prose", "sentence"})
# A line this long is prose even without final punctuation (a paragraph the page left open), if
# it has a comma or a stop inside: thirty words with none are a tag cloud or a row of links.
LONG_LINE_WORDS = 30
# A list item is prose only when it is a full sentence this long (menus are lists too).
BULLET_PROSE_MIN_WORDS = 12
SHORT_SENTENCE_MIN_WORDS = 2
# How far above the article's first paragraph the title and byline are looked for.
HEADER_LOOKBACK_LINES = 14
# A line with this many " | " separators is a list of links.
PIPE_LIST_MIN = 3
# Longest single line taken for a cut-off teaser when it ends in an ellipsis.
TEASER_MAX_WORDS = 25
# Above a summary cut short, a teaser card has only lines this short (headline, author, date);
# a block with longer lines there is the article's paragraphs run together, its last one cut.
TEASER_HEAD_MAX_WORDS = 25
# Shortest line checked for being one string printed twice.
REPEAT_MIN_CHARS = 12
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 40
# The title is looked for this far above the article and matched against its first lines.
TITLE_LOOKBACK_LINES = 40
TITLE_CONTEXT_LINES = 6
# A line with a date or "By ..." is a dateline (metadata, not text) only when it is this short.
DATELINE_MAX_WORDS = 15
# Input past this is refused: no article is this long, and a 30 MB dump must cost bounded time.
MAX_DUMP_CHARS = 3_000_000

_BULLET = re.compile(r"^\s*(?:[•◦▪■□●○·*‣⁃–—-]|\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+[A-Z\"“‘']")
_SENTENCE_END = SENTENCE_END
_INNER_PUNCT = INNER_PUNCT
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FORM = re.compile(r"^\W*(?:\[[^\]]*\]\W*)+$|^[\W_]+$")
_STOP = re.compile(
    r"^(?:\[?\s*\d+\s+comments?\s*\]?|(?:top\s+rated\s+|reader\s+|show\s+|view\s+|load\s+)?comments?"
    r"(?:\s*\(\d+\))?|related(?:\s+(?:articles?|stories|posts|coverage|content|roundup\b.*))?"
    r"|more\s+(?:stories|from|on)\b.{0,60}|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?"
    r"|read\s+next|up\s+next|most\s+(?:read|popular|viewed)|editors?['’]?\s+picks?|trending(?:\s+now)?"
    r"|leave\s+a\s+(?:comment|reply)|(?:\d+\s+)?(?:thoughts|responses|replies)\s+(?:on|to)\b.*"
    r"|about\s+the\s+author|share\s+this\s+(?:article|story)|tags?:.*|filed\s+under:?.*)\W*$",
    re.IGNORECASE,
)
# A comment's header ("Ann on May 2, 2019 at 4:47 pm said:"): the comments have begun.
_COMMENT_HEADER = re.compile(r"\b(?:said|says|wrote|writes|replied|commented)\s*:?\s*$", re.IGNORECASE)
# "About Ann Lee" / "Über Ann Lee": an author's biography follows, not the article.
_ABOUT_AUTHOR = re.compile(r"^(?:About|ABOUT|Über|À propos de|Sobre|Acerca de)\s+(?:the\s+author|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})$")
_DATELINE_START = DATELINE_START
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.IGNORECASE)
# A teaser cut short: "... Realtek Bluetooth..." / "... wi…".
_CUT_TEASER = re.compile(r"\w(?:…|\.\.\.)$")
# A summary that ends in a link to the story: "... said on Monday. Read More"
_READ_MORE_END = re.compile(r"[.!?\"”’]\s*(?:Read\s+more|READ\s+MORE|Continue\s+reading|More)\s*[»›→>]*\s*$", re.IGNORECASE)
# A headline glued to its summary by a text dump: "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's ..."
_SMALL = r"(?:a|an|the|of|in|on|at|to|for|and|or|v|vs\.?|with|by|from|as|is)"
# The glue point needs a whole word (4+ letters) before it, as in _GLUED_WORDS: "MacBook",
# "McKinley", "AirPods", "YouTube" are spelled that way, they are not two strings run together.
_GLUED_TEASER = re.compile(
    r"^(?:(?:[A-Z0-9‘'\"“][\w'’‘:,.&$%-]*|" + _SMALL + r")\s+){3,15}(?P<glued>[A-Z][\w'’]*?[a-z]{3}[?!’”]?[A-Z][a-z][\w'’]*)"
)
# Lines in a box with a sign-up prompt that belong to the box, not the article.
_APPEAL = re.compile(r"\b(?:support|subscribe|donat|sign\s+up|newsletter|inbox|e-?mail|member|\$\d|join\s+us)", re.IGNORECASE)
# A block with a copyright line is the page footer, whatever else it says.
_FOOTER = re.compile(r"^(?:©|copyright\b)|\ball\s+rights\s+reserved\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’]+")
_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")


@dataclass(frozen=True, slots=True)
class DumpTuning:
    """The weights of the maximum-sum run (bench/cv_extraction.py fits them site by site)."""

    short_cost: float = SHORT_LINE_COST
    bullet_cost: float = BULLET_COST
    chrome_cost: float = CHROME_COST
    mixed_factor: float = MIXED_BLOCK_FACTOR
    isolated_factor: float = ISOLATED_FACTOR
    off: frozenset[str] = frozenset()
    """Rules switched off (for measuring what each is worth on sites it was not written for):
    "repeated", "glued", "read-more", "pipes", "about", "furniture", "boxes", "isolated",
    "mixed", "comment-headers", "rows", "cloud" (long lines without punctuation are prose)."""


# ----------------------------------------------------------------------------- line scoring

@dataclass(slots=True)
class _Line:
    text: str
    block: int
    words: float
    kind: str  # "prose", "sentence", "short", "bullet", "row", "chrome", "stop", "dateline"
    mixed: bool = False
    isolated: bool = False


def _weight(text: str) -> float:
    words = len(text.split())
    cjk = len(_CJK.findall(text))
    return max(words, cjk / CJK_CHARS_PER_WORD)


def _is_glued_teaser(text: str, vocabulary: Counter[str] | None) -> bool:
    """A headline run into its summary; a camel-case word the page uses twice is a real word."""
    m = _GLUED_TEASER.match(text)
    if not m:
        return False
    return vocabulary is None or vocabulary[m.group("glued")] < 2


def _classify(text: str, vocabulary: Counter[str] | None = None, off: frozenset[str] = frozenset()) -> str:
    words = _weight(text)
    bullet = _BULLET.match(text) is not None
    body = _BULLET.sub("", text) if bullet else text
    if _FORM.match(text) or is_boilerplate(body) or is_credit(body):
        return "chrome"
    if _STOP.match(body):
        return "comments" if re.search(r"comment|repl|respons|thoughts", body, re.IGNORECASE) else "stop"
    if words <= DATELINE_MAX_WORDS and _COMMENT_HEADER.search(body) and find_date(body):
        return "comments"
    ends = _SENTENCE_END.search(body) is not None
    if (("repeated" not in off and _repeated(body))
            or ("glued" not in off and _is_glued_teaser(body, vocabulary))
            or ("read-more" not in off and _READ_MORE_END.search(body))
            or ("pipes" not in off and (body.count(" | ") >= PIPE_LIST_MIN or is_separated_list(body)))):
        return "chrome"  # an image's alt text twice, a headline printed twice: not prose
    if "about" not in off and _ABOUT_AUTHOR.match(body):
        return "stop"
    if words <= DATELINE_MAX_WORDS and parse_byline(body) and (
            not body.endswith(".") or _DATELINE_START.match(body) or _CLOCK_END.search(body)):
        return "dateline"
    inner = len(_INNER_PUNCT.findall(body))
    prose = (words >= LONG_LINE_WORDS and (ends or inner >= 1 or "cloud" in off)) or (
        words >= PROSE_MIN_WORDS and (ends or inner >= 2))
    if bullet:
        return "prose" if prose and ends and words >= BULLET_PROSE_MIN_WORDS else "bullet"
    if prose:
        return "prose"
    if ends and words >= SHORT_SENTENCE_MIN_WORDS and not text.rstrip().endswith(":"):
        return "sentence"
    return "short"


def _repeated(text: str) -> bool:
    """True for "Some caption textSome caption text": one string printed twice in a row."""
    n = len(text)
    if n < REPEAT_MIN_CHARS:
        return False
    half = n // 2
    return any(text[:h] == text[h:2 * h] for h in (half - 1, half, half + 1) if 2 * h <= n and h > 0)


def _is_row(raw: str) -> bool:
    """Cells set apart by runs of spaces, as a text browser draws a table row."""
    return _WIDE_GAP.search(raw) is not None or len(_COLUMN_GAP.findall(raw)) >= 2


def _lines(text: str, off: frozenset[str] = frozenset()) -> list[_Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[_Line] = []
    block = 0
    vocabulary = Counter(_WORD.findall(text))
    for raw in text.split("\n"):
        line = normalise_space(raw)
        if not line:
            block += 1
            continue
        if _FORM.match(line):
            continue  # an image placeholder or a form field: neither text nor a paragraph break
        kind = _classify(line, vocabulary, off)
        if kind in _ROW_KINDS and "rows" not in off and _is_row(raw.strip()) and "[" not in line:
            kind = "row"  # cells set apart by runs of spaces: a table row as a text browser draws it
        out.append(_Line(line, block, _weight(line), kind))
    single_spaced = len(out) > SINGLE_SPACED_MIN_LINES and (
        len({line.block for line in out}) <= max(1, len(out) // SINGLE_SPACED_RATIO))
    if single_spaced:
        for n, item in enumerate(out):  # no blank lines between paragraphs: each line is one
            item.block = n
    if "furniture" not in off:
        _mark_furniture(out)
    if "boxes" not in off:
        _mark_boxes(out)
    if single_spaced and "isolated" not in off:
        _mark_isolated(out)
    elif not single_spaced and "mixed" not in off:
        _mark_mixed(out)
    return out


def _mark_furniture(lines: list[_Line]) -> None:
    """Lines printed three times or more on the page (a caption under every photo, a label on
    every card), and the second of a line printed twice in a row (a card's image text, then its
    link), are the page's furniture: an article does not repeat itself like that."""
    counts = Counter(line.text for line in lines)
    for n, line in enumerate(lines):
        twice = n > 0 and lines[n - 1].text == line.text
        if (counts[line.text] >= FURNITURE_REPEATS or twice) and line.kind in _READ_KINDS:
            line.kind = "chrome"  # (short lines cost more than chrome already)


def _mark_isolated(lines: list[_Line]) -> None:
    """Single-spaced text has no blocks to show a teaser: prose among short lines is one.

    An article's paragraphs stand next to each other (a heading between two at most); a
    teaser's summary stands alone among its headline, author, date and links.
    """
    for i, line in enumerate(lines):
        if line.kind != "prose":
            continue
        near = lines[max(0, i - ISOLATED_WINDOW):i] + lines[i + 1:i + 1 + ISOLATED_WINDOW]
        if any(m.kind == "prose" for m in near):
            continue
        if sum(1 for m in near if m.kind != "dateline") >= ISOLATED_MIN_OTHER_LINES:
            line.isolated = True


def _is_box(members: list[_Line]) -> bool:
    """A block whose prose does not outnumber its other lines is a box (a teaser card, a
    sign-up box, a footer); one where prose does is the article's text run together (a page
    whose paragraphs are <div>s or <br>s has no blank line between them)."""
    prose = sum(1 for m in members if m.kind == "prose")
    others = sum(1 for m in members if m.kind not in ("prose", "dateline"))  # a byline is no teaser
    return prose <= others


def _mark_mixed(lines: list[_Line]) -> None:
    """Prose sharing its block with as many short lines (a teaser: headline, author, date, summary)."""
    by_block: dict[int, list[_Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    for members in by_block.values():
        others = [m for m in members if m.kind not in ("prose", "dateline")]
        if len(others) >= MIXED_MIN_OTHER_LINES and _is_box(members):
            for m in members:
                m.mixed = m.kind == "prose" and m.words < TEASER_SUMMARY_MAX_WORDS


def _mark_boxes(lines: list[_Line]) -> None:
    """A box (`_is_box`) with a sign-up prompt, a copyright line or a teaser ending goes whole."""
    by_block: dict[int, list[_Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    for members in by_block.values():
        if len(members) < 2:
            if members[0].words <= TEASER_MAX_WORDS and _CUT_TEASER.search(members[0].text):
                members[0].kind = "chrome"  # "... Update Ass...": a teaser cut mid-word
            continue
        cut = sum(1 for m in members if _TEASER_END.search(m.text))
        if cut * 2 > len(members):  # summaries cut short, one after another: a list of teasers
            for m in members:
                m.kind = "chrome"
            continue
        if _TEASER_END.search(members[-1].text) and all(m.words <= TEASER_HEAD_MAX_WORDS for m in members[:-1]):
            for m in members:  # headline, date, then a summary cut short: a teaser card
                m.kind = "chrome"
            continue
        if not _is_box(members):
            continue  # the article's paragraphs with no blank line between them
        has_box = any(m.kind == "chrome" and _APPEAL.search(m.text) for m in members)
        footer = any(m.kind == "chrome" and _FOOTER.search(m.text) for m in members)
        for m in members:
            if footer or (has_box and (m.kind != "prose" or _APPEAL.search(m.text))):
                m.kind = "chrome"


def _score(line: _Line, tuning: DumpTuning) -> float:
    if line.kind == "prose":
        return line.words * (tuning.mixed_factor if line.mixed else
                             tuning.isolated_factor if line.isolated else 1.0)
    if line.kind == "sentence":
        return 1.0
    if line.kind == "row":
        return -ROW_COST
    if line.kind == "stop":
        return -STOP_COST
    if line.kind == "chrome":
        return -tuning.chrome_cost
    if line.kind == "bullet":
        return -tuning.bullet_cost
    return -tuning.short_cost


def _best_run(lines: list[_Line], tuning: DumpTuning) -> tuple[int, int]:
    """Indices [start, end] of the maximum-sum run of line scores.

    A run never crosses the start of the comments, and text after it counts for less: a long
    discussion must not win over the article it discusses.
    """
    best, best_span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    factor = 1.0
    for i, line in enumerate(lines):
        if line.kind == "comments":
            total, start, factor = 0.0, i + 1, COMMENTS_FACTOR
            continue
        if total <= 0:
            total, start = 0.0, i
        score = _score(line, tuning)
        total += score * (factor if score > 0 else 1.0)
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _mark_comment_headers(lines: list[_Line], start: int) -> bool:
    """Mark "Name · 2 hours ago" lines below the article's start as comment headers.

    Two or more of them after the article has begun are a discussion (or a feed of other
    stories), whatever its heading says; like "... said:" headers, each one ends the article.
    Lines above the article (a "2 hours ago" dateline) are left alone. True when any was marked.
    """
    found = [line for line in lines[start + 1:]
             if line.words <= COMMENT_META_MAX_WORDS and COMMENT_TIME.match(_BULLET.sub("", line.text))]
    if len(found) < 2:
        return False
    for line in found:
        line.kind = "comments"
    return True


def _is_heading(lines: list[_Line], i: int) -> bool:
    line = lines[i]
    numbered = _NUMBERED.match(line.text) is not None  # "4. Questioning the witness"
    if line.kind not in ("short", "bullet") or line.words > HEADING_MAX_WORDS:
        return False
    if line.kind == "bullet" and not numbered:
        return False
    if line.words >= SHOUTING_MIN_WORDS and line.text.upper() == line.text:
        return False  # A LINK TO ANOTHER STORY IN CAPITALS
    if line.text.endswith((",", ":", ";")) or not line.text[:1].isalnum():
        return False
    alone = (i == 0 or lines[i - 1].block != line.block) and (
        i + 1 == len(lines) or lines[i + 1].block != line.block)
    return alone and i + 1 < len(lines) and lines[i + 1].kind == "prose"


def dump_sections(text: str, tuning: DumpTuning = DumpTuning()) -> tuple[list[tuple[str, str]], list[_Line], int]:
    """The article's blocks as ("heading" | "para", text), the scored lines, and the run start."""
    lines = _lines(text, tuning.off)
    if not lines:
        return [], lines, 0
    start, end = _best_run(lines, tuning)
    if "comment-headers" not in tuning.off and _mark_comment_headers(lines, start):
        start, end = _best_run(lines, tuning)
    blocks: list[tuple[str, str]] = []
    headings: set[str] = set()
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind in ("prose", "sentence", "row"):
            blocks.append(("para", _BULLET.sub("", line.text)))
        elif _is_heading(lines, i) and blocks and dedupe_key(line.text) not in headings:
            headings.add(dedupe_key(line.text))
            blocks.append(("heading", line.text))
    while blocks and blocks[-1][0] == "heading":
        blocks.pop()
    return blocks, lines, start


def _header(lines: list[_Line], start: int) -> tuple[str | None, Byline | None]:
    """Title and byline from the lines just above (or opening) the article."""
    lo = max(0, start - HEADER_LOOKBACK_LINES)
    byline, by_index = None, None
    # First a line that names authors ("By ..."), else a line that is only a date.
    for need_author in (True, False):
        for i in range(min(len(lines) - 1, start + 2), lo - 1, -1):
            line = lines[i]
            if line.kind in ("prose", "chrome") or (not need_author and line.words > DATELINE_MAX_WORDS):
                continue
            found = parse_byline(line.text)
            label = parse_label(line.text) if need_author and found is None else None
            found = Byline((label,), None) if label else found
            if found and (bool(found.authors) == need_author):
                byline, by_index = found, i
                break
        if byline:
            break
    search_from = by_index if by_index is not None else start
    return _title(lines, start, search_from), byline


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{4,}", text.casefold())}


def _title(lines: list[_Line], start: int, search_from: int) -> str | None:
    """The headline: a short line above the article that shares words with its opening.

    Among the candidate lines above the byline (or the article), the one with the most words in
    common with the first paragraphs wins; on a tie, the nearest one.
    """
    opening = " ".join(line.text for line in lines[start:start + TITLE_CONTEXT_LINES] if line.kind == "prose")
    context = _content_words(opening)
    best: tuple[float, int] | None = None
    title = None
    for i in range(search_from - 1, max(0, start - TITLE_LOOKBACK_LINES) - 1, -1):
        line = lines[i]
        if line.kind in ("chrome", "stop", "comments", "bullet", "dateline", "row") or parse_byline(line.text):
            continue
        if not (TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS) or line.text.endswith((".", ":", ",")):
            continue
        overlap = len(_content_words(line.text) & context)
        nearness = 1.0 / (1 + search_from - i)
        score = (overlap + nearness, i)
        if best is None or score > best:
            best, title = score, line.text
    return title


def extract_dump(text: str, *, source: str = "", tuning: DumpTuning = DumpTuning()) -> Article:
    """Extract the article from plain text: a page dump or clean text."""
    where = source or "the text"
    if len(text) > MAX_DUMP_CHARS:
        raise ExtractionError(
            f"{where} is {len(text) // 1_000_000} million characters, over the "
            f"{MAX_DUMP_CHARS // 1_000_000} million limit for one article; split it into articles"
        )
    blocks, lines, start = dump_sections(text, tuning)
    if not any(kind == "para" for kind, _ in blocks) and "cloud" not in tuning.off:
        # Recall first: text that is all long unpunctuated lines is read rather than refused.
        blocks, lines, start = dump_sections(text, replace(tuning, off=tuning.off | {"cloud"}))
    if not any(kind == "para" for kind, _ in blocks):
        raise NoArticleText(f"no article text found in {where}: is it a list of links?")
    title, byline = _header(lines, start)
    if title:
        title_key = dedupe_key(title)
        blocks = [b for b in blocks if dedupe_key(b[1]) != title_key]
    if byline:
        blocks = [b for b in blocks if parse_byline(b[1]) != byline]
    labels = [(b, parse_label(b[1]) if b[0] == "para" else None) for b in blocks]
    blocks = drop_repeats([b for b, name in labels if name is None])
    names = tuple(dict.fromkeys(name for _b, name in labels if name))
    sections: list[Section] = []
    heading: str | None = None
    paras: list[str] = []
    for kind, value in blocks:
        if kind == "heading":
            if paras:
                sections.append(Section(heading, tuple(paras)))
            heading, paras = value, []
        else:
            paras.append(value)
    if paras:
        sections.append(Section(heading, tuple(paras)))
    if not sections:
        raise NoArticleText(f"no article text found in {where}: is it a list of links?")
    if not title:
        first = sections[0].paragraphs[0]
        title = first if len(first.split()) <= HEADING_MAX_WORDS else " ".join(first.split()[:10]) + "…"
    return Article(
        title=cap_title(clean_title(title)),
        sections=tuple(sections),
        authors=(byline.authors if byline else ()) or names,
        published=byline.published if byline else None,
        language=detect_language(" ".join(p for s in sections for p in s.paragraphs)),
        source=source,
    )

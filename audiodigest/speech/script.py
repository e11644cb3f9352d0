"""Article(s) + voice -> Script: what is said, in which order, with which pauses.

A single article is read the way a newsreader would: title, byline with the date said
naturally, a disclosure that the voice is a computer's, the body with headings as chapter
starts, and an outro naming the source. Several articles become a digest: the headlines first,
then one chapter per article with a short transition. Each sentence (or clause piece of a long
one) is one `Segment`: `caption` is the written text for transcripts, `text` is what the engine
says (sanitized, normalized, lexicon applied). Nothing in article text can reach the engine as
markup: espeak phoneme brackets, SSML-like tags and control characters are removed first.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

from ..errors import ScriptError
from ..extract.rules import newsroom_byline
from ..models import Article, PhonemeAlphabet, Script, Segment, SegmentKind, VoiceProfile
from .asides import acronym_uses, spoken_asides, spoken_dateline
from .bodynumbers import body_numbers
from .lexicon import Lexicon, default_lexicon_path, load_lexicons, restore
from .normalize import normalize
from .numbers import ordinal, year
from .phrases import Phrases, phrases_for
from .quotes import balance_quotes
from .render import format_script, script_to_json
from .sentences import MAX_SEGMENT_CHARS, cut_long, split_sentences
from .translit import foreign_runs, guess_language, readable_pattern, romanize_foreign

__all__ = [
    "Pauses",
    "ScriptOptions",
    "balance_quotes",
    "build_script",
    "format_script",
    "lexicon_speech",
    "sanitize",
    "script_to_json",
    "speak_date",
    "speakable",
]

MIN_FOREIGN_WORDS = 2
"""A foreign passage needs this many words to be read by its own voice; one word (a name) is
romanized for the article's voice."""
FOREIGN_SHARE = 0.6
"""A sentence whose letters are this much in another script is in that language."""
"""Engines that read espeak-ng's inline `[[...]]` phoneme input (espeak-ng's CLI does)."""
MIN_CUT_CHARS = 60
"""Below this the written sentence is not cut further to make its spoken form fit."""
CUT_SHRINK = 0.9
"""Margin on the re-cut limit of a piece whose spoken form was too long: expansion varies."""


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence after each kind of segment, in milliseconds: a newsreader's rhythm at 170 wpm.
    Measured with Piper (README "Newsreader delivery"): half or one and a half times these
    pauses were heard no better by the listener; these keep the episode at radio news pace."""

    sentence: int = 350
    paragraph: int = 700
    heading: int = 600
    """After a heading, before its first sentence."""
    chapter_break: int = 1200
    """Before a heading or a new article: the longer pause that marks a chapter start."""
    title: int = 700
    intro: int = 600
    disclosure: int = 900
    transition: int = 500
    outro: int = 300
    inline: int = 200
    """Between the pieces of one sentence read by two voices (a quotation in its own language)."""


@dataclass(frozen=True, slots=True)
class ScriptOptions:
    """Choices about what is said besides the articles themselves."""

    disclosure: bool = True
    """Say that the audio is machine-generated."""
    disclosure_text: str | None = None
    """The disclosure's wording; None: the script language's (phrases.py)."""
    show_title: str | None = None
    """Named in a digest's intro and outro."""
    lexicons: tuple[Path, ...] = ()
    """Extra lexicon files (show settings, then `--lexicon FILE`), layered over the voice's."""
    use_default_lexicon: bool = True
    """Use voices/<lang>.lexicon.toml when the voice profile names no lexicon of its own."""
    phonemes: PhonemeAlphabet | None = None
    """The phoneme alphabet the voice's engine reads in `[[ ]]` (its `EngineAbilities`), so
    lexicon entries reach it as phonemes; None: respellings (pyttsx3's espeak driver reads `[[`
    as text). `pipeline.make_script` asks the engine."""
    max_segment_chars: int = MAX_SEGMENT_CHARS
    readable: re.Pattern[str] | None = None
    """The letters the voice reads; other scripts are romanized for it ("Лукашэнка" ->
    "Lukashenka", then the lexicon). None: Latin plus the script of the voice's language."""
    voice_languages: frozenset[str] | None = None
    """Languages that have a voice here: a sentence (or a quoted one) wholly in one of them and
    in a script the article's voice cannot read becomes a segment with that `language`, for its
    own voice. None: none, and such text is romanized for the article's voice."""
    intro: bool = True
    outro: bool = True
    pauses: Pauses = field(default_factory=Pauses)


# --- sanitizing -----------------------------------------------------------------------------

_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ue000-\uf8ff]")
_TAG = re.compile(r"</?[A-Za-z!?][^<>]{0,1000}>|<!--.*?-->", re.DOTALL)
_BRACKETS = re.compile(r"\[{2,}|\]{2,}")
_SPEAKABLE = re.compile(r"[^\W_]")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*$")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([^\W\d_])")
_QUOTE_MARKS_ALL = "\"“”„«»‘’‚'"
_QUOTED = re.compile(r"(?:(?<=[\"“„«‘‚'])|^)([^\"“”„«»‘’‚]{2,}?)(?=[\"”“»’']|$)")
"""A quotation inside a sentence with its marks; one that a sentence break cut ("«Жыве
Беларусь! | Свабоду палітвязням!»") may lack its opening or its closing mark."""
_SPACES = re.compile(r"\s+")


def sanitize(text: str) -> str:
    """Remove what an engine could interpret: tags, `[[`/`]]`, control characters.

    Tags (`<speak>`, `<audio src=...>`, `<break/>`) are dropped, never spoken or fetched;
    doubled brackets become single spaces so espeak's phoneme mode cannot be entered.
    """
    text = _CONTROL.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _BRACKETS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def speakable(text: str) -> bool:
    """True if `text` has at least one letter or digit (not only symbols, emoji, punctuation)."""
    return _SPEAKABLE.search(text) is not None


# --- dates and names ------------------------------------------------------------------------

def speak_date(when: datetime) -> str:
    """datetime(2023, 4, 14) -> "Friday, April fourteenth, twenty twenty-three"."""
    words = phrases_for("en")
    return (f"{words.weekdays[when.weekday()]}, {words.months[when.month - 1]} "
            f"{ordinal(when.day)}, {year(when.year)}")


def _source_name(article: Article) -> str | None:
    if article.site:
        return article.site
    if article.url:
        host = urlparse(article.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


# --- building -------------------------------------------------------------------------------

def lexicon_speech(written: str, lexicon: Lexicon, language: str,
                   phonemes: PhonemeAlphabet | None) -> str:
    """`written` as the engine says it: lexicon words become placeholders, the rest is
    normalized, then the words normalization wrote ("14" -> "fourteenth") meet the lexicon too
    (an entry can set how the voice says a number word), and the spoken forms come back."""
    marked, replacements = lexicon.protect(written, phonemes=phonemes)
    said, more = lexicon.protect(_spoken(marked, language), phonemes=phonemes,
                                 taken=len(replacements))
    return restore(said, replacements + more)



_LOG = logging.getLogger(__name__)


def _spoken(text: str, language: str) -> str:
    """Normalized for the voice of `language`: English by normalize's rules; other languages
    tidied, with the numbers their voice would misread in words (bodynumbers.py). A rule that
    fails on a sentence (a bug of ours: "per tonne" once raised KeyError) costs that sentence its
    rewriting, not the article: it is read as written, and one warning says so."""
    try:
        said = normalize(text, language)
        return said if language.split("-")[0].lower() == "en" else body_numbers(said, language)
    except Exception as exc:  # noqa: BLE001 - any rule's bug; the sentence is still spoken
        _LOG.warning("audiodigest: a sentence is read as written, its numbers and abbreviations "
                     "not rewritten (%s: %s): %.80s", type(exc).__name__, exc, text)
        return text


_BAR = re.compile(r"\s*[|¦]\s*")
""""Business|Trump's trade war", "Sports | Local teams": a bar between words is a break, said
as a comma's pause (espeak-ng and Piper skip it, running the words together)."""


class _Builder:
    """Accumulates segments and chapters; knows how to turn written text into speech."""

    def __init__(self, language: str, lexicon: Lexicon, options: ScriptOptions,
                 phonemes: PhonemeAlphabet | None, voice_languages: frozenset[str] = frozenset()
                 ) -> None:
        self.language = language
        self.readable = options.readable or readable_pattern(language)
        self.foreign = foreign_runs(self.readable)
        self.voice_languages = voice_languages
        self.hint: str | None = None
        """The language the paragraph being said points to, for romanizing its pieces."""
        self.lexicon = lexicon
        self.options = options
        self.phonemes = phonemes
        self.segments: list[Segment] = []
        self.chapters: list[str] = []
        self.acronyms: Counter[str] = Counter()
        """How often the article being said writes each acronym (asides.py)."""

    def article(self, article: Article) -> None:
        """What is said next belongs to `article`."""
        self.acronyms = acronym_uses(
            [article.title, *(t for s in article.sections for t in (s.heading or "", *s.paragraphs))])

    def chapter(self, title: str) -> int:
        if self.segments:
            self.pause_before(self.options.pauses.chapter_break)
        self.chapters.append(title)
        return len(self.chapters) - 1

    def pause_before(self, ms: int) -> None:
        if self.segments:
            last = self.segments[-1]
            if last.pause_after_ms < ms:
                self.segments[-1] = replace(last, pause_after_ms=ms)

    def speech(self, written: str) -> str:
        """Words in a script the voice cannot read are romanized (unless the lexicon knows
        them), lexicon words become placeholders, the rest is normalized, then they come back.
        Words that normalization wrote ("14" -> "fourteenth") meet the lexicon too, so an entry
        can set how the voice says a number word."""
        written = spoken_dateline(written)
        written = _BAR.sub(", ", spoken_asides(written, self.acronyms)).lstrip(", ")
        written = romanize_foreign(written, self.readable, self.hint, keep=self.lexicon.knows)
        return lexicon_speech(written, self.lexicon, self.language, self.phonemes)

    def pieces(self, written: str) -> list[tuple[str, str]]:
        """(caption, text) pairs for one sentence, each spoken text within the length limit.

        The written sentence is cut at clause boundaries first; a piece whose spoken form is
        still too long (digits expand about fourfold) is cut again with the limit scaled by its
        own expansion, and only what is left over is cut in its spoken form.
        """
        max_chars = self.options.max_segment_chars
        out: list[tuple[str, str]] = []
        for caption in cut_long(written, max_chars):
            text = self.speech(caption)
            if len(text) <= max_chars:
                out.append((caption, text))
                continue
            limit = max(MIN_CUT_CHARS, int(len(caption) * max_chars / len(text) * CUT_SHRINK))
            for part in cut_long(caption, limit) if len(caption) > MIN_CUT_CHARS else [caption]:
                spoken = self.speech(part) if part != caption else text
                if len(spoken) <= max_chars:
                    out.append((part, spoken))
                else:  # still too dense: cut the speech, and captions follow it
                    out.extend((piece, piece) for piece in cut_long(spoken, max_chars))
        return out

    def parts(self, sentence: str, hint: str | None = None) -> list[tuple[str, str | None]]:
        """The sentence as (text, language) pieces: a sentence, or a quotation in it, wholly in
        another script and language that has a voice here is its own piece in that language.
        `hint` is the language the whole paragraph's foreign letters point to."""
        if not self.voice_languages or self.foreign.search(sentence) is None:
            return [(sentence, None)]
        whole = self._foreign_language(sentence, hint)
        if whole is not None:
            return [(sentence, whole)]
        out: list[tuple[str, str | None]] = []
        last = 0
        for m in _QUOTED.finditer(sentence):
            if m.start() == 0 and m.end() == len(sentence):
                continue  # the whole sentence, which is not foreign enough
            language = self._foreign_language(m.group(1), hint)
            if language is None:
                continue
            start = m.start() - 1 if m.start() and sentence[m.start() - 1] in _QUOTE_MARKS_ALL \
                else m.start()
            end = m.end() + 1 if m.end() < len(sentence) and \
                sentence[m.end()] in _QUOTE_MARKS_ALL else m.end()
            out.append((sentence[last:start], None))
            out.append((sentence[start:end], language))
            last = end
        if not out:
            return [(sentence, None)]
        out.append((sentence[last:], None))
        return [(text.strip(), lang) for text, lang in out if speakable(text)]

    def _foreign_language(self, text: str, hint: str | None) -> str | None:
        letters = sum(1 for ch in text if ch.isalpha())
        foreign = sum(len(run) for run in self.foreign.findall(text))
        if not letters or foreign < FOREIGN_SHARE * letters:
            return None
        if len(self.foreign.findall(text)) < MIN_FOREIGN_WORDS:
            return None
        language = guess_language(text, hint)
        return language if language in self.voice_languages else None

    def say(self, kind: SegmentKind, written: str, pause: int, chapter: int,
            spoken: str | None = None) -> int:
        """Add `written` as one or more segments; returns how many were added. `spoken` is
        what the script's own phrases say for it (a date in words), sentence for sentence."""
        written = sanitize(written)
        self.hint = guess_language(" ".join(self.foreign.findall(written))) if written else None
        pieces: list[tuple[str, str, str | None, bool]] = []  # caption, text, language, ends
        if spoken is not None:
            captions = split_sentences(written, self.language)
            # "... l'actualité. trois sujets": a sentence starts with a capital when said too
            spoken = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(),
                                         sanitize(spoken))
            said = split_sentences(spoken, self.language)
            if len(captions) != len(said):
                captions, said = [written], [spoken]
            pieces = [(c, self.speech(t), None, True) for c, t in zip(captions, said,
                                                                      strict=True)]
            written = ""
        hint = self.hint
        for sentence in split_sentences(written, self.language) if written else []:
            parts = self.parts(sentence, hint)
            for i, (part, language) in enumerate(parts):
                ends = i == len(parts) - 1
                if language is None:
                    own = self.pieces(part)
                    pieces.extend((c, t, None, ends and j == len(own) - 1)
                                  for j, (c, t) in enumerate(own))
                else:
                    pieces.extend((c, _spoken(c, language), language, ends)
                                  for c in cut_long(part, self.options.max_segment_chars))
        captions = balance_quotes([caption for caption, _t, _l, _e in pieces])
        added = 0
        for caption, (_written, text, language, ends) in zip(captions, pieces, strict=True):
            if speakable(text):
                gap = self.options.pauses.sentence if ends else self.options.pauses.inline
                self.segments.append(Segment(kind, text, gap, chapter, caption, language))
                added += 1
        if added:
            self.segments[-1] = replace(self.segments[-1], pause_after_ms=pause)
        return added

    def body(self, article: Article, chapter: int, headings_are_chapters: bool) -> int:
        pauses = self.options.pauses
        added = 0
        for section in article.sections:
            if section.heading and speakable(sanitize(section.heading)):
                if headings_are_chapters:
                    chapter = self.chapter(sanitize(section.heading))
                else:
                    self.pause_before(pauses.chapter_break)
                self.say("heading", section.heading, pauses.heading, chapter)
            for paragraph in section.paragraphs:
                added += self.say("body", paragraph, pauses.paragraph, chapter)
        return added


def digest_title(show_title: str, articles: Sequence[Article], words: Phrases) -> str:
    """The title of an episode of several articles: the show's, how many, and the date of the
    newest (not today's: publishing the same articles again must give the same episode)."""
    dates = [a.published for a in articles if a.published]
    what = words.written_date(max(dates)) if dates else _title(articles[0], words)
    return f"{show_title}: {words.digest_title.format(count=len(articles), title=what)}"


def _title(article: Article, words: Phrases) -> str:
    title = sanitize(article.title)
    return title if speakable(title) else words.untitled


def _same_name(a: str, b: str) -> bool:
    """"BBC News" and "BBC News staff", "The Guardian" and "Guardian": one name said twice."""
    def key(name: str) -> str:
        return re.sub(r"[\W_]+", "", re.sub(r"^the\s+|\s+(?:staff|reporters?|newsroom)$", "",
                                             name.strip().lower()))
    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka == kb or (min(len(ka), len(kb)) >= 3 and (ka in kb or kb in ka)))


def _people(article: Article) -> str | None:
    """The article's authors as one phrase, without bylines that name nobody ("Staff
    Reports", "Wire Services": "by Staff Reports" tells a listener nothing)."""
    return replace(article, authors=tuple(a for a in article.authors
                                          if not newsroom_byline(a))).author


def _byline(article: Article, words: Phrases) -> tuple[str, str]:
    """The byline as written (caption) and as said: the date in words in the article's
    language; an author who is the source itself ("By BBC News, for BBC News") said once."""
    source = _source_name(article)
    author = _people(article)
    if author and source and _same_name(author, source):
        author = None
    line = ""
    if author:
        line = words.by.format(author=author)
        if source:
            line = words.by_for.format(by=line, source=source)
    elif source:
        line = words.from_source.format(source=source)
    spoken = line
    if article.published:
        date = words.published.format(date=words.written_date(article.published))
        said = words.published.format(date=words.spoken_date(article.published))
        line = f"{line}. {date}" if line else date
        spoken = f"{spoken}. {said}" if spoken else said
    return (line + ".", spoken + ".") if line else ("", "")


def _lexicon_for(voice: VoiceProfile, options: ScriptOptions, language: str) -> Lexicon:
    paths = list(voice.lexicon)
    if not paths and options.use_default_lexicon:
        default = default_lexicon_path(language)
        if default is not None:
            paths.append(default)
    paths.extend(options.lexicons)
    return load_lexicons(paths, language)


def build_script(
    articles: Sequence[Article], voice: VoiceProfile, options: ScriptOptions | None = None
) -> Script:
    """Turn one article (a read-through) or several (a digest) into a Script.

    Raises ScriptError when no article has a single speakable sentence.
    """
    options = options or ScriptOptions()
    if not articles:
        raise ScriptError("nothing to say: no articles were given")
    language = articles[0].language or voice.language
    voice_languages = options.voice_languages or frozenset()
    b = _Builder(language, _lexicon_for(voice, options, language), options, options.phonemes,
                 voice_languages - {language.split("-")[0].lower()})
    words = phrases_for(language)
    if len(articles) == 1:
        _single(b, articles[0], options, words)
        title = _title(articles[0], words)
    else:
        _digest(b, articles, options, words)
        title = digest_title(options.show_title or words.digest_show, articles, words)
    if not any(s.kind == "body" for s in b.segments):
        names = ", ".join(repr(a.title[:60]) for a in articles)
        raise ScriptError(
            f"nothing speakable in {names}: the text has no words, only symbols or markup; "
            "check the source or its extraction")
    return Script(title, language, tuple(b.segments), tuple(b.chapters), tuple(articles))


def _single(b: _Builder, article: Article, options: ScriptOptions, words: Phrases) -> None:
    pauses = options.pauses
    title = _title(article, words)
    b.article(article)
    chapter = b.chapter(title)
    b.say("title", title, pauses.title, chapter)
    byline, said = _byline(article, words)
    if options.intro and byline:
        b.say("intro", byline, pauses.intro, chapter, spoken=said)
    disclosure = words.disclosure if options.disclosure_text is None else options.disclosure_text
    if options.disclosure and disclosure:
        b.say("disclosure", disclosure, pauses.disclosure, chapter)
    b.body(article, chapter, headings_are_chapters=True)
    if options.outro:
        first = split_sentences(title, b.language)  # "...the crisis. It is up to them..."
        closing = words.outro.format(title=words.brief(first[0] if first else title))
        if _source_name(article):
            closing += words.outro_from.format(source=_source_name(article))
        elif _people(article):
            closing += words.outro_by.format(author=_people(article))
        else:
            closing += "."
        b.say("outro", closing, pauses.outro, len(b.chapters) - 1)


def _digest(b: _Builder, articles: Sequence[Article], options: ScriptOptions,
            words: Phrases) -> None:
    pauses = options.pauses
    show = options.show_title or words.digest_show
    chapter = b.chapter(words.headlines)
    b.say("intro", words.digest_intro.format(show=show, count=words.count(len(articles))),
          pauses.intro, chapter,
          spoken=words.digest_intro.format(show=show, count=words.count(len(articles), True)))
    for i, article in enumerate(articles):
        lead = words.lead_first if i == 0 else (
            words.lead_last if i == len(articles) - 1 else words.lead_then)
        headline = _title(article, words)
        end = "" if _ENDS_SENTENCE.search(headline) else "."  # not "a Crime?."
        b.say("intro", f"{lead}: {headline}{end}", pauses.sentence, chapter)
    b.pause_before(pauses.paragraph)
    disclosure = words.disclosure if options.disclosure_text is None else options.disclosure_text
    if options.disclosure and disclosure:
        b.say("disclosure", disclosure, pauses.disclosure, chapter)
    for i, article in enumerate(articles):
        b.article(article)
        chapter = b.chapter(_title(article, words))
        word = words.story_first if i == 0 else (
            words.story_last if i == len(articles) - 1 else words.story_next)
        b.say("transition", f"{word}.", pauses.transition, chapter)
        b.say("title", _title(article, words), pauses.title, chapter)
        byline, said = _byline(article, words)
        if options.intro and byline:
            b.say("intro", byline, pauses.intro, chapter, spoken=said)
        b.body(article, chapter, headings_are_chapters=False)
    if options.outro:
        sources = list(dict.fromkeys(s for s in (_source_name(a) for a in articles) if s))
        closing = words.digest_outro.format(show=show)
        if sources:
            joined = sources[0] if len(sources) == 1 else (
                ", ".join(sources[:-1]) + words.and_ + sources[-1])
            closing += " " + words.digest_sources.format(sources=joined)
        b.say("outro", closing, pauses.outro, len(b.chapters) - 1)

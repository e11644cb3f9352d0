"""Rules shared by the HTML and plain-text extractors: what a paragraph of page chrome looks like.

A listener hears every paragraph we keep, so these rules name the furniture of news pages
(share prompts, newsletter boxes, photo credits, "read more" teasers, comment counters) and
the helpers that keep the rest clean: whitespace, repeated paragraphs, dates.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BOILERPLATE",
    "INNER_PUNCT",
    "SENTENCE_END",
    "COMMENT_META",
    "CREDIT",
    "DATELINE_START",
    "MAX_TITLE_CHARS",
    "cap_title",
    "dedupe_key",
    "detect_language",
    "PERMALINK_SIGNS",
    "is_boilerplate",
    "is_credit",
    "is_separated_list",
    "month_numbers",
    "normalise_space",
    "strip_permalink",
]

# Paragraphs a news page adds around the article: matched against the whole (short) paragraph.
BOILERPLATE = re.compile(
    r"""^(?:
        (?:share|tweet|email|print|save|pin)(?:\s+(?:this|on|via)\b.{0,40})?
      | (?:like\s+this\s+story\?|share\s+(?:it|this)\s+with).*
      | (?:sign\s+up|subscribe)\b.{0,160}\b(?:newsletters?|inbox|e-?mails?|updates|alerts|daily|weekly)\b.*
      | subscribe(?:\s+now|\s+today|\s+for\s+free)?\W*
      | .{0,80}\b(?:newsletter|inbox)\b.{0,40}(?:sign\s+up|subscribe)\b.*
      | enter\s+your\s+e-?mail.*
      | (?:please\s+)?support\s+(?:independent\s+|quality\s+|our\s+)?(?:journalism|us|our\s+work)\b.*
      | (?:become|join)\s+(?:a\s+|our\s+)?(?:member|subscriber|patron|supporter)s?\b.*
      | (?:donate|make\s+a\s+donation)(?:\s+now|\s+today|\s+to\s+us)?\W*
      | (?:click|tap)\s+here\b.*
      | (?:read|see|watch)\s+(?:more|next|also|the\s+full\s+story)\b.{0,120}
      | (?:related|recommended|trending|also\s+read|also\s+on|read\s+also)\s*:.{0,150}
      | (?:related|recommended|trending|most\s+popular|most\s+read|editors?'?’?\s+picks?)
        (?:\s+(?:stories|articles|posts|news|content|coverage|links|reading|videos|for\s+you|now))?\W*
      | more\s+from\s+.{1,60}
      | (?:advertisement|advert|sponsored(?:\s+content)?|ad|anzeige|publicidad|publicité)
      | .{0,60}\b(?:read\s+more|continue\s+reading|read\s+the\s+full\s+(?:story|article))\W*
      | (?:reading\s+time|tempo\s+de\s+leitura|lesezeit|temps\s+de\s+lecture)\s*:?.{0,20}
      | \d+\s*min(?:ute)?s?\.?\s+read
      | (?:loading\s+)?comments?(?:\s+\(\d+\))?\.{0,3}
      | (?:\d+\s+)?comments?|comments\s+are\s+closed\.?|leave\s+a\s+(?:comment|reply)
      | tell\s+us\s+what\s+you\s+think.{0,40}
      | follow\s+us\s+on\b.{0,100}
      | (?:skip|jump)\s+to\s+(?:content|main|navigation).*
      | (?:please\s+)?enable\s+javascript.*
      | (?:do\s+you\s+have\s+a\s+(?:story|tip)|got\s+a\s+(?:story|tip)).{0,120}
      | .{0,60}all\s+rights\s+reserved\.?
      | copyright\s+(?:©|\(c\)|\d{4}).{0,120}
      | ©.{0,120}
      | \*\s*indicates\s+required
      | .{0,60}\b(?:use|uses|using)\s+cookies\b.*
      | (?:necessary|functional|analytics|performance|advertisement)\s+(?:cookies|always\s+enabled).*
      | privacy\s+(?:overview|policy|settings)\W*
      | by\s+(?:signing\s+up|subscribing|registering|clicking|submitting|continuing|creating\s+an\s+account)\b.{0,160}\b(?:agree|accept|consent|acknowledge)\b.*
      | we\s+(?:value|care\s+about|respect)\s+your\s+privacy\W*
      | we\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\s+(?:use|store|process|set|access)\b.*
      | (?:accept|reject|allow|decline|refuse)(?:\s+all)?(?:\s+cookies)?|(?:manage|cookie)\s+(?:preferences|settings|options|cookies)
      | stay\s+(?:up\s+to\s+date|in\s+touch|informed|connected)\b.{0,80}
      | .{0,40}\bsuccessfully\s+subscribed\b.*
      | (?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing|registering)\b.*
      | (?:get|receive)\s+(?:the\s+|our\s+)?(?:latest|all\s+latest|breaking|top)\b.{0,80}\b(?:inbox|e-?mail)\b.*
      | updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?.{0,30}
      | (?:published|posted|updated)\s*:?\s*(?:on\s+)?\w+\.?\s+\d{1,2},?\s+\d{4}.{0,30}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Longest paragraph the boilerplate rules are tried on: a real paragraph can mention "subscribe".
BOILERPLATE_MAX_CHARS = 260

# Photo captions' credits: "(Getty Images)", "Photo: AP", "Image copyright Reuters".
CREDIT = re.compile(
    r"""(?:
        ^(?:photo|picture|image|video|illustration|graphic|credit|source|caption)s?\s*(?:credit|copyright|by)?\s*[:|/].{0,120}$
      | ^(?:image|photo)\s+(?:copyright|caption)\b.{0,200}$
      | \((?:[^()]{0,60}/)?\s*(?:getty|(?-i:AP|AFP|EPA)|reuters|shutterstock|associated\s+press|file|photos?|istock|(?-i:AP)\s+photo)\b[^()]{0,60}\)\s*$
      | (?:getty\s+images|shutterstock|istock(?:photo)?|ap\s+photo|afp\s+via\s+getty\s+images)\s*$
      | ©\s*[^.!?]{2,60}$
      | ^\d{1,3}\s*of\s*\d{1,3}(?=\S)
      | (?:credit|photograph|photo|image|picture)s?:\s*[^.!?]{2,80}$
      | (?-i:\b(?:REUTERS|Reuters|AP(?:\s+Photo)?|AFP|EPA(?:-EFE)?|Getty\s+Images|Xinhua)\s*/\s*[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){0,3})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CREDIT_MAX_CHARS = 600
# "(pictured)", "(left)": a caption's pointer to the photo. A caption is a label, not a sentence;
# a paragraph of prose may say "Nomad's version (pictured above) launched first." and stays.
PHOTO_POINTER = re.compile(r"\((?:pictured|pictured\s+\w+|above|below|left|right|centre|center|file\s+photo)\)", re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’)\]]*$")
SENTENCE_END = re.compile(r"[.!?…。！？:;।॥؟۔።፧։။][\"'”’»)\]]*$")
"""A line that ends like a sentence, in any script (Devanagari's danda, Arabic's question mark
and Urdu's full stop, Ethiopic, Armenian and Burmese stops as well as Latin and CJK ones)."""
INNER_PUNCT = re.compile(r"[.,;:!?।،؛፣፤](?:\s|$)|[。，、；]")
"""Punctuation inside a line of running text (CJK marks are not followed by a space)."""
# Agency photo captions: "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser ..."
# Agency captions also open with "In this photo ..." / "In this Nov. 5, 2019 file photo ...".
CAPTION = re.compile(
    r"^[A-Z][A-Z .,'-]{2,40}\s+[-–]\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER"
    r"|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s+\d{4})?:\s"
    r"|^In\s+this\s+(?:[\w.,]+\s+){0,5}(?:photo|image|picture|handout|video|frame\s+grab|screenshot)\b"
)

# A comment's header or footer: "Jane Smith · 2 hours ago", "2 days ago at 07:52 am",
# "Reply · 12 likes". Several of them below an article mean a discussion has begun.
COMMENT_TIME = re.compile(
    r"^(?:[^·|•]{1,40}\s*[·|•]\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|years?)\s+ago\b(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*[·|•].{0,30})?$",
    re.IGNORECASE)
COMMENT_ACTION = re.compile(
    r"^(?:reply|report|flag|like|upvote|downvote|quote)(?:\s*[·|•]\s*(?:\d+\s+)?(?:likes?|votes?|points?|replies|reply|report|share))*\W*$"
    r"|^(?:rating|score|votes?|likes?)\s*:?\s*-?\d+(?:\s+(?:votes?|points?|likes?))?$",
    re.IGNORECASE)
COMMENT_META = re.compile(COMMENT_TIME.pattern + "|" + COMMENT_ACTION.pattern, re.IGNORECASE)
COMMENT_META_MAX_WORDS = 12

MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
           "lipca", "sierpnia", "września", "października", "listopada", "grudnia"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня",
           "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"),
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня",
           "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června",
           "července", "srpna", "září", "října", "listopadu", "prosince"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni",
           "juli", "augusti", "september", "oktober", "november", "december"),
}
"""Month names that bylines and datelines are written with, by language (lower case)."""


def month_numbers() -> dict[str, int]:
    """Every month name of MONTH_NAMES -> 1..12 (for reading dates in bylines)."""
    return {name: i + 1 for names in MONTH_NAMES.values() for i, name in enumerate(names)}


_SPACE = re.compile(r"\s+")
_KEY_DROP = re.compile(r"[\W_]+")


MAX_TITLE_CHARS = 250
"""Longer than any headline a newsroom writes. A page's "title" past this is a paragraph or an
attack (a 200 KB <title> would be spoken for an hour and fill the feed and every page)."""


def cap_title(title: str) -> str:
    """`title` with its spaces normalised, cut at a word boundary past MAX_TITLE_CHARS (…)."""
    title = normalise_space(title)
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:MAX_TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def normalise_space(text: str) -> str:
    """One space between words, none at the ends, no zero-width characters."""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return _SPACE.sub(" ", text).strip()


def dedupe_key(text: str) -> str:
    """What two copies of one paragraph share: lower-case letters and digits only."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


# A cookie-consent notice is furniture at any length (some run to 100 words and more): it opens
# by saying the site uses cookies, or names them again and again.
_CONSENT_OPENING = re.compile(r"^.{0,80}\b(?:use|uses|using|store|stores|set|sets|place|places)\s+cookies\b",
                              re.IGNORECASE | re.DOTALL)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
CONSENT_COOKIE_MENTIONS = 3


DATELINE_START = re.compile(
    r"^(?:by|published|posted|updated|(?:page\s+)?last\s+(?:updated|modified|reviewed)|written\s+by"
    r"|veröffentlicht|aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato"
    r"|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publicerad|uppdaterad)\b",
    re.IGNORECASE)
"""How a byline or dateline opens, in the languages the voices read."""

PERMALINK_SIGNS = frozenset({"¶", "#", "§", "🔗", "⚓", "↩", "⁋"})
"""What a heading's permalink shows ("Configuration¶" in Sphinx, "#" in GitHub's and MkDocs'
pages): a link to the heading itself, not a word of it."""
_NEWSROOM_WORDS = frozenset("""staff staffs report reports reporter reporters writer writers wire
    wires service services desk news editor editors editorial team web digital online and from
    board newsroom bureau agency agencies contributor contributors""".split())


_NEWSROOM_MARKS = frozenset("staff staffs newsroom desk wire wires".split())


def newsroom_byline(name: str) -> bool:
    """"Staff Reports", "Wire Services", "News Desk", "Jerusalem Post Staff": a byline naming
    nobody, which a listener does not need to hear ("by Staff Reports")."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return bool(words) and (all(w in _NEWSROOM_WORDS for w in words)
                            or not _NEWSROOM_MARKS.isdisjoint(words))


_PERMALINK_END = re.compile(r"\s*[¶#§🔗⚓⁋]\s*$")


def strip_permalink(heading: str) -> str:
    """`heading` without a permalink sign at its end."""
    return _PERMALINK_END.sub("", heading)


_LIST_SEPARATORS = (" | ", " · ", " • ", " / ")
SEPARATED_LIST_MIN = 3
"""A line with this many separators of one kind and no sentence end is a row of links or labels
("About | Contact | Privacy", "Ltd, 4 Fore Street · Registered in England · Privacy · Cookies")."""


def is_separated_list(text: str) -> bool:
    """True for a row of links or labels set apart by separators."""
    if SENTENCE_END.search(text):
        return False
    return any(text.count(sep) >= SEPARATED_LIST_MIN for sep in _LIST_SEPARATORS)


def is_boilerplate(text: str) -> bool:
    """True for a paragraph that is page furniture (share prompt, newsletter box, cookie notice)."""
    text = text.strip()
    if len(text) <= BOILERPLATE_MAX_CHARS:
        return BOILERPLATE.match(text) is not None
    return _CONSENT_OPENING.match(text) is not None or len(_COOKIE.findall(text)) >= CONSENT_COOKIE_MENTIONS


def is_credit(text: str) -> bool:
    """True for a caption credit or a paragraph that ends in one ("... (Getty Images)")."""
    text = text.strip()
    if CAPTION.match(text) is not None:
        return True
    if len(text) > CREDIT_MAX_CHARS:
        return False
    return CREDIT.search(text) is not None or (
        PHOTO_POINTER.search(text) is not None and _SENTENCE_CLOSE.search(text) is None)


# Characters of text the language detector reads: enough to be sure, bounded in time.
DETECT_CHARS = 2000
# Below this many words the detector is not asked: it would only guess.
DETECT_MIN_WORDS = 3
DETECT_MIN_CHARS = 20  # CJK text has few spaces: count characters too


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on was with as by it at from said his her are be has have "
    "this he which were not an their will they been".split()
)
ENGLISH_SHARE = 0.22
"""English news prose is 25-45% these words; other languages' text under 6% (CJK under 17%,
measured on the shared benchmark pages), so above this share the text is English."""
ENGLISH_MIN_WORDS = 30


def _clearly_english(sample: str) -> bool:
    words = sample.split()
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    hits = sum(1 for w in words if w.lower().strip(".,;:!?\"'()") in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words) >= ENGLISH_SHARE


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language, or `default`.

    Clearly English text is recognised by its function words at once; anything else goes to
    py3langid, whose model takes about 0.3 s to load on first use (most of an unchanged
    republish, which should take a fraction of a second).
    """
    sample = text[:DETECT_CHARS]
    if len(sample.split()) < DETECT_MIN_WORDS and len(sample) < DETECT_MIN_CHARS:
        return default
    if _clearly_english(sample):
        return "en"
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code) or default

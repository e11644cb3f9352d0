"""Web addresses, e-mail addresses, handles and hashtags, said as a listener would write them.

"example.com" -> "example dot com", "news@bbc.co.uk" -> "news at b b c dot co dot uk",
"#MeToo" -> "hashtag Me Too". A link that stands alone (the whole sentence) or a link shortener
("bit.ly/3xYz") is said as "link": reading its letters would take a minute and tell nothing. A
long path is left out: the site's name is what a listener can use.
"""

from __future__ import annotations

import re

from .common import Pass, spelled
from .numbers import cardinal, digits, pairs, year
from .speechdata import LETTER_ACRONYMS, WORD_ACRONYMS

__all__ = ["PASSES", "hostname", "standalone_link"]

TLDS = (
    "com org net gov edu mil int info biz io ai app dev news online site tech tv fm me ly gl co "
    "uk us ca au nz ie de fr es it nl be ch at se no dk fi pl cz sk hu ro bg gr pt ru ua by kz "
    "ge am lt lv ee md rs hr si ba eu in cn jp kr tw hk sg my th vn id ph pk br mx ar cl pe za "
    "ng ke eg il tr ae sa qa"
).split()
_TLD_RE = "|".join(sorted(TLDS, key=len, reverse=True))
_TLD_SET = frozenset(TLDS)
_CAPS_TLDS = "COM|ORG|NET|GOV|EDU|INFO"
"""Generic top-level domains also in capitals ("Example.COM"); two-letter ones only in lower
case, so "the U.S.IT sector" (a missing space) is no address."""
_SEPARATORS = {"-": "dash", "_": "underscore", ".": "dot"}
_SPOKEN_TLDS = {"edu": "e d u", "io": "i o", "ai": "A.I.", "tv": "t v", "fm": "f m", "ly": "l y",
                "gl": "g l", "www": "w w w"}
"""Labels said letter by letter whatever they look like; two-letter country codes are too,
except those espeak-ng already spells ("uk", "us") and real words ("co", "me", "be", "at")."""
_WORD_LABELS = frozenset("co me be at in is it no my to am id uk us up on go do so we of or govt vic"
                         .split())
SHORTENERS = frozenset(
    "bit.ly t.co goo.gl tinyurl.com ow.ly buff.ly trib.al youtu.be lnkd.in dlvr.it fb.me "
    "amzn.to wp.me is.gd cutt.ly rebrand.ly shorturl.at tiny.cc".split())
"""Link shorteners, said "link" (not Telegram's t.me: its path is a channel's name)."""
MAX_PATH_CHARS = 24
"""A longer path (a slug, an ID, a query) is left out of what is said."""
MAX_PATH_PARTS = 2

_VOWELS = frozenset("aeiouy")
_YEAR_PART = re.compile(r"(?:19[5-9]|20[0-4])\d")
"""Four digits among a label's letters that are a year ("my2020census.gov", "report2023")."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|"
                    r"(?<=\d)(?=[A-Za-z])")


_ONSETS = frozenset("""bl br cl cr dr dw fl fr gl gr kl kn kr pl pr ps sc sh sk sl sm sn sp st sw
                     th tr tw wh wr ch ph qu gn""".split())
_CODAS = frozenset("""bs ck cs ct ds ft gs ks ld lf lk lm lp ls lt mb mp ms nd ng nk ns nt ps pt rb rc rd
                   rf rg rk rl rm rn rp rs rt sh sk sp ss st th ts ch wn wl ws ll ff zz pp tt nn
                   mm rr dd gg bb hn gh ph sm""".split())


def _pronounceable(word: str) -> bool:
    """Whether a short label can be said as a word by English spelling: its consonants before
    the first vowel and after the last are clusters English begins or ends words with ("sky",
    "art", "cnet"); not "abc", "rte", "hko", "ibm", which are read letter by letter."""
    vowels = [i for i, ch in enumerate(word) if ch in _VOWELS]
    if not vowels:
        return False
    onset, coda = word[:vowels[0]], word[vowels[-1] + 1:]
    return ((len(onset) < 2 or onset in _ONSETS) and (len(coda) < 2 or coda in _CODAS)
            and len(vowels) < len(word))


_INITIALS = re.compile(r"[aeiou][^aeiouy]{3}")
"""Four letters whose only vowel comes first are initials ("usps", "espn", "imdb"), not a word
("nasa", "bing", "news", "etsy")."""
_PLURAL_WORD = re.compile(r"(?!us)[aeiou](?:rt|ct|nd|sk|lk|rk|mp|lp|pt|rc|rl|nk|rm|nt|lm|rb|gg|ft|ll)s")
"""A word's plural that looks like initials ("arts", "acts", "ends", "inks"; not "usps")."""
_INITIALS_LAST = re.compile(r"[^aeiouy]{4}[aeiou]")
"""Five letters whose only vowel comes last after four consonants: initials ("nhtsa"), never an
English word's start."""


def _call_letters(low: str) -> bool:
    """A US broadcaster's call letters in a host ("wral.com", "kare11.com"): three or four
    letters from K or W that are no English word (wordninja's 125,000 words: not "wine",
    "kids", "work"), loaded only for such a label."""
    if not (3 <= len(low) <= 4 and low[0] in "kw" and low.isalpha()) or low in _WORD_LABELS:
        return False
    return not _a_word(low)


def _a_word(low: str) -> bool:
    """Whether `low` is in wordninja's list of 125,000 English words (about 20 MB, loaded only
    when a host label asks)."""
    import wordninja

    return low in wordninja.DEFAULT_LANGUAGE_MODEL._wordcost


def _initials_and_word(low: str) -> str | None:
    """A host label that joins three or four initials and a word ("wtatennis", "pgatour",
    "ncpgambling", "bbcnews"): "w t a tennis"; None for anything else ("theguardian", a word).
    The split is wordninja's, loaded only for such a label."""
    if not (6 <= len(low) <= 20 and low.isalpha() and low.isascii()):
        return None
    import wordninja

    if _a_word(low):
        return None
    *head, word = wordninja.split(low)
    initials = "".join(head)
    if not head or len(word) < 4 or not _a_word(word) or not 3 <= len(initials) <= 4:
        return None  # (two letters, "nytimes", "apnews": the voice's own reading, as the
        # older sets have it)
    if not (initials.upper() in LETTER_ACRONYMS or not _VOWELS & set(initials)
            or not _pronounceable(initials)):
        return None
    return f"{spelled(initials)} {word}"


def _word_or_letters(label: str, host: bool = False) -> str:
    """A piece of an address: a word as it is; a short cluster without vowels letter by letter
    ("bbc" -> "b b c"); digits one by one."""
    out = []
    for part in _CAMEL.split(label):
        if not part:
            continue
        low = part.lower()
        if part.isdecimal():  # "news24" -> "news twenty-four", "web3"; longer runs one by one,
            # but a year among letters as a year ("my2020census", "report2023")
            out.append(cardinal(int(part)) if len(part) <= 2 and part[0] != "0"
                       else year(int(part)) if _YEAR_PART.fullmatch(part) and part != label else digits(part))
        elif low in _SPOKEN_TLDS:
            out.append(_SPOKEN_TLDS[low])
        elif low in _WORD_LABELS:
            out.append(low)
        elif len(part) <= 3 and (not _VOWELS & set(low) or len(part) <= 2):
            out.append(spelled(low))
        elif len(part) >= 4 and (part.upper() in LETTER_ACRONYMS
                                 or len(part) <= 6 and low.startswith("us") and low[2] not in _VOWELS):
            out.append(spelled(low))  # "unhcr", "iaea": initials said letter by letter in copy
        elif (len(part) <= 5 and not set("aeiou") & set(low) and not low.endswith("y")
              and low not in ("html", "xhtml")):  # espeak-ng says the file type itself
            out.append(spelled(low))  # "nysc", "rspb"; not "sky", "fly"
        elif len(part) == 4 and _INITIALS.fullmatch(low) and not _PLURAL_WORD.fullmatch(low):
            out.append(spelled(low))  # "usps", "espn"; not "nasa", "news", "arts"
        elif len(part) == 5 and _INITIALS_LAST.fullmatch(low):
            out.append(spelled(low))  # "nhtsa"
        elif _call_letters(low):
            out.append(spelled(low))  # "wral", "wfaa", "kare11": a US station's call letters
        elif host and len(part) == 3 and low.isalpha() and low.isascii() and not _a_word(low):
            out.append(spelled(low))  # "deq", "odot": an agency's initials that no word spells
        elif host and (joined := _initials_and_word(low)) is not None:
            out.append(joined)  # "wtatennis": "w t a tennis"
        elif host and len(part) == 5 and low.isalpha() and not _pronounceable(low) and not _a_word(low):
            out.append(spelled(low))  # "nsopw": initials; not "skype", a word
        elif part.isupper() and len(part) <= 4:
            out.append(spelled(low))
        elif (len(part) in (3, 4) and not _pronounceable(low) and part.upper() not in LETTER_ACRONYMS
              and part.upper() not in WORD_ACRONYMS and low not in ("html", "xhtml")
              and not _PLURAL_WORD.fullmatch(low)):
            # "abc", "rte", "hko": initials, in capitals so that "a" is the letter, not the
            # article; not "sky", "art", "john"
            out.append(".".join(part.upper()) + ".")
        else:
            out.append(part)
    return " ".join(out)


def _label(label: str) -> str:
    """One label of a host name: "my-site" -> "my dash site"; a top-level domain in capitals
    ("COM") is the same word as in lower case."""
    if label.lower() in _TLD_SET:
        label = label.lower()
    return " dash ".join(_word_or_letters(part, host=True) for part in label.split("-") if part)


_PUBLIC_TLDS = frozenset({"gov", "mil", "int"})
_WORD_HOSTS = frozenset("who pay tax job art new now one our you see get buy use run fix vic".split())
"""Words that name a public site ("pay.gov", "who.int" as its people say it)."""


def hostname(host: str) -> str:
    """"www.bbc.co.uk" -> "w w w dot b b c dot co dot uk"; a short name before "gov", "mil" or
    "int" is an agency's initials ("irs.gov", "sec.gov"), not the word it spells (but for the
    words its people say: "who.int", "pay.gov")."""
    labels = [label for label in host.split(".") if label]
    said = [_label(label) for label in labels]
    for i, label in enumerate(labels[:-1]):
        if (said[i] == label and labels[i + 1].lower() in _PUBLIC_TLDS and len(label) <= 3
                and label.isalpha() and label.upper() not in WORD_ACRONYMS
                and label.lower() not in _WORD_HOSTS):
            said[i] = ".".join(label.upper()) + "."
        elif (said[i] == label and len(label) == 3 and label.upper() in LETTER_ACRONYMS
              and label.lower() not in _WORD_HOSTS):
            said[i] = spelled(label.lower())  # "imf.org": initials that wordninja holds as a word
    return " dot ".join(said)


_NAME_AND_YEAR = re.compile(r"[A-Za-z]+(?:19|20)\d\d")
_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]{2,}|[a-z]{3,})(?:[A-Z][a-z]{2,})+")


def _an_id(part: str) -> bool:
    """A path part no one would say: letters and digits run together ("pqqbn51wbw" in
    "pic.twitter.com/pqqbn51wbw") or case flipping at random ("dQw4wWgXcQ"); a name with its
    year ("budget2024") or with separators ("covid-19") is said."""
    if len(part) < 6 or re.search(r"[-_.~]", part) or _NAME_AND_YEAR.fullmatch(part):
        return False
    if any(c.isdecimal() for c in part) and any(c.isalpha() for c in part):
        return True
    if _CAMEL_WORDS.fullmatch(part):
        return False  # "OakdaleFarmersMarket": words run together, each with its capital
    flips = sum(a.islower() != b.islower() for a, b in zip(part, part[1:], strict=False)
                if a.isalpha() and b.isalpha())
    return len(part) >= 8 and flips >= 4


def _path(path: str) -> str:
    path = re.split(r"[?#]", path, maxsplit=1)[0].strip("/")
    parts = [p for p in path.split("/") if p]
    if not parts or len(parts) > MAX_PATH_PARTS or len(path) > MAX_PATH_CHARS:
        return ""
    if any((sum(c.isdecimal() for c in p) > 3 and not _FILE_YEAR.fullmatch(p)) or _an_id(p)
           for p in parts):
        return ""  # an ID; a year ("/news/2024") is said as one
    spoken = [_handle(p[1:]) if p.startswith("@") and len(p) > 1 else  # "youtube.com/@MrBeast"
              " ".join(_SEPARATORS.get(w) or _file_part(w) for w in re.split(r"([-_.])", p) if w)
              for p in parts]
    return " slash " + " slash ".join(spoken)


def _url(m: re.Match[str]) -> str:
    url = re.sub(r"^[a-z]+://", "", m.group(0), flags=re.IGNORECASE)
    host, _, path = url.partition("/")
    host, _, port = host.split("@")[-1].partition(":")
    if host.lower().removeprefix("www.") in SHORTENERS:
        return "link"
    port = f" colon {pairs(port)}" if port.isdecimal() else ""  # "example.com:8443"
    return hostname(host) + port + _path(path)


def _email(m: re.Match[str]) -> str:
    local = re.sub(r"[._+-]", lambda p: {".": " dot ", "_": " underscore ", "-": " dash ",
                                         "+": " plus "}[p.group(0)], m.group(1))
    return f"{' '.join(_word_or_letters(w) for w in local.split())} at {hostname(m.group(2))}"


_NUMBERED = re.compile(r"(?i:order|case|ticket|invoice|item|account|reference|ref|claim|file|"
                       r"issue|bug|room|seat|gate|flight|model|part|serial|tracking|"
                       r"confirmation|booking|lot|unit|batch|patient|inmate|badge|form|permit|"
                       r"application|project|contract|bid|rfp|rfq)\s$")


def _hashtag(m: re.Match[str]) -> str:
    """"#MeToo" -> "hashtag Me Too"; a code after "#" ("Order #A1234", "#B52X") is a number."""
    tag = m.group(1)
    if any(ch.isdecimal() for ch in tag) and (
            re.fullmatch(r"[A-Z]{1,2}\d{3,}[A-Z]?", tag)
            or _NUMBERED.search(m.string, max(0, m.start() - 14), m.start())):
        return "number " + tag
    return "hashtag " + " ".join(_run_together(_CAMEL.sub(" ", tag)).split())


def _handle(name: str) -> str:
    """A handle without its "@": "at " and its words ("@JoeBiden" -> "at Joe Biden")."""
    return "at " + _run_together(_CAMEL.sub(" ", name)).replace("_", " underscore ")


_RUN_TOGETHER = re.compile(r"(?<![A-Za-z])[a-z]{7,30}(?![A-Za-z])")
_SHORT_WORDS = frozenset("a i me my we us to of in on at is it an no go do be he by up so or as".split())


def _run_together(text: str) -> str:
    """Lower-case words written as one in a handle or hashtag, apart: "joebiden" -> "joe
    biden", "climatechange" -> "climate change" (wordninja, by English word frequencies); kept
    whole where the split has a piece of one or two letters that is no word ("elonmusk" would be
    "el on musk", "potus" "pot us")."""
    def split(m: re.Match[str]) -> str:
        import wordninja  # loaded (about 20 MB) only for a handle or hashtag that needs it

        pieces = [str(p) for p in wordninja.split(m.group(0))]
        if len(pieces) > 4 or any(len(p) < 3 and p not in _SHORT_WORDS for p in pieces) or (
                sum(len(p) < 3 for p in pieces) > 1):
            return m.group(0)
        return " ".join(pieces)
    return _RUN_TOGETHER.sub(split, text)


_URL = (r"\b(?i:https?://|www\.)[^\s<>\"]+?(?=[.,;:!?)\]]*(?:\s|$))|"
        rf"(?<![\w.@/-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:{_TLD_RE}|{_CAPS_TLDS})\b"
        r"(?::\d{2,5}\b)?(?![.@-]?\w)(?:/[^\s]*[^\s.,;:!?)\]])?")
"""A link with its scheme or "www." (any case), or a bare domain with a known, lower-case
top-level domain ("example.com", not "home.It" where a space is missing)."""
_STANDALONE = re.compile(rf"\s*[(<\[]?(?:{_URL})[)>\]]?[.,;:!?]?\s*")


_SAYABLE = re.compile(r"\s*[(<\[]?(?:(?i:https?)://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){1,3}(?::\d{2,5})?"
                      r"(?:/[A-Za-z-]{1,20}){0,2}"
                      r"[)>\]]?[.,;:!?]?\s*")
"""A link a listener can take down: a short host, its port, at most two words of path
("www.cdc.gov", "irs.gov/refunds", "github.com/torvalds/linux", "example.com:8443/login",
"amazon.co.uk", "https://www.nvidia.com", whose scheme is not said)."""


def standalone_link(text: str) -> bool:
    """True when `text` is nothing but a link a listener could not take down (a scheme, a
    long path, an ID, a query): it is said as "link". A short one alone ("www.cdc.gov", a
    caption's or a list's) is read out like any other."""
    return _STANDALONE.fullmatch(text) is not None and _SAYABLE.fullmatch(text) is None


_FILE_TYPES = ("pdf|docx?|xlsx?|pptx?|csv|txt|jpe?g|png|gif|mp3|mp4|zip|exe|html?|json|xml|"
               "py|js|sh|md|log|ya?ml|apk|dmg|iso|svg|webp|heic|mov|avi|wav|flac|epub|rtf|"
               "odt|tar|gz|tiff?|bmp|mkv|ics|vcf|sql|db|bin|dll|bat|ps1|ipynb|css")


_FILE_YEAR = re.compile(r"(?<![0-9])(?:19|20)\d\d(?![0-9])")


def _file_part(part: str) -> str:
    """A piece of a file name; a year in it is said as a year ("budget_2024" -> "budget
    underscore twenty twenty-four"), other digits one by one as in any address."""
    if _FILE_YEAR.fullmatch(part):
        return year(int(part))
    return " ".join(year(int(p)) if _FILE_YEAR.fullmatch(p) else _word_or_letters(p)
                    for p in re.split(r"((?<![0-9])(?:19|20)\d\d(?![0-9]))", part) if p)


_FILE_TYPE_WORDS = {"docx": "doc X", "doc": "doc", "jpeg": "jay-peg", "gif": "gif", "zip": "zip",
                    "json": "Jason", "exe": "E.X.E.", "mp3": "M.P. three", "mp4": "M.P. four",
                    "py": "P.Y.", "log": "log", "yaml": "yammel", "yml": "Y.M.L.", "apk": "A.P.K.",
                    "iso": "I.S.O.", "mov": "M.O.V.", "wav": "wave", "tar": "tar", "epub": "e-pub",
                    "webp": "web P", "ps1": "P.S. one", "ipynb": "I.P.Y.N.B.", "flac": "flack",
                    "heic": "H.E.I.C.", "tif": "tiff", "tiff": "tiff", "db": "D.B.", "dmg": "D.M.G.",
                    "bat": "bat"}
"""File types said as a word or half a word ("report.docx" is "report dot doc X"); the rest are
spelled ("PDF", "XLSX")."""


def _file_type(written: str) -> str:
    return _FILE_TYPE_WORDS.get(written.lower()) or written.upper()


def _file(m: re.Match[str]) -> str:
    """"report.pdf" -> "report dot PDF": the type is said letter by letter, as written."""
    name = " ".join(_SEPARATORS.get(w) or _file_part(w)
                    for w in re.split(r"([-_])", m.group(1)) if w)
    spoken = f"{name} dot {_file_type(m.group(2))}"
    if spoken.endswith(".") and m.string.startswith(".", m.end()):
        return spoken[:-1]  # "main.py." ends "P.Y." once
    return spoken


PASSES: tuple[Pass, ...] = (
    # a country's top-level domain on its own: "the .ai domain" -> "the dot A.I. domain"
    (re.compile(r"(?<![\w.])\.([a-z]{2})\b(?= (?:domain|address|site|suffix|extension|ending))"),
     lambda m: f"dot {spelled(m.group(1))}"),
    # a local server and its port: "localhost:8080" -> "localhost colon eighty eighty"
    (re.compile(r"\b(localhost|127\.0\.0\.1):(\d{2,5})\b(?![/.\w])"),
     lambda m: f"{m.group(1).replace('.', ' dot ')} colon {pairs(m.group(2))}"),
    (re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b"), _email),
    # a file name: "report.pdf", "budget_2024.xlsx"
    (re.compile(rf"(?<![\w.@/-])([A-Za-z][\w-]*)\.((?i:{_FILE_TYPES}))\b(?!\.?\w)"), _file),
    # a file type alone: "the .pdf", "a .docx file"
    (re.compile(rf"(?<![\w.])\.({_FILE_TYPES})\b(?!\.?\w)"),
     lambda m: f"dot {_file_type(m.group(1))}"),
    (re.compile(_URL), _url),
    # "@" between words, as listings write "at": "Doors @ 7pm", "Knicks @ Celtics"
    (re.compile(r"(?<=\w )@(?= \w)"), lambda m: "at"),
    # a number sign after a word: "Flight #1549", "Apt. #4" (the address's own, after a comma,
    # is the addresses' pass: "Lake Shore Dr., #2105")
    (re.compile(r"(?<![Dd]ial )(?<![Pp]ress )(?:(?<=[A-Za-z] )|(?<=[A-Za-z]\. ))#(?=\d)(?!\d{5,}\b(?![,.]\d))"),
     lambda m: "number "),  # (an identifier of five digits or more is names.py's: "#2417788")
    (re.compile(r"(?<![\w@])@(\w{1,30})"), lambda m: _handle(m.group(1))),
    (re.compile(r"(?<![\w&])#([A-Za-z]\w*)"), _hashtag),
)

"""espeak-ng's phoneme mnemonics for a text (what `espeak-ng -q -x -v VOICE TEXT` prints), for the
tests that judge a written form by how the voice says it.

Thousands of rows are judged, and one `espeak-ng` process a text cost about 10 ms each (a
minute of the suite). The same library, libespeak-ng, gives the same phonemes in one
long-lived process (`espeak_TextToPhonemes`, clause by clause, as the command prints them):
7,223 of the 7,224 texts of the test sets came out identical. So the library answers first, in a
process of its own (never inside pytest's, where pyttsx3 drives the same library), and a
verdict of "different" is always confirmed by the `espeak-ng` command itself: the command is
the judge, the library only makes agreement cheap."""

from __future__ import annotations

import atexit
import ctypes
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable

__all__ = ["espeak_x", "same_sound", "same_sound_as_any", "stop"]

_WORKER: subprocess.Popen[str] | None = None
_LOCK = threading.Lock()
_BROKEN = False


def _serve() -> None:
    """The worker: one JSON [voice, text] a line in, one JSON phoneme string a line out."""
    lib = ctypes.CDLL("libespeak-ng.so.1")
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                                          ctypes.c_int]
    if lib.espeak_Initialize(1, 0, None, 0) <= 0:  # AUDIO_OUTPUT_RETRIEVAL: no sound device
        sys.exit(1)
    for line in sys.stdin:
        voice, text = json.loads(line)
        out: str | None = None
        if lib.espeak_SetVoiceByName(voice.encode()) == 0:
            buf = ctypes.create_string_buffer(text.encode("utf-8"))
            ptr = ctypes.c_void_p(ctypes.addressof(buf))
            clauses = []
            while ptr.value:
                got = lib.espeak_TextToPhonemes(ctypes.byref(ptr), 1, 0)  # UTF-8, mnemonics
                if got:
                    clauses.append(got.decode("utf-8"))
            out = "\n".join(clauses)
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


def stop() -> None:
    """End the worker (the session's end does; a later call starts a new one)."""
    global _WORKER
    with _LOCK:
        if _WORKER is not None and _WORKER.poll() is None:
            _WORKER.kill()
        if _WORKER is not None:
            _WORKER.wait()
            for pipe in (_WORKER.stdin, _WORKER.stdout):
                if pipe is not None:
                    pipe.close()
        _WORKER = None


def _library(text: str, voice: str) -> str | None:
    """The library's phonemes, or None when it cannot answer (then the command is asked)."""
    global _WORKER, _BROKEN
    with _LOCK:
        if _BROKEN:
            return None
        try:
            if _WORKER is None:
                _WORKER = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, text=True, encoding="utf-8")
                atexit.register(stop)
            assert _WORKER.stdin is not None and _WORKER.stdout is not None
            _WORKER.stdin.write(json.dumps([voice, text]) + "\n")
            _WORKER.stdin.flush()
            answer = _WORKER.stdout.readline()
            if not answer:
                raise OSError("the phoneme worker ended")
            out: str | None = json.loads(answer)
            return out
        except (OSError, ValueError):
            _BROKEN = True
            return None


def _command(text: str, voice: str) -> str:
    return subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True,
                          text=True, check=True).stdout


def espeak_x(text: str, voice: str = "en", *, exact: bool = False) -> str:
    """What `espeak-ng -q -x -v VOICE TEXT` prints (clauses a line each); from the library
    unless `exact`, or unless the library cannot answer."""
    if not exact:
        out = _library(text, voice)
        if out is not None:
            return out
    return _command(text, voice)


_PLURAL_INITIALS = re.compile(r"(?<=[A-Z])\.s\b")
"""The plural of dotted initials as the AP writes it, "P.C.s", which a newsreader says "P C's"
and espeak-ng reads "P C S": judged as "P.C.'s"."""


_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
"""English is spoken by Piper, which gets a space for a hyphen between letters (tts/piper.py:
"one-quarter" and "one quarter" are the same phonemes there); espeak-ng would assimilate the n
("w'0Nkw") and stress the parts otherwise."""
_SPELLED = re.compile(r"(?<![\w.'’-])(?<!\b[A-Za-z] )"
                      r"(?:[a-z](?: [a-z])+|[B-HJ-Z](?: [A-Z])+|(?<=[^\s.!?:;\"“(] )A(?: [A-Z])+)"
                      r"(?![\w'’-])(?! [A-Za-z]\b)")
"""A writer's letters said one by one, spaced ("f a a dot gov", "t s a", "dot a u", "C A"):
judged as dotted initials ("F.A.A.") where one of them is an "a", which espeak-ng reads as the
article ("'Ef a# a#") though no writer of such a row means it (the other letters it reads as
letters already: "w w w"). Letters of one case only, and no single letter beside them:
"vitamin D a day" and "a p H" keep their article, and so does a capital "A" that opens a
sentence ("A B two bomber"); "I" first is the pronoun. Only the writer's side is read so: a voice given "f a a"
is still heard saying the article."""


def _initials(m: re.Match[str]) -> str:
    letters = m.group(0).split()
    return ".".join(letters).upper() + "." if {"a", "A"} & set(letters) else m.group(0)
_LINKING_R = re.compile(r"r-")
"""espeak-ng's linking r ("H.S.R Act", "A@r-'akt"): no newsreader's choice, and no error."""


_GERMAN_CIRCA = re.compile(r"\b([Cc])irca\b")
"""A German writer's "circa", which German says "zirka" and espeak-ng's German voice reads with
a /k/ ("k'Irka"): judged as "zirka", on the writer's side only."""


def _as_judged(text: str, voice: str, wanted: bool = False) -> str:
    """The text as the judge hears it: for English, "P.C.s" as "P.C.'s" and a hyphen between
    letters as a space; in the reading `wanted`, letters spelled out as initials, and a German
    "circa" as "zirka"."""
    if voice.startswith("en"):
        if wanted:
            text = _SPELLED.sub(_initials, text)
        return _HYPHEN_BETWEEN_LETTERS.sub(" ", _PLURAL_INITIALS.sub(".'s", text))
    if voice.startswith("de") and wanted:
        return _GERMAN_CIRCA.sub(lambda m: "Zirka" if m.group(1) == "C" else "zirka", text)
    return text


def _heard(text: str, voice: str, key: Callable[[str], str], exact: bool = False) -> str:
    raw = espeak_x(text, voice, exact=exact)
    return key(_LINKING_R.sub("", raw) if voice.startswith("en") else raw)


def same_sound(a: str, b: str, voice: str, key: Callable[[str], str]
               ) -> tuple[bool, str, str]:
    """Whether `a` and `b` sound alike to espeak-ng, comparing `key` of each one's phonemes:
    (verdict, key of a, key of b). A difference found by the library is checked again with
    the command, whose answer stands."""
    a, b = _as_judged(a, voice), _as_judged(b, voice, wanted=True)
    ka, kb = _heard(a, voice, key), _heard(b, voice, key)
    if ka != kb:
        ka, kb = _heard(a, voice, key, True), _heard(b, voice, key, True)
    return ka == kb, ka, kb


def same_sound_as_any(a: str, bs: list[str], voice: str, key: Callable[[str], str]
                      ) -> tuple[bool, str, str]:
    """Whether `a` sounds like one of `bs` (a row's reading and its writer's alternatives), as
    `same_sound` judges: the library answers for all of them first, and the command is asked
    only when the library hears none alike, so a row that one reading passes costs no process
    (the command for an alternative it missed took 20 ms, most of the suite's judging time).
    A miss gives the keys of the first reading, the row's own."""
    ka = _heard(_as_judged(a, voice), voice, key)
    if any(_heard(_as_judged(b, voice, wanted=True), voice, key) == ka for b in bs):
        return True, ka, ka
    first: tuple[bool, str, str] = (False, ka, ka)
    for n, b in enumerate(bs):
        result = same_sound(a, b, voice, key)
        if result[0]:
            return result
        first = result if n == 0 else first
    return first


if __name__ == "__main__":
    _serve()

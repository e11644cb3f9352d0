"""How the listener hears one word said several ways, in sentences made up for the test.

Each sentence has a `{}` where the word goes and the words the listener should write there;
each variant fills it (`text` leaves the written word, anything else is given to Piper as raw
phonemes, `[[...]]`). Every (sentence, variant) is rendered several times with the default
voice, because Piper's noise makes each render differ, and transcribed by the listening model
(faster-whisper tiny.en) on its own. Prints, per variant, how many renders were heard right.

    .venv/bin/python bench/listen_variants.py in-between-names --renders 3 --variants 'text,ˈɪn,ˌɪn'
    .venv/bin/python bench/listen_variants.py sentence-initial-a --variants 'text,ə,ˈeɪ'

The sets below were written for these questions, not taken from the corpus page.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import wave
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# name: (the written word, [(sentence with {}, what the listener should write from {} on)])
SETS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "in-between-names": ("in", [
        ("Lavrov met his counterpart Kuleba {} Geneva on Monday.", "in geneva"),
        ("The talks with Erdogan {} Ankara ended without an agreement.", "in ankara"),
        ("Prosecutors questioned Nikolaidis {} Athens about the missing funds.", "in athens"),
        ("A court sentenced Okonkwo {} absentia to nine years in prison.", "in absentia"),
        ("Supporters gathered to hear Tsvangirai {} Harare before the vote.", "in harare"),
        ("Fans cheered Mbappe {} Madrid as the team arrived at the stadium.", "in madrid"),
    ]),
    "wants": ("wants", [
        ("The mayor {} the council to vote on the budget before summer.", "wants the council"),
        ("Moreno {} a recount in the northern districts, his lawyer said.", "wants a recount"),
        ("The union {} higher pay for night shifts at the hospital.", "wants higher pay"),
        ("Tokyo {} Beijing to release the detained businessman.", "wants beijing"),
        ("Nobody {} another delay, the transport minister told reporters.", "wants another"),
        ("Abe {} more time to study the proposal, an aide said.", "wants more time"),
        ("The league {} every club to install new cameras by March.", "wants every club"),
        ("Ferreira {} Lisbon to pay for the new bridge.", "wants lisbon"),
    ]),
    "wants-more": ("wants", [
        ("Every parent {} a safe route to school, the councillor said.", "wants a safe"),
        ("Kenya {} the loan approved before the end of June.", "wants the loan"),
        ("The coach {} his players rested for the final.", "wants his players"),
        ("Now the city {} to sell the old depot to a developer.", "wants to sell"),
        ("Oslo {} a quick deal on fishing rights.", "wants a quick deal"),
        ("She says she {} answers from the hospital board.", "wants answers"),
        ("Delgado {} voters to judge him on his record.", "wants voters"),
        ("The airline {} two more slots at the airport.", "wants two more"),
    ]),
    "wanted": ("wanted", [
        ("The police {} to speak to two men seen near the bank.", "wanted to speak"),
        ("Residents {} a new crossing outside the school.", "wanted a new"),
        ("Yamamoto {} the vote held before the holidays.", "wanted the vote"),
        ("Nobody {} the match to end in a draw.", "wanted the match"),
        ("The club {} more money for the stadium roof.", "wanted more money"),
        ("Pereira {} answers, but the ministry stayed silent.", "wanted answers"),
    ]),
    "sentence-initial-a": ("A", [
        ("{} court in Lyon ruled against the company on Tuesday.", "a court"),
        ("{} man was arrested after the shooting, police said.", "a man"),
        ("{} storm hit the coast overnight, cutting power to thousands.", "a storm"),
        ("{} judge ordered the release of the documents.", "a judge"),
        ("{} fire broke out at the factory early on Sunday.", "a fire"),
        ("{} spokesman for the ministry declined to comment.", "a spokesman"),
    ]),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--variants", default="text",
                        help="comma-separated: 'text' or phonemes (IPA) for the word")
    parser.add_argument("--renders", type=int, default=3)
    parser.add_argument("--voice", default="piper-joe")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what was heard")
    args = parser.parse_args()

    import numpy as np

    from audiodigest.listen.model import find_model, load_model, transcribe
    from audiodigest.tts.piper import PiperEngine
    from audiodigest.tts.voices import load_profile

    word, sentences = SETS[args.set]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    voice = load_profile(ROOT / "voices" / f"{args.voice}.toml")
    engine = PiperEngine()
    model = load_model(find_model("en"))
    right: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        wav_path = Path(tmp) / "s.wav"
        for sentence, expected in sentences:
            for variant in variants:
                text = sentence.format(word if variant == "text" else f"[[{variant}]]")
                for _ in range(args.renders):
                    engine.synthesize(text, voice, wav_path)
                    with wave.open(str(wav_path)) as w:
                        rate = w.getframerate()
                        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
                    samples = pcm.astype(np.float32) / 32768
                    picks = np.arange(0, len(samples), rate / 16000).astype(int)
                    heard = transcribe(model, samples[picks], "en").lower()
                    ok = re.search(r"\b" + re.escape(expected) + r"\b",
                                   re.sub(r"[^\w\s]", " ", heard)) is not None
                    right[variant] += ok
                    if args.verbose:
                        print(f"{variant:>8} {'ok ' if ok else 'BAD'} {heard}", flush=True)
    total = len(sentences) * args.renders
    for variant in variants:
        print(f"{variant:>8}: heard right in {right[variant]} of {total} renders")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

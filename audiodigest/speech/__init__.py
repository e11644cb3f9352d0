"""Stage 3, speech: `Article`(s) + `VoiceProfile` -> `Script`.

In: extracted articles and the voice that will read them (its language, lexicons and what its
engine can read, `tts.EngineAbilities`). Out: everything that will be said, in order, as short
segments with pauses and chapters (`models.Script`): sentences split (`sentences`), numbers,
units, dates, codes and abbreviations written out (`normalize`, `numbers`), pronunciations
applied (`lexicon`), and the episode's framing in the article's language (`phrases`).
"""

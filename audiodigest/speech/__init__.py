"""Stage 3, speech: `Article`(s) + `VoiceProfile` -> `Script`.

In: extracted articles and the voice that will read them (its language, lexicons and what its
engine can read, `tts.EngineAbilities`). Out: everything that will be said, in order, as short
segments with pauses and chapters (`models.Script`): sentences split (`sentences`); numbers,
money, measures, dates, times, ranges, telephone numbers, codes, addresses, web addresses and
abbreviations written out for English (`normalize` orchestrating one grammar per family:
`web`, `addresses`, `dates`, `times`, `ranges`, `money`, `measures`, `codes`, `names`, over
`numbers` and the tables of `speechdata`); words in a script the voice cannot read romanized,
or given their own language's voice (`translit`); pronunciations applied (`lexicon`); and the
episode's framing in the article's language, dates and counts in words (`phrases`,
`datewords`). `script` builds it, `render` shows it, `quotes` pairs quotation marks in captions.
"""

"""Stage 5, audio: synthesized segment clips -> one mastered MP3 (`RenderedAudio`).

In: the script's segments as PCM, in order, with their pauses. Out: one MP3 levelled to the
loudness target (`loudness`), its chapter marks and transcript cues, sample-exact (`master`),
and its ID3 tags with CHAP/CTOC chapters (`tags`).
"""

"""A bracketed acronym after the name it stands for is written for the eye: the voice leaves
it out, or says it between commas when the article uses it again; the caption keeps it."""

from __future__ import annotations

from datetime import datetime

import pytest

from audiodigest.models import Article, Section, VoiceProfile
from audiodigest.speech.asides import spoken_dateline, stands_for
from audiodigest.speech.script import build_script

VOICE = VoiceProfile(name="test", engine="pyttsx3", engine_voice="en")


def article(*paragraphs: str, title: str = "Court news") -> Article:
    return Article(title=title, sections=(Section(None, paragraphs),), authors=(),
                   site="Example News", published=datetime(2024, 5, 1), language="en")


def body(script_article: Article) -> list[tuple[str, str]]:
    script = build_script([script_article], VOICE)
    return [(s.caption, s.text) for s in script.segments if s.kind == "body"]


@pytest.mark.parametrize(("acronym", "before"), [
    ("ICC", "won't abide by the International Criminal Court's"),
    ("WHO", "according to the World Health Organization"),
    ("FBI", "agents of the Federal Bureau of Investigation"),
    ("IoT", "devices on the Internet of Things"),
    ("DSPs", "ads sold through Demand-side Platforms"),
    ("DRC", "fighting in the Democratic Republic of Congo"),
    ("NYAG", "a suit by the New York Attorney General"),
    ("NYAG", "(Reuters) — The New York State Attorney General"),  # one word left out
    ("NYPD", "officers of the New York City Police Department"),
    ("AfD", "die Alternative für Deutschland"),
])
def test_an_acronym_of_the_words_before_it_stands_for_them(acronym: str, before: str) -> None:
    assert stands_for(acronym, before)


@pytest.mark.parametrize(("acronym", "before"), [
    ("AP", "HANOI, Vietnam"),                      # a dateline's agency
    ("KIS", "in Krankenhausinformationssystemen"),  # letters inside one word
    ("UN", "a vote at the Security Council"),       # another body's name
    ("ICC", "the court, International Criminal"),   # not the words right before it
    ("EU", "Europe's union"),                       # lowercase words
    ("Mr", "Dear Mister"),                          # one capital is not an acronym
    ("CDC", "the Centers for Disease Control and Prevention"),  # its last word left out
    ("NYAG", "New York State Senate Attorney General"),        # two words left out
    ("IMF", "the International Fund"),                          # a letter with no word
])
def test_other_brackets_are_not_taken_for_a_name_s_acronym(acronym: str, before: str) -> None:
    assert not stands_for(acronym, before)


def test_a_defined_acronym_is_not_said_and_the_caption_keeps_it() -> None:
    [(caption, text)] = body(article(
        "Hungary said it won't abide by the International Criminal Court's (ICC) arrest warrant."))
    assert "(ICC)" in caption
    assert "ICC" not in text and "Court's arrest warrant" in text


def test_an_acronym_used_again_is_said_as_an_aside_between_commas() -> None:
    segments = body(article(
        "The World Health Organization (WHO) warned of a new wave on Monday.",
        "The WHO said hospitals should prepare."))
    first = segments[0][1]
    assert "World Health Organization, W.H.O., warned" in first, first


def test_other_brackets_are_said() -> None:
    [(caption, text)] = body(article(
        '"It sounded at the talks (with Ukraine) that we agree," he said.'))
    assert "(with Ukraine)" in text


@pytest.mark.parametrize(("written", "said"), [
    ("WASHINGTON (AP) — Ambassador Gordon Sondland is likely to be unpredictable.",
     "Washington. Ambassador Gordon Sondland is likely to be unpredictable."),
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China.",
     "Hanoi, Vietnam. U.S. Defense Secretary Mark Esper accused China."),
    ("ST. JOSEPH, Mich. (AP) — A man was charged.", "St. Joseph, Michigan. A man was charged."),
    ("SAN FRANCISCO (Reuters) - Shares fell on Monday.", "San Francisco. Shares fell on Monday."),
    ("LONDON — Britain's Conservative Party was accused.",
     "London. Britain's Conservative Party was accused."),
    ("(CNN)President Donald Trump made a trip.", "President Donald Trump made a trip."),
    # a credit with its dash and no place, a filing date after the place, other agencies
    ("(Reuters) - Oil prices rose on Tuesday.", "Oil prices rose on Tuesday."),
    ("(AP) — The storm weakened.", "The storm weakened."),
    ("NEW YORK, Jan 5 (Reuters) - Stocks rose.", "New York. Stocks rose."),
    ("BEIJING, March 3 (Xinhua) -- China said it would respond.",
     "Beijing. China said it would respond."),
    ("(Xinhua) -- China said it would respond.", "China said it would respond."),
    # not datelines
    ("(Some say) It was late.", "(Some say) It was late."),
    ("NATO - the alliance met.", "NATO - the alliance met."),
    ("FBI — agents raided the office.", "FBI — agents raided the office."),
    ("The mayor — who resigned — spoke.", "The mayor — who resigned — spoke."),
])
def test_a_wire_dateline_is_said_as_a_place(written: str, said: str) -> None:
    assert spoken_dateline(written) == said


def test_a_dateline_in_a_script_is_not_spelt_out_and_the_caption_keeps_it() -> None:
    [(caption, text), _] = body(article(
        "WASHINGTON (AP) — New uncertainty hangs over the primary. No one leads."))
    assert caption.startswith("WASHINGTON (AP) —")
    assert text.startswith("Washington. New uncertainty"), text

"""Sentence splitting: the English Golden Rules, news cases, long-sentence cutting, bad input."""

from __future__ import annotations

import pytest

from audiodigest.speech.sentences import MAX_SEGMENT_CHARS, cut_long, split_sentences

# The 48 English "Golden Rules" of the Pragmatic Segmenter (the cases pySBD is scored on).
GOLDEN_RULES: list[tuple[str, list[str]]] = [
    ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", ["There it is!", "I found it."]),
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("Please turn to p. 55.", ["Please turn to p. 55."]),
    ("Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
    ("They closed the deal with Pitt, Briggs & Co. at noon.",
     ["They closed the deal with Pitt, Briggs & Co. at noon."]),
    ("Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
    ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
     ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
    ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    ("St. Michael's Church is on 5th st. near the light.",
     ["St. Michael's Church is on 5th st. near the light."]),
    ("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    ("I work for the U.S. Government in Virginia.",
     ["I work for the U.S. Government in Virginia."]),
    ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
    ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to "
     "the store.",
     ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.",
      "Mr. Smith then went to the store."]),
    ("She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    ("He teaches science (He previously worked for 5 years as an engineer.) at the local "
     "University.",
     ["He teaches science (He previously worked for 5 years as an engineer.) at the local "
      "University."]),
    ("Her email is Jane.Doe@example.com. I sent her an email.",
     ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
    ("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
     ["The site is: https://www.example.50.com/new-site/awesome_content.html.",
      "Please check it out."]),
    ("She turned to him, 'This is great.' she said.",
     ["She turned to him, 'This is great.' she said."]),
    ('She turned to him, "This is great." she said.',
     ['She turned to him, "This is great." she said.']),
    ('She turned to him, "This is great." She held the book out to show him.',
     ['She turned to him, "This is great."', "She held the book out to show him."]),
    ("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    ("Hello?? Who is there?", ["Hello??", "Who is there?"]),
    ("Hello!? Is that you?", ["Hello!?", "Is that you?"]),
    ("Hello?! Is that you?", ["Hello?!", "Is that you?"]),
    ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
    ("1.) The first item. 2.) The second item.", ["1.) The first item.", "2.) The second item."]),
    ("1) The first item 2) The second item", ["1) The first item", "2) The second item"]),
    ("1) The first item. 2) The second item.", ["1) The first item.", "2) The second item."]),
    ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
    ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
    ("• 9. The first item • 10. The second item", ["• 9. The first item", "• 10. The second item"]),
    ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
    ("a. The first item b. The second item c. The third list item",
     ["a. The first item", "b. The second item", "c. The third list item"]),
    ("You can find it at N°. 1026.253.553. That is where the treasure is.",
     ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
    ("She works at Yahoo! in the accounting department.",
     ["She works at Yahoo! in the accounting department."]),
    ("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
     ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
    ("Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less "
     "complex. . . .”",
     ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less "
      "complex. . . .”"]),
    ('"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
     ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).']),
    ("If words are left off at the end of a sentence, and that is all that is omitted, indicate "
     "the omission with ellipsis marks (preceded and followed by a space) and then indicate the "
     "end of the sentence with a period . . . . Next sentence.",
     ["If words are left off at the end of a sentence, and that is all that is omitted, indicate "
      "the omission with ellipsis marks (preceded and followed by a space) and then indicate the "
      "end of the sentence with a period . . . .", "Next sentence."]),
    ("I never meant that.... She left the store.",
     ["I never meant that....", "She left the store."]),
    ("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I "
     "didn’t mean it.",
     ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I "
      "didn’t mean it."]),
    ("One further habit which was somewhat weakened . . . was that of combining words into "
     "self-interpreting compounds. . . . The practice was not abandoned. . . .",
     ["One further habit which was somewhat weakened . . . was that of combining words into "
      "self-interpreting compounds.", ". . . The practice was not abandoned. . . ."]),
]


def test_there_are_48_golden_rules() -> None:
    assert len(GOLDEN_RULES) == 48


@pytest.mark.parametrize(("text", "expected"), GOLDEN_RULES)
def test_golden_rule(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


NEWS = [
    ("Lukashenko met Putin on April 5. They spoke for 3.5 hours.",
     ["Lukashenko met Putin on April 5.", "They spoke for 3.5 hours."]),
    ("Dr. Jane Smith of St. Mary's Hospital said No. 10 had called. The U.K. government denied it.",
     ["Dr. Jane Smith of St. Mary's Hospital said No. 10 had called.",
      "The U.K. government denied it."]),
    ("The talks began on Oct. 4, 2022 in Minsk. Gen. Valery Gerasimov attended.",
     ["The talks began on Oct. 4, 2022 in Minsk.", "Gen. Valery Gerasimov attended."]),
    ("Shares of Acme Inc. rose 4.5% to $12.30. Analysts were surprised.",
     ["Shares of Acme Inc. rose 4.5% to $12.30.", "Analysts were surprised."]),
    ('"We will not give up," he said. "Never."', ['"We will not give up," he said.', '"Never."']),
    ("Visit kyivindependent.com/news. Subscribe today!",
     ["Visit kyivindependent.com/news.", "Subscribe today!"]),
    ("The vote is at 5 p.m. Critics say it is rushed.",
     ["The vote is at 5 p.m.", "Critics say it is rushed."]),
    ("First line\nSecond line", ["First line", "Second line"]),
]


@pytest.mark.parametrize(("text", "expected"), NEWS)
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_long_sentence_is_cut_at_clause_boundaries() -> None:
    sentence = ("The ministry said the inspections, which began on Monday and will last a week, "
                "covered units in the west of the country; officials added that more drills were "
                "planned for May, and that foreign observers had been invited, although none had "
                "yet accepted, according to a statement published on the ministry's website late "
                "on Tuesday evening after a meeting of the security council in the capital.")
    pieces = cut_long(sentence, 150)
    assert all(len(p) <= 150 for p in pieces)
    assert " ".join(pieces) == sentence
    assert pieces[0].endswith((";", ","))


def test_default_limit_is_below_pyttsx3_failure_length() -> None:
    # a fresh pyttsx3 engine silently saved nothing for first texts of 290+ characters
    assert MAX_SEGMENT_CHARS < 290


def test_huge_unpunctuated_paragraph_is_cut() -> None:
    """Linear by construction (see cut_long); bench/bench_script.py prints how long it takes."""
    text = ("word " * 40_000)[:200_000]
    sentences = split_sentences(text)
    pieces = [p for s in sentences for p in cut_long(s)]
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in pieces)
    no_spaces = "x" * 200_000
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in cut_long(no_spaces))
    assert "".join(cut_long(no_spaces)) == no_spaces


def test_empty_and_symbol_input() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []
    assert split_sentences("★★★") == ["★★★"]


@pytest.mark.parametrize("text", ["." * 200_000, ". " * 100_000, "Mr. " * 50_000,
                                  "a." * 100_000, "!?" * 100_000])
def test_hostile_punctuation_is_split(text: str) -> None:
    """~5 ms when linear, minutes if quadratic: bench/bench_script.py prints the time."""
    assert "".join(split_sentences(text)).replace(" ", "") == text.replace(" ", "")


def test_a_german_day_before_a_month_does_not_end_the_sentence() -> None:
    assert split_sentences("Am 14. April 2023 beschloss der Rat. Seit dem 3. März gilt er. "
                           "Er kam am 3. Tag.", "de") == [
        "Am 14. April 2023 beschloss der Rat.", "Seit dem 3. März gilt er.",
        "Er kam am 3. Tag."]  # an ordinal after an article or preposition (bodynumbers.py)


@pytest.mark.parametrize(("text", "expected"), [
    ("Polls open at 9 a.m. EST on Tuesday.", ["Polls open at 9 a.m. EST on Tuesday."]),
    ("Polls open at 9 a.m. EST. Results follow.",
     ["Polls open at 9 a.m. EST.", "Results follow."]),
    ("They met at 10 a.m. ET Tuesday.", ["They met at 10 a.m. ET Tuesday."]),
    ("She lived on Baker St. near the park.", ["She lived on Baker St. near the park."]),
    ("He hired a P.I. to follow her.", ["He hired a P.I. to follow her."]),
    ("The U.S. Army said so.", ["The U.S. Army said so."]),
    ("Dr. Smith and No. 10 met on Jan. 5 at St. Paul's.",
     ["Dr. Smith and No. 10 met on Jan. 5 at St. Paul's."]),
])
def test_abbreviations_never_end_a_sentence(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


ONE_SENTENCE_FAMILIES = {
    "titles": ["Lt. Gen. Smith spoke.", "Gov. Abbott and Sen. Cruz met.", "Prof. Jones left.",
               "Sens. Graham and Blumenthal agreed.", "Reps. Smith and Jones objected.",
               "Atty. Gen. Garland spoke.", "Msgr. Kelly prayed.", "Sgt. Maj. Ruiz retired.",
               "The Rev. Dr. Martin Luther King Jr. spoke."],
    "streets": ["He lives on Oak Ave. in Denver.", "She lives on Main St. West of here.",
                "It is on Pine Ct. near the school.", "They drove to Mt. Everest base camp.",
                "He moved to Ft. Worth last year.", "The team plays in St. Louis now."],
    "clock and zone": ["Polls close at 8 p.m. ET Tuesday.", "It starts at 9 a.m. PST on Monday.",
                       "The call is at 4 p.m. GMT Friday.", "They met at 10 a.m. CET in Brussels."],
    "initials": ["J.K. Rowling wrote it.", "George W. Bush spoke.", "T.S. Eliot wrote it.",
                 "John F. Kennedy was shot.", "He hired a P.I. Jones recommended.",
                 "Michael J. Fox acted."],
    "countries": ["The U.S. Army said so.", "The U.K. Government agreed.",
                  "The U.N. Security Council met.", "U.S. President Joe Biden spoke.",
                  "The U.S.S.R. collapsed in 1991.", "The U.A.E. Foreign Minister spoke."],
    "latin": ["See Smith vs. Jones.", "Roe v. Wade was overturned.", "Cf. Chapter two.",
              "It was built c. 1500.", "It is approx. Three miles.", "Smith et al. Found it.",
              "Some fruit, e.g. Apples, helps.", "The rule, i.e. The law, stands."],
    "references": ["He was ranked No. 1 in the world.", "See Fig. 3 for details.",
                   "Under Art. 5 of the treaty, allies respond.", "It is in Vol. 2 now.",
                   "Nos. 4 and 5 won.", "Read Ch. 11 first.", "Sec. Blinken arrived today.",
                   "Call ext. 204 for help."],
    "currencies": ["The firm paid Rs. 3.2 crore in taxes.", "Tickets cost Rs. 500 each.",
                   "A fine of Rs. 10,000 was imposed."],
    "months": ["On Jan. 5 Lt. Col. Jones arrived.", "By Sept. 11 it was over.",
               "It closed on Feb. 14 after talks.", "Sales rose in Nov. and Dec. last year."],
}


@pytest.mark.parametrize(("family", "text"), [
    (family, text) for family, texts in ONE_SENTENCE_FAMILIES.items() for text in texts])
def test_no_family_of_abbreviations_ends_a_sentence(family: str, text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("He moved to the U.S. He was ten.", ["He moved to the U.S.", "He was ten."]),
    ("He works for Acme Inc. The firm grew.", ["He works for Acme Inc.", "The firm grew."]),
    ("He lives on Oak Rd. The house burned.", ["He lives on Oak Rd.", "The house burned."]),
    ("It happened in Jan. The next month was calm.",
     ["It happened in Jan.", "The next month was calm."]),
    ("Bring pens, paper, etc. The rest is supplied.",
     ["Bring pens, paper, etc.", "The rest is supplied."]),
    ("She kept telling me no. When she let me go, I left.",
     ["She kept telling me no.", "When she let me go, I left."]),
    ("They said no. I was there.", ["They said no.", "I was there."]),
    ("It was the state of the art. The next model came later.",
     ["It was the state of the art.", "The next model came later."]),
])
def test_an_abbreviation_still_ends_a_sentence_before_an_opener(text: str,
                                                                 expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("language", "text", "pieces"), [
    ("de", "Die Kosten stiegen auf 300 Mio. Euro. Das sei zu viel.", 2),
    ("de", "Die Firma verlor 2 Mrd. Dollar und 3 Tsd. Mitarbeiter.", 1),
    ("de", "Der Verlust betrug 2 Mrd. Die Aktie fiel.", 2),
    ("it", "Il deficit sale a 5 mld. Il governo tace.", 2),
    ("ru", "Бюджет составил 5 млрд. рублей. Это рекорд.", 2),
])
def test_a_scale_after_a_number_ends_a_sentence_only_before_an_opener(
        language: str, text: str, pieces: int) -> None:
    assert len(split_sentences(text, language)) == pieces

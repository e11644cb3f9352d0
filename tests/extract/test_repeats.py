"""Teasers, pull quotes and near-duplicates: every paragraph is heard once, in its chapter."""

from __future__ import annotations

from audiodigest.extract.document import extract_html, extract_text
from audiodigest.extract.repeats import drop_repeats, near_duplicate

LEAD_A = ("The ferry company announced additional sailings to the island on Friday at the request"
          " of the harbour master.")
BODY_A = ("The ferry company announced an additional sailing to the island on Friday at the request"
          " of the harbour master.")
MORE_A = ("The extra boat will leave the quay at seven in the evening and return before midnight,"
          " the company said in a statement.")
LEAD_B = "The council voted to close the old pier for repairs after an inspection found rot in three of its legs."
MORE_B = ("Engineers expect the work to take most of the winter, and anglers have been asked to use"
          " the breakwater instead until the pier reopens.")
THIRD = ("Residents of the north shore say the bus timetable has not changed in twenty years and"
         " that the last bus still leaves before the evening ferry docks.")
SUMMARY = "This week: more ferries, a closed pier and a very old bus timetable."


def test_near_duplicates_are_one_paragraph() -> None:
    assert near_duplicate(LEAD_A, BODY_A)
    assert not near_duplicate(LEAD_A, MORE_A)
    assert not near_duplicate("He said no.", "He said no to the plan, and then he left the room.")
    assert near_duplicate("Nobody fell in.", "Nobody fell in!")  # short: exact wording only


def test_teaser_at_the_top_gives_way_to_the_chapter() -> None:
    blocks = [("para", SUMMARY), ("para", LEAD_A), ("para", LEAD_B),
              ("heading", "Ferries"), ("para", BODY_A), ("para", MORE_A),
              ("heading", "The pier"), ("para", LEAD_B), ("para", MORE_B),
              ("heading", "Buses"), ("para", THIRD)]
    assert drop_repeats(blocks) == [("para", SUMMARY),
                                    ("heading", "Ferries"), ("para", BODY_A), ("para", MORE_A),
                                    ("heading", "The pier"), ("para", LEAD_B), ("para", MORE_B),
                                    ("heading", "Buses"), ("para", THIRD)]


def test_pull_quote_and_lead_at_the_foot_go_not_the_lead() -> None:
    blocks = [("para", LEAD_B), ("para", MORE_B), ("heading", "The bus"), ("para", THIRD),
              ("para", MORE_A), ("para", LEAD_B + " "), ("para", SUMMARY), ("para", LEAD_B)]
    assert drop_repeats(blocks) == [("para", LEAD_B), ("para", MORE_B), ("heading", "The bus"),
                                    ("para", THIRD), ("para", MORE_A), ("para", SUMMARY)]


def test_a_box_holding_the_whole_article_again_goes() -> None:
    blocks = [("para", LEAD_A), ("para", MORE_A), ("para", THIRD), ("para", f"{LEAD_A} {MORE_A} {THIRD}")]
    assert drop_repeats(blocks) == blocks[:3]


def test_page_dump_teasers_and_near_duplicates() -> None:
    text = "\n\n".join([
        "Harbour Weekly: ferries, a pier and the buses", "by Ann Lee", SUMMARY, LEAD_A, LEAD_B,
        "Ferries", BODY_A, MORE_A, "The pier", LEAD_B, MORE_B, "Buses", THIRD]) + "\n"
    article = extract_text(text)
    assert [s.heading for s in article.sections] == [None, "Ferries", "The pier", "Buses"]
    assert article.sections[0].paragraphs == (SUMMARY,)
    assert article.sections[1].paragraphs == (BODY_A, MORE_A)
    assert article.sections[2].paragraphs == (LEAD_B, MORE_B)


def test_html_teaser_box_at_the_top() -> None:
    page = ("<html><head><title>Harbour Weekly</title></head><body><article><h1>Harbour Weekly</h1>"
            f"<div class='summary'><p>{SUMMARY}</p><p>{LEAD_A}</p><p>{LEAD_B}</p></div>"
            f"<h2>Ferries</h2><p>{BODY_A}</p><p>{MORE_A}</p><h2>The pier</h2><p>{LEAD_B}</p>"
            f"<p>{MORE_B}</p><h2>Buses</h2><p>{THIRD}</p></article></body></html>")
    article = extract_html(page)
    assert article.sections[0].paragraphs == (SUMMARY,)
    assert [s.heading for s in article.sections[1:]] == ["Ferries", "The pier", "Buses"]
    assert article.sections[1].paragraphs == (BODY_A, MORE_A)
    assert article.sections[2].paragraphs == (LEAD_B, MORE_B)

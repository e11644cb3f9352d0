"""Markdown articles: structure kept, markup dropped, tables read as sentences."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from audiodigest.cli import cli
from audiodigest.extract.markdown import extract_markdown
from audiodigest.models import VoiceProfile
from audiodigest.speech.script import build_script

VOICE = VoiceProfile(name="test", engine="pyttsx3", engine_voice="en")

NOTE = """\
# Bridge budget

The council published the costs.

| Year | Cost |
|------|-----:|
| 2021 | $10m |
| 2022 | **$12m** |

## Who decides

Name | Role | Notes
:--- | :---: | ---
Ann Lee | [Chair](https://example.org/ann) | since 2020
Bo Chan | Treasurer |

The vote is in May.
"""


def test_a_table_becomes_one_sentence_per_cell_named_by_its_header() -> None:
    article = extract_markdown(NOTE)
    assert article.sections[0].paragraphs == (
        "The council published the costs.",
        "Year: 2021. Cost: $10m.",
        "Year: 2022. Cost: $12m.",
    )
    assert article.sections[1].heading == "Who decides"
    assert article.sections[1].paragraphs == (
        "Name: Ann Lee. Role: Chair. Notes: since 2020.",
        "Name: Bo Chan. Role: Treasurer.",
        "The vote is in May.",
    )


def test_the_script_of_a_table_says_no_punctuation() -> None:
    script = build_script([extract_markdown(NOTE)], VOICE)
    spoken = [s.text for s in script.segments]
    assert not any("|" in t or "--" in t or ",," in t for t in spoken)
    assert "Year: twenty twenty-one." in spoken
    assert "Cost: ten million dollars." in spoken


def test_cli_script_of_a_markdown_table(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(NOTE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["script", str(note)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "|" not in result.stdout
    assert "Year: 2022. Cost" not in result.stdout  # one segment per sentence
    assert "Cost: $12m." in result.stdout


def test_escaped_pipes_and_a_table_interrupting_a_paragraph() -> None:
    text = "# T\n\nPrices below:\n| Plan | Price |\n| --- | --- |\n| A \\| B | 5 |\n"
    assert extract_markdown(text).sections[0].paragraphs == (
        "Prices below:", "Plan: A | B. Price: 5.")


def test_a_line_with_a_pipe_over_a_rule_is_a_setext_heading_not_a_table() -> None:
    article = extract_markdown("# T\n\nA | B\n---\n\nText here.\n")
    assert article.sections[-1].heading == "A | B"
    assert article.sections[-1].paragraphs == ("Text here.",)


def test_the_rest_of_markdown_is_read_as_before() -> None:
    text = ("---\ntitle: Notes\nauthor: Ann Lee\n---\n\nIntro with *emphasis* and `code`.\n\n"
            "- one item\n- two items\n\n> A quote.\n\n```\nx = 1 | 2\n```\n\nSub\n---\n\nEnd.\n")
    article = extract_markdown(text)
    assert article.title == "Notes" and article.authors == ("Ann Lee",)
    assert article.sections[0].paragraphs == (
        "Intro with emphasis and code.", "one item", "two items", "A quote.")
    assert article.sections[1].heading == "Sub"
    assert article.sections[1].paragraphs == ("End.",)

"""The interface table: every language says everything, with the same placeholders."""

from __future__ import annotations

import re
from datetime import date

import pytest

from audiodigest.site.markup import excerpt
from audiodigest.site.strings import LANGUAGES, format_date, strings_for

REQUIRED = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "be", "cs", "sv")


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_every_language_says_everything() -> None:
    assert set(REQUIRED) <= set(LANGUAGES)
    english = strings_for("en")
    for language in LANGUAGES:
        strings = strings_for(language)
        assert strings.keys() == english.keys()
        for key, text in strings.items():
            assert text.strip() and _placeholders(text) == _placeholders(english[key]), (
                language, key)
        if language != "en":  # translated, not copied (a few words are the same everywhere)
            same = [k for k in strings if strings[k] == english[k]]
            assert len(same) <= 4, (language, same)


def test_unknown_and_regional_languages() -> None:
    assert strings_for("pt-BR")["play"] == "Reproduzir"
    assert strings_for("ja") == strings_for("en")
    assert strings_for(None) == strings_for("en")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "14 April 2023"), ("de", "14. April 2023"), ("es", "14 de abril de 2023"),
    ("ru", "14 апреля 2023 г."), ("uk", "14 квітня 2023 р."), ("be", "14 красавіка 2023 г."),
    ("pl", "14 kwietnia 2023"), ("cs", "14. dubna 2023"), ("sv", "14 april 2023"),
    ("xx", "14 April 2023"),
])
def test_dates_are_written_out(language: str, text: str) -> None:
    assert format_date(date(2023, 4, 14), language) == text


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Short enough.", 40, "Short enough."),
    ("The council approved a new timetable", 20, "The council approved…"),
    ("The council, approved", 12, "The council…"),
    ("Already cut by the publisher …", 100, "Already cut by the publisher…"),
    ("東京の中心部で新しい駅が開業しました", 8, "東京の中心部で新…"),
])
def test_excerpts_cut_between_words(text: str, limit: int, expected: str) -> None:
    assert excerpt(text, limit) == expected

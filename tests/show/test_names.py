"""Slugs made from titles: letters transliterated, not dropped."""

from __future__ import annotations

import pytest

from audiodigest.show.names import slugify


@pytest.mark.parametrize(("title", "slug"), [
    ("Stadtrat beschließt neuen Haushalt", "stadtrat-beschliesst-neuen-haushalt"),
    ("STRASSE ODER STRAẞE", "strasse-oder-strasse"),
    ("Æbleskiver og smørrebrød på Ærø", "aebleskiver-og-smorrebrod-pa-aero"),
    ("Łódź i Wałbrzych", "lodz-i-walbrzych"),
    ("Đorđe Đoković", "dorde-dokovic"),
    ("Þórunn og Guðrún", "thorunn-og-gudrun"),
    ("Œuvre complète, sœur", "oeuvre-complete-soeur"),
    ("Café déjà vu: São Paulo", "cafe-deja-vu-sao-paulo"),
])
def test_latin_letters_are_transliterated(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize(("title", "slug"), [
    ("Москва приняла новый бюджет на 2018 год", "moskva-prinyala-novyy-byudzhet-na-2018-god"),
    ("Лукашэнка і Ціханоўская", "lukashenka-i-tsikhanouskaya"),
    ("Київ відкрив новий міст", "kyiv-vidkryv-novyi-mist"),
    ("Αθήνα και Θεσσαλονίκη", "athina-kai-thessaloniki"),
    ("東京", "dongjing"),
])
def test_every_script_is_transliterated(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_titles_with_no_letters_fall_back() -> None:
    assert slugify("!!! ???") == "episode"

"""The prefilter: a pass is skipped only where its pattern cannot match.

The unit cases pin down what the parse proves; the equivalence cases run every sentence of the
suite's own data through normalization with the checks and without them (every pass run): the
two must say the same, word for word, in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audiodigest.speech import bodynumbers, normalize, prefilter

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\bYTD\b", 0, ({"YTD"}, False)),
    (r"(?<=\d% )YTD\b|\bYTD(?= gains)", 0, ({"YTD", " gains"}, False)),  # each branch's best
    (r"(foo|bar)bazz", 0, ({"bazz"}, False)),  # the longer single needle beats two
    (r"(Phase|Clade) (I{1,3})", 0, ({"Phase", "Clade"}, False)),
    (r"\d+(?= percent)", 0, ({" percent"}, False)),  # a lookahead's text is in the sentence
    (r"[½⅓¼]", 0, ({"½", "⅓", "¼"}, False)),
    (r"\b(?i:hydrogen|helium)-\d", 0, ({"ydrogen", "elium"}, True)),  # re takes out the "h"
    (r"Kb", re.IGNORECASE, ({"kb"}, True)),
    (r"(?:ab)+c", 0, ({"ab"}, False)),
    (r"(ab|abc)d?", 0, ({"ab"}, False)),  # "abc" holds "ab": one needle does for both
])
def test_needles_are_what_every_match_holds(pattern: str, flags: int,
                                            expected: tuple[set[str], bool]) -> None:
    found = prefilter.needles(re.compile(pattern, flags))
    assert found is not None
    assert (set(found[0]), found[1]) == expected


@pytest.mark.parametrize("pattern", [
    r"\d+",  # a class: nothing literal
    r"(?:abc)?\d",  # optional: not needed
    r"\d(?!abc)",  # a negative lookahead's text is absent
    r"abc|\d",  # one branch with nothing literal
    r"\s-\s",  # a hyphen: nearly every sentence has one
    r"(?-i:Abc)\d",  # exact inside a pattern that ignores case
    r"(a)?(?(1)c|d)",  # a conditional's parts
])
def test_no_needles_where_nothing_literal_is_sure(pattern: str) -> None:
    flags = re.IGNORECASE if "(?-i" in pattern else 0
    assert prefilter.needles(re.compile(pattern, flags)) is None


@pytest.mark.parametrize(("pattern", "yes", "no"), [
    (r"\bYTD\b", "up 5% YTD", "up 5% this year"),
    (r"(?i:cesium)-\d+", "CESIUM-137 was found", "caesium was found"),
    ("|".join(f"{chr(97 + i)}{i}z" for i in range(20)), "a k10z here", "a k here"),  # one scan
])
def test_a_check_is_false_only_where_the_pattern_cannot_match(pattern: str, yes: str, no: str
                                                              ) -> None:
    can_match = prefilter.check(re.compile(pattern))
    assert can_match is not None
    assert can_match(yes)
    assert not can_match(no)


def _written(columns: int) -> list[tuple[str, str]]:
    """(language, written) of every row of the suite's data sets with `columns` or more
    columns, the language first where it has one."""
    rows = []
    for path in sorted(DATA.glob("*.tsv")):
        body = path.name.startswith("body_numbers")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            parts = line.split("\t")
            if body and len(parts) >= 3 and len(parts[0]) == 2:
                rows.append((parts[0], parts[2] if len(parts) >= 4 else parts[1]))
            elif not body and len(parts) >= columns:
                rows.append(("en", parts[1] if len(parts) >= 3 else parts[0]))
    return rows


def test_the_checks_change_nothing_anyone_hears(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _written(2)
    assert len(rows) > 5000, "the suite's data sets are where they were"

    def said() -> list[str]:
        normalize._english_passes.cache_clear()
        bodynumbers._checked_rules.cache_clear()
        bodynumbers._checked_word_rules.cache_clear()
        return [normalize.normalize(text, language) if language == "en"
                else bodynumbers.body_numbers(normalize.normalize(text, language), language)
                for language, text in rows]

    checked = said()
    monkeypatch.setattr(prefilter, "check", lambda pattern: None)
    for table in ("_ENGLISH_CHECKED", "_NEUTRAL_CHECKED", "_OTHER_NEUTRAL_CHECKED"):
        monkeypatch.setattr(normalize, table, tuple(
            (pattern, repl, None) for pattern, repl, _ in getattr(normalize, table)))
    unchecked = said()
    normalize._english_passes.cache_clear()  # the checked passes again, for the tests after
    bodynumbers._checked_rules.cache_clear()
    bodynumbers._checked_word_rules.cache_clear()
    differ = [(text, a, b) for (_, text), a, b in zip(rows, checked, unchecked, strict=True)
              if a != b]
    assert not differ, differ[:5]


def test_most_passes_have_a_check() -> None:
    """The point of it: most of the English passes are skipped where they cannot match."""
    passes = [p for group, _gate in normalize._english_passes(False) for p in group]
    assert sum(1 for _, _, can_match in passes if can_match is not None) > 0.75 * len(passes)

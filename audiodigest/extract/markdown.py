"""Markdown -> Article: headings become sections, markup is dropped, nothing is rendered.

A small reader for the Markdown people write articles in (ATX and Setext headings, lists,
quotes, emphasis, links, images, code, tables, YAML front matter), not a full CommonMark
renderer: the aim is the words a listener should hear, in order, under their headings. A table
is read row by row, each cell named by its column's header ("Year: 2021. Cost: $10m.").
"""

from __future__ import annotations

import re

from ..errors import NoArticleText
from ..ingest.dates import parse_datetime
from ..models import Article, Section
from .rules import cap_title, detect_language, normalise_space

__all__ = ["extract_markdown", "markdown_inline"]

MAX_AUTHOR_CHARS = 80
"""Longer than any person's name: a front-matter "author" past it is not one (as for HTML)."""
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
"""A BCP 47-like code ("en", "pt-BR"); anything else in front matter is ignored and the
language is detected from the text instead."""

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", re.DOTALL)
_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`+([^`]*)`+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|]*[^\\|]\|.*$")
"""A line with a cell boundary: `| a | b |`, or GFM's form without the outer pipes `a | b`."""
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
"""The delimiter row under a table's header: `|------|:----:|`, `--- | ---`."""
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_SENTENCE_END = re.compile(r"[.!?…:;]$")


def markdown_inline(text: str) -> str:
    """Plain words of one line of Markdown: links keep their text, images and tags go."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***both***
        text = _EMPHASIS.sub(r"\2", text)
    text = _HTML_TAG.sub("", text)
    return normalise_space(text.replace("\\", ""))


def _cells(line: str) -> list[str]:
    """The cells of one table row, as plain words (`\\|` is a pipe inside a cell)."""
    line = line.strip()
    line = line.removeprefix("|")
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [markdown_inline(cell.replace("\\|", "|")) for cell in _CELL_SPLIT.split(line)]


def _as_sentence(text: str) -> str:
    return text if _SENTENCE_END.search(text) else text + "."


def _table_rows(header: list[str], rows: list[list[str]]) -> list[str]:
    """One paragraph per body row: "Header: cell." for each non-empty cell.

    A row with no header words to name its cells is read as its cells in order.
    """
    out: list[str] = []
    for row in rows:
        parts = []
        for i, cell in enumerate(row):
            if not cell:
                continue
            name = header[i] if i < len(header) else ""
            parts.append(_as_sentence(f"{name}: {cell}" if name else cell))
        if parts:
            out.append(" ".join(parts))
    return out


def _is_table_start(lines: list[str], i: int) -> bool:
    """A header row followed by a delimiter row with as many cells (GFM's rule: a `---` alone
    under a line is a Setext heading, not a one-column table)."""
    if i + 1 >= len(lines) or not _TABLE_ROW.match(lines[i]):
        return False
    rule = lines[i + 1]
    return ("|" in rule and _TABLE_RULE.match(rule) is not None
            and len(_cells(rule)) == len(_cells(lines[i])))


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end():]


def extract_markdown(text: str, *, source: str = "") -> Article:
    """The article in a Markdown document: the first level-1 heading is the title."""
    fields, body = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    title: str | None = fields.get("title")
    blocks: list[tuple[str, str]] = []
    para: list[str] = []
    in_code = False

    def flush() -> None:
        if para:
            words = markdown_inline(" ".join(para))
            if words:
                blocks.append(("para", words))
            para.clear()

    lines = body.split("\n")
    skip_to = 0
    for i, raw in enumerate(lines):
        if i < skip_to:
            continue
        if not in_code and _is_table_start(lines, i):
            flush()
            header = _cells(lines[i])
            end = i + 2
            while end < len(lines) and lines[end].strip() and _TABLE_ROW.match(lines[end]):
                end += 1
            rows = [_cells(line) for line in lines[i + 2 : end]]
            if not rows:  # a header alone: its words are all there is
                rows, header = [header], []
            blocks.extend(("para", row) for row in _table_rows(header, rows))
            skip_to = end
            continue
        if _FENCE.match(raw):
            flush()
            in_code = not in_code
            continue
        if in_code or _REF_DEF.match(raw):
            continue
        line = raw.rstrip()
        atx = _ATX.match(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if atx:
            flush()
            heading = markdown_inline(atx.group(2))
            if len(atx.group(1)) == 1 and title is None and not blocks:
                title = heading
            elif heading:
                blocks.append(("heading", heading))
        elif line.strip() and _SETEXT.match(nxt) and not para and not _LIST.match(line):
            flush()
            heading = markdown_inline(line)
            if nxt.startswith("=") and title is None and not blocks:
                title = heading
            else:
                blocks.append(("heading", heading))
        elif _SETEXT.match(line) and i > 0 and lines[i - 1].strip() and not para:
            continue  # the underline of a Setext heading handled above
        elif not line.strip() or _RULE.match(line):
            flush()
        elif _LIST.match(line):
            flush()
            para.append(_LIST.sub("", line))
        else:
            para.append(re.sub(r"^\s*>\s?", "", line))
    flush()
    sections: list[Section] = []
    current: str | None = None
    paras: list[str] = []
    for kind, value in blocks:
        if kind == "heading":
            if paras or current:
                sections.append(Section(current, tuple(paras)))
            current, paras = value, []
        else:
            paras.append(value)
    if paras or current:
        sections.append(Section(current, tuple(paras)))
    sections = [s for s in sections if s.paragraphs]
    if not sections:
        raise NoArticleText(f"no article text found in {source or 'the Markdown text'}: is it only headings or links?")
    if not title:
        title = sections[0].heading or " ".join(sections[0].paragraphs[0].split()[:10])
    authors = tuple(a for a in (normalise_space(x) for x in re.split(r",|\band\b", fields.get("author", "")))
                    if a and len(a) <= MAX_AUTHOR_CHARS)
    declared = (fields.get("lang") or fields.get("language") or "").strip()
    language = declared if _LANGUAGE_CODE.match(declared) else None
    return Article(
        title=cap_title(title),
        sections=tuple(sections),
        authors=authors,
        published=parse_datetime(fields.get("date")),
        language=language or detect_language(" ".join(p for s in sections for p in s.paragraphs)),
        url=fields.get("url") or fields.get("canonical_url"),
        source=source,
    )

"""Citations of law in Russian: a law's point, part and article ("по п. «в» ч. 4 ст. 162 УК РФ",
"по ч. 1 ст. 20.3.3 КоАП") and the codes said in full after them. Moved from bodywords.py."""

from __future__ import annotations

import re

__all__ = ["RU_CODES", "RU_LAW", "ru_law"]

RU_CODES = {"УК": "Уголовного кодекса Российской Федерации",
            "УПК": "Уголовно-процессуального кодекса Российской Федерации",
            "ГК": "Гражданского кодекса Российской Федерации",
            "КоАП": "Кодекса об административных правонарушениях"}
"""Russian codes of law, in the genitive they take after an article: "ст. 105 УК РФ"."""

RU_LAW = re.compile(r"(?:\b(?P<prep>[Пп]о|[Сс]огласно|[Пп]од)\s)?(?:п\.\s?(?P<p>«[а-яё]»|\d{1,2})\s)?"
                    r"ч\.\s?(?P<ch>\d{1,2})\s"
                    r"ст\.\s?(?P<st>\d{1,4}(?:\.\d{1,2}){0,3})(?![\d.,]\d)(?:\s(?P<code>" + "|".join(RU_CODES)
                    + r")(?:\s?РФ)?\b)?")
"""A Russian citation of a law's point, part and article: "по п. «в» ч. 4 ст. 162" ("по пункту
«в» части четвёртой статьи сто шестьдесят второй"): ordinals, the first in the case its
preposition asks (none: the nominative), the rest in the genitive."""
_RU_LAW_NOUNS = {"p": ("пункт", "пункта", "пункту", "пункт", "m"), "ch": ("часть", "части", "части", "часть", "f"),
                "st": ("статья", "статьи", "статье", "статью", "f")}


def ru_law(m: re.Match[str]) -> str:
    from .bodycases import ru_ordinal

    prep = m.group("prep")
    said, case = [prep] if prep else [], {"по": "d", "согласно": "d", "под": "a"}.get((prep or "").lower(), "n")
    for key in ("p", "ch", "st"):
        value = m.group(key)
        if value is None:
            continue
        *forms, gender = _RU_LAW_NOUNS[key]
        said.append(forms["ngda".index(case)])
        if "." in value:  # "ст. 20.3.3 КоАП": "двадцать точка три точка три"
            from num2words import num2words
            said.append(" точка ".join(str(num2words(int(v), lang="ru")) for v in value.split(".")))
        else:
            said.append(value if value.startswith("«") else ru_ordinal(int(value), case, gender))
        case = "g"
    if m.group("code"):
        said.append(RU_CODES[m.group("code")])
    return " ".join(said)

"""The fixed phrases of a script (byline, disclosure, outro, a digest's frame) in each language.

Data, not code: one `Phrases` per language, looked up by the script's language; languages
without a table fall back to English. Dates are written the way the language writes them
("Freitag, 14. April 2023", "vendredi 14 avril 2023", "в пятницу, 14 апреля 2023 года") for
captions, and said in words (`spoken_date`: "в пятницу, четырнадцатого апреля две тысячи
двадцать третьего года") so that espeak-ng's rules for digits never decide a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .datewords import count_words, spoken_day, spoken_year

__all__ = ["PHRASES", "Phrases", "month_numbers", "phrases_for"]


@dataclass(frozen=True, slots=True)
class Phrases:
    """One language's wording. `{...}` fields are filled in by script.py."""

    by: str
    """"Written by {author}": the byline said before the article. English says "Written by",
    as narrated articles do, not the page's bare "By": on the openings of 38 English dev pages,
    a byline said "By Sarah E Needleman" was heard "I Sarah..." or "I am..." so often that the
    listener missed 0.26 of its words, "Written by ..." 0.18 (7 renders each; README
    "Newsreader delivery")."""
    by_for: str
    """"{by}, for {source}": the byline when the source is known too."""
    from_source: str
    """"From {source}": the byline without an author."""
    published: str
    """"Published {date}"."""
    disclosure: str
    """Said after the byline unless the show sets its own `disclosure_text`."""
    outro: str
    """"That was {title}"; `outro_from` / `outro_by` add the source or author (English: ",
    written by {author}", as the byline says it)."""
    outro_from: str
    outro_by: str
    untitled: str
    digest_show: str
    """The show's name in a digest when the show has no title."""
    digest_intro: str
    """"{show}. {count} stories today."""
    digest_title: str
    """The episode title of a digest: "{count} stories: {title}"."""
    headlines: str
    """The chapter that lists a digest's headlines."""
    lead_first: str
    lead_then: str
    lead_last: str
    story_first: str
    story_next: str
    story_last: str
    digest_outro: str
    """"That's all for {show}."""
    digest_sources: str
    """"Stories came from {sources}."""
    and_: str
    """Joins the last two items of a list: " and "."""
    weekdays: tuple[str, ...]
    """Monday first, as `datetime.weekday()` counts."""
    months: tuple[str, ...]
    date: str
    """How a date is written: {weekday}, {day}, {month}, {year}."""
    first_day: str = "{day}"
    """How the first of a month is written ("1er" in French)."""
    code: str = "en"
    """The language these phrases are in (for the words of numbers and dates)."""
    spoken_date_format: str = ""
    """How a date is said, with the day and year in words; "": `date` without the full stops
    and abbreviations of writing."""
    stories: tuple[str, ...] = ("story", "stories")
    """A count's noun: one and many, or (Slavic) one, a few (2-4) and many."""
    cut_words: frozenset[str] = frozenset()
    """Words a headline is cut before to name the story briefly in the outro."""

    def written_date(self, when: datetime) -> str:
        day = self.first_day.format(day=when.day) if when.day == 1 else str(when.day)
        return self.date.format(weekday=self.weekdays[when.weekday()], day=day,
                                month=self.months[when.month - 1], year=when.year)

    def spoken_date(self, when: datetime) -> str:
        """The date as a newsreader says it in this language, numbers in words."""
        template = self.spoken_date_format or re.sub(r"\{day\}\.", "{day}", self.date)
        return template.format(weekday=self.weekdays[when.weekday()],
                               day=spoken_day(when.day, self.code),
                               month=self.months[when.month - 1],
                               year=spoken_year(when, self.code))

    def count(self, n: int, spoken: bool = False) -> str:
        """"3 stories" (or "three stories"), with the noun's plural form for the number."""
        forms = self.stories
        if len(forms) == 3:
            tens, ones = n % 100, n % 10
            noun = forms[0] if ones == 1 and tens != 11 else (
                forms[1] if 2 <= ones <= 4 and not 12 <= tens <= 14 else forms[2])
        else:
            noun = forms[0] if n == 1 else forms[1]
        return f"{count_words(n, self.code) if spoken else n} {noun}"

    def brief(self, title: str, max_words: int = 8, slack: int = 4) -> str:
        """A headline short enough to name the story in the outro: its kicker ("Analysis:",
        "Business|", a leading "[tag]", a quotation before a colon) dropped, and cut before a
        preposition or after a clause's comma once it has a subject and verb. A quotation is
        never cut ("... defend Belarus 'like its" was said for "... defend Belarus 'like its
        own territory'"): a headline with no place to cut within `max_words` + `slack` words
        is said whole when it is that short, and otherwise cut after `max_words` words, or
        before the quotation they end in, without the short lowercase words a phrase leads on
        with ("the", "to", "is")."""
        title = _TAG.sub("", title, count=1) if len(_TAG.sub("", title).split()) > 2 else title
        parts = [p.strip() for p in re.split(r"\s*(?::(?=\s)|\s[-–—]\s|\|)\s*", title) if p.strip()]
        parts = ([p for p in parts if len(p.split()) > 2 and not _QUOTATION.fullmatch(p)]
                 or [p for p in parts if len(p.split()) > 2] or parts or [title])
        words = parts[0].split()
        if len(words) <= max_words:
            return parts[0].rstrip(",;.!? ")
        quoted = _quoted(words)
        for i in range(4, min(len(words), max_words + slack)):
            if i not in quoted and (words[i].lower().strip(",;") in self.cut_words
                                    or words[i - 1].endswith(",")):
                return " ".join(words[:i]).rstrip(",;.!? ")
        if len(words) <= max_words + slack:
            return parts[0].rstrip(",;.!? ")
        end = max_words
        while end in quoted and end > 3:
            end -= 1
        cut = words[:end]
        while len(cut) > 4 and (cut[-1].lower() in self.cut_words
                                or (len(cut[-1]) <= 3 and cut[-1].islower())):
            cut.pop()
        return " ".join(cut).rstrip(",;.!? ")


_TAG = re.compile(r"^\s*\[[^\]]*\]\s*")
"""A headline's leading tag in brackets ("[The Palace: Tale of Jang Noksu] More Reviews")."""
_QUOTATION = re.compile(r"[\"'“‘«„‚‹「].*[\"'”’»“‘›」][!?.]?")
"""A headline part that is only a quotation ("‘He died in my hands’: 3 protesters killed"):
the story is named by the other part."""

_OPENING_QUOTES = "'\"“‘«„‚‹「"
_CLOSING_QUOTES = "'\"”’»“‘›」"


def _quoted(words: list[str]) -> set[int]:
    """Indexes of the words that continue a quotation (its first word excluded): cutting
    before them would leave it open."""
    inside: set[int] = set()
    start = None
    for i, word in enumerate(words):
        if start is None and word[0] in _OPENING_QUOTES:
            start = i
        if start is not None:
            if i > start:
                inside.add(i)
            if word.rstrip(",;.!?")[-1:] in _CLOSING_QUOTES and (i > start or len(word) > 1):
                start = None
    return inside


def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        by="Written by {author}", by_for="{by}, for {source}", from_source="From {source}",
        published="Published {date}",
        disclosure="This audio was generated by a computer voice.",
        outro="That was {title}", outro_from=", from {source}.", outro_by=", written by {author}.",
        untitled="Untitled article", digest_show="Your news digest",
        digest_intro="{show}. {count} today.", digest_title="{count} stories: {title}",
        headlines="Headlines", lead_first="First", lead_then="Then", lead_last="And finally",
        story_first="Our first story", story_next="Next", story_last="And our last story",
        digest_outro="That's all for {show}.", digest_sources="Stories came from {sources}.",
        and_=" and ",
        weekdays=_names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        months=_names("January February March April May June July August September October "
                      "November December"),
        date="{weekday}, {month} {day}, {year}",
        cut_words=frozenset(("in on at for to after over amid as with from "
                             "by into against despite before without under during since than while "
                             "near about across through among between toward towards around beyond via").split()),
    ),
    "de": Phrases(
        by="Von {author}", by_for="{by}, für {source}", from_source="Von {source}",
        published="Veröffentlicht am {date}",
        disclosure="Dieser Beitrag wurde von einer Computerstimme gesprochen.",
        outro="Das war: {title}", outro_from=", von {source}.", outro_by=", von {author}.",
        untitled="Artikel ohne Titel", digest_show="Ihre Nachrichtenübersicht",
        digest_intro="{show}. Heute {count}.", digest_title="{count} Meldungen: {title}",
        headlines="Schlagzeilen", lead_first="Zuerst", lead_then="Dann",
        lead_last="Und zum Schluss", story_first="Unsere erste Meldung", story_next="Weiter",
        story_last="Und unsere letzte Meldung", digest_outro="Das war {show}.",
        digest_sources="Die Meldungen kamen von {sources}.", and_=" und ",
        weekdays=_names("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        months=_names("Januar Februar März April Mai Juni Juli August September Oktober "
                      "November Dezember"),
        date="{weekday}, dem {day}. {month} {year}",
        code="de", stories=("Meldung", "Meldungen"),
        cut_words=frozenset(("in im am an auf für nach mit "
                             "bei wegen trotz über vor gegen aus zum zur").split()),
    ),
    "fr": Phrases(
        by="Par {author}", by_for="{by}, pour {source}", from_source="Source : {source}",
        published="Publié le {date}",
        disclosure="Cet audio a été généré par une voix de synthèse.",
        outro="C'était : {title}", outro_from=", de {source}.", outro_by=", par {author}.",
        untitled="Article sans titre", digest_show="Votre résumé de l'actualité",
        digest_intro="{show}. {count} aujourd'hui.", digest_title="{count} sujets : {title}",
        headlines="Les titres", lead_first="D'abord", lead_then="Ensuite", lead_last="Et enfin",
        story_first="Notre premier sujet", story_next="Sujet suivant",
        story_last="Et notre dernier sujet", digest_outro="C'est tout pour {show}.",
        digest_sources="Les sujets venaient de {sources}.", and_=" et ",
        weekdays=_names("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        months=_names("janvier février mars avril mai juin juillet août septembre octobre "
                      "novembre décembre"),
        date="{weekday} {day} {month} {year}", first_day="{day}er",
        code="fr", stories=("sujet", "sujets"),
        cut_words=frozenset(("à au aux en pour après dans avec "
                             "sur contre sans malgré selon pendant depuis par").split()),
    ),
    "es": Phrases(
        by="Por {author}", by_for="{by}, para {source}", from_source="De {source}",
        published="Publicado el {date}",
        disclosure="Este audio fue generado por una voz sintética.",
        outro="Eso fue: {title}", outro_from=", de {source}.", outro_by=", por {author}.",
        untitled="Artículo sin título", digest_show="Su resumen de noticias",
        digest_intro="{show}. {count} hoy.", digest_title="{count} noticias: {title}",
        headlines="Titulares", lead_first="Primero", lead_then="Después",
        lead_last="Y por último", story_first="Nuestra primera noticia", story_next="Siguiente",
        story_last="Y nuestra última noticia", digest_outro="Esto es todo en {show}.",
        digest_sources="Las noticias vinieron de {sources}.", and_=" y ",
        weekdays=_names("lunes martes miércoles jueves viernes sábado domingo"),
        months=_names("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
                      "noviembre diciembre"),
        date="{weekday} {day} de {month} de {year}",
        code="es", stories=("noticia", "noticias"),
        cut_words=frozenset(("en a para tras con sobre "
                             "contra sin según durante desde por ante").split()),
    ),
    "it": Phrases(
        by="Di {author}", by_for="{by}, per {source}", from_source="Da {source}",
        published="Pubblicato {date}",
        disclosure="Questo audio è stato generato da una voce sintetica.",
        outro="Era: {title}", outro_from=", da {source}.", outro_by=", di {author}.",
        untitled="Articolo senza titolo", digest_show="Il vostro notiziario",
        digest_intro="{show}. {count} oggi.", digest_title="{count} notizie: {title}",
        headlines="Titoli", lead_first="Prima", lead_then="Poi", lead_last="E infine",
        story_first="La prima notizia", story_next="Avanti", story_last="E l'ultima notizia",
        digest_outro="È tutto per {show}.", digest_sources="Le notizie venivano da {sources}.",
        and_=" e ",
        weekdays=_names("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
        months=_names("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
                      "ottobre novembre dicembre"),
        date="{weekday} {day} {month} {year}", first_day="{day}º",
        code="it", stories=("notizia", "notizie"),
        cut_words=frozenset(("a in per dopo con su contro senza "
                             "tra fra durante da dal nel alla al").split()),
    ),
    "pt": Phrases(
        by="Por {author}", by_for="{by}, para {source}", from_source="De {source}",
        published="Publicado em {date}",
        disclosure="Este áudio foi gerado por uma voz sintética.",
        outro="Foi: {title}", outro_from=", de {source}.", outro_by=", por {author}.",
        untitled="Artigo sem título", digest_show="O seu resumo de notícias",
        digest_intro="{show}. {count} hoje.", digest_title="{count} notícias: {title}",
        headlines="Manchetes", lead_first="Primeiro", lead_then="Depois",
        lead_last="E por fim", story_first="A primeira notícia", story_next="A seguir",
        story_last="E a última notícia", digest_outro="É tudo em {show}.",
        digest_sources="As notícias vieram de {sources}.", and_=" e ",
        weekdays=_names("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
                        "sábado domingo"),
        months=_names("janeiro fevereiro março abril maio junho julho agosto setembro "
                      "outubro novembro dezembro"),
        date="{day} de {month} de {year}", first_day="{day}º",
        code="pt", stories=("notícia", "notícias"),
        cut_words=frozenset("em no na a para após com sobre contra sem durante desde por".split()),
    ),
    "nl": Phrases(
        by="Door {author}", by_for="{by}, voor {source}", from_source="Van {source}",
        published="Gepubliceerd op {date}",
        disclosure="Deze audio is gemaakt met een computerstem.",
        outro="Dat was: {title}", outro_from=", van {source}.", outro_by=", door {author}.",
        untitled="Artikel zonder titel", digest_show="Uw nieuwsoverzicht",
        digest_intro="{show}. Vandaag {count}.", digest_title="{count} berichten: {title}",
        headlines="Koppen", lead_first="Eerst", lead_then="Dan", lead_last="En tot slot",
        story_first="Ons eerste bericht", story_next="Verder", story_last="En ons laatste bericht",
        digest_outro="Dat was het voor {show}.", digest_sources="De berichten kwamen van {sources}.",
        and_=" en ",
        weekdays=_names("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        months=_names("januari februari maart april mei juni juli augustus september oktober "
                      "november december"),
        date="{weekday} {day} {month} {year}",
        code="nl", stories=("bericht", "berichten"),
        cut_words=frozenset(("in op aan voor na met bij "
                             "door tegen zonder over tijdens sinds naar").split()),
    ),
}

PHRASES.update({
    "pl": Phrases(
        by="Autor: {author}", by_for="{by}, dla {source}", from_source="Źródło: {source}",
        published="Opublikowano {date}",
        disclosure="To nagranie zostało wygenerowane przez syntezator mowy.",
        outro="To był artykuł: {title}", outro_from=", źródło: {source}.",
        outro_by=", autor: {author}.", untitled="Artykuł bez tytułu",
        digest_show="Twój przegląd wiadomości", digest_intro="{show}. Dziś {count}.",
        digest_title="Wiadomości: {count}. {title}", headlines="Nagłówki", lead_first="Najpierw",
        lead_then="Potem", lead_last="I na koniec", story_first="Pierwsza wiadomość",
        story_next="Następna wiadomość", story_last="I ostatnia wiadomość",
        digest_outro="To wszystko w tym wydaniu: {show}.",
        digest_sources="Wiadomości pochodziły z: {sources}.", and_=" i ",
        weekdays=_names("poniedziałek wtorek środę czwartek piątek sobotę niedzielę"),
        months=_names("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
                      "października listopada grudnia"),
        date="w {weekday}, {day} {month} {year} r.",
        spoken_date_format="w {weekday}, {day} {month} {year} roku",
        code="pl", stories=("wiadomość", "wiadomości", "wiadomości"),
        cut_words=frozenset("w we na do po z ze dla przez przed podczas mimo przeciw od".split()),
    ),
    "ru": Phrases(
        by="Автор: {author}", by_for="{by}, {source}", from_source="Источник: {source}",
        published="Опубликовано {date}", disclosure="Этот текст озвучен синтезатором речи.",
        outro="Это был материал «{title}»", outro_from=", источник: {source}.",
        outro_by=", автор: {author}.", untitled="Статья без названия",
        digest_show="Ваш обзор новостей", digest_intro="{show}. Сегодня {count}.",
        digest_title="Новостей: {count}. {title}", headlines="Заголовки", lead_first="Сначала",
        lead_then="Затем", lead_last="И напоследок", story_first="Первая новость",
        story_next="Следующая новость", story_last="И последняя новость",
        digest_outro="На этом выпуск «{show}» завершён.", digest_sources="Источники: {sources}.",
        and_=" и ",
        weekdays=_names("понедельник вторник среду четверг пятницу субботу воскресенье"),
        months=_names("января февраля марта апреля мая июня июля августа сентября октября "
                      "ноября декабря"),
        date="в {weekday}, {day} {month} {year} года", code="ru",
        stories=("новость", "новости", "новостей"),
        cut_words=frozenset("в во на по для после с со о об из за при против без перед через "
                            "из-за".split()),
    ),
    "uk": Phrases(
        by="Автор: {author}", by_for="{by}, {source}", from_source="Джерело: {source}",
        published="Опубліковано {date}", disclosure="Цей текст озвучено синтезатором мовлення.",
        outro="Це був матеріал «{title}»", outro_from=", джерело: {source}.",
        outro_by=", автор: {author}.", untitled="Стаття без назви",
        digest_show="Ваш огляд новин", digest_intro="{show}. Сьогодні {count}.",
        digest_title="Новин: {count}. {title}", headlines="Заголовки", lead_first="Спершу",
        lead_then="Потім", lead_last="І наостанок", story_first="Перша новина",
        story_next="Наступна новина", story_last="І остання новина",
        digest_outro="На цьому випуск «{show}» завершено.", digest_sources="Джерела: {sources}.",
        and_=" і ",
        weekdays=_names("понеділок вівторок середу четвер п'ятницю суботу неділю"),
        months=_names("січня лютого березня квітня травня червня липня серпня вересня жовтня "
                      "листопада грудня"),
        date="у {weekday}, {day} {month} {year} року", code="uk",
        stories=("новина", "новини", "новин"),
        cut_words=frozenset("в у на по для після з із зі про за при проти без перед через"
                            .split()),
    ),
    "be": Phrases(
        by="Аўтар: {author}", by_for="{by}, {source}", from_source="Крыніца: {source}",
        published="Апублікавана {date}", disclosure="Гэты тэкст агучаны сінтэзатарам маўлення.",
        outro="Гэта быў матэрыял «{title}»", outro_from=", крыніца: {source}.",
        outro_by=", аўтар: {author}.", untitled="Артыкул без назвы",
        digest_show="Ваш агляд навін", digest_intro="{show}. Сёння {count}.",
        digest_title="Навін: {count}. {title}", headlines="Загалоўкі", lead_first="Спачатку",
        lead_then="Потым", lead_last="І напрыканцы", story_first="Першая навіна",
        story_next="Наступная навіна", story_last="І апошняя навіна",
        digest_outro="На гэтым выпуск «{show}» завершаны.", digest_sources="Крыніцы: {sources}.",
        and_=" і ",
        weekdays=_names("панядзелак аўторак сераду чацвер пятніцу суботу нядзелю"),
        months=_names("студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня "
                      "кастрычніка лістапада снежня"),
        date="у {weekday}, {day} {month} {year} года", code="be",
        stories=("навіна", "навіны", "навін"),
        cut_words=frozenset("у ў на па для пасля з са пра за пры супраць без перад праз".split()),
    ),
    "cs": Phrases(
        by="Autor: {author}", by_for="{by}, pro {source}", from_source="Zdroj: {source}",
        published="Zveřejněno {date}", disclosure="Tento záznam namluvil syntetický hlas.",
        outro="To byl článek: {title}", outro_from=", zdroj: {source}.",
        outro_by=", autor: {author}.", untitled="Článek bez názvu",
        digest_show="Váš přehled zpráv", digest_intro="{show}. Dnes {count}.",
        digest_title="Zprávy: {count}. {title}", headlines="Titulky", lead_first="Nejprve",
        lead_then="Potom", lead_last="A nakonec", story_first="První zpráva",
        story_next="Další zpráva", story_last="A poslední zpráva",
        digest_outro="To je pro dnešek vše, {show}.",
        digest_sources="Zprávy pocházely z: {sources}.", and_=" a ",
        weekdays=_names("pondělí úterý středu čtvrtek pátek sobotu neděli"),
        months=_names("ledna února března dubna května června července srpna září října "
                      "listopadu prosince"),
        date="v {weekday} {day}. {month} {year}", code="cs",
        stories=("zpráva", "zprávy", "zpráv"),
        cut_words=frozenset("v ve na po pro s se o za při proti bez před přes do od".split()),
    ),
    "sv": Phrases(
        by="Av {author}", by_for="{by}, för {source}", from_source="Från {source}",
        published="Publicerad {date}",
        disclosure="Det här ljudet har skapats av en datorröst.",
        outro="Det var: {title}", outro_from=", från {source}.", outro_by=", av {author}.",
        untitled="Artikel utan rubrik", digest_show="Din nyhetsöversikt",
        digest_intro="{show}. {count} i dag.", digest_title="{count} nyheter: {title}",
        headlines="Rubriker", lead_first="Först", lead_then="Sedan", lead_last="Och till sist",
        story_first="Vår första nyhet", story_next="Nästa", story_last="Och vår sista nyhet",
        digest_outro="Det var allt för {show}.", digest_sources="Nyheterna kom från {sources}.",
        and_=" och ",
        weekdays=_names("måndag tisdag onsdag torsdag fredag lördag söndag"),
        months=_names("januari februari mars april maj juni juli augusti september oktober "
                      "november december"),
        date="{weekday} den {day} {month} {year}", code="sv", stories=("nyhet", "nyheter"),
        cut_words=frozenset("i på för efter med om mot utan under till från vid".split()),
    ),
})


def phrases_for(language: str | None) -> Phrases:
    """The phrases for a language code ("de", "pt-BR"); English when there are none."""
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return PHRASES.get(base, PHRASES["en"])


def month_numbers() -> dict[str, int]:
    """Every month name in every table, lower case -> 1..12 (for parsing bylines)."""
    return {name.lower(): i + 1 for p in PHRASES.values() for i, name in enumerate(p.months)}

"""The `audiodigest` commands about a show that exists: check, init, remove, list, listen.

Registered on the one `cli` group (cli.py imports this module at its end); like cli.py, these
parse options, make one library call and report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .cli import cli
from .console import (
    BASE_URL_HELP,
    INTERRUPTED_PUBLISHING,
    check_base_url,
    check_title,
    clock,
    debug_of,
    errors,
    listen_lines,
    table,
)

__all__ = ["check", "init", "list_command", "listen", "remove"]


@cli.command()
@click.argument("target", required=False, default="output")
@click.option("--base-url", metavar="URL", callback=check_base_url,
              help="URL prefix that maps to the folder (default: the feed's own self link).")
@click.pass_context
def check(ctx: click.Context, /, target: str, base_url: str | None) -> None:
    """Check a feed (an output folder, a feed file or a URL) as a podcast directory would.

    Prints one line per problem and exits 1 if there is any.

    \b
    Examples:
      audiodigest check                       # ./output/feed.xml
      audiodigest check https://example.com/podcast/feed.xml
    """
    from .site.check import check_feed

    feed: str | Path = target
    output_dir = None
    if not target.startswith(("http://", "https://")):
        path = Path(target)
        if path.is_dir():
            output_dir, feed = path, path / "feed.xml"
        if not Path(feed).exists():
            raise click.ClickException(f"{feed} does not exist: publish an episode first")
    with errors(debug_of(ctx)):
        problems = check_feed(feed, output_dir=output_dir, base_url=base_url)
    for p in problems:
        click.echo(p)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {feed}")
    click.echo(f"{feed}: OK")


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path),
                default=Path("output"))
@click.option("--title", metavar="TEXT", callback=check_title, help="The show's title.")
@click.pass_context
def init(ctx: click.Context, /, directory: Path, title: str | None) -> None:
    """Write a commented show settings file (audiodigest.toml) into DIRECTORY.

    \b
    Examples:
      audiodigest init                  # ./output/audiodigest.toml
      audiodigest init site/podcast --title "Morning Briefing"
    """
    from .settings import init_settings

    with errors(debug_of(ctx), paths=(directory,)):
        path = init_settings(directory, title=title)
    click.echo(str(path))


@cli.command()
@click.argument("episode")
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Output folder of the show.")
@click.option("--base-url", metavar="URL", callback=check_base_url,
              help=BASE_URL_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the removed episode as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.pass_context
def remove(ctx: click.Context, /, episode: str, out: Path, base_url: str | None, as_json: bool,
           quiet: bool) -> None:
    """Remove EPISODE (GUID, slug, file name or title) and its files from the show.

    \b
    Examples:
      audiodigest list                  # the episodes and their slugs
      audiodigest remove harbour-bridge-reopens-after-two-year-310-million-repair
      audiodigest remove 3f2b1c9e-... --out site/podcast
    """
    from .show.publish import remove as do_remove

    with errors(debug_of(ctx), INTERRUPTED_PUBLISHING, paths=(out,)):
        victim = do_remove(episode, out, base_url=base_url)
    if as_json:
        click.echo(json.dumps({"removed": {"guid": victim.guid, "slug": victim.slug,
                                           "title": victim.title, "files": list(victim.files)}},
                              ensure_ascii=False))
    elif not quiet:
        click.echo(f"removed {victim.title} ({victim.guid})")


@cli.command("list")
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Output folder of the show.")
@click.option("--json", "as_json", is_flag=True, help="Print the episodes as JSON.")
@click.pass_context
def list_command(ctx: click.Context, /, out: Path, as_json: bool) -> None:
    """List the show's episodes, newest first.

    For each: when it was published, the article's own date, its length, the voice, the
    listener's word error rate (WER, "-" where none was measured), its slug (what `remove`
    takes) and its title.

    \b
    Examples:
      audiodigest list
      audiodigest list --out site/podcast --json
    """
    from .show.listing import list_episodes

    with errors(debug_of(ctx), paths=(out,)):
        listed, _has_wer = list_episodes(out)
    if as_json:
        click.echo(json.dumps([_listed_json(item) for item in listed], ensure_ascii=False,
                              indent=2))
        return
    if not listed:
        click.echo(f"no episodes in {out} yet", err=True)
        return
    rows = [("PUBLISHED", "ARTICLE", "LENGTH", "VOICE", "WER", "SLUG", "TITLE")]
    for item in listed:
        ep = item.episode
        rows.append((ep.published.date().isoformat(),
                     ep.article_published.date().isoformat() if ep.article_published else "-",
                     clock(ep.duration_s).rjust(6), ep.voice or "-",
                     f"{item.listen_wer:.1%}" if item.listen_wer is not None else "-",
                     ep.slug, ep.title))
    table(rows, indent="")


def _listed_json(item: Any) -> dict[str, Any]:
    ep = item.episode
    return {"slug": ep.slug, "title": ep.title, "guid": ep.guid,
            "published": ep.published.isoformat(),
            "article_date": ep.article_published.isoformat() if ep.article_published else None,
            "duration_s": round(ep.duration_s, 3), "voice": ep.voice,
            "listen_wer": item.listen_wer, "audio_file": ep.audio_file,
            "page_file": ep.page_file, "language": ep.language}


@cli.command()
@click.argument("target", required=False)
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Output folder of the show.")
@click.option("--latest", is_flag=True, help="The newest episode only.")
@click.option("--worst", type=click.IntRange(0), default=5, show_default=True, metavar="N",
              help="How many of the worst segments to show.")
@click.option("--suggest/--no-suggest", default=True, show_default=True,
              help="Offer lexicon entries for misheard names, each checked by ear.")
@click.option("--transcript", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="For an MP3 TARGET: its VTT or SRT transcript (default: beside it).")
@click.option("--language", metavar="LANG", help="For an MP3 TARGET: its language [en].")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.pass_context
def listen(ctx: click.Context, /, target: str | None, out: Path, latest: bool, worst: int,
           suggest: bool, transcript: Path | None, language: str | None, as_json: bool) -> None:
    """Hear episodes as a listener would and say what came out wrong.

    A speech recognizer (Whisper tiny.en, offline) transcribes each episode in pieces cut at
    its transcript's cues, and compares what it heard with what the script meant: the word
    error rate of the episode and of each chapter, and the worst segments with their times.
    TARGET is an episode of the show (slug, GUID or title; all episodes when left out) or an
    MP3 file with its transcript. Listening never changes the show.

    \b
    Examples:
      audiodigest listen --latest
      audiodigest listen harbour-bridge-reopens --worst 10
      audiodigest listen --json > heard.json
      audiodigest listen story.mp3 --transcript story.vtt
    """
    from .listen import ListenError, listen_files
    from .show.listening import listen_show

    results: list[tuple[str, Any, tuple[Any, ...]]]
    with errors(debug_of(ctx)):
        settings_model = _listen_model(out)
        if target and target.lower().endswith(".mp3") and Path(target).is_file():
            audio = Path(target)
            vtt = transcript or next((p for p in (audio.with_suffix(".vtt"),
                                                  audio.with_suffix(".srt")) if p.is_file()), None)
            if vtt is None:
                raise ListenError(f"{audio} has no transcript beside it: give --transcript FILE "
                                 "(the episode's .vtt or .srt)")
            report = listen_files(audio, vtt, language=language or "en", model_dir=settings_model)
            results = [(str(audio), report, ())]
        else:
            heard = listen_show(out, target, latest=latest, model_dir=settings_model,
                                suggest=suggest and not as_json or suggest and target is not None)
            results = [(f"{h.episode.title}  ({h.episode.slug})", h.report, h.suggestions)
                       for h in heard]
    if as_json:
        docs = []
        for title, report, tips in results:
            doc = report.to_json()
            doc["episode"] = title
            doc["suggestions"] = [{"word": s.word, "say": s.say, "segment": s.segment,
                                   "line": s.line()} for s in tips]
            docs.append(doc)
        click.echo(json.dumps(docs[0] if len(docs) == 1 and target else {"episodes": docs},
                              ensure_ascii=False, indent=2))
        return
    for title, report, tips in results:
        click.echo("\n".join(listen_lines(title, report, tips, worst)))



def _listen_model(out: Path) -> Path | None:
    """The show's `listen_model` setting: a faster-whisper model folder for other languages."""
    from .settings import load_settings

    return load_settings(out).listen_model if (out / "audiodigest.toml").is_file() else None



"""The `audiodigest` command: a thin click layer over the library.

Commands parse options, make one library call and report. Results go to stdout, notices and
progress to stderr. Errors we raise become one `Error: ...` line and exit 1; usage errors
exit 2; `--debug` (or AUDIODIGEST_DEBUG=1) shows the traceback instead.
"""

from __future__ import annotations

import json
import signal
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from .console import (
    BASE_URL_HELP,
    INTERRUPTED_PUBLISHING,
    Reporter,
    check_base_url,
    check_title,
    clock,
    common_render_options,
    debug_of,
    errors,
    listen_options,
    make_options,
    rendering,
    table,
    terminated,
)

__all__ = ["cli"]

NO_LIMIT = 10**9
"""Minutes: no episode is that long."""
HELP_WIDTH = 80
"""--help fits an 80-column terminal (a test runs every command's help)."""

@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": HELP_WIDTH})
@click.version_option(package_name="audiodigest")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, /, debug: bool) -> None:
    """Turn written news into podcast episodes, offline.

    \b
    Publish an article as an episode of the podcast in ./output:
      audiodigest publish article.html
      audiodigest publish https://example.com/news/story.html \\
          --base-url https://pod.example.com/
    Serve ./output so a phone on the same network can subscribe:
      audiodigest serve
    See what would be said, without making audio:
      audiodigest extract article.txt
      audiodigest script article.txt
    Hear how the newest episode came out, with a speech recognizer:
      audiodigest listen --latest
    Publish what is new in news feeds (from cron):
      audiodigest follow https://example.com/news/feed.xml --quiet
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, terminated)  # systemd's stop, a timeout, `kill`


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Output folder of the show.")
@click.option("--title", metavar="TEXT", callback=check_title, help="Episode title (default: the article's).")
@click.option("--base-url", metavar="URL", callback=check_base_url,
              help=BASE_URL_HELP)
@click.option("--wait", type=click.FloatRange(0), metavar="SECONDS",
              help="How long to wait for another run on the same folder (0: fail at once) "
                   "[default: 600].")
@click.option("--force", is_flag=True,
              help="Publish again even when nothing changed (unchanged segments still come "
                   "from the cache unless --no-cache).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@listen_options
@common_render_options
@click.pass_context
def publish(ctx: click.Context, /, sources: tuple[str, ...], out: Path, as_json: bool,
            quiet: bool, **kw: Any) -> None:
    """Make one episode from SOURCES and publish it into the show's feed.

    SOURCE is an http(s) URL, an HTML, text or Markdown file, a folder, an RSS/Atom feed, or
    - for stdin. Several sources make one episode with a chapter per article. Publishing the
    same article again replaces its episode (same GUID) instead of adding one.

    \b
    Examples:
      audiodigest publish samples/harbour-bridge.txt
      audiodigest publish story.html --out site/podcast \\
          --base-url https://example.com/podcast/
      audiodigest publish a.html b.html --title "Monday briefing"
      audiodigest publish story.html --force    # again, with today's voice
      audiodigest publish story.html --listen   # held back if misheard
      curl -s https://example.com/story | audiodigest publish -
    """
    from .show.publish import publish as do_publish

    _need_sources(sources, kw)
    reporter = Reporter(quiet)
    with errors(debug_of(ctx), INTERRUPTED_PUBLISHING, paths=(out,)), \
            rendering(out, reporter, show=out, **kw) as options:
        result = do_publish(list(sources), options)
    ep = result.episode
    path = out / ep.audio_file
    if as_json:
        click.echo(json.dumps({
            "status": result.status, "guid": ep.guid, "title": ep.title, "file": str(path),
            "duration_s": round(ep.duration_s, 3), "bytes": ep.size_bytes,
            "feed": str(result.feed_path), "feed_url": result.feed_url,
            "synthesized_segments": result.synthesized,
        }))
        return
    if not quiet:
        click.echo(f"{path}  {clock(ep.duration_s)}  ({result.status}: {ep.title})")
    reporter.notice(f"Feed: {result.feed_path}  ({result.feed_url})")


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("-o", "--output", "output", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The MP3 file to write.")
@click.option("--title", metavar="TEXT", callback=check_title, help="Title (default: the article's).")
@common_render_options
@click.pass_context
def render(ctx: click.Context, /, sources: tuple[str, ...], output: Path, quiet: bool,
           **kw: Any) -> None:
    """Make the audio of SOURCES as one MP3 file, without publishing anything.

    \b
    Examples:
      audiodigest render article.html -o article.mp3
      audiodigest render notes.md --voice en-gb -o notes.mp3
    """
    from .show.publish import render_file

    _need_sources(sources, kw)
    reporter = Reporter(quiet)
    with errors(debug_of(ctx), paths=(output,)), \
            rendering(output.parent, reporter, **kw) as options:
        audio, _reason = render_file(list(sources), output, options)
    click.echo(f"{output}  {clock(audio.duration_s)}")


@cli.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print the articles as JSON.")
@click.pass_context
def extract(ctx: click.Context, /, source: str, as_json: bool) -> None:
    """Show what was found in SOURCE: title, author, date, language, sections, words.

    \b
    Examples:
      audiodigest extract page.html
      audiodigest extract https://example.com/news/story.html --json
    """
    from .pipeline import extract_all

    with errors(debug_of(ctx)):
        found = extract_all(source)
    for name, error in found.failures:
        click.echo(f"skipped {name}: {error}", err=True)
    if as_json:
        click.echo(json.dumps([_article_json(a) for a in found.articles], ensure_ascii=False,
                              indent=2))
        return
    for n, a in enumerate(found.articles):
        if n:
            click.echo("")
        click.echo(f"Title:     {a.title}")
        click.echo(f"Author:    {a.author or '-'}")
        click.echo(f"Published: {a.published.isoformat() if a.published else '-'}")
        click.echo(f"Language:  {a.language}")
        click.echo(f"Site:      {a.site or '-'}")
        click.echo(f"URL:       {a.url or '-'}")
        click.echo(f"Words:     {a.word_count}")
        click.echo(f"Sections:  {len(a.sections)}")
        for s in a.sections:
            words = sum(len(p.split()) for p in s.paragraphs)
            n = len(s.paragraphs)
            click.echo(f"  - {s.heading or '(opening)'}  [{n} paragraph{'s' if n != 1 else ''}, "
                       f"{words} words]")


def _article_json(a: Any) -> dict[str, Any]:
    return {
        "title": a.title, "authors": list(a.authors), "author": a.author,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language, "site": a.site, "url": a.url, "image_url": a.image_url,
        "word_count": a.word_count,
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs)}
                     for s in a.sections],
        "body": a.body,
    }


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--voice", metavar="NAME", help="Voice profile (its lexicon applies).")
@click.option("--lexicon", "lexicons", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path), help="Extra lexicon (repeatable).")
@click.option("--no-disclosure", is_flag=True, help="Leave out the machine-voice disclosure.")
@click.option("--json", "as_json", is_flag=True, help="Print the script as JSON.")
@click.pass_context
def script(ctx: click.Context, /, sources: tuple[str, ...], as_json: bool, **kw: Any) -> None:
    """Print exactly what would be spoken for SOURCES: segments, pauses, chapters.

    Nothing is synthesized.

    \b
    Examples:
      audiodigest script samples/harbour-bridge.txt
      audiodigest script page.html --json | jq '.segments[].text'
    """
    from .pipeline import load_articles, make_script, voices_for
    from .speech.script import format_script, script_to_json

    reporter = Reporter(False)
    with errors(debug_of(ctx)):
        # the script says how long the episode would be; refusing long ones is publish's job
        options = replace(make_options(Path("output"), reporter, **kw), max_minutes=NO_LIMIT)
        articles = load_articles(list(sources), reporter.notice)
        the_script, choice = make_script(articles, options)
    voices = [v.name for v in voices_for(the_script, choice.profile)]
    if as_json:
        data = script_to_json(the_script)
        data["voice"] = choice.profile.name
        for segment, name in zip(data["segments"], voices, strict=True):  # type: ignore[call-overload]
            if segment.get("language"):
                segment["voice"] = name  # who says a segment in another language
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        reporter.notice(f"Speaking with {choice.reason}")
        click.echo(format_script(the_script, voices))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--all", "show_all", is_flag=True, help="Also list every engine voice.")
@click.pass_context
def voices(ctx: click.Context, /, as_json: bool, show_all: bool) -> None:
    """List voice profiles and engines, and whether each can run here.

    Neural voices come first; * marks the voice each language gets by default
    (Piper for English, espeak-ng for the others).

    \b
    Examples:
      audiodigest voices
      audiodigest voices --all        # every espeak-ng voice too (100+ languages)
    """
    from .tts.voices import voice_report

    with errors(debug_of(ctx)):
        report = voice_report(include_engine_voices=show_all)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    click.echo("Engines:")
    table([(e["name"], "available" if e["available"] else f"NOT available: {e['reason']}")
            for e in report["engines"]])
    click.echo("Voice profiles (--voice NAME; * the default for its language):")
    table([(("* " if v["default"] else "  ") + v["name"], v["language"], v["engine"], v["description"]
             + ("" if v["available"] else f"  [NOT available: {v['reason']}]"))
            for v in report["profiles"]])
    if show_all:
        click.echo("Engine voices (--voice ENGINE:VOICE):")
        table([(f"{e['name']}:{v['id']}", ",".join(v["languages"]), _readable(v["name"]))
                for e in report["engines"] for v in e.get("voices", [])])
    click.echo("With no --voice, the article's language picks one; espeak-ng covers 100+ "
               "languages (`--all`).")


def _readable(name: str) -> str:
    """An engine's voice name as words: espeak-ng's "English_(Great_Britain)" -> "English
    (Great Britain)"."""
    return " ".join(name.replace("_", " ").split())


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path),
                default=Path("output"))
@click.option("--port", type=click.IntRange(0, 65535), default=None, metavar="N",
              help="Port (default 8765; 0 picks a free one).")
@click.option("--host", default="0.0.0.0", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors: no start line, no request log.")
@click.pass_context
def serve(ctx: click.Context, /, directory: Path, port: int | None, host: str, quiet: bool) -> None:
    """Serve the output folder over HTTP (HEAD, byte ranges, 304) for podcast apps.

    Prints the feed's URL, then one line per request (Common Log Format) on stderr. Ctrl-C
    stops it (exit status 130).

    \b
    Examples:
      audiodigest serve                 # ./output on port 8765
      audiodigest serve site/podcast --port 8000
      audiodigest serve --host 127.0.0.1 --quiet
    """
    from .site import serve as serve_mod

    if not directory.is_dir():
        raise click.ClickException(f"{directory} does not exist: publish an episode first")
    reporter = Reporter(quiet)

    def ready(url: str) -> None:
        reporter.notice(f"Serving {directory}/ at {url} — feed: {url}feed.xml (Ctrl-C to stop)")

    def access(line: str) -> None:
        click.echo(line, err=True)

    with errors(debug_of(ctx), interrupted=None if quiet else "stopped"):
        serve_mod.serve(directory, host=host,
                        port=serve_mod.DEFAULT_PORT if port is None else port,
                        on_ready=ready, access_log=None if quiet else access)


def _need_sources(sources: tuple[str, ...], kw: dict[str, Any]) -> None:
    if not sources and kw.get("script_file") is None:
        raise click.UsageError("name at least one SOURCE (or an edited script with --script FILE)")


@cli.command()
@click.argument("feeds", nargs=-1, metavar="[FEED_URL...]")
@click.option("-o", "--out", "out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Output folder of the show.")
@click.option("--digest", is_flag=True,
              help="Make all new items of this run one episode, a chapter per article.")
@click.option("--max", "max_items", type=click.IntRange(1), metavar="N",
              help="At most N new items per feed, the newest; the rest wait for the next run.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]),
              metavar="DATE", help="Skip (and remember as skipped) items published before DATE.")
@click.option("--title", metavar="TEXT", callback=check_title, help="Title of the --digest episode.")
@click.option("--base-url", metavar="URL", callback=check_base_url,
              help=BASE_URL_HELP)
@click.option("--wait", type=click.FloatRange(0), metavar="SECONDS",
              help="How long to wait for another run on the same folder [default: 600].")
@click.option("--no-wait", is_flag=True, help="Exit at once (status 1) if another run is busy.")
@click.option("--dry-run", is_flag=True,
              help="Read the feeds and list what would be published; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@listen_options
@common_render_options
@click.pass_context
def follow(ctx: click.Context, /, feeds: tuple[str, ...], out: Path, digest: bool,
           max_items: int | None, since: Any, no_wait: bool, dry_run: bool, as_json: bool,
           quiet: bool, **kw: Any) -> None:
    """Publish every new item of RSS/Atom feeds as an episode; made for cron.

    FEED_URL is a feed's URL or file, or a site's page that names its feed (<link
    rel="alternate">); with none, the `sources` listed in the show's audiodigest.toml are
    followed. What was seen is remembered in the show, so a run with nothing new publishes
    nothing; an edited item replaces its episode; an item that fails is reported and tried
    again on later runs (after 30 min, 1 h, 2 h, ... up to 8 tries).

    \b
    Exit status:
      0        all went well (nothing new included)
      1        a feed could not be read or an item failed (the others were
               published), or another run holds the folder
      2        usage
      130/143  stopped by Ctrl-C / SIGTERM (what was published stays)

    \b
    Examples:
      audiodigest follow https://example.com/feed.xml --out /srv/podcast
      audiodigest follow --digest --since 2026-11-01 --title "Weekly digest"
      audiodigest follow --quiet --no-wait     # from cron: output only on errors
      audiodigest follow https://example.com/ --dry-run   # what would publish
    """
    from .follow.run import follow as do_follow

    if no_wait and kw.get("wait") is not None:
        raise click.UsageError("give --wait SECONDS or --no-wait, not both")
    kw["wait"] = 0.0 if no_wait else kw.get("wait")
    reporter = Reporter(quiet)
    shown: set[str] = set()

    def tell(item: Any) -> None:  # as each episode is published: the record survives a stop
        if item.status in ("published", "replaced") and item.episode and not (quiet or as_json):
            shown.add(item.episode.guid)
            click.echo(f"{item.status:<9} {out / item.episode.audio_file}  "
                       f"{clock(item.episode.duration_s)}  {item.episode.title}")

    with errors(debug_of(ctx), INTERRUPTED_PUBLISHING, paths=(out,)), \
            rendering(out, reporter, show=out, synthesize=not dry_run, **kw) as options:
        report = do_follow(list(feeds), options, digest=digest, max_items=max_items,
                           since=since.astimezone() if since else None, dry_run=dry_run,
                           on_item=tell)
    for item in report.items:
        if item.status in ("published", "replaced") and item.episode and not (quiet or as_json):
            ep = item.episode
            if ep.guid not in shown:  # a digest: one episode for many items
                shown.add(ep.guid)
                stories = sum(1 for i in report.items if i.episode and i.episode.guid == ep.guid)
                more = f"  ({stories} stories)" if stories > 1 and \
                    f"{stories} stories" not in ep.title else ""
                click.echo(f"{item.status:<9} {out / ep.audio_file}  {clock(ep.duration_s)}  "
                           f"{ep.title}{more}")
        elif item.status == "due" and not as_json:
            retry = f"  (retry {item.attempts + 1})" if item.attempts else ""
            click.echo(f"would publish  {item.title}  <{item.item}>{retry}")
        elif item.status in ("failed", "gave-up", "refused"):
            again = f"; next try {item.next_try:%Y-%m-%d %H:%M} UTC" if item.next_try else ""
            click.echo(f"Error: {item.status}: {item.title}: {item.error} "
                       f"(attempt {item.attempts}{again})", err=True)
    for feed in report.failed_feeds:
        error = feed.error or "unknown error"
        click.echo(f"Error: {error}" if feed.feed in error
                   else f"Error: could not read the feed {feed.feed}: {error}", err=True)
    if as_json:
        click.echo(json.dumps({"exit_code": report.exit_code, "items": [
            {"feed": i.feed, "item": i.item, "title": i.title, "status": i.status,
             "guid": i.episode.guid if i.episode else None, "error": i.error,
             "attempts": i.attempts} for i in report.items],
            "feeds": [{"feed": f.feed, "status": f.status, "error": f.error}
                      for f in report.feeds]}, ensure_ascii=False))
    if report.items or not report.failed_feeds:  # (unreadable feeds alone: their lines said it all)
        reporter.notice(f"follow: {report.summary()}")
    ctx.exit(report.exit_code)


from . import cli_show  # noqa: E402,F401  (registers the show's commands on `cli`)

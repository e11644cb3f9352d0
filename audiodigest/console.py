"""What the `audiodigest` command shows on the terminal, and how it ends.

Progress and notices on stderr (`Reporter`), our errors as one `Error:` line (`errors`), Ctrl-C
and SIGTERM as exit 130 and 143, and the options that several commands share.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .errors import AudioDigestError, UsageError

__all__ = [
    "BASE_URL_HELP", "EXIT_INPUT", "INTERRUPTED", "INTERRUPTED_PUBLISHING", "Reporter",
    "Terminated", "check_base_url", "check_scheduler", "check_title", "clock",
    "common_render_options", "debug_of", "errors", "listen_lines", "listen_options",
    "make_options", "rendering", "table", "terminated",
]

EXIT_INPUT = 1
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
BASE_URL_HELP = ("Where the output folder is served (default: the settings' base_url, else the "
                 "one the show already uses, else `serve`'s address).")
"""128 + SIGINT, as shells report a program Ctrl-C stopped."""
INTERRUPTED = "Interrupted."
INTERRUPTED_PUBLISHING = ("Interrupted: what was in progress was not published; what was "
                          "already published stays.")


class Reporter:
    """Notices and progress on stderr: a live bar on a terminal, plain timestamped lines
    otherwise (cron mails and journald keep them readable), nothing but errors when quiet."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self._last_stage: str | None = None
        self._bar_open = False

    def _line(self, text: str) -> None:
        if self._bar_open:
            click.echo("", err=True)
            self._bar_open = False
        prefix = "" if self.tty else time.strftime("%Y-%m-%dT%H:%M:%S ")
        click.echo(prefix + text, err=True)

    def notice(self, text: str) -> None:
        if not self.quiet:
            self._line(text)

    def progress(self, stage: str, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.tty:
            width = 30
            filled = int(width * done / max(total, 1))
            bar = "#" * filled + "-" * (width - filled)
            click.echo(f"\r{stage:<13} [{bar}] {done}/{total}", err=True, nl=False)
            self._bar_open = done < total
            if done >= total:
                click.echo("", err=True)
        elif stage != self._last_stage:
            self._line(f"{stage} ({total} segment{'s' if total != 1 else ''})"
                       if total > 1 else stage)
        self._last_stage = stage


MAX_ERROR_CHARS = 300
"""An error line, `Error: ` included, is at most this long; --debug shows the whole message."""


def _internal(name: str, paths: Sequence[Path]) -> Path | None:
    """The user's path that `name` is an internal file of (the show's .audiodigest/ state, the
    hidden .NAME.audiodigest-PID temporary beside an output file), or None."""
    target = Path(name)
    for path in paths:
        for folder in {path, path.parent, path.absolute(), path.absolute().parent}:
            try:
                rel = target.relative_to(folder)
            except ValueError:
                continue
            if rel.parts and rel.parts[0].startswith(".") and "audiodigest" in rel.parts[0]:
                return path
    return None


def _scrub(text: str, paths: Sequence[Path]) -> str:
    """`text` with internal file names replaced by the user's path they belong to."""
    for path in paths:
        for folder in {path.parent, path, path.absolute().parent, path.absolute()}:
            prefix = re.escape(str(folder).rstrip("/") + "/")
            text = re.sub(prefix + r"\.[^/\s'\":;,)]*audiodigest[^\s'\":;,)]*",
                          str(path).replace("\\", "\\\\"), text)
    return text


def _one_line(message: str) -> str:
    """At most MAX_ERROR_CHARS with the `Error: ` prefix: whole clauses, the rest on --debug."""
    room = MAX_ERROR_CHARS - len("Error: ")
    message = " ".join(message.split())
    if len(message) <= room:
        return message
    more = " (--debug shows the rest)"
    head = message[: room - len(more)]
    cut = head.rfind("; ")
    if cut < room // 3:
        cut = head.rfind(" ")
    return head[:cut].rstrip(" ,;:") + more


@contextmanager
def errors(debug: bool, interrupted: str | None = INTERRUPTED,
           paths: Sequence[Path] = ()) -> Iterator[None]:
    """The one place where our errors become CLI errors, and Ctrl-C becomes exit 130 with
    the line `interrupted` (None: no line).

    `paths` are the files and folders the user named: a message names them, never the
    show's internal files under them (.audiodigest/lock, a temporary beside an MP3). A message
    longer than MAX_ERROR_CHARS keeps its first clauses; --debug shows it all.
    """
    try:
        yield
    except UsageError as exc:
        if debug:
            raise
        raise click.UsageError(_one_line(_scrub(str(exc), paths))) from exc
    except AudioDigestError as exc:
        if debug:
            raise
        raise click.ClickException(_one_line(_scrub(str(exc), paths))) from exc
    except OSError as exc:  # the file system said no (a folder that cannot be made, a full disk)
        if debug:
            raise
        name = os.fsdecode(exc.filename) if exc.filename is not None else None
        mine = _internal(name, paths) if name else None
        if mine is not None:
            text = (f"could not write {mine}: {exc.strerror or exc}; check that it is a "
                    "folder you may write in")
        else:
            where = f" {name}" if name else ""
            text = (f"could not use{where}: {exc.strerror or exc}; check that the path exists "
                    "and that you may write there")
        raise click.ClickException(_one_line(_scrub(text, paths))) from exc
    except KeyboardInterrupt as exc:
        # Stop now rather than wait for renders in other threads and workers to wind down: a
        # run may be killed at any moment without loss (the next one cleans up what it left),
        # and the workers die with this process.
        from .tts.synth import stop_workers

        stop_workers()
        if interrupted:
            click.echo(interrupted, err=True)
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED)


def debug_of(ctx: click.Context) -> bool:
    return bool(ctx.obj and ctx.obj.get("debug")) or os.environ.get("AUDIODIGEST_DEBUG") == "1"


def clock(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def check_base_url(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from .settings import is_http_url

    if value is not None and not is_http_url(value):
        raise click.BadParameter(f"{value!r} is not an absolute http(s) URL")
    return value


def check_title(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("a title needs some words (leave the option out to use the "
                                 "article's)")
    return value.strip() if value is not None else None


def check_scheduler(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A scheduler address, normalized; not one at all is a usage error (exit 2). Its protocol
    is checked when used, with one line (exit 1)."""
    from .cluster import parse_scheduler

    if value is None:
        return None
    try:
        return parse_scheduler(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from exc


def common_render_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--voice", metavar="NAME",
                     help="Voice profile, or ENGINE:VOICE (see `audiodigest voices --all`); "
                          "default: by language."),
        click.option("--lexicon", "lexicons", multiple=True, metavar="FILE",
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Extra pronunciation lexicon (repeatable)."),
        click.option("--no-cache", is_flag=True, help="Synthesize every segment afresh."),
        click.option("--no-images", is_flag=True,
                     help="Do not fetch a web article's lead image (local files never do)."),
        click.option("--script", "script_file", metavar="FILE",
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Speak this script, edited from `audiodigest script SOURCE --json`."),
        click.option("--max-minutes", type=click.IntRange(1), metavar="N",
                     help="Refuse an episode estimated longer than N minutes [default: the "
                          "show's max_minutes, 120]."),
        click.option("--jobs", type=click.IntRange(1, 64), metavar="N",
                     help="Synthesis worker processes (default: one per core)."),
        click.option("--scheduler", metavar="ADDRESS", callback=check_scheduler,
                     help="Synthesize on this Dask cluster's workers (tcp://HOST:8786; "
                          "default: the settings' scheduler, DASK_SCHEDULER_ADDRESS, else "
                          "this machine; 'local': this machine)."),
        click.option("--no-disclosure", is_flag=True,
                     help="Do not say that the audio is machine-generated."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def listen_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--listen / --max-wer: the listening gate of publish and follow."""
    f = click.option("--max-wer", type=click.FloatRange(0, 1, min_open=True), metavar="X",
                     help="With --listen: hold back an episode the listener mishears more "
                          "than this share of [default: the show's max_wer, else the voice's: "
                          "0.2 Piper, 0.35 espeak-ng].")(f)
    return click.option("--listen/--no-listen", "listen", default=None,
                        help="Listen to each episode before publishing it; above --max-wer it "
                             "is not published [default: the show's `listen`, off].")(f)


def make_options(out: Path, reporter: Reporter, **kw: Any) -> Any:
    from .pipeline import DigestOptions

    script, script_voice = None, None
    if kw.get("script_file") is not None:
        from .speech.edited import load_edited_script

        script, script_voice = load_edited_script(kw["script_file"])

    return DigestOptions(
        out_dir=out, title=kw.get("title"), voice=kw.get("voice") or script_voice,
        base_url=kw.get("base_url"), script=script, max_minutes=kw.get("max_minutes"),
        lexicons=tuple(kw.get("lexicons") or ()), cache=not kw.get("no_cache", False),
        jobs=kw.get("jobs"), disclosure=False if kw.get("no_disclosure") else None,
        force=bool(kw.get("force")), listen=kw.get("listen"), max_wer=kw.get("max_wer"),
        fetch_images=not kw.get("no_images", False),
        lock_wait_s=600.0 if kw.get("wait") is None else kw["wait"],
        progress=reporter.progress, notice=reporter.notice,
    )


@contextmanager
def rendering(out: Path, reporter: Reporter, *, show: Path | None = None,
              synthesize: bool = True, **kw: Any) -> Iterator[Any]:
    """`make_options` for the block, on a Dask cluster when one is named (--scheduler, else
    DASK_SCHEDULER_ADDRESS, else the show's `scheduler` setting when `show` is its folder):
    connected first (one line and exit 1 if it cannot be), its tasks cancelled and the client
    closed when the block ends, however it ends. `synthesize=False` (a dry run): never."""
    from dataclasses import replace

    options = make_options(out, reporter, **kw)
    setting = None
    if show is not None:
        from .settings import scheduler_setting

        setting = scheduler_setting(show)
    from .cluster import scheduler_address

    address = scheduler_address(kw.get("scheduler"), setting)
    if address is None or not synthesize:
        yield options
        return
    from .cluster import cluster

    with cluster(address) as executor:
        workers = executor.workers()
        threads = sum(int(w.get("nthreads", 1)) for w in workers.values())
        reporter.notice(f"Synthesizing on the Dask cluster at {address} ({len(workers)} "
                        f"worker{'s' if len(workers) != 1 else ''}, {threads} "
                        f"thread{'s' if threads != 1 else ''})")
        yield replace(options, executor=executor)


class Terminated(KeyboardInterrupt):
    """SIGTERM: stopped from outside, handled like Ctrl-C (exit 128 + 15)."""


def terminated(_signum: int, _frame: object) -> None:
    raise Terminated


def listen_lines(title: str, report: Any, suggestions: Any, worst: int) -> list[str]:
    """`audiodigest listen`'s report of one episode, for a person (times to jump to)."""
    lines = [title,
             f"  word error rate {report.wer:.3f} ({report.errors} of {report.words} words), "
             f"model {report.model}"
             + (f", {report.realtime_factor:.1f}x real time" if report.listen_s else "")]
    if len(report.per_chapter) > 1:
        lines.append("  chapters:")
        lines.extend(f"    {clock(c.start):>7}  {c.wer:.3f}  {c.title[:60]}" for c in report.per_chapter)
    bad = report.worst(worst)
    if bad:
        lines.append(f"  worst {len(bad)} segment{'s' if len(bad) != 1 else ''}:")
        for s in bad:
            lines.append(f"    {clock(s.start):>7}  meant {s.meant[:100]!r}")
            lines.append(f"    {'':>7}  heard {s.heard[:100]!r}" + ("  (unheard)" if s.unheard else ""))
    if report.not_listened:
        lines.append(f"  not listened: {len(report.not_listened)} segment(s) with no listening "
                     "model for their language")
    if suggestions:
        from .listen import lexicon_text

        lines.append("  checked suggestions (heard right when respelled; paste into a lexicon):")
        lines.extend("    " + line for line in lexicon_text(suggestions).splitlines())
    return lines


def table(rows: Sequence[tuple[str, ...]], indent: str = "  ") -> None:
    """Rows as aligned columns (each as wide as its widest cell); the last one runs free."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        click.echo((indent + "  ".join([*cells, row[-1]])).rstrip())

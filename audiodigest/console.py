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
    "Terminated", "check_base_url", "check_title", "clock", "common_render_options", "debug_of",
    "errors", "make_options", "terminated",
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


def common_render_options(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--voice", metavar="NAME",
                     help="Voice profile, or ENGINE:VOICE (see `audiodigest voices --all`); "
                          "default: by language."),
        click.option("--lexicon", "lexicons", multiple=True, metavar="FILE",
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Extra pronunciation lexicon (repeatable)."),
        click.option("--no-cache", is_flag=True, help="Synthesize every segment afresh."),
        click.option("--jobs", type=click.IntRange(1, 64), metavar="N",
                     help="Synthesis worker processes (default: one per core)."),
        click.option("--no-disclosure", is_flag=True,
                     help="Do not say that the audio is machine-generated."),
        click.option("-q", "--quiet", is_flag=True, help="Print only errors."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def make_options(out: Path, reporter: Reporter, **kw: Any) -> Any:
    from .pipeline import DigestOptions

    return DigestOptions(
        out_dir=out, title=kw.get("title"), voice=kw.get("voice"), base_url=kw.get("base_url"),
        lexicons=tuple(kw.get("lexicons") or ()), cache=not kw.get("no_cache", False),
        jobs=kw.get("jobs"), disclosure=False if kw.get("no_disclosure") else None,
        force=bool(kw.get("force")),
        lock_wait_s=600.0 if kw.get("wait") is None else kw["wait"],
        progress=reporter.progress, notice=reporter.notice,
    )



class Terminated(KeyboardInterrupt):
    """SIGTERM: stopped from outside, handled like Ctrl-C (exit 128 + 15)."""


def terminated(_signum: int, _frame: object) -> None:
    raise Terminated

"""What the `audiodigest` command shows on the terminal, and how it ends.

Progress and notices on stderr (`Reporter`), our errors as one `Error:` line (`errors`), Ctrl-C
and SIGTERM as exit 130 and 143, and the options that several commands share.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .errors import AudioDigestError, UsageError

__all__ = [
    "BASE_URL_HELP", "EXIT_INPUT", "INTERRUPTED", "INTERRUPTED_PUBLISHING", "Reporter",
    "Terminated", "check_base_url", "check_scheduler", "check_title", "clock",
    "common_render_options", "debug_of", "errors", "make_options", "rendering", "terminated",
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


@contextmanager
def errors(debug: bool, interrupted: str | None = INTERRUPTED) -> Iterator[None]:
    """The one place where our errors become CLI errors, and Ctrl-C becomes exit 130 with
    the line `interrupted` (None: no line)."""
    try:
        yield
    except UsageError as exc:
        if debug:
            raise
        raise click.UsageError(str(exc)) from exc
    except AudioDigestError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # the file system said no (a folder that cannot be made, a full disk)
        if debug:
            raise
        where = f" {exc.filename}" if exc.filename else ""
        raise click.ClickException(
            f"could not use{where}: {exc.strerror or exc}; check that the path exists and "
            "that you may write there") from exc
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
        force=bool(kw.get("force")),
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

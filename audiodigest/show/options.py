"""Where a show's settings and a command's options meet: the options an episode is made with."""

from __future__ import annotations

from dataclasses import replace

from ..pipeline import DigestOptions
from ..settings import ShowSettings

__all__ = ["effective_options", "notice"]


def effective_options(settings: ShowSettings, options: DigestOptions) -> DigestOptions:
    """`options` with the show's settings filled in where the command left a choice open.

    The command wins where it says something: --voice over the settings' voice, --no-disclosure
    over `disclosure`, `allow_private` when given. Lexicons add up (the show's first), and
    images are fetched only when neither the command nor the settings turn them off. The base
    URL is settled with the show's catalogue (see `baseurl.resolve_base_url`). Apply it once:
    its result is what publish, render and follow pass on, never changed afterwards.
    """
    allow = options.allow_private
    if allow is None and settings.allow_private_addresses:
        allow = True
    return replace(
        options,
        voice=options.voice or settings.voice,
        disclosure=settings.disclosure if options.disclosure is None else options.disclosure,
        lexicons=(*settings.lexicons, *options.lexicons),
        allow_private=allow,
        fetch_images=options.fetch_images and settings.fetch_images,
        listen=settings.listen if options.listen is None else options.listen,
        max_wer=settings.max_wer if options.max_wer is None else options.max_wer,
        listen_model=options.listen_model or settings.listen_model,
        max_minutes=options.max_minutes or settings.max_minutes,
    )


def notice(options: DigestOptions, text: str) -> None:
    """Tell the user `text` through the options' notice callback, if there is one."""
    if options.notice:
        options.notice(text)

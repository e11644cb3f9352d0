"""Which episodes a show's retention settings (keep_episodes, keep_days) drop after a publish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..models import Episode
from ..settings import ShowSettings

__all__ = ["retire"]


def retire(episodes: list[Episode], settings: ShowSettings, keep: str) -> list[Episode]:
    """Episodes the retention settings drop (never `keep`, the one just published)."""
    victims: list[Episode] = []
    ordered = sorted(episodes, key=lambda e: e.published, reverse=True)
    if settings.keep_episodes is not None:
        survivors = [e for e in ordered if e.guid == keep]
        for e in ordered:
            if e.guid != keep and len(survivors) < settings.keep_episodes:
                survivors.append(e)
        victims.extend(e for e in ordered if e not in survivors)
    if settings.keep_days is not None:
        limit = datetime.now(UTC) - timedelta(days=settings.keep_days)
        victims.extend(e for e in ordered
                       if e.guid != keep and e not in victims and e.published < limit)
    return victims

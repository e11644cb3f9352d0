"""Dates as feeds and pages write them (ISO 8601, RFC 822) -> `datetime`."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_datetime"]

_ISO_COMPACT_ZONE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{4}$")
"""An ISO time whose zone lacks its colon ("+0100"), which `fromisoformat` reads only as "+01:00"."""


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 or RFC 822 date; aware when the value names a zone, else naive."""
    if not value:
        return None
    value = value.strip()
    if not value:
        return None
    iso = value.replace("Z", "+00:00").replace("z", "+00:00")
    if _ISO_COMPACT_ZONE.match(iso):
        iso = iso[:-2] + ":" + iso[-2:]  # "+0100" -> "+01:00"
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is not None and value.rstrip().endswith("-0000"):
        return parsed.replace(tzinfo=UTC)
    return parsed

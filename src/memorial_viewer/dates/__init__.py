"""Dates: parse what archivists type, find dates in article text, and display them."""

from memorial_viewer.dates.mentions import extract_mentions
from memorial_viewer.dates.parse import format_date, parse_date

__all__ = ["extract_mentions", "format_date", "parse_date"]

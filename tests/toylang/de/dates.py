"""Toy German dates: month names, day-month-year order, Gregorian years only."""
from __future__ import annotations

MONTHS = {"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
          "september": 9, "oktober": 10, "november": 11, "dezember": 12}
ERA_OFFSET = 0
ERA_MIN_YEAR = 10_000
ERA_MARKERS: dict[str, str] = {}
DATE_ORDER = "dmy"
RELATIVE_YEARS = {"letztes Jahr": -1, "dieses Jahr": 0}

"""English words about the scoring year of an award: earlier grades a release sets against the new one."""
from __future__ import annotations

#: An earlier grade written after the new one: "up from a B the year before", "improving on its B in 2022".
#: Group `g` is the grade; `y` a written year; `before` says the year before the new grade's.
EARLIER_GRADE = (r"(?i:up|improved|improving|rising|climbing)\s+(?i:from|on)\s+(?:(?i:an?|its)\s+)?[\"“']?"
                 r"(?P<g>[A-D][-−]?)(?![\p{L}\p{N}])[\"”']?[^.;]{0,20}?"
                 r"(?:(?P<before>(?i:the\s+year\s+before|the\s+previous\s+year|a\s+year\s+earlier|last\s+year))"
                 r"|(?i:in)\s+(?P<y>(?:19|20)\d\d))")
#: Words that open the clause a year is written in before an award: "In 2023 the company had received ...".
YEAR_LEAD = (r"(?i:in)\s+(?P<y>(?:19|20)\d\d)\b",)
#: A year named from the release's, before an award: "This year the SBTi also validated its net-zero target"
RELATIVE_LEAD = (r"(?P<y>(?i:this|last)\s+year)\b",)

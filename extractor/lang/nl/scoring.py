"""Dutch words about the scoring year of an award: the year written with it, earlier grades."""
from __future__ import annotations

#: "een A, na een B vorig jaar", "tegenover een B in 2022"
EARLIER_GRADE = (r"(?i:na|tegenover|vanaf|van)\s+(?:(?i:een)\s+)?[\"“']?(?P<g>[A-D][-−]?)(?![\p{L}\p{N}])[\"”']?"
                 r"[^.;]{0,20}?(?:(?P<before>(?i:vorig\s+jaar|een\s+jaar\s+eerder|het\s+jaar\s+ervoor))"
                 r"|(?i:in)\s+(?P<y>(?:19|20)\d\d))")
#: "voor het scoringsjaar 2024 een B", "In 2023 stond het bedrijf nog op de A-lijst"
YEAR_LEAD = (r"(?i:voor\s+het\s+scoringsjaar|scoringsjaar|over)\s+(?P<y>(?:19|20)\d\d)\b",
             r"(?i:in)\s+(?P<y>(?:19|20)\d\d)\b")
#: A year named from the release's, before an award: "Dit jaar valideerde het SBTi ook het netto-nuldoel"
RELATIVE_LEAD = (r"(?P<y>(?i:dit|vorig|afgelopen)\s+jaar)\b",)

"""English extraction cues (same names as every other language; matching ignores case)."""
from __future__ import annotations

from extractor.lang.base import Phrase

#: How a percent is written right before "less", "more", "below" when they tell a change ("20% less fuel").
PERCENT = ("%", "percent", "per cent", "percentage point", "percentage points")

#: Cue lists (see `lang.base.CUES`): phrases, matched on words ignoring case; `Phrase` for a phrase with
#: conditions on its neighbours; an entry in regex syntax is a pattern, for what a phrase cannot say.
PATTERNS: dict[str, tuple[str | Phrase, ...]] = {
    # "emissions fell 9.7%", "a reduction of 7.5%", "cut its power consumption by 6.4%"
    "decrease": (
        "reduced", "reduces", "reducing", "reduction", "reductions", "cut", "cuts", "cutting",
        "decreased", "decline", "declined", "fell", "fallen", "falls", "dropped",
        "drop", "drops", "lowered", "lower", "shrank", "slashed", "down",
        "decrease", "reduce", "less than in", "halved",
        # after a figure's percent: "burn 20% less fuel", "4 percent below 2023"
        *(Phrase(word, after=PERCENT) for word in ("less", "fewer", "below")),
    ),
    # "rose 18.1%", "an increase of 700%", "grew by 5%" ("made up 1.9% of the fuel" is a share)
    "increase": (
        "increased", "increase", "increases", "increasing", "rose", "risen", "rise", "grew",
        "grown", "growth", "higher", "boosted", "expanded", "doubled", "raised", "gain", "gained",
        "climbed", "climbs", "jumped", "surged",
        Phrase("up", not_after=("made", "makes", "make", "making"), not_before=("to",)), "improved", "improvement", "more than in",
        *(Phrase(word, after=PERCENT) for word in ("more", "above")),  # "15% more recycled steel", "3% above 2023"
    ),
    # "cut scope 1 and 2 emissions 52% by 2030"
    "reduce": (
        "reduce", "reducing", "reduction", "cut", "cutting", "lower", "lowering", "decrease",
        "halve", "halving", "slash", "abate", "fall", "decline", "drop", "come down",
    ),
    "commit": (
        r"commit\w*", "aim", "aims", "aiming", "target", "targets", "targeting", "goal", "goals", "pledge", "pledged", "plan to", "plans to",
        "will", "want to", "wants to", "strive", "strives", "striving", "ambition", "intend", "intends", "seek to", "seeks to", "set out to", "sets out to",
        "must",
    ),
    # "by 2030", "no later than 2050", "before 2040"
    "target_year": (
        "by", "by the end of", "no later than", "before", "until", "through", "in the year",
        "by fiscal year", r"by\s+FY", "by fiscal",  # "by FY2030": one word to the tokenizer
        "within",  # Thai English: "within 2030" ("ภายในปี 2573")
    ),
    "period": ("in", "during", "for", "over", "in fiscal year", r"in\s+FY", "on", "in fiscal",
               # part of a year: "In the first half of 2025", "in the third quarter of 2024"
               "first half of", "second half of", "first quarter of", "second quarter of", "third quarter of", "fourth quarter of",
               # a financial year by its last day: "in the financial year to 31 March 2024"
               r"(?:financial|fiscal|reporting)?\s*year\s+(?:to|ended|ending)(?:\s+on)?",
               # the end of a year: "at the end of 2024", "at end-2024", "as of year-end 2024"
               "at end of", "at end-", "at the end of", "at the end-", "year end", "year-end"),
    # a target given the years of the one before it: "... 28% over the same timeframe"
    "same_period": (r"(?:over|in|within|during|for)\s+the\s+same\s+(?:time\s*frame|time\s+period|period|time\s+span|horizon|year)",
                    "by the same date", "by the same year", "by the same deadline"),
    # a line after a list of goals that names them: "All targets are for 2030, against a 2020 base year."
    "list_targets": ("all targets", "all goals", "all these targets", "all these goals", "all the targets", "all the goals", "all our targets", "all our goals", "all its targets", "all its goals", "all of targets", "all of goals", "all of these targets", "all of these goals", "all of the targets", "all of the goals", "all of our targets", "all of our goals", "all of its targets", "all of its goals", "these targets are", "these targets apply", "these goals are", "these goals apply", "the targets are", "the targets apply", "the goals are", "the goals apply"),
    # another party wanting something of others: its figure is no target of the company ("Transport & Environment,
    # which wants airlines to halve their emissions by 2035"); "Acme wants to cut" is the company's own
    "others_wish": (r"(?:wants?|wanted|expects?|expected|urges?|urged|asks?|asked|requires?|required|calls?\s+on|called\s+on)"
                    r"\s+(?:[\w&'-]+\s+){0,3}?(?:companies|firms|suppliers|hauliers|carriers|airlines|utilities|producers|"
                    r"operators|businesses|members|countries|governments|banks|lenders|retailers|sectors?|industry|"
                    r"everyone|all\s+\w+)(?:\s+(?:in|of|across|within)\s+(?:[\w&'-]+\s+){0,2}?[\w&'-]+)?\s+to",
                    # "says (that) airlines should ...", "argues banks must ..."
                    r"(?:estimates?|says?|said|believes?|argues?|argued)\s+(?:that\s+)?(?:the\s+|all\s+)?(?:\w+\s+)?"
                    r"(?:sector|industry|country|countries|world|governments?|companies|firms|airlines|banks|lenders|"
                    r"utilities|producers|suppliers|businesses)\s+(?:must|should|needs?\s+to|have\s+to|has\s+to)"),
    # a verb of reaching that closes a share to reach: "... in 2027 get 70% of its fuel from biofuels"
    "reach_verb": ("reach", "achieve", "obtain", "get", "come from"),
    # a target that raises the share before it: "... and aims to raise this to 50% by 2030"
    "raise_to": (r"(?:increas|rais|lift|grow|tak|bring|boost)(?:e|es|ed|ing)?\s+(?:this|that|it|the\s+(?:share|figure))?\s*to",),
    # what an amount in tonnes is of, when no gas is named there: "1.42 million tonnes of jet fuel"
    "unit_of": ("of",),
    # a fact about the company: an amount after it in its clause is no claim ("reported net sales of $6.1 billion")
    "company_fact": ("sales", "net sales", "revenue", "revenues", "turnover", "assets", "total assets", "operating profit", "net profit", "pretax profit", "pre-tax profit",
                     "profit", "earnings", "order book", "order backlog", "market value", "market capitalisation", "market capitalization",
                     "registered capital", "dividend", "dividends", "share closed", "share rose", "share fell", "share traded", "shares closed", "shares rose", "shares fell", "shares traded", "share price",
                     "per share", "balance sheet"),
    # what a share is of, written right after it: after a clause word the share's own subject, not the
    # figure before restated ("..., and 92% of its quarries now have biodiversity plans")
    "share_of": ("of",),
    # words opening a clause with a subject of its own: a figure after them is not the one before restated
    # ("4.5 million tonnes of CO2 as capacity grew by 11%")
    "new_clause": ("as", "while", "whereas", "because", "despite"),
    # a figure that restates the target before it: "By 2030 this should reach 30%"
    "refer_back": (r"(?:this|that)(?:\s+(?:figure|share|number))?\s+(?:should|must|will|is\s+to|has\s+to)",),
    # a verb of reporting after a commitment: the figure after it has been reached, not pledged ("sets 2035
    # target for lower-carbon concrete and reports a 9% cut")
    "reported": (r"(?<=,\s)reaching", "report", "reports", "reported", "post", "posts", "posted", "record", "records", "recorded", "achieved", "delivered"),
    # a span still to come: a figure in it is not of the year of the paragraph ("will spend GBP 1.2 billion
    # over the next decade")
    "horizon": (r"(?:over|in|during)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years?|decades?)", "in the years ahead",
                "in the coming years"),
    "period_reset": (
        r"(?:in\s+)?the\s+past\s+\w+\s+years?", r"(?:over\s+)?the\s+last\s+\w+\s+years?", "since",
        "between",
        "today", "now", "currently", "at present",  # the present: "18% today" is not a year named before it
    ),
    # "compared with 2019", "from a 2019 baseline"
    "baseline": (
        r"compared\s+(?:with|to)", r"relative\s+to", r"against", r"versus", r"vs\.?",
        r"(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:fiscal(?:\s+year)?|FY)",
        r"from\s+a", r"from\s+its", r"than\s+in", r"base[\s-]year", r"baseline\s+year", r"over",
        # a change set against a year right after it: "down 6% from 2022", "71% below 2020", "against the 2019/20
        # baseline" (a year after the release is none: "from 2027" starts a target)
        r"(?<=(?:%|per\s?cent|percentage\s+points?)\s)(?:below|above|from)", r"from(?=\s+(?:19|20)\d\d\s+levels)",
        r"(?:from|against)\s+the",
    ),
    # words right after a base year: "a 2019 base year", "het niveau van 2019"
    "baseline_after": ("baseyear", "base year", "base-year", "baseline", "level", "levels"),
    # a report the release is about: "the 2022 Sustainability Report"; its year is the period of its figures
    # first the year a report covers, when it says so ("its 2025 Impact Report, covering fiscal year 2024")
    # (written from "year" on, which the search finds fast, with what comes before it looked behind)
    "report_year": (r"year\s+(?P<year>\d{4})(?<=(?:covering|for|on)\s+(?:the\s+|its\s+)?"
                    r"(?:fiscal|financial|calendar|reporting)\s+year\s+\d{4})",
                    r"(?P<year>\d{4})\s+(?:Sustainability|ESG|Annual|CSR|Climate|Impact|Integrated)\s+(?:Report|results)", r"(?:Sustainability|ESG|Annual|CSR)\s+Report\s+(?:for\s+)?(?P<year>\d{4})"),
    "net_zero": (
        "netzero", "net zero", "net-zero", "zero emission", "zero emissions", "emission free", "emission-free", "emissions free", "emissions-free", "zero carbon", "zero-carbon", "carbon zero", r"climate[\s-]neutral\w*\s+and\s+net[\s-]zero",
    ),
    "carbon_neutral": ("carbonneutral", "carbonneutrality", "carbon neutral", "carbon neutrality", "carbon-neutral", "carbon-neutrality", "climateneutral", "climateneutrality", "climate neutral", "climate neutrality", "climate-neutral", "climate-neutrality", "co2neutral", "co2neutrality", "co2 neutral", "co2 neutrality", "co2-neutral", "co2-neutrality"),
    "target_noun": ("target", "targets", "goal", "goals", "commitment", "ambition", "pledge"),
    "approval": (r"approv\w*", r"validat\w*", "verified"),
    "award_verb": (
        "received", "receives", "won", "wins", "awarded", "earned", "achieved", "recognised", "recognized",
        "named", "honored", "honoured", "included in", "listed", "ranked", "granted", "secured", "obtained",
        "member of", "constituent of",  # of an index or a yearbook: "a member of the ... Yearbook"
    ),
    # a fraction word that is no share: "first-half operating profit", "half-year results", "halfway"
    "fraction_lookalikes": (r"(?:first|second|latter)[\s-]+half", r"half[\s-]*(?:year|yearly|term|time|way|day)",
                            # an ordinal of a streak: "for a third consecutive year" is no third
                            r"(?:a|one)\s+\p{L}+\s+(?:consecutive|straight|successive)",
                            # "for a fifth year" is a streak
                            r"for\s+(?:a|the)\s+\p{L}+\s+(?:year|time)"),
    # a verb right before a letter grade: "scored A- from CDP"
    "grade_verb": (r"scored", r"scores", r"earned", r"achieved", r"received", r"obtained", r"secured", r"rated"),
    "grade_to": (r"to",),  # the grade a rating was changed to: "upgraded from BBB to A"
    "award_lead": (r"awards?", r"recognitions?", r"accolades", r"honou?rs", r"ratings"),
    "award_noun": (r"awards?", r"prize", r"medal", r"trophy", r"honou?r"),
    "streak": (
        r"(?P<n>\w+)\s+consecutive\s+(?:years?|times?)",
        r"(?P<n>\w+)\s+(?:straight|successive)\s+years?",
        r"(?P<n>\w+)\s+years?\s+(?:in\s+a\s+row|running)",
        # "kept its place on the A List for a second year" (not "for the second year of the plan")
        r"for\s+(?:a|the)\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:year|time)(?!\s+(?:of|since))",
    ),
    # an ESG risk rating: "rated Low Risk by Sustainalytics", "het ESG-risico als laag"
    "esg_risk": (r"(?P<g>negligible|low|medium|high|severe)[\s-]+(?:ESG\s+)?risk", r"risk\s+(?:rating\s+)?(?:of|as)\s+(?P<g>negligible|low|medium|high|severe)", r"rated\s+(?P<g>negligible|low|medium|high|severe)\s+risk"),
    # where a sentence listing several awards is cut into clauses ("AA by MSCI and Low Risk by ...")
    "list_break": (r";\s*", r",?\s+and\s+", r",?\s+as\s+well\s+as\s+", r",\s+(?=\p{Ll}+\s)"),
    # look-alikes: digits that are no figure (see normalize/numbers.py)
    # one scope alone labelling the figure after it: "(Scope 1)", "Scope 2:"
    "scope_alone": ("(scope1)", "(scope1 )", "(scope2)", "(scope2 )", "(scope 1)", "(scope 1 )", "(scope 2)", "(scope 2 )", "( scope1)", "( scope1 )", "( scope2)", "( scope2 )", "( scope 1)", "( scope 1 )", "( scope 2)", "( scope 2 )", "scope1:", "scope1 :", "scope2:", "scope2 :", "scope 1:", "scope 1 :", "scope 2:", "scope 2 :"),
    "scope_words": (r"scopes?", r"categor(?:y|ies)", r"tier"),  # "Scope 1&2", "ขอบเขตที่ 1 และ 2"
    "list_joiners": (r"and", r"to"),  # "scope 1 and 2"
    "phone_labels": (r"tel", r"phone", r"fax", r"mobile"),  # "tel. +31 10 555 0123"
    "number_labels": (r"Article", r"version", r"v", r"No\.", r"Phase", r"Stage", r"Level", r"Room", r"Box"),  # labels before digits that name, not count
    "range_joiners": (r"to",),  # "30 to 40%"
    "range_and": ("and",),  # "between 30 and 40 percent" (only after range_start)
    "range_start": ("between",),
    # a change written with the unit once: "rose from 35 to 61 percent" is two figures, not a range
    # ("ranging from 30 to 40 percent" is one)
    "change_from": (r"(?<!rang(?:e|es|ing)\s)from",),
    "change_to": (r"to",),
    # the word for the year of a comparative figure in brackets: "(FY2023: 54%)"
    "comparative_year": (r"FY", r"fiscal"),
    "time_suffixes": (r"h\b", r"am\b", r"pm\b", r"a\.m\.", r"p\.m\."),  # "10.30 uur"
    # words that end a clause: the right window of a number stops there
    "clause_break": (r"\sand\s", r"\swhile\s", r"\swhereas\s"),
    # the word before a figure that shares the previous figure's verb: "dropped 7% and air freight by 61%"
    "change_by": ("by",),
    # the level a change came to: "fell 11.2% to 142 kWh per square metre, compared with 2023"
    "level_to": ("to",),
    # what introduces an earlier figure of the same measure: "1.2 million tonnes, up from 0.9 million tonnes"
    "earlier_value": ("up from", "down from", "compared with", "compared to", "against", "versus", "vs", "vs."),
    # award lists and names (see extract/awards.py)
    "award_list_intro": (r"including", r"such\s+as"),  # "received numerous awards, including:"
    "award_by": (r"by", r"from", r"at"),  # the giver: "by the Touching Shenzhen Care Action program"
    "award_name_end": (r"for", r"by", r"from"),  # where a bullet's award name ends: "... for six consecutive years"
    "article": (r"an?", r"the"),  # dropped before an award name
    "award_in": (r"in\s+the",),  # "a perfect score in the China Foundation Transparency Index"
    # a list something was named among: "named one of ...", "ranked among the ..." (see extract/awards.py)
    "award_among": (r"(?:named|listed|ranked|recogni[sz]ed|included|selected)\s+(?:(?:it|us|them|the\s+(?:company|group|bank|firm))\s+)?"
                    r"(?:as\s+)?(?:one\s+of|among)",
                    # a title of the year: "named Telecom Operator of the Year for Sustainability"
                    r"(?:named|voted|crowned)(?=\s+(?:the\s+)?[^.,;]{0,50}?\sof\s+the\s+year)",),
    # the level or category after an award's name, its grade: "... Award in the Climate Action category"
    "award_class": (r"in\s+the\s+(?P<g>\p{Lu}[\p{L}\d&' -]{1,40}?)\s+category", r"(?i:category)[:\s]+(?P<g>\p{Lu}[\p{L}\d&' -]{1,40}?)(?=[,.;)]|\s+(?:by|from|for)\s|$)"),
    # the level of the CO2 Performance Ladder: "level 5 of the CO2 Performance Ladder"
    "ladder_level": (r"level", r"step", r"rung"),
    # words between a list's giver and its verb: "Newsweek also ranked it among ..."
    "ranker_adverbs": (r"also", r"again", r"once\s+again", r"has", r"have", r"had"),
    "award_event": (r"at", r"during"),  # where an award was given, not the award: "At the SET Awards 2024, ..."
    # a rating in stars, its grade: "a five-star GRESB rating", "5 stars"
    "star_rating": (r"(?P<n>[1-5]|one|two|three|four|five)[\s-]stars?",),
    "grade_words": (r"perfect\s+score", r"full\s+marks", r"highest\s+score", r"top\s+score"),  # grades written as words
    "ranking": (r"top", r"best", r"highest"),
    # an award a sentence names that is not the company's (yet): pending, refused, or held by others
    "award_not_held": (r"submitted\s+(?:[\w-]+\s+){0,6}?for\s+(?:validation|approval)", r"pending", r"awaiting",
                       r"(?:is|was|are|were)\s+not\s+(?:yet\s+)?(?:a\s+)?(?:member|constituent|included|listed)",
                       r"not\s+yet\s+(?:been\s+)?(?:validated|approved|a\s+member)", r"has\s+yet\s+to",
                       r"committed\s+to\s+set(?:ting)?",
                       r"(?:of\s+the\s+)?(?:companies|firms|issuers)\s+(?:in\s+which\s+)?(?:it|we|the\s+\w+)\s+(?:invests?|finances?|lends?\s+to)"),
    # a verb of rating: a letter near MSCI or the SET is its grade ("MSCI rates the company A")
    "rating_verb": (r"rated", r"rates", r"upgraded", r"downgraded", r"assessed"),
    # a distinction in an index or yearbook: "with Top 5% distinction", "named Industry Mover", "Prime status"
    "distinction": (r"(?P<g>top\s*\d{1,2}\s*%)", r"(?P<g>industry\s+(?:mover|leader))", r"(?P<g>prime)(?=[\s-]status)"),
    # a place in a list right before its name: "ranked fourth on the", "in the top three of the", "top of the"
    "list_place": (r"ranked\s+(?:No\.\s*|number\s+)?(?P<n>\w+)\s+(?:on|in)(?:\s+the)?",
                   r"(?:came|placed|finished)\s+(?P<n>\w+)\s+(?:on|in)(?:\s+the)?",
                   r"(?:in|among)\s+the\s+top\s+(?P<n>\w+)\s+(?:of|on|in)(?:\s+the)?",
                   r"(?:at\s+the\s+)?top\s+of\s+the", r"(?P<n>\w+)\s+place\s+(?:on|in)\s+the", r"topped\s+the"),
    # the word a programme's level is written with: 'certified at the "Excellent" level', "a Gold rating"
    "award_level": (r"level", r"rating", r"grade"),
    # frequent words no other supported Latin-script language uses: they tell a sentence's language
    "function_words": (
        "the", "and", "to", "for", "on", "with", "as", "by", "its", "are", "from", "at", "this", "has", "have",
        "be", "an", "which", "will", "it", "their", "our", "or", "been", "were", "also", "than", "more", "into",
        "that", "said", "would", "these", "such",
    ),
    "org_suffix": (
        r"Corporation", r"Corp\.", r"Inc\.", r"Ltd\.?", r"Limited", r"plc", r"PLC", r"Group", r"Holdings",
        r"N\.V\.", r"AG", r"SE", r"S\.A\.",
    ),
}

METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "ghg_scope1_2_3": (r"scope\s*1\s*(?:&|\+|,|and)\s*2\s*(?:&|\+|,|and)\s*3", r"scopes?\s*1,\s*2,?\s+and\s+3"),
    "ghg_scope1_2": (
        r"scopes?\s*1\s*(?:&|\+|/|and)\s*2", r"scope\s*1\s*-\s*2", r"scope\s*1\s+and\s+scope\s*2",
        r"operational\s+(?:carbon\s+|greenhouse\s+gas\s+|GHG\s+)?emissions", r"own\s+operations", r"direct\s+emissions",
        # "net zero in its operations", "greenhouse gas emission of operations"
        r"(?:in|of)\s+(?:its\s+|our\s+|their\s+)?operations",
    ),
    "ghg_scope3": (r"scope\s*3", r"indirect\s+emissions", r"financing\s+portfolio",
                   # what a bank or fund finances: "net zero across its lending and investment" (not "the intensity
                   # of financed emissions", an intensity)
                   r"(?:lending|loan|investment)\s+portfolios?", r"across\s+its\s+lending"),
    "ghg_value_chain": (r"value\s+chain", r"supply\s+chain\s+emissions", r"entire\s+supply\s+chain"),
    "product_emissions": (r"sold\s+products", r"products?\s+sold", r"product\s+lifecycle", r"life\s*cycle", r"products"),
    "emission_intensity": (r"emissions\s+per", r"emissions?\s+intensity", r"carbon\s+intensity", r"(?:CO2|CO₂|GHG|greenhouse\s+gas)\s+intensity", r"intensity\s+of\s+(?:its\s+|our\s+|the\s+)?(?:\w+\s+)?emissions",
                           r"(?:kg|g|t|tonnes?|grams?|kilograms?)\s*(?:of\s+)?(?:CO2|CO₂)e?\s*(?:per|/)"),  # the unit of an intensity: "kg CO2 per tonne"
    "energy_intensity": (r"energy\s+intensity", r"intensity\s+of\s+energy",
                         # energy or fuel per unit of output: "fuel consumption per kilometre"
                         r"(?:energy|fuel)\s+(?:use|usage|consumption)\s+per"),
    "electricity_saving": (r"sav(?:e|ed|es|ing|ings)", r"energy\s+savings?"),
    "power_consumption": (r"power\s+consumption", r"energy\s+consumption", r"electricity\s+consumption",
                          r"(?:energy|electricity|power)\s+(?:use|usage)",
                          # a verb of use before the amount: "consumed 31 GWh of electricity"
                          # (or of buying it: "bought 310,000 MWh of renewable electricity"); a decimal point is no stop
                          r"(?:used|consumed|consumes|uses|bought|buys|purchased|purchases)"
                          r"(?=\s(?:[^.;]|[.,](?=\d)){0,30}?(?<![\p{L}])(?:[kMGT]Wh|electricity|power)(?![\p{L}]))"),
    "renewable_share": (r"renewables", r"renewable\s+(?:energy|electricity|power|sources|share)", r"green\s+(?:energy|electricity|power)", r"clean\s+energy",
                        # "solar and wind farms supplied 72%": both sources (their capacity stays solar_capacity)
                        r"(?:solar|wind)\s+and\s+(?:solar|wind)(?!\s+capacity)"),
    "solar_capacity": (r"solar(?!\s+and\s+wind(?!\s+capacity))", r"photovoltaic", r"\bPV\b"),
    "temperature_limit": (r"temperature", r"warming"),
    "air_freight": (r"air\s+freight",),
    "investment": (r"invest\w*", r"fund(?:ing)?", r"(?:sustainable|green|transition|climate)\s+financ\w*", r"(?:green|sustainable|sustainability[\s-]linked)\s+loans?", r"capital\s+expenditure", r"capex", r"sp[eo]nt", r"(?<!by\s)spend(?:ing)?"),
    "water": (r"water", r"leakage"),
    "waste": (r"waste", r"landfill", r"recycl(?:e|es|ed|ing)", r"packaging"),  # "recycled 1.2 million tonnes of plastic"
    "ghg_total": (r"greenhouse\s+gas", r"GHG", r"carbon\s+emissions", r"emissions", r"CO2e?", r"CO₂e?", r"carbon\s+footprint"),
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

#: ESG risk levels as written -> the grade in the claims table.
RISK_LEVELS = {"negligible": "Negligible", "low": "Low", "medium": "Medium", "high": "High", "severe": "Severe"}

#: CDP questionnaire topics as written -> the topic in an award name ("CDP Climate A List").
CDP_TOPICS = {"Climate": (r"climate",), "Water": (r"water",), "Forests": (r"forests?",)}

#: Capitalised words that open sentences or headings but name no organisation (for the subject).
NOT_NAMES = ("A", "An", "And", "As", "At", "By", "In", "It", "Its", "Of", "On", "The", "This", "To", "We", "With", "For", "From",
    "Our", "According", "Joining", "Reaffirming", "Sticking", "Leave", "Your", "Learn", "Required", "Partner",
    "Resources", "Server", "Room")

#: Abbreviations whose full stop does not end a sentence ("Jan. 15", "o.a. de", "t.o.v. 2019").
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "approx", "e.g", "i.e", "U.S", "U.K", "incl", "excl", "Jan", "Feb", "Mar", "Apr",
                 "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")


#: Words of award names and medals, joined across languages where a name may be read in any language's
#: text (`lang.joined`): short words joining the capitalised words of a name ("Top 30 Enterprises of ..."),
#: those that also join a list's name, the nouns that end an award's name (regex fragments), medal words.
NAME_JOINERS = ("of", "and", "for", "the", "in", "&")
LIST_NAME_JOINERS = ("to",)
AWARD_NAME_NOUNS = (r"Awards?", r"awards?", r"Prize", r"Medal", r"Trophy")
AWARD_PHRASES: tuple[str, ...] = ()
MEDALS = {"platinum": "Platinum", "gold": "Gold", "silver": "Silver", "bronze": "Bronze"}
#: A newswire's mark in a dateline, as this language's releases write it (a line opening with one is no title).
WIRE_MARKS = ("/PRNewswire/",)
#: Nouns that make a name in capitals a list or ranking (in it, "Superlijst", or right after it, "... list"): a
#: place "in Europe" names none.
LIST_NOUNS = ("list", "ranking", "rankings", "index", "benchmark", "league table", "top 50", "top 100", "100")
#: A programme's levels as written in English -> the grade (next to a level word, cue award_level): TGO's
#: programmes in any language's text ("ระดับ Gold", "niveau Excellent").
LEVELS = {"excellent": "Excellent", "outstanding": "Outstanding", "very good": "Very Good", "platinum": "Platinum",
          "gold": "Gold", "silver": "Silver", "bronze": "Bronze"}

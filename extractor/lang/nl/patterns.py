"""Dutch extraction cues: phrases, matched on words ignoring case (see `lang/en/patterns.py` for the format).

Every list is named the same in every language (see `lang/en/patterns.py`).
The sentence in the comment is the kind of sentence the list is for.
"""
from __future__ import annotations

from extractor.lang.base import Phrase

#: How a percent is written right before "minder", "meer", "onder" when they tell a change ("38 procent onder").
PERCENT = ("%", "procent", "procentpunt", "procentpunten")

PATTERNS: dict[str, tuple[str | Phrase, ...]] = {
    # "de uitstoot is gedaald met 9,7%", "een vermindering van 13,4%"
    "decrease": (
        "gedaald", "daalde", "daalden", "daalt", "dalen", "daling", "afgenomen", "afname",
        # the verb and its particle, around the figure too: "nam fors af", "nam met 4,5 procent af"
        r"(?:nam|namen|neemt|nemen)\s+(?:\S+\s+){0,4}?af",
        "afnam", "afneemt",
        "verminderd", "verminderde", "vermindering", "verminderen", "teruggebracht", "terugdringen",
        "teruggedrongen", "reductie", "verlaagd", "verlaagt", "verlaagde", "verlaagden", "verlaging",
        "verlagen", "vermindert", "verminderden", r"minder(?!\s+dan(?:\s+\d|\s*$))", "lager",
        Phrase("onder", after=PERCENT),  # "38 procent onder het niveau van 1990" (not "onder de 2 graden")
        "krimp", "gereduceerd", "reduceren", "omlaag", "gehalveerd", "halveerde",
    ),
    # "de intensiteit steeg met 18,1%", "een groei van 5%"
    "increase": (
        "gestegen", "steeg", "stegen", "stijgt", "stijging", "toegenomen", "toename",
        r"(?:nam|namen|neemt|nemen)\s+(?:\S+\s+){0,4}?toe",
        "toenam", "toeneemt",
        "groei", "gegroeid", "groeide", "verhoogd", "verhoging", "verdubbeld", "hoger", "meer dan verdubbeld",
        "uitgebreid", "vergroot", "meer dan in",
        Phrase("meer", after=PERCENT),  # "30 procent meer dan een jaar eerder", "6 procentpunt meer" (not "meer dan 30 procent")
    ),
    # "de uitstoot met 52% te verminderen tegen 2030"
    "reduce": (
        "verminderen", "vermindering", "verlagen", "verlaging", "terugdringen", "terug te dringen",
        "reduceren", "reductie", "halveren", "halvering", "beperken", "te verminderen", "te verlagen",
        "omlaag", "terugbrengen", "terug te brengen", "dalen", "daling", "lager", "afnemen",
        r"minder(?!\s+dan(?:\s+\d|\s*$))",  # "9,7% minder", not "minder dan 10 procent" (an upper bound)
        # a state to be reached: "wil de uitstoot in 2030 met 50 procent hebben verlaagd"
        "hebben verlaagd", "hebben verminderd", "hebben teruggebracht", "hebben teruggedrongen", "hebben gehalveerd", "hebben gereduceerd",
    ),
    # "ZTE verbindt zich ertoe ...", "het doel is ...", "streeft naar ..."
    "commit": (
        "verbindt zich", "zich ertoe", "doel", r"doelstelling\w*", "doelen", "streeft", "streven",
        "wil", "ambitie", "belooft", "toezegging", "moet", "moeten", "zal", "zullen", "plant", "beoogt",
        "richt zich", "nastreven", r"(?:ge)?committeer\w*", "gaat", "gaan", "mikt", "mikken",
    ),
    # words right before a target year: "tegen 2030", "uiterlijk in 2050", "vóór 2040"
    "target_year": (
        "tegen uiterlijk", "tegen", "uiterlijk in", "uiterlijk", "voor", "voór", "vóor", "vóór", "in het jaar",
        "tot en met", "richting", "per",
    ),
    # words before a reporting year: "In 2023 is de uitstoot ..."
    "period": ("in", "over", "gedurende", "boekjaar", "in het jaar", "op",
               # part of a year: "in de eerste helft van 2025", "in het derde kwartaal van 2024"
               "eerste helft van", "tweede helft van", "eerste kwartaal van", "tweede kwartaal van", "derde kwartaal van", "vierde kwartaal van",
               # the end of a year: "eind 2024", "ultimo 2024", "aan het einde van 2024"
               "eind", "ultimo", "eind van", "einde van", "aan het eind van", "aan het einde van"),
    # phrases after which an earlier year no longer applies
    # a target given the years of the one before it: "... 28 procent in dezelfde periode"
    "same_period": (r"(?:in|binnen|over|tijdens|voor)\s+(?:de|die)zelfde\s+(?:periode|termijn|tijdspanne|tijd)",
                    "in datzelfde jaar", "in hetzelfde jaar", "tegen datzelfde jaar", "tegen hetzelfde jaar", "voor datzelfde jaar", "voor hetzelfde jaar"),
    # een regel na een lijst doelen die ze noemt: "Alle doelen gelden voor 2030, met 2020 als basisjaar."
    "list_targets": (r"alle\s+(?:\w+\s+)?doel(?:en|stellingen)", "deze doelen gelden", "deze doelstellingen gelden", "die doelen gelden", "die doelstellingen gelden", "de doelen gelden", "de doelstellingen gelden"),
    # een andere partij die iets van anderen wil: haar cijfer is geen doel van het bedrijf ("Natuur & Milieu wil dat
    # bouwbedrijven in 2030 40 procent minder uitstoten"); "wil dat zijn uitstoot ..." is het eigen doel
    "others_wish": (r"(?:wil|willen|eist|eisen|verwacht|verwachten)\s+dat(?!\s+(?:zijn|haar|onze?|de\s+eigen|het\s+eigen|"
                    r"de\s+uitstoot|het\s+aandeel|het\s+verbruik|aandeel|cijfer|percentage|getal|niveau|deel|doel)\b)",  # not "wil dat aandeel verhogen"
                    r"(?:vraagt|vragen|roept|roepen)\s+(?:[\w&'-]+\s+){1,4}?(?:om|op)",
                    # "vindt dat banken ... moeten", "zegt dat de hele sector ... moet"
                    r"(?:vindt|vinden|zegt|zeggen|stelt|stellen|meent|menen)\s+dat\s+(?:de\s+|alle\s+|de\s+hele\s+)?(?:\w+\s+)?"
                    r"(?:bedrijven|banken|luchtvaartmaatschappijen|sector|industrie|landen|overheid|producenten|"
                    r"leveranciers|vervoerders|gemeenten)\b"),
    # een werkwoord van bereiken dat een te halen aandeel afsluit: "wil in 2027 minstens 70 procent ... halen"
    "reach_verb": ("halen", "behalen", "realiseren", "bereiken", "komen"),
    # a target that raises the share before it: "... wil dat aandeel verhogen naar 50%"
    "raise_to": ("verhogen naar", "verhogen tot", "verhoogd naar", "verhoogd tot", "verhoogt naar", "verhoogt tot", "opvoeren naar", "opvoeren tot", "optrekken naar", "optrekken tot", "laten groeien naar", "laten groeien tot", "laten stijgen naar", "laten stijgen tot",),
    # what an amount in tonnes is of, when no gas is named there: "1,4 miljoen ton aan grondstoffen"
    "unit_of": ("aan",),
    # een feit over het bedrijf: een bedrag daarna in de bijzin is geen claim ("De omzet bedroeg 2,3 miljard euro")
    "company_fact": (r"\w*omzet", "winst", "bedrijfsresultaat", "nettoresultaat", r"orderboek\w*", "orderportefeuille",
                     "balanstotaal", "beheerd vermogen", "dividend", r"aandeelhouders\w*", "beurswaarde",
                     "aandeel sloot", "aandeel steeg", "aandeel daalde", "het aandeel sloot", "het aandeel steeg", "het aandeel daalde", "koers"),
    # what a share is of, written right after it: after a clause word the share's own subject, not the
    # figure before restated ("... en 40% van de filialen is gecertificeerd")
    "share_of": ("van",),
    # words opening a clause with a subject of its own: a figure after them is not the one before restated
    # ("1,1 miljoen ton CO2, terwijl de productie met 8% groeide")
    "new_clause": ("terwijl", "omdat", "doordat", "aangezien", "ondanks"),
    # a figure that restates the target before it: "In 2030 moet dat 30 procent zijn"
    "refer_back": (r"(?:moet|moeten|zal|zou)\s+(?:dat|dit)(?:\s+(?:cijfer|aandeel|percentage))?",),
    # een werkwoord van verslag na een doel: het cijfer erna is behaald, niet beloofd ("zet doel voor 2035 en
    # meldt 9% minder uitstoot")
    "reported": ("bedroeg", "bedroegen", "meldt", "meldde", "rapporteert", "rapporteerde", "boekt", "boekte", "realiseerde",
                 "behaalde", "noteerde"),
    # een periode die nog komt: een cijfer daarin is niet van het jaar van de alinea ("investeert de komende vijf
    # jaar ruim 1,2 miljard euro")
    "horizon": (r"(?:de\s+)?komende\s+(?:\w+\s+)?(?:jaar|jaren|decennia|decennium)", "het komende decennium"),
    "period_reset": (
        r"afgelopen\s+\w+\s+jaar", r"afgelopen\s+\w+\s+jaren", "sinds", "de afgelopen jaren",
        "in de periode",
        "nu", "momenteel", "op dit moment", "thans",  # the present: "nu rijdt 12 procent ..."
    ),
    # base year cues: "ten opzichte van 2019", "vergeleken met 2019"
    "baseline": (
        r"ten\s+opzichte\s+van", r"t\.o\.v\.", r"vergeleken\s+met", r"in\s+vergelijking\s+met",
        r"vanaf", r"basisjaar", r"referentiejaar", r"sinds", r"versus", r"dan\s+in", r"dan",
        # "21% minder dan eind 2022", "38 procent onder het niveau van 1990"
        r"dan\s+(?:eind|begin)", r"(?:onder|boven)\s+het\s+niveau\s+van", r"het\s+niveau\s+van",
    ),
    # net zero phrasing: "netto nul uitstoot", "netto-nul"
    # words right after a base year: "a 2019 base year", "het niveau van 2019"
    "baseline_after": ("niveau", "als basisjaar", "als referentiejaar"),
    # a report the release is about: "the 2022 Sustainability Report"; its year is the period of its figures
    "report_year": (r"jaar\s+(?P<year>\d{4})(?<=(?:over|voor)\s+(?:het\s+)?(?:boekjaar|verslagjaar)\s+\d{4})",
                    r"(?:duurzaamheidsverslag|jaarverslag|duurzaamheidsrapport|impactrapport)\s+(?:over\s+|van\s+)?(?P<year>\d{4})", r"(?P<year>\d{4})\s+(?:Sustainability|ESG|Annual)\s+Report"),
    "net_zero": (
        r"netto[\s-]*nul(?:doel\w*)?", "netzero", "net zero", "net-zero", r"nul[\s-]*emissie\w*", "nuluitstoot", r"emissievrij\w*",
        r"uitstootvrij\w*", r"klimaatneutraal\w*\s+en\s+netto\s+nul",
        # "stoten tegen 2030 geen CO2 meer uit", "pas in 2050 geen broeikasgassen meer uitstoten"
        r"geen\s+(?:CO2|CO₂|broeikasgass\w*)\s+meer\s+uit\w*",
    ),
    # carbon neutrality: "klimaatneutraal in 2040", "CO2-neutraal"
    "carbon_neutral": (
        r"klimaatneutra\w*", r"co2[\s-]*neutra\w*", r"koolstofneutra\w*", r"carbon[\s-]*neutra\w*",
    ),
    # "doelstelling", "target"
    "target_noun": (r"\w*doel\w*", r"target\w*", "ambitie", "streven", "toezegging"),
    # "goedgekeurd door het SBTi", "gevalideerd door"
    "approval": (r"goedgekeurd", r"goedkeuring", r"gevalideerd", r"validatie", r"erkend", r"bevestigd",
                 # "keurde in 2021 al het doel goed", "valideerde het SBTi ook het netto-nuldoel"
                 r"keurde", r"keurt", r"valideerde", r"valideert"),
    # a fraction word that is no share: "in de eerste helft van 2024"
    "fraction_lookalikes": (r"(?:eerste|tweede)\s+helft", r"helft\s+van\s+(?:het\s+)?(?:jaar|20\d\d)",
                            # an ordinal of a streak: "voor een derde jaar op rij" is no third
                            r"een\s+\p{L}+\s+(?:jaar|keer)\s+op\s+rij",
                            # "voor een vijfde jaar" is a streak
                            r"voor\s+een\s+\p{L}+\s+(?:jaar|keer)"),
    # a verb right before a letter grade: "behaalde een B van CDP"
    "grade_verb": (r"scoorde", r"scoort", r"behaalde", r"kreeg", r"ontving"),
    "grade_to": ("naar",),  # the grade a rating was changed to: "verhoogd van BBB naar A"
    # "ontving", "behaald", "toegekend"
    "award_verb": (
        r"ontving", r"ontvangen", r"behaald", r"behaalde", r"gewonnen", r"won", r"toegekend", r"kreeg",
        r"verkregen", r"gekregen", r"onderscheiden", r"bekroond", r"uitgeroepen\s+tot", r"opgenomen\s+in", r"erkend",
    ),
    # "onderscheidingen:", "prijzen", "erkenning"
    "award_lead": (r"onderscheiding\w*", "prijzen", "awards", r"erkenning\w*", "beoordelingen"),
    # award names: "... Award", "... prijs", "... medaille"
    "award_noun": (r"award\w*", r"\w*prijs", "medaille", "trofee", "onderscheiding"),  # "de Kristalprijs"
    # a prize named in one word, after an article: "ontving de Kristalprijs" (not "de energieprijs", a price)
    # (with the capitalised words before it: "de Nationale Waterinnovatieprijs")
    "award_compound": (r"(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}{3,}prijs",),
    # "het derde jaar op rij", "drie jaar op rij", "voor het zesde achtereenvolgende jaar"
    "streak": (
        r"(?P<n>\w+)\s+(?:jaar|keer)\s+op\s+rij",
        # "staat voor het tweede jaar bovenaan" (not "het tweede jaar van het plan")
        r"voor\s+het\s+(?P<n>tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+(?:jaar|keer)(?!\s+(?:van|sinds))",
        r"(?P<n>\w+)\s+achtereenvolgende\s+(?:jaar|jaren|keer)",
        r"(?P<n>\w+)\s+opeenvolgende\s+(?:jaar|jaren|keer)",
    ),
    # ranking: "top 4%", "de beste 4%"
    # an ESG risk rating: "rated Low Risk by Sustainalytics", "het ESG-risico als laag"
    "esg_risk": (r"(?:risico\w*)\b[^.]{0,60}?\bals\s+(?P<g>verwaarloosbaar|laag|gemiddeld|hoog|ernstig)", r"(?P<g>verwaarloosbaar|laag|gemiddeld|hoog|ernstig)\s+(?:ESG-)?risico"),
    # where a sentence listing several awards is cut into clauses ("AA by MSCI and Low Risk by ...")
    "list_break": (r";\s*", r",?\s+en\s+", r",?\s+evenals\s+", r",?\s+alsook\s+", r",\s+(?=\p{Ll}+\s)"),
    # look-alikes: digits that are no figure (see normalize/numbers.py)
    # one scope alone labelling the figure after it: "(Scope 1)", "Scope 2:"
    "scope_alone": ("(scope1)", "(scope1 )", "(scope2)", "(scope2 )", "(scope 1)", "(scope 1 )", "(scope 2)", "(scope 2 )", "( scope1)", "( scope1 )", "( scope2)", "( scope2 )", "( scope 1)", "( scope 1 )", "( scope 2)", "( scope 2 )", "scope1:", "scope1 :", "scope2:", "scope2 :", "scope 1:", "scope 1 :", "scope 2:", "scope 2 :"),
    "scope_words": (r"scopes?", r"categorie(?:ën)?", r"tier"),  # "Scope 1&2", "ขอบเขตที่ 1 และ 2"
    "list_joiners": (r"en", r"tot"),  # "scope 1 and 2"
    "phone_labels": (r"tel", r"telefoon", r"fax", r"mobiel"),  # "tel. +31 10 555 0123"
    "number_labels": (r"Artikel", r"art\.", r"versie", r"nr\.", r"Nr\.", r"Fase", r"Postbus"),  # labels before digits that name, not count
    "range_joiners": (r"tot",),  # "30 to 40%"
    "range_and": ("en",),  # "between 30 and 40 percent" (only after range_start)
    "range_start": ("tussen",),
    # a change written with the unit once: "steeg van 35 naar 61 procent" is two figures, not a range
    # ("een besparing van 30 tot 40 procent" is one)
    "change_from": (r"van",),
    "change_to": (r"naar",),
    # the word for the year of a comparative figure in brackets: "(boekjaar 2023: 54%)"
    "comparative_year": (r"boekjaar",),
    "time_suffixes": (r"uur", r"u\."),  # "10.30 uur"
    # words that end a clause: the right window of a number stops there
    "clause_break": (r"\sen\s", r"\sterwijl\s", r"\swaarbij\s"),
    # the word before a figure that shares the previous figure's verb: "dropped 7% and air freight by 61%"
    "change_by": ("met",),
    # the level a change came to: "met 17 procent verlaagd tot 41,3 kiloton, ten opzichte van 2023"
    "level_to": ("tot", "naar"),
    # what introduces an earlier figure of the same measure: "1,2 miljoen ton, tegen 0,9 miljoen ton"
    "earlier_value": ("tegen", "tegenover", "vergeleken met", "ten opzichte van", "t.o.v."),
    # award lists and names (see extract/awards.py)
    "award_list_intro": (r"waaronder", r"zoals"),  # "received numerous awards, including:"
    "award_by": (r"van", r"door"),  # the giver: "by the Touching Shenzhen Care Action program"
    "award_name_end": (r"voor", r"door", r"van"),  # where a bullet's award name ends: "... for six consecutive years"
    "article": (r"een", r"de", r"het"),  # dropped before an award name
    "award_in": (r"in\s+de", r"in\s+het"),  # "a perfect score in the China Foundation Transparency Index"
    # a list something was named among: "uitgeroepen tot een van de ...", "opgenomen in de lijst van"
    "award_among": (r"(?:uitgeroepen\s+tot|verkozen\s+tot|benoemd\s+tot|genoemd\s+als|gerekend\s+tot)\s+(?:een|één)\s+van",
                    r"(?:uitgeroepen|verkozen)\s+tot"),  # "uitgeroepen tot Duurzaamste Supermarkt van Nederland"
    # the level or category after an award's name, its grade: "... prijs in de categorie Water"
    "award_class": (r"in\s+de\s+categorie\s+(?P<g>[\p{Lu}\d][\p{L}\d&' -]{1,40}?)(?=[,.;)]|\s+(?:van|door|voor)\s|$)",),
    # the level of the CO2-Prestatieladder: "trede 5 op de CO2-Prestatieladder", "niveau 3"
    "ladder_level": (r"niveau", r"trede"),
    # words between a list's giver and its verb: "Questionmark heeft Verhoef opnieuw uitgeroepen tot ..."
    "ranker_adverbs": (r"ook", r"opnieuw", r"wederom", r"heeft"),
    "award_event": (r"bij", r"tijdens", r"op"),  # where an award was given: "Tijdens de SET Awards 2024 ..."
    # a rating in stars, its grade: "vijf sterren van GRESB", "5 sterren"
    "star_rating": (r"(?P<n>[1-5]|twee|drie|vier|vijf)[\s-]?ster(?:ren)?",),
    "grade_words": (r"hoogste\s+score", r"maximale\s+score"),  # grades written as words
    "ranking": (r"top", r"beste", r"hoogste"),
    # an award a sentence names that is not the company's (yet): pending, refused, or held by others
    "award_not_held": (r"ingediend", r"(?:is|zijn|was|waren)\s+(?:nog\s+)?geen\s+(?:lid|deelnemer)",
                       r"niet\s+(?:meer\s+)?opgenomen", r"nog\s+niet\s+(?:gevalideerd|goedgekeurd|erkend)",
                       r"wacht\s+op", r"(?:van\s+de\s+)?(?:bedrijven|ondernemingen)\s+waarin"),
    # a verb of rating: a letter near MSCI is its grade ("MSCI beoordeelt het bedrijf met A")
    "rating_verb": (r"beoordeeld", r"beoordeelt", r"beoordeelde", r"gewaardeerd", r"waardeert", r"verhoogd", r"verlaagd"),
    # a distinction in an index or yearbook: "met de onderscheiding Top 5%", "Industry Mover", "de Prime-status"
    "distinction": (r"(?P<g>top\s*\d{1,2}\s*%)", r"(?P<g>industry\s+(?:mover|leader))", r"(?P<g>prime)(?=[\s-]status)"),
    # a place in a list right before its name: "staat op de vierde plaats van de", "in de top drie van de",
    # "bovenaan de"
    "list_place": (r"op\s+de\s+(?P<n>\w+)\s+plaats\s+(?:van|in|op)\s+(?:de|het)",
                   r"in\s+de\s+top\s+(?P<n>\w+)\s+van\s+(?:de|het)", r"bovenaan\s+(?:in\s+)?(?:de|het)",
                   r"(?:op\s+)?(?:nummer|plaats)\s+(?P<n>\d+)\s+(?:van|in|op)\s+(?:de|het)"),
    # the word a programme's level is written with: "op niveau Excellent", "de beoordeling Uitstekend"
    "award_level": (r"niveau", r"beoordeling", r"level"),
    # frequent words no other supported Latin-script language uses: they tell a sentence's language
    "function_words": (
        "de", "het", "een", "van", "en", "dat", "op", "te", "voor", "met", "zijn", "niet", "aan", "er", "ook",
        "als", "bij", "naar", "om", "tot", "wordt", "worden", "deze", "dit", "heeft", "hebben", "werd", "uit",
        "nog", "maar", "wel", "meer", "dan", "haar", "hun", "ons", "zich", "waar", "wil",
    ),
    # an organisation's legal suffix, for the subject
    "org_suffix": (r"N\.V\.", r"B\.V\.", r"NV", r"BV", r"Holding", r"Groep", r"Group", r"Corporation", r"Inc\.", r"Ltd\.?"),
}

#: Metric keywords; the extractor takes the most specific one near a number.
METRIC_WORDS: dict[str, tuple[str, ...]] = {
    "ghg_scope1_2_3": (r"scope\s*1\s*(?:&|\+|,|en)\s*2\s*(?:&|\+|,|en)\s*3", r"scope\s*1,\s*2\s+en\s+3"),
    "ghg_scope1_2": (
        r"scope\s*1\s*(?:&|\+|/|en)\s*2", r"scope\s*1-?\s*en\s*(?:scope\s*)?2", r"scope\s*1\s*-\s*2",
        r"eigen\s+activiteiten", r"eigen\s+locaties", r"eigen\s+bedrijfsvoering",
        r"operationele\s+(?:co2-|koolstof)?uitstoot", r"directe\s+uitstoot",
        # what the company runs itself: "de eigen uitstoot", "de eigen vloot", "de uitstoot van het materieel"
        r"eigen\s+(?:uitstoot|vloot|winkels|vestigingen|kantoren|gebouwen|wagenpark|centrales|fabrieken|schepen)",
        r"(?:de\s+)?hele\s+vloot",
        r"uitstoot\s+van\s+(?:het|zijn|haar)\s+(?:eigen\s+)?materieel",
    ),
    "ghg_scope3": (r"scope\s*3", r"indirecte\s+(?:\(scope 3\)\s+)?(?:co2-)?uitstoot", r"gefinancierde\s+uitstoot",
                   r"financierde\s+uitstoot",
                   # what a bank or fund finances: "de uitstoot van zijn beleggingen", "de hele portefeuille"
                   r"uitstoot\s+van\s+(?:zijn|haar|de)\s+(?:beleggingen|leningen|kredieten)", r"(?:hele|totale)\s+(?:beleggings)?portefeuille"),
    "ghg_value_chain": (r"waardeketen", r"hele\s+keten", r"in\s+de\s+keten", r"ketenemissies", r"toeleveringsketen", r"leveranciersketen"),
    "product_emissions": (r"\w*producten", r"levenscyclus", r"productuitstoot"),
    "emission_intensity": (r"(?:uitstoot|emissies|broeikasgasuitstoot)\s+per", r"(?:kg|g|t|ton|gram|kilo(?:gram)?)\s*(?:CO2|CO₂)(?:-equivalent|e)?\s*(?:per|/)",
                           # "de uitstoot van broeikasgassen per kilo melk", "de uitstoot in de hele keten per liter"
                           r"(?:uitstoot|emissies)(?:\s+(?!per\s)[\p{L}-]+){1,5}?\s+per\s+(?:kilo|kg|liter|ton|eenheid|m2|vierkante|medewerker|passagier|\w*kilometer)", r"uitstoot[\s-]*intensiteit", r"emissie[\s-]*intensiteit", r"co2-intensiteit", r"koolstofintensiteit"),
    "energy_intensity": (r"energie[\s-]*intensiteit", r"intensiteit\s+van\s+het\s+energieverbruik",
                         # energy or fuel per unit of output: "het brandstofverbruik per gevaren zeemijl"
                         r"(?:brandstof|energie)(?:verbruik|gebruik)\s+per"),
    "electricity_saving": (r"besparen", r"besparing\w*", r"elektriciteitsbesparing", r"energiebesparing", r"bespaar\w*"),
    "power_consumption": (r"energieverbruik", r"stroomverbruik", r"elektriciteitsverbruik", r"(?:energie|stroom|elektriciteits)gebruik",
                          # a verb of use before the amount: "verbruikte 84 miljoen kWh elektriciteit"
                          # ("verbruikten 42.000 MWh", "het verbruik kwam uit op 51 GWh"; a group separator is no stop)
                          r"verbruik(?:ten|te|t)?(?=\s(?:[^.;]|[.,](?=\d)){0,30}?(?<![\p{L}])(?:[kMGT]Wh|elektriciteit|stroom)(?![\p{L}]))"),
    "renewable_share": (r"hernieuwbare\s+energie", r"duurzame\s+energie", r"groene\s+stroom", r"groene\s+energie", r"hernieuwbare\s+elektriciteit",
                        r"hernieuwbare\s+bronnen", r"duurzame\s+bronnen",
                        # both sources: "zonneparken en windturbines" (their capacity stays solar_capacity)
                        r"zonne\w*(?:-|\s+en\s+)wind(?!\w*(?:vermogen|capaciteit))\w*",
                        r"wind(?!\w*(?:vermogen|capaciteit))\w*(?:-|\s+en\s+)zonne(?!\w*(?:vermogen|capaciteit))\w*"),
    "solar_capacity": (r"fotovolta\w*", r"zonne-?energie(?!\s+en\s+wind)", r"zonne\w+(?!\s+en\s+wind(?!\w*(?:vermogen|capaciteit)))"),  # zonnepanelen, zonnestroom, zonnevermogen
    "temperature_limit": (r"temperatuurstijging", r"opwarming"),
    "air_freight": (r"luchtvracht",),
    "investment": (r"investe\w*", r"geïnvesteerd", r"belegd\s+in", r"(?:duurzame|groene)\s+financiering\w*", r"groene\s+leningen"),
    # "waterintensiteit"; not "waterstof" (hydrogen), nor a water company or board ("Waterbedrijf Rijnvallei")
    "water": (r"waterverbruik", r"water(?!stof|bedrijf|schap|leidingbedrijf)\w*", r"drinkwater\w*"),
    "waste": (r"\w*afval\w*", r"voedselverlies", r"verpakking\w*", r"\w*verspilling", r"recycle(?!baar)\w*", r"recycling", r"gerecycled\w*"),  # not "recyclebaar" (recyclable)
    "ghg_total": (r"co2-uitstoot", r"uitstoot", r"uitstoten", r"co2e?", r"co₂e?", r"emissies", r"broeikasgas\w*", r"koolstof\w*"),
}

#: Ordinal and cardinal words up to twenty, for streaks.
ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
}

#: ESG risk levels as written -> the grade in the claims table.
RISK_LEVELS = {"verwaarloosbaar": "Negligible", "laag": "Low", "gemiddeld": "Medium", "hoog": "High", "ernstig": "Severe"}

#: CDP questionnaire topics as written -> the topic in an award name ("CDP Climate A List").
CDP_TOPICS = {"Climate": (r"klimaat\w*", r"climate"), "Water": (r"water",), "Forests": (r"bossen", r"ontbossing")}

#: Capitalised words that open sentences or headings but name no organisation (for the subject).
NOT_NAMES = ("De", "Dit", "Deze", "Het", "Op", "Voor", "Als", "Ook", "Met", "Van", "Een", "Bij", "Via", "Tot", "Ten", "Verder",
    "Hiermee", "Daarmee", "Dat", "Die", "Wij", "Onze")

#: Lower-case name parts written capitalised before a family name that a company keeps ("Van Dalen Retail",
#: "Van der Valk", "De Vries Bouw"): kept with the subject when they stand before it again and again.
NAME_PARTICLES = ("Van der", "Van den", "Van de", "Van", "De", "Ter", "Ten")

#: Abbreviations whose full stop does not end a sentence ("Jan. 15", "o.a. de", "t.o.v. 2019").
ABBREVIATIONS = ("dhr", "mevr", "nr", "ca", "bijv", "o.a", "m.b.t", "t.o.v", "mln", "mld", "resp", "incl", "excl",
                 "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec")


#: Words of award names and medals (see `lang/en/patterns.py`): "Beste Werkgevers van Nederland", a prize
#: in one word ("Duurzaamheidsprijs" is read by the cue award_compound), Dutch medal words.
NAME_JOINERS = ("van", "de", "het", "voor")
LIST_NAME_JOINERS = ("en",)
AWARD_NAME_NOUNS = (r"Prijs",)
AWARD_PHRASES: tuple[str, ...] = ()
MEDALS = {"platina": "Platinum", "goud": "Gold", "gouden": "Gold", "zilver": "Silver", "zilveren": "Silver",
          "brons": "Bronze", "bronzen": "Bronze"}
#: A newswire's mark in a dateline, as this language's releases write it (a line opening with one is no title).
WIRE_MARKS = ("/PRNewswire/",)
#: Nouns that make a name in capitals a list or ranking ("Superlijst", "VBDO-benchmark", "... ranglijst").
LIST_NOUNS = ("lijst", "ranglijst", "benchmark", "ranking", "index", "monitor")
#: A programme's levels in Dutch -> the grade (next to a level word, cue award_level).
LEVELS = {"uitstekend": "Excellent", "uitmuntend": "Outstanding", "zeer goed": "Very Good"}

"""Dutch example corpus: what each surface form must normalise or extract to, and look-alikes that must not.

Figures are modelled on Dutch corporate and news releases; the sentences are written for this project.
"""
from __future__ import annotations

from extractor.lang.base import Case

NUMBERS: tuple[Case, ...] = (
    # een cijfer vast aan het woord van rang ervoor wordt gelezen; vast aan een ander woord niet
    Case("bij de beste10% van de sector", ((10.0, "%"),)),
    # a fraction glossed by the exact figure in brackets: the figure alone
    Case("bijna driekwart daarvan (72 procent)", ((72.0, "%"),)),
    Case("950 megawattpiek", ((950_000.0, "kW"),)),
    # a change with the unit written once is two figures ("naar"); "van 30 tot 40 procent" is one span
    Case("steeg van 35 naar 61 procent", ((35.0, "%"), (61.0, "%"))),
    Case("van 2,0 naar 3,8 miljard euro", ((2_000_000_000.0, "EUR"), (3_800_000_000.0, "EUR"))),
    Case("een besparing van 30 tot 40 procent", ((30.0, "%"),)),
    Case("1,2 Mton CO2", ((1_200_000.0, "t"),)),
    Case("85 kton CO2", ((85_000.0, "t"),)),
    Case("minder dan 10 procent van de brandstof", ((10.0, "%", "up_to"),)),
    Case("daalde met een vijfde", ((20.0, "%"),)),
    Case("1,2 miljoen kubieke meter water", ((1_200_000.0, "m3"),)),
    Case("een besparing van 35.000 m3 drinkwater", ((35_000.0, "m3"),)),
    Case("uitbreiden tot 2 gigawatt", ((2_000_000.0, "kW"),)),
    Case("de uitstoot daalde met 9,7%", ((9.7, "%"),)),
    Case("een daling van 9,7 procent", ((9.7, "%"),)),
    Case("een stijging van 12 pct.", ((12.0, "%"),)),
    Case("ruim 40% van de omzet", ((40.0, "%", "more_than"),)),
    Case("meer dan 22.100 bedrijven", ((22_100.0, None, "more_than"),)),
    Case("ongeveer 1.250 medewerkers", ((1_250.0, None, "about"),)),
    Case("circa 3,5 miljoen ton CO2", ((3_500_000.0, "t", "about"),)),
    Case("minstens 30% hernieuwbare stroom", ((30.0, "%", "at_least"),)),
    Case("maximaal 15% minder", ((15.0, "%", "up_to"),)),
    Case("14,317 miljoen ton", ((14_317_000.0, "t"),)),
    Case("10 miljard kWh", ((10_000_000_000.0, "kWh"),)),
    Case("45 miljoen kWh elektriciteit", ((45_000_000.0, "kWh"),)),
    Case("2,5 mld. euro", ((2_500_000_000.0, "EUR"),)),
    Case("€ 250 miljoen", ((250_000_000.0, "EUR"),)),
    Case("€1,2 mln.", ((1_200_000.0, "EUR"),)),
    Case("EUR 40 miljoen", ((40_000_000.0, "EUR"),)),
    Case("US$ 3 miljard", ((3_000_000_000.0, "USD"),)),
    Case("1.234,5 ton", ((1_234.5, "t"),)),
    Case("1.234.567 kilowattuur", ((1_234_567.0, "kWh"),)),
    Case("18 GWh bespaard", ((18_000_000.0, "kWh"),)),
    Case("3,2 TWh groene stroom", ((3_200_000_000.0, "kWh"),)),
    Case("22 MW zonnepanelen", ((22_000.0, "kW"),)),
    Case("1,5°C", ((1.5, "°C"),)),
    Case("1,5 graden Celsius", ((1.5, "°C"),)),
    Case("2 graden", ((2.0, "°C"),)),
    Case("850 kiloton CO2", ((850_000.0, "t"),)),
    Case("4 megaton", ((4_000_000.0, "t"),)),
    Case("120 ton CO2-equivalent", ((120.0, "t"),)),
    Case("3 procentpunt", ((3.0, "pp"),)),
    Case("tussen 30 en 40 procent", ((30.0, "%"),)),
    Case("30-40%", ((30.0, "%"),)),
    Case("drieëntwintig procent", ((23.0, "%"),)),
    Case("twintig procent", ((20.0, "%"),)),
    Case("meer dan de helft", ((50.0, "%", "more_than"),)),
    Case("twee derde van de vloot", ((200 / 3, "%"),)),
    Case("een kwart minder uitstoot", ((25.0, "%"),)),
    Case("de uitstoot halveren tegen 2030", ((50.0, "%"),)),
    Case("10 miljoen yuan", ((10_000_000.0, "CNY"),)),
    Case("500 miljoen dollar", ((500_000_000.0, "USD"),)),
    Case("700%", ((700.0, "%"),)),
    Case("0,5%", ((0.5, "%"),)),
    Case("bijna 8 miljoen kWh", ((8_000_000.0, "kWh", "about"),)),
    Case("zo'n 60 procent", ((60.0, "%", "about"),)),
    Case("tenminste 95%", ((95.0, "%", "at_least"),)),
    Case("1,5 miljard euro", ((1_500_000_000.0, "EUR"),)),
    Case("een investering van 96 miljoen euro", ((96_000_000.0, "EUR"),)),
    Case("5.111,000 ton", ((5_111.0, "t"),), "Dutch notation: group dot, decimal comma"),
    Case("5,111.000 ton", ((5_111_000.0, "t"),), "English grouping in a Dutch text: flagged ambiguous"),
    Case("tussen 40 procent en 45 procent", ((40.0, "%"),)),
    Case("heeft zijn CO2-uitstoot ruim gehalveerd", ((50.0, "%"),)),
    Case("tot 1,08 kilo CO2-equivalent per liter melk", ((0.00108, "t"),)),
    # tekens en afkortingen (issue 33)
    Case("een daling van min 3 procent", ((-3.0, "%"),)),
    Case("een afboeking van -€2,3 mld.", ((-2.3e9, "EUR"),)),
    Case("4 bln euro aan investeringen", ((4e9, "EUR"),)),
    Case("1\u202f234,5 ton", ((1234.5, "t"),), "smalle harde spatie als scheidingsteken"),
)

NUMBER_NEGATIVE: tuple[str, ...] = (
    "staat voor een vijfde jaar in de index",  # een reeks, geen vijfde
    "een desktop35% goedkoper dan de rest",  # vast aan een woord dat geen woord van rang is
    "De scope 1- en 2-emissies van het bedrijf",
    "in de eerste helft van 2024",  # a period, no share
    "ZTE Corporation (0763.HK / 000063.SZ)",
    "de uitstoot in Scope 1&2 en scope 3",
    "scope 1- en scope 2-emissies",
    "het COP29 Green Digital Initiative",
    "5G-aangedreven toepassingen",
    "gecertificeerd volgens ISO 14001 en ISO 9001",
    "bel +31 10 555 0123 of 010-555-0123",
    "versie 3.0.1 van de software",
    "om 10.30 uur in Rotterdam",
    "sinds 2021",
    "tegen 2030",
    "CO2-uitstoot",
    "een bedrijf met een plan",
    "info@voorbeeld.nl",
    "de periode 2019-2024",  # een koppelteken tussen jaren is geen minteken
    "Een derde van de raad van bestuur is vrouw",  # een deel van een groep mensen
)

DATES: tuple[Case, ...] = (
    Case("6 mei 2024", ("2024-05-06",)),
    Case("13 januari 2026", ("2026-01-13",)),
    Case("1 februari 2023", ("2023-02-01",)),
    Case("31 december 2030", ("2030-12-31",)),
    Case("3 mrt. 2024", ("2024-03-03",)),
    Case("12 okt 2022", ("2022-10-12",)),
    Case("19 april 2021", ("2021-04-19",)),
    Case("Maandag 2 september 2024", ("2024-09-02",)),
    Case("in maart 2025", ("2025-03",)),
    Case("sinds juni 2021", ("2021-06",)),
    Case("13-01-2026", ("2026-01-13",)),
    Case("06/05/2024", ("2024-05-06",)),
    Case("2024-05-06", ("2024-05-06",)),
    Case("tegen 2030", ("2030",)),
    Case("In 2023 daalde de uitstoot", ("2023",)),
    Case("tussen 2019 en 2024", ("2019", "2024")),
    Case("SHENZHEN, China, 6 mei 2024 /PRNewswire/ --", ("2024-05-06",)),
    Case("ROTTERDAM, 18 februari 2025 – Northwind", ("2025-02-18",)),
    Case("per 1 juli 2025", ("2025-07-01",)),
    Case("het jaar 2050", ("2050",)),
    Case("14 mei 2024, 09:30 – door onze redactie", ("2024-05-14",)),
    Case("op 31 februari 2024", (), "bestaat niet: afgewezen, niet ingekort tot een maand"),
)

DATE_NEGATIVE: tuple[str, ...] = (
    "22.100 bedrijven",
    "1,5°C",
    "2030 ton CO2",
    "code 0763.HK",
    "ISO 14001",
    "telefoon 010 555 0123",
)

CLAIMS: tuple[Case, ...] = (
    # "scope 1- en 2-emissies": a scope, not the number 2; "daalden" (plural) a fall
    Case("De scope 1- en 2-emissies van Longwei daalden in 2024 met 18,6% ten opzichte van 2021.",
         ({"kind": "percentage", "value": 18.6, "direction": "decrease", "metric": "ghg_scope1_2",
           "period_year": 2024, "baseline_year": 2021},)),
    # an amount of change after "met": its verb may stand further left than a level's
    Case("In 2024 verminderde Longwei de uitstoot van broeikasgassen met 1,2 miljoen ton dankzij besparingen.",
         ({"kind": "quantity", "value": 1.2e6, "unit": "t", "direction": "decrease"},)),
    # "gaat ... halveren": a commitment in the future tense
    Case("IJmond Metaal gaat zijn CO2-uitstoot vóór 2035 halveren ten opzichte van 2020.",
         ({"kind": "target", "action": "reduce", "value": 50.0, "target_year": 2035, "baseline_year": 2020},)),
    # "meer dan in 2023" after a figure is a rise, not a qualifier
    Case("In 2024 verstrekte de bank ruim 3 miljard euro aan duurzame financiering, 18% meer dan in 2023.",
         ({'kind': 'quantity', 'value': 3000000000.0, 'unit': 'EUR', 'metric': 'investment', 'period_year': 2024, 'baseline_year': None},
          {"kind": "percentage", "value": 18.0, "direction": "increase", "baseline_year": 2023},)),
    # "omlaag" on its own is the verb of a reduction target
    Case("De CO2-uitstoot in scope 1 en 2 moet in 2030 met 55 procent omlaag ten opzichte van 2018.",
         ({"kind": "target", "action": "reduce", "value": 55.0, "target_year": 2030, "baseline_year": 2018,
           "metric": "ghg_scope1_2"},)),
    Case("Het bedrijf wil in 2050 klimaatneutraal zijn.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2050},)),
    Case("ZTE verbindt zich ertoe de scope 1- en scope 2-emissies met 52% te verminderen tegen 2030.",
         ({"kind": "target", "value": 52.0, "target_year": 2030, "metric": "ghg_scope1_2", "action": "reduce"},)),
    Case("Het bedrijf wil tegen 2045 netto nul bereiken in de hele waardeketen.",
         ({"kind": "target", "action": "net_zero", "target_year": 2045, "metric": "ghg_value_chain"},)),
    Case("Heineken streeft ernaar om in 2030 klimaatneutraal te zijn in de eigen productie, uiterlijk in 2030.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2030},)),
    Case("In 2023 is de totale CO2-uitstoot gedaald met 9,7% op jaarbasis.",
         ({"kind": "percentage", "value": 9.7, "direction": "decrease", "period_year": 2023, "metric": "ghg_total"},)),
    Case("De intensiteit van het energieverbruik steeg met 18,1%.",
         ({"kind": "percentage", "value": 18.1, "direction": "increase", "metric": "energy_intensity"},)),
    Case("ZTE heeft zijn Scope 1&2&3 koolstofemissies in 2024 met 14,317 miljoen ton verminderd ten opzichte van 2023.",
         ({"kind": "quantity", "value": 14_317_000.0, "unit": "t", "metric": "ghg_scope1_2_3", "baseline_year": 2023,
           "period_year": 2024, "direction": "decrease"},)),
    Case("Het bedrijf helpt operators jaarlijks meer dan 10 miljard kWh elektriciteit te besparen.",
         ({"kind": "quantity", "value": 10_000_000_000.0, "unit": "kWh", "qualifier": "more_than",
           "metric": "electricity_saving"},)),
    Case("Dit is het derde jaar op rij dat het bedrijf een A-score van CDP krijgt.",
         ({"kind": "award", "issuer": "CDP", "grade": "A", "streak": 3},)),
    Case("Verder ontving het bedrijf de Gold Medal van EcoVadis.",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Gold"},)),
    Case("De doelen zijn goedgekeurd door het Science Based Targets initiative (SBTi).",
         ({"kind": "award", "issuer": "SBTi"},)),
    Case("Daarmee behoort het tot de top 4% van bedrijven wereldwijd.",
         ({"kind": "percentage", "value": 4.0, "metric": "ranking"},)),
    Case("Die bedrijven vertegenwoordigen meer dan de helft van de marktkapitalisatie.",
         ({"kind": "percentage", "value": 50.0, "qualifier": "more_than"},)),
    Case("Het bedrijf investeert 1,5 miljard euro in zonneparken.",
         ({"kind": "quantity", "value": 1_500_000_000.0, "unit": "EUR", "metric": "investment"},)),
    Case("Het bedrijf behaalde een B van CDP voor water.", ({"kind": "award", "issuer": "CDP", "grade": "B"},)),
    # a target year past a semicolon belongs to the next clause: the 35% is a reported fall
    Case("De CO2-uitstoot is met 35% gedaald ten opzichte van 2021; uiterlijk in 2030 wil het bedrijf netto nul "
         "uitstoten.",
         ({"kind": "percentage", "value": 35.0, "direction": "decrease", "baseline_year": 2021},
          {"kind": "target", "action": "net_zero", "target_year": 2030})),
    Case("Noordkust streeft naar een halvering van de uitstoot in 2030 ten opzichte van 1990.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": 1990, "action": "reduce"},)),
    Case("Weidegoud wil de uitstoot per kilo melk in 2030 met 30% terugbrengen vergeleken met 2020.",
         ({"kind": "target", "value": 30.0, "target_year": 2030, "baseline_year": 2020, "action": "reduce"},)),
    # "goud" inside "Weidegoud" is no medal: the medal is the "gouden" one, and the claim starts there
    Case("Weidegoud behaalde een A- van CDP en een gouden EcoVadis-medaille.",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Gold", "start": 41},
          {"kind": "award", "issuer": "CDP", "grade": "A-"})),
    Case("De uitstoot daalde van 410.000 ton in 2019 naar 215.000 ton in 2024.",
         ({"kind": "quantity", "value": 410_000.0, "period_year": 2019},
          {"kind": "quantity", "value": 215_000.0, "period_year": 2024})),
    Case("62% van de stroom die de fabrieken in Nederland gebruiken is afkomstig uit hernieuwbare bronnen.",
         ({"kind": "percentage", "value": 62.0, "metric": "renewable_share"},)),
    Case("Het bedrijf wil in 2030 55 procent minder CO2 uitstoten dan in 2018 en in 2035 volledig circulair bouwen.",
         ({"kind": "target", "value": 55.0, "target_year": 2030, "baseline_year": 2018, "action": "reduce"},)),
    Case("Northwind wil de uitstoot halveren tegen 2030 ten opzichte van 2019.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": 2019, "action": "reduce"},)),
    # A year before the figure is the figure's when the one after it belongs to a pledge or the next figure.
    Case("Het bedrijf wil de uitstoot in scope 1 en 2 tegen 2030 met 55% verminderen ten opzichte van 2019 "
         "en uiterlijk in 2040 klimaatneutraal zijn.",
         ({"kind": "target", "value": 55.0, "target_year": 2030, "baseline_year": 2019, "action": "reduce"},
          {"kind": "target", "action": "carbon_neutral", "target_year": 2040})),
    Case("Tegen 2030 wil het concern de CO2-uitstoot met 60% verminderen en in 2050 netto nul zijn.",
         ({"kind": "target", "value": 60.0, "target_year": 2030}, {"kind": "target", "action": "net_zero",
                                                                   "target_year": 2050})),
    Case("ZTE wil de uitstoot met 52% verminderen tegen 2030 en met 90% tegen 2040, en in 2050 netto nul zijn.",
         ({"kind": "target", "value": 52.0, "target_year": 2030}, {"kind": "target", "value": 90.0, "target_year": 2040},
          {"kind": "target", "action": "net_zero", "target_year": 2050})),
    Case("MSCI verhoogde zijn ESG-rating naar AA, en het bedrijf werd voor het vijfde jaar op rij opgenomen in de "
         "Dow Jones Sustainability Emerging Markets Index.",
         ({"kind": "award", "issuer": "MSCI", "grade": "AA", "streak": None},
          {"kind": "award", "issuer": "S&P Global", "streak": 5})),
    Case("De fabrieken wekten 1,8 miljard kWh op met zonnepanelen, en de waterintensiteit daalde met 18,5%.",
         ({"kind": "quantity", "value": 1.8e9, "unit": "kWh"},
          {"kind": "percentage", "value": 18.5, "metric": "water", "direction": "decrease"})),
    Case("Acme recycleerde 1,2 miljoen ton kunststof, tegen 0,9 miljoen ton een jaar eerder.",
         ({"kind": "quantity", "value": 1_200_000.0, "unit": "t", "metric": "waste"},
          {"kind": "quantity", "value": 900_000.0, "unit": "t", "metric": "waste"})),
    Case("Acme wil de CO₂-uitstoot van haar fabrieken in 2030 met 50 procent hebben verlaagd ten opzichte van 2020.",
         ({"kind": "target", "value": 50.0, "action": "reduce", "target_year": 2030, "baseline_year": 2020},)),
    Case("Acme wil in 2040 klimaatneutraal produceren en uiterlijk in 2050 netto nul uitstoten in de hele keten.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2040},
          {"kind": "target", "action": "net_zero", "target_year": 2050})),
    Case("Acme wil in 2040 klimaatneutraal produceren. Daarvoor investeert Acme de komende vijf jaar 250 miljoen euro.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2040},
          {"kind": "quantity", "value": 250_000_000.0, "unit": "EUR", "period_year": None})),
    Case("Het waterverbruik per liter melk nam met 4,5 procent af.",
         ({"kind": "percentage", "value": 4.5, "metric": "water", "direction": "decrease"},)),
    Case("Het aandeel groene stroom nam met 3 procent toe.",
         ({"kind": "percentage", "value": 3.0, "direction": "increase"},)),
    Case("Zhenfeng Auto verlaagt CO2-uitstoot per voertuig met 21%",
         ({"kind": "percentage", "value": 21.0, "direction": "decrease"},)),
    Case("De MSCI ESG-rating van Acme werd verhoogd van BBB naar A.",
         ({"kind": "award", "issuer": "MSCI", "grade": "A"},)),
    Case("Het totale zonnevermogen op de fabrieksdaken bedraagt nu 420 megawatt.",
         ({"kind": "quantity", "value": 420_000.0, "unit": "kW", "metric": "solar_capacity"},)),
    Case("Acme verstrekte in 2024 voor 3,8 miljard euro aan groene leningen (2023: 2,0 miljard euro).",
         ({"kind": "quantity", "value": 3_800_000_000.0, "period_year": 2024},
          {"kind": "quantity", "value": 2_000_000_000.0, "period_year": 2023})),
    Case("Het aandeel elektrische auto's in het wagenpark steeg van 35 naar 61 procent.",
         ({"kind": "percentage", "value": 35.0}, {"kind": "percentage", "value": 61.0})),
    # a prize named in one word; the streak goes to it, not to the medal of the next clause
    Case("Acme ontving voor het derde jaar op rij de Kristalprijs van de Transparantiebenchmark en behaalde een "
         "EcoVadis Platinum-medaille.",
         ({"kind": "award", "award": "Kristalprijs", "issuer": "Transparantiebenchmark", "streak": 3},
          {"kind": "award", "issuer": "EcoVadis", "grade": "Platinum", "streak": None})),
    # a pledge whose year opens the sentence ("In 2040 moet ... klimaatneutraal zijn")
    Case("In 2040 moet Rijnhaven Logistiek klimaatneutraal zijn.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2040},)),
    # "nu" (now): the target's year before it is not the period of the share after it
    Case("Het aandeel elektrische vrachtwagens moet groeien naar 40 procent in 2027; nu rijdt 12 procent elektrisch.",
         ({"kind": "target", "value": 40.0, "target_year": 2027},
          {"kind": "percentage", "value": 12.0, "period_year": None})),
    Case("In de eerste helft van 2025 daalde de CO2-uitstoot met 8 procent.",
         ({"kind": "percentage", "value": 8.0, "direction": "decrease", "metric": "ghg_total", "period_year": 2025},)),
    Case("Het waterverbruik daalde vorig jaar met 1,2 miljoen kubieke meter.",
         ({"kind": "quantity", "value": 1_200_000.0, "unit": "m3", "metric": "water", "direction": "decrease"},),
         published="2025-04-03"),
    # a pledge's year is no period: a reported figure's year has passed
    Case("Zuidplas Zuivel verlaagt uitstoot met een kwart en mikt op netto nul in 2050",
         ({"kind": "percentage", "value": 25.0, "direction": "decrease", "period_year": None},
          {"kind": "target", "action": "net_zero", "target_year": 2050}), published="2025-09-09"),
    # "procent meer" is a rise; "minder dan" before a figure an upper bound, no fall
    Case("Er werd 310 miljoen kilowattuur zonnestroom opgewekt, bijna 30 procent meer dan een jaar eerder.",
         ({'kind': 'quantity', 'value': 310000000.0, 'unit': 'kWh', 'metric': 'other', 'baseline_year': None},
          {"kind": "percentage", "value": 30.0, "direction": "increase", "qualifier": "about"},)),
    Case("Kolen zijn nog goed voor minder dan 10 procent van de brandstof.",
         ({"kind": "percentage", "value": 10.0, "direction": None, "qualifier": "up_to"},)),
    Case("De uitstoot was 9,7% minder dan een jaar eerder.",
         ({"kind": "percentage", "value": 9.7, "direction": "decrease"},)),
    # a giver after a clause of its own ("en heeft van ...") is not the award's
    Case("Zuiderhaven ontving voor de derde keer op rij de Transparantprijs en heeft van Sustainalytics een "
         "ESG-risicoscore van 9,8 (laag risico).",
         ({"kind": "award", "award": "Transparantprijs", "issuer": None, "streak": 3},
          {"kind": "award", "issuer": "Sustainalytics", "grade": "Low Risk"})),
    # a pledge with its year before it, the next clause with a year of its own; a year to come opens no paragraph
    Case("Groeneveld wil in 2030 volledig emissievrij bouwen en de totale uitstoot in de keten (scope 3) uiterlijk "
         "in 2035 met de helft verminderen. Het bedrijf investeert daarvoor de komende vijf jaar 120 miljoen euro.",
         ({"kind": "target", "action": "net_zero", "target_year": 2030, "metric": "ghg_total"},
          {"kind": "target", "value": 50.0, "metric": "ghg_scope3", "target_year": 2035},
          {"kind": "quantity", "value": 120_000_000.0, "unit": "EUR", "period_year": None}), published="2025-04-03"),
    # waste in a compound; a prize in one word runs on in capitals
    Case("De hoeveelheid bouwafval daalde tot 41.000 ton.",
         ({"kind": "quantity", "value": 41_000.0, "metric": "waste", "direction": "decrease"},)),
    Case("Groeneveld Bouw won de Duurzaamheidsprijs Bouw 2024.",
         ({"kind": "award", "award": "Duurzaamheidsprijs Bouw 2024", "period_year": 2024},)),
    # a verb of use before the amount, and electricity, are power consumption
    Case("Het waterbedrijf verbruikte vorig jaar 84 miljoen kWh elektriciteit, 6 procent minder dan in 2023.",
         ({"kind": "quantity", "value": 84_000_000.0, "metric": "power_consumption"},
          {"kind": "percentage", "value": 6.0, "metric": "power_consumption", "direction": "decrease"}),
         published="2025-04-03"),
    Case("Het bedrijf verbruikte in 2024 nog 2 miljoen m3 water.",
         ({"kind": "quantity", "value": 2_000_000.0, "metric": "water"},)),
    # the exact figure in brackets, not the fraction; from solar and wind together: a renewable share
    Case("Bijna driekwart daarvan (72 procent) kwam uit eigen zonneparken en windturbines.",
         ({"kind": "percentage", "value": 72.0, "metric": "renewable_share"},)),
    # a prize in one word with capitalised words before it; the level of the CO2-Prestatieladder and its streak
    Case("Voor de aanpak ontving Rivierland in maart de Nationale Waterinnovatieprijs.",
         ({"kind": "award", "award": "Nationale Waterinnovatieprijs"},)),
    Case("Ook behaalde het bedrijf voor het derde jaar op rij trede 5 op de CO2-Prestatieladder.",
         ({"kind": "award", "issuer": "SKAO", "grade": "5", "streak": 3},)),
    Case("Acme won de Duurzaamheidsprijs in de categorie Water en Klimaat.",
         ({"kind": "award", "award": "Duurzaamheidsprijs", "grade": "Water en Klimaat"},)),
    Case("Acme is uitgeroepen tot een van de Beste Werkgevers van Nederland.",
         ({"kind": "award", "award": "Beste Werkgevers van Nederland", "rule": "nl.award.named_among"},)),
    # the years of the target before it: "in dezelfde periode"
    Case("Acme wil de uitstoot in scope 1 en 2 met 46% verminderen tegen 2030. Ook wil het de scope 3-uitstoot in "
         "dezelfde periode met 28% verminderen.",
         ({'kind': 'target', 'value': 46.0, 'metric': 'ghg_scope1_2', 'action': 'reduce', 'target_year': 2030},
          {"kind": "target", "value": 28.0, "metric": "ghg_scope3", "target_year": 2030, "rule": "nl.target.same_period"},)),
    Case("De uitstoot van de fabriek kwam uit op 548 kg CO2 per ton cement, 4 procent minder dan een jaar eerder.",
         ({'kind': 'quantity', 'value': 0.548, 'unit': 't', 'metric': 'emission_intensity', 'baseline_year': None},
          {"kind": "percentage", "value": 4.0, "metric": "emission_intensity", "direction": "decrease"},)),
    # a list the company was proclaimed, with its giver and streak; "gecommitteerd" is a commitment
    Case("Supermarktketen Verhoef is voor de vierde keer op rij uitgeroepen tot Duurzaamste Supermarkt van Nederland "
         "door Questionmark.",
         ({"kind": "award", "award": "Duurzaamste Supermarkt van Nederland", "issuer": "Questionmark", "streak": 4},)),
    Case("Verhoef heeft zich bij het SBTi gecommitteerd aan een reductie van de scope 3-uitstoot met 30 procent in 2030.",
         ({"kind": "target", "value": 30.0, "metric": "ghg_scope3", "target_year": 2030},), published="2025-06-12"),
    Case("De voedselverspilling daalde met een vijfde.",
         ({"kind": "percentage", "value": 20.0, "metric": "waste", "direction": "decrease"},)),
    Case("Duurzame energie leverde 27% van de stroom; Acme wil dat aandeel verhogen naar 50% in 2030.",
         ({'kind': 'percentage', 'value': 27.0, 'metric': 'renewable_share', 'baseline_year': None},
          {"kind": "target", "value": 50.0, "metric": "renewable_share", "action": "reach", "target_year": 2030},)),
    # veertiende ronde: de uitstoot per kilo product is een intensiteit, ook met woorden ertussen
    Case("De uitstoot van broeikasgassen per kilo melk daalde vorig jaar met 7,3 procent.",
         ({"kind": "percentage", "value": 7.3, "metric": "emission_intensity", "direction": "decrease"},),
         published="2025-06-01"),
    # een doel dat het vorige herhaalt voor een ander jaar ("moet dat")
    Case("Weidegoud wil de uitstoot in de hele keten per liter melk in 2035 met 45 procent verminderen ten opzichte "
         "van 2020. In 2030 moet dat 25 procent zijn.",
         ({"kind": "target", "value": 45.0, "metric": "emission_intensity", "target_year": 2035},
          {"kind": "target", "value": 25.0, "metric": "emission_intensity", "action": "reduce", "target_year": 2030,
           "baseline_year": 2020, "rule": "nl.target.refers_back"}), published="2025-06-01"),
    Case("Het aandeel biologische melk steeg naar 31 procent; in 2030 moet dat 45 procent zijn.",
         ({'kind': 'percentage', 'value': 31.0, 'metric': 'other', 'direction': 'increase', 'baseline_year': None},
          {"kind": "target", "value": 45.0, "action": "reach", "target_year": 2030, "rule": "nl.target.refers_back"},),
         published="2025-06-01"),
    # geen CO2 meer uitstoten is een belofte van nul
    Case("De eigen fabrieken stoten tegen 2030 geen CO2 meer uit.",
         ({"kind": "target", "action": "net_zero", "target_year": 2030},)),
    Case("In 2024 verstrekte de bank 2,1 miljard euro aan groene leningen.",
         ({"kind": "quantity", "value": 2.1e9, "metric": "investment"},)),
    # een bijzin met een eigen onderwerp herhaalt het cijfer ervoor niet
    Case("De uitstoot bedroeg 1,1 miljoen ton CO2, terwijl de productie met 8% groeide.",
         ({'kind': 'quantity', 'value': 1100000.0, 'unit': 't', 'metric': 'ghg_total', 'baseline_year': None},
          {"kind": "percentage", "value": 8.0, "metric": "other", "direction": "increase"},)),
    # vijftiende ronde: de Lean & Green Star
    Case("Het bedrijf ontving in juni de Lean & Green Star.",
         ({"kind": "award", "award": "Lean & Green Star", "issuer": "Lean & Green"},)),
    # een cijfer na "ondanks" heeft een eigen onderwerp
    Case("De uitstoot daalde tot 1,2 miljoen ton ondanks 9% meer productie.",
         ({"kind": "percentage", "value": 9.0, "metric": "other"},
          {"kind": "quantity", "value": 1.2e6, "metric": "ghg_total", "direction": "decrease"})),
    # een gehalveerde uitstoot, en het jaar van de eerste zin van de alinea voor de cijfers erna (de dag van
    # de datumregel is geen cijfer); de kop en de tekst noemen dezelfde daling één keer
    Case("Rijnvallei: CO2-uitstoot gehalveerd\n\nUTRECHT, 11 februari 2025 – Drinkwaterbedrijf Rijnvallei heeft zijn "
         "CO2-uitstoot in 2024 ruim gehalveerd ten opzichte van 2018. De uitstoot kwam uit op 21,4 kiloton CO2, een "
         "daling van 53 procent.",
         ({"kind": "percentage", "value": 50.0, "direction": "decrease", "period_year": 2024, "baseline_year": 2018,
           "qualifier": "more_than", "mentions": 2},
          {"kind": "quantity", "value": 21_400.0, "period_year": 2024},
          {"kind": "percentage", "value": 53.0, "period_year": 2024}), published="2025-02-11"),
    # een waterbedrijf is geen waterverbruik
    Case("Waterbedrijf Noordrand verlaagde zijn CO2-uitstoot vorig jaar met 12 procent.",
         ({"kind": "percentage", "value": 12.0, "metric": "ghg_total"},), published="2025-02-11"),
    # een aandeel van iets eigens na "en" neemt de maatstaf van het cijfer ervoor niet over
    Case("Het waterverbruik daalde naar 2,1 miljoen m3 en 40% van de filialen is gecertificeerd.",
         ({"kind": "quantity", "value": 2.1e6, "metric": "water"}, {"kind": "percentage", "value": 40.0, "metric": "other"})),
    # een gemeld cijfer na een doel is geen doel
    Case("Rijnvallei zet doel voor 2035 en meldt 9% minder uitstoot.",
         ({"kind": "percentage", "value": 9.0, "direction": "decrease"},)),
    # een intensiteit in kilo CO2-equivalent met de maatstaf van het cijfer ervoor
    Case("De uitstoot van broeikasgassen per kilo melk daalde vorig jaar met 7,3 procent ten opzichte van 2022, tot "
         "1,08 kilo CO2-equivalent.",
         ({'kind': 'percentage', 'value': 7.3, 'metric': 'emission_intensity', 'direction': 'decrease', 'baseline_year': 2022, 'period_year': 2024},
          {"kind": "quantity", "value": 0.00108, "unit": "t", "metric": "emission_intensity"},), published="2025-06-04"),
    # een bedrag voor de komende jaren krijgt het jaar van de alinea niet
    Case("Vorig jaar daalde de uitstoot. Rijnvallei investeert de komende vijf jaar circa 85 miljoen euro in zonneparken.",
         ({"kind": "quantity", "value": 8.5e7, "metric": "investment", "period_year": None},), published="2025-02-11"),
    # seventeenth round: the year after the figure is the pledge's, even with a word between ("volledig")
    Case("Het bedrijf wil de SF6-emissies in 2030 halveren ten opzichte van 2020 en uiterlijk in 2035 volledig "
         "klimaatneutraal opereren.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": 2020},
          {"kind": "target", "action": "carbon_neutral", "target_year": 2035})),
    # the level a change came to measures what the change measures, however far after it
    Case("Deltanet heeft in 2024 de CO2-uitstoot van de eigen bedrijfsvoering met 17 procent verlaagd ten opzichte "
         "van een jaar eerder, tot 41,3 kiloton.",
         ({"kind": "percentage", "value": 17.0, "metric": "ghg_scope1_2"},
          {"kind": "quantity", "value": 41_300.0, "metric": "ghg_scope1_2", "period_year": 2024})),
    Case("De CO2-uitstoot daalde met 17 procent tot 41,3 kiloton, vergeleken met 2023.",
         ({'kind': 'quantity', 'value': 41300.0, 'unit': 't', 'metric': 'ghg_total', 'baseline_year': None},
          {"kind": "percentage", "value": 17.0, "direction": "decrease", "baseline_year": 2023},)),
    # a change against another year, with no keyword of its own, is of the sum before it
    Case("Deltanet investeerde in 2024 1,4 miljard euro in uitbreiding en verzwaring van het net, ruim een kwart "
         "meer dan in 2023.",
         ({'kind': 'quantity', 'value': 1400000000.0, 'unit': 'EUR', 'metric': 'investment', 'period_year': 2024, 'baseline_year': None},
          {"kind": "percentage", "value": 25.0, "metric": "investment", "baseline_year": 2023},)),
    Case("Het vastgoedfonds behaalde opnieuw vijf sterren in de GRESB-benchmark.",
         ({"kind": "award", "issuer": "GRESB", "grade": "5-star"},)),
    # eighteenth round: "eind 2024" is the figure's year; after a goal, the release's own year is the target's
    Case("Gildezorg heeft de CO2-voetafdruk van zijn aandelenportefeuille eind 2024 met 42 procent verlaagd "
         "vergeleken met 2019.",
         ({"kind": "percentage", "value": 42.0, "period_year": 2024, "baseline_year": 2019},), published="2025-05-08"),
    Case("Het fonds ligt daarmee voor op schema: het doel was een daling van 40 procent in 2025.",
         ({"kind": "target", "value": 40.0, "target_year": 2025, "action": "reduce"},), published="2025-05-08"),
    Case("De uitstoot daalde met 12 procent in 2025.",  # no goal: a figure of the release's year
         ({"kind": "percentage", "value": 12.0, "period_year": 2025},), published="2025-11-08"),
    Case("Daarvan is 6,4 miljard euro belegd in klimaatoplossingen, zoals wind- en zonneparken.",
         ({"kind": "quantity", "value": 6.4e9, "metric": "investment"},)),
    # issue 32, classes 8 and 9: signs, scale suffixes, energy written as power per hour, qualifiers, streaks,
    # one scope alone, energy that is no share, directions
    # a sign kept: with no verb of change, a minus is a fall; a temperature below zero is no warming limit
    Case('Waterverbruik: −3,5 procent ten opzichte van vorig jaar.',
         ({'kind': 'percentage', 'value': -3.5, 'metric': 'water', 'direction': 'decrease', 'qualifier': None},), published='2024-03-01'),
    Case('De nieuwe vrieshal houdt de producten op -25 graden Celsius.',
         ({'kind': 'quantity', 'value': -25.0, 'unit': '°C', 'metric': 'other', 'qualifier': None},)),
    # a scale word before the unit
    Case('De uitstoot bedroeg in 2023 1,2 mln ton CO2.',
         ({'kind': 'quantity', 'value': 1200000.0, 'unit': 't', 'metric': 'ghg_total', 'qualifier': None},)),
    # energy written as power per hour is energy; an amount of energy is no renewable share
    Case('De zonnepanelen op de daken leveren 12.500 MW/h per jaar.',
         ({'kind': 'quantity', 'value': 12500000.0, 'unit': 'kWh', 'metric': 'other', 'qualifier': None},)),
    Case('De zonneparken wekten in 2023 42.000 MWh groene stroom op.',
         ({'kind': 'quantity', 'value': 42000000.0, 'unit': 'kWh', 'metric': 'other', 'qualifier': None},)),
    # below a limit is up_to ('ruim' alone is more_than), a floor at_least, 'ruim boven de' more_than
    Case('Het bedrijf wil de opwarming beperken tot ruim onder de 2 graden Celsius.',
         ({'kind': 'quantity', 'value': 2.0, 'unit': '°C', 'metric': 'temperature_limit', 'qualifier': 'up_to'},)),
    Case('Het bedrijf wil in 2030 minstens 40 procent minder uitstoten.',
         ({'kind': 'target', 'value': 40.0, 'qualifier': 'at_least', 'target_year': 2030, 'action': 'reduce'},)),
    Case('Het bedrijf wil in 2030 niet minder dan 40 procent minder uitstoten.',
         ({'kind': 'target', 'value': 40.0, 'qualifier': 'at_least', 'target_year': 2030, 'action': 'reduce'},)),
    Case('Het aandeel groene stroom lag in 2023 ruim boven de 40 procent.',
         ({'kind': 'percentage', 'value': 40.0, 'metric': 'renewable_share', 'direction': None, 'qualifier': 'more_than'},)),
    # directions: 'met 20% gereduceerd', 'nam af met', 'procent onder het niveau van'; what the company runs itself
    # ('het materieel') is scope 1 and 2, fuel per sea mile an intensity
    Case('Brouwer heeft de CO2-uitstoot van het materieel al met 20% gereduceerd.',
         ({'kind': 'percentage', 'value': 20.0, 'metric': 'ghg_scope1_2', 'direction': 'decrease', 'qualifier': None},)),
    Case('Het brandstofverbruik per zeemijl nam af met 3 procent in 2023.',
         ({'kind': 'percentage', 'value': 3.0, 'metric': 'energy_intensity', 'direction': 'decrease', 'qualifier': None},)),
    Case('In 2024 lag de uitstoot 38 procent onder het niveau van 1990.',
         ({'kind': 'percentage', 'value': 38.0, 'metric': 'ghg_total', 'direction': 'decrease', 'qualifier': None},)),
    # one scope alone: no metric names it ('other'); scopes 1 and 2 together stay ghg_scope1_2
    Case('De directe uitstoot (scope 1) bedroeg 12.000 ton CO2 in 2023.',
         ({'kind': 'quantity', 'value': 12000.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('Scope 2: 4.100 ton CO2 in 2023.',
         ({'kind': 'quantity', 'value': 4100.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('De uitstoot in scope 1 en 2 bedroeg 16.500 ton CO2 in 2023.',
         ({'kind': 'quantity', 'value': 16500.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'qualifier': None},)),
    # a streak's ordinal is no fraction; a real fraction still is
    Case('Voor een derde jaar op rij staat het bedrijf op de A-lijst van CDP.',
         ({'kind': 'award', 'issuer': 'CDP', 'grade': 'A', 'streak': 3},)),
    Case('Een derde van de vestigingen draait nu op zonnestroom.',
         ({'kind': 'percentage', 'value': 33.3333333333, 'metric': 'solar_capacity', 'direction': None, 'qualifier': None},)),
    Case('Met die score hoort het bedrijf bij de beste 35 procent van de sector.',
         ({'kind': 'percentage', 'value': 35.0, 'metric': 'ranking', 'direction': None, 'qualifier': None},)),
    # what a figure measures: the company's own fleet is scope 1 and 2, financed emissions scope 3, drinking water water
    Case('De uitstoot van de eigen vloot daalde in 2023 met 14 procent.',
         ({'kind': 'percentage', 'value': 14.0, 'metric': 'ghg_scope1_2', 'direction': 'decrease', 'qualifier': None},)),
    Case('De gefinancierde uitstoot daalde in 2023 met 21 procent.',
         ({'kind': 'percentage', 'value': 21.0, 'metric': 'ghg_scope3', 'direction': 'decrease', 'qualifier': None},)),
    Case('Het drinkwaterverbruik daalde in 2023 met 7 procent.',
         ({'kind': 'percentage', 'value': 7.0, 'metric': 'water', 'direction': 'decrease', 'qualifier': None},)),
    Case('De uitstoot van de vloot daalde in 2023 met 14 procent.',
         ({'kind': 'percentage', 'value': 14.0, 'metric': 'ghg_total', 'direction': 'decrease', 'qualifier': None},)),
    # electricity used is consumption, with a group separator in the amount
    Case('De sorteercentra verbruikten in 2023 42.000 MWh elektriciteit.',
         ({'kind': 'quantity', 'value': 42000000.0, 'unit': 'kWh', 'metric': 'power_consumption', 'qualifier': None},)),
    # a change in percentage points written before its direction
    Case('Het aandeel hernieuwbare energie lag in 2024 op 48 procent, 6 procentpunt meer dan een jaar eerder.',
         ({'kind': 'percentage', 'value': 48.0, 'metric': 'renewable_share', 'direction': None, 'qualifier': None}, {'kind': 'percentage', 'value': 6.0, 'metric': 'renewable_share', 'direction': 'increase', 'qualifier': None},)),
)

# issue 32: classes of errors seen on releases modelled on real ones
CLAIMS += (
    # bedrijfsfeiten (issue 32): een bedrag na omzet of balanstotaal is geen claim, een investering wel
    Case("De omzet steeg naar 1,2 miljard euro en het bedrijf investeerde 90 miljoen euro in warmtepompen.",
         ({"kind": "quantity", "value": 90_000_000.0, "unit": "EUR", "metric": "investment"},)),
    Case("De groep verwerkte in 2024 18.000 ton afval tot nieuwe grondstoffen.",
         ({"kind": "quantity", "value": 18_000.0, "unit": "t", "metric": "waste", "period_year": 2024},)),
    # een lijst onder een aanloopzin met het jaar: elk punt is een doel voor dat jaar
    Case("Zuivelgroep Kempen heeft zich voor 2030 de volgende doelen gesteld:\n– 40 procent minder uitstoot van de eigen "
         "fabrieken;\n– 100 procent groene stroom.",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "action": "reduce"},
          {"kind": "target", "value": 100.0, "target_year": 2030, "action": "reach", "metric": "renewable_share"})),
    # ... of in de regel na de lijst, die de doelen noemt
    Case("De keten wil:\n- het waterverbruik met 20 procent verlagen;\n- het voedselverlies halveren.\n\n"
         "Alle doelen gelden voor 2030, met 2020 als basisjaar.",
         ({"kind": "target", "value": 20.0, "target_year": 2030, "baseline_year": 2020, "action": "reduce",
           "metric": "water"},
          {"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": 2020, "action": "reduce"})),
    # een lijst met resultaten blijft resultaten
    Case("In 2023 bereikte de groep:\n- 12 procent minder energieverbruik;\n- 9 procent minder waterverbruik.",
         ({"kind": "percentage", "value": 12.0}, {"kind": "percentage", "value": 9.0})),
    # de wens van een andere partij is geen doel van het bedrijf: een percentage; het eigen doel wel
    Case("De milieuorganisatie wil dat bedrijven in 2030 40 procent minder uitstoten.",
         ({"kind": "percentage", "value": 40.0},)),
    Case("Acme wil dat zijn uitstoot in 2030 40 procent lager ligt dan in 2020.",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "baseline_year": 2020},)),
    # een wens gezegd als wat anderen moeten doen; na het eigen doel verandert zij niets
    Case("Milieudefensie vindt dat banken in Nederland hun uitstoot in 2030 met 45 procent moeten verlagen.",
         ({"kind": "percentage", "value": 45.0},)),
    Case("Acme wil de uitstoot in 2030 met 45 procent verlagen, al zegt het dat de sector achterblijft.",
         ({"kind": "target", "value": 45.0, "target_year": 2030},)),
    # een netto-nul- of uitstootvrije belofte als toestand in een jaar, met het eigen jaar van de belofte
    Case("In 2045 moeten alle vestigingen netto nul uitstoten.",
         ({"kind": "target", "action": "net_zero", "target_year": 2045},)),
    Case("Het bedrijf wil pas in 2050 geen CO2 meer uitstoten, ook niet in de keten.",
         ({"kind": "target", "action": "net_zero", "target_year": 2050},)),
    Case("Pakketbezorger Snel wil tegen 2030 uitstootvrij bezorgen in de 30 grootste steden.",
         ({"kind": "target", "action": "net_zero", "target_year": 2030},)),
    Case("De directie herhaalde het netto-nuldoel van het bedrijf voor 2045.",
         ({"kind": "target", "action": "net_zero", "target_year": 2045},)),
    # resultaten en doelen: de waarde van een doelwoord is een doel, de uitkomst erna een resultaat
    Case("Het tussendoel voor 2030 is een daling van 50%.",
         ({"kind": "target", "value": 50.0, "target_year": 2030},)),
    Case("Westland Energie heeft het doel om de uitstoot in 2023 met 35 procent te verlagen ruimschoots gehaald: de "
         "daling bedroeg 41 procent.",
         ({"kind": "target", "value": 35.0, "target_year": 2023},
          {"kind": "percentage", "value": 41.0}), published="2024-12-05"),
    Case("De energiebesparing kwam vorig jaar uit op 3,1 procent, dicht bij het jaardoel van 4 procent.",
         ({"kind": "percentage", "value": 3.1}, {"kind": "target", "value": 4.0, "target_year": None}),
         published="2024-12-05"),
    Case("Voortgang op de doelen: het energieverbruik daalde in 2023 met 6 procent.",
         ({"kind": "percentage", "value": 6.0, "direction": "decrease", "period_year": 2023},), published="2024-03-01"),
    # meerdere doelen in één zin, elk met een eigen jaar; een jaar dat terugverwijst
    Case("Brouwer Infra wil de eigen uitstoot in 2026 met 60% verlagen en in 2035 met 85%, beide ten opzichte van 2019. "
         "In datzelfde jaar wil het bedrijf ook de uitstoot per ton asfalt met 25 procent verlagen.",
         ({"kind": "target", "value": 60.0, "target_year": 2026}, {"kind": "target", "value": 85.0, "target_year": 2035},
          {"kind": "target", "value": 25.0, "target_year": 2035}), published="2024-06-01"),
    # doelen als zelfstandig naamwoord na een werkwoord van mikken; een aandeel dat gehaald moet worden
    Case("Veldhoven wil in 2028 een CO2-reductie van 40 procent realiseren. Daarnaast mikt Veldhoven in dezelfde periode "
         "op een daling van 25 procent van het waterverbruik.",
         ({"kind": "target", "value": 40.0, "target_year": 2028, "action": "reduce"},
          {"kind": "target", "value": 25.0, "target_year": 2028, "action": "reduce", "metric": "water"}),
         published="2024-06-01"),
    Case("Verder wil de groep in 2027 minstens 70 procent van de brandstof voor de veerboten uit biobrandstof halen.",
         ({"kind": "target", "value": 70.0, "target_year": 2027, "action": "reach", "qualifier": "at_least"},),
         published="2025-05-27"),
    # een tabel als tekst: de kop geeft de eenheid en het jaar aan de regels eronder
    Case("Uitstoot 2023 (ton CO2)\nScope 1 en 2: 184.000\nScope 3: 512.000",
         ({"kind": "quantity", "value": 184_000.0, "unit": "t", "metric": "ghg_scope1_2", "period_year": 2023},
          {"kind": "quantity", "value": 512_000.0, "unit": "t", "metric": "ghg_scope3", "period_year": 2023})),
    Case("Kerncijfers 2023\nMedewerkers: 3.100\nVestigingen: 41",
         ()),
    # een tabel met een kolom doelen voor een jaar: de percentages erin zijn doelen voor dat jaar
    Case("Sector | Maatstaf | Doel 2030 (t.o.v. 2019)\nElektriciteit | kg CO2 per MWh | -40%\nCement | ton CO2 per ton "
         "cement | -15%",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "action": "reduce", "metric": "emission_intensity",
           "baseline_year": 2019},
          {"kind": "target", "value": 15.0, "target_year": 2030, "action": "reduce", "metric": "emission_intensity",
           "baseline_year": 2019})),
    # kolommen met jaren zonder doel zijn resultaten
    Case("Sector | 2023 | 2024\nCement | -12% | -18%",
         ({"kind": "percentage", "value": -12.0}, {"kind": "percentage", "value": -18.0})),
    # een doelwoord in een andere bijzin, of voor een verandering van een voorbij jaar: een resultaat
    Case("Om dat doel te halen daalde de uitstoot vorig jaar al met 12 procent.",
         ({"kind": "percentage", "value": 12.0, "direction": "decrease", "period_year": 2023},), published="2024-03-01"),
    # het niveau waarvan een doel vertrekt is geen doel
    Case("Acme wil het aandeel groene stroom in 2030 verhogen naar 60 procent, tegenover 35 procent nu.",
         ({"kind": "target", "value": 60.0, "target_year": 2030}, {"kind": "percentage", "value": 35.0}),
         published="2024-03-01"),
)

# issue 32 klasse 7, onderscheidingen en beoordelingen: plaatsen op lijsten, TGO's programma's (uitgever TGO), DJSI
# en het Yearbook van S&P Global met hun onderscheiding, goedkeuringen in verschillende jaren, beoordelingswerkwoorden
CLAIMS += (
    Case("Acme staat op de vierde plaats van de Questionmark Superlijst Klimaat.",
         ({"kind": "award", "award": "Questionmark Superlijst Klimaat", "issuer": "Questionmark", "grade": "4th",
           "rule": "nl.award.list_place"},)),
    Case("Het fonds staat voor het tweede jaar op rij bovenaan de VBDO-benchmark voor verantwoord beleggen.",
         ({"kind": "award", "award": "VBDO-benchmark", "issuer": "VBDO", "grade": "1st", "streak": 2},)),
    Case("Siam Agro kreeg van TGO de beoordeling Excellent in de Low Carbon and Sustainable Business Index (LCSi).",
         ({"kind": "award", "award": "Low Carbon and Sustainable Business Index (LCSi)", "issuer": "TGO",
           "grade": "Excellent", "rule": "nl.award.programme_level"},)),
    Case("Acme is opgenomen in het S&P Global Sustainability Yearbook 2025 met de onderscheiding Top 5%.",
         ({"kind": "award", "issuer": "S&P Global", "grade": "Top 5%", "period_year": 2025},
          {"kind": "percentage", "value": 5.0, "metric": "ranking"}), published="2025-02-20"),
    # twee goedkeuringen in twee jaren zijn twee rijen
    Case("Het Science Based Targets initiative keurde in 2021 al het doel voor 2030 goed. Dit jaar valideerde het SBTi "
         "ook het netto-nuldoel van het bedrijf voor 2045.",
         ({"kind": "award", "issuer": "SBTi", "period_year": 2021}, {"kind": "award", "issuer": "SBTi", "period_year": 2024},
          {"kind": "target", "action": "net_zero", "target_year": 2045}), published="2024-12-05"),
    # een goedkeuring van de bedrijven waarin een fonds belegt is niet die van het fonds
    Case("Van de bedrijven waarin het fonds belegt, heeft 58 procent een door het SBTi goedgekeurd klimaatdoel.",
         ({"kind": "percentage", "value": 58.0},)),
    # een cijfer na een werkwoord met zijn lijdend voorwerp ertussen; het eerdere cijfer is een rij van zijn eigen jaar
    Case("CDP gaf Westland Energie dit jaar een A- voor klimaat, na een B vorig jaar.",
         ({"kind": "award", "award": "CDP climate change rating", "grade": "A-", "period_year": 2024},
          {"kind": "award", "grade": "B", "period_year": 2023, "rule": "nl.award.earlier_grade"}), published="2024-12-05"),
    Case("MSCI beoordeelt het bedrijf met A.", ({"kind": "award", "issuer": "MSCI", "grade": "A"},)),
    Case("Het bedrijf is door MSCI opnieuw met AA beoordeeld.", ({"kind": "award", "issuer": "MSCI", "grade": "AA"},)),
    Case("Groenkrediet heeft van ISS ESG de Prime-status gekregen.", ({"kind": "award", "issuer": "ISS ESG", "grade": "Prime"},)),
    # een reeks geschreven als "voor het tweede jaar"
    Case("Acme staat voor het tweede jaar op de CDP A-lijst.", ({"kind": "award", "issuer": "CDP", "grade": "A", "streak": 2},)),
    # een zin die zegt dat een goedkeuring (nog) niet gegeven is, laat de goedkeuring van de andere zin staan
    Case("Het SBTi keurde in 2021 de doelen van het bedrijf goed, en de nieuwe doelen heeft het bedrijf ter validatie "
         "ingediend bij het SBTi.", ({"kind": "award", "issuer": "SBTi", "period_year": 2021},), published="2024-05-01"),
    # de letter van een woord ("een A-merk") is geen cijfer
    Case("Acme, een A-merk, scoorde een B bij CDP.", ({"kind": "award", "issuer": "CDP", "grade": "B"},), published="2024-05-01"),
    # een onderscheiding die dichter bij een andere index staat, hoort bij die index
    Case("Het bedrijf is opgenomen in de Dow Jones Sustainability Index Europe en behaalde een Top 10%-score in de "
         "S&P Global CSA.",
         ({"kind": "award", "award": "Dow Jones Sustainability Index Europe", "grade": None},
          {"kind": "award", "award": "S&P Global CSA", "grade": "Top 10%"},
          {"kind": "percentage", "value": 10.0, "metric": "ranking"})),
)

# a share glued to the word of rank before it (issue 32 class 8)
CLAIMS += (
    Case('Met die score hoort het bedrijf bij de Top35% van de sector.',
         ({"kind": "percentage", "value": 35.0, "metric": "ranking"},)),
)

# een verandering tegenover een jaar dat erna staat heeft dat basisjaar; een vergelijking zonder jaar niet
CLAIMS += (
    Case("De uitstoot lag 21% lager dan eind 2022.",
         ({"kind": "percentage", "value": 21.0, "baseline_year": 2022, "direction": "decrease"},), published="2025-03-01"),
    Case("In 2024 lag de uitstoot 38 procent onder het niveau van 1990.",
         ({"kind": "percentage", "value": 38.0, "baseline_year": 1990, "period_year": 2024},), published="2025-03-01"),
    Case("De uitstoot lag 21% lager dan die van de concurrent.",
         ({"kind": "percentage", "value": 21.0, "baseline_year": None},), published="2025-03-01"),
)

# wat een bank of fonds financiert is scope 3; de eigen centrales zijn scope 1 en 2 (issue 32 klasse 9)
CLAIMS += (
    Case("Het fonds wil in 2030 de uitstoot van zijn beleggingen met 60 procent hebben verminderd.",
         ({"kind": "target", "value": 60.0, "target_year": 2030, "metric": "ghg_scope3"},), published="2025-03-01"),
    Case("De uitstoot van de eigen centrales daalde in 2024 met 12 procent.",
         ({"kind": "percentage", "value": 12.0, "metric": "ghg_scope1_2", "period_year": 2024},), published="2025-03-01"),
)

CLAIM_NEGATIVE: tuple[str, ...] = (
    "De bank heeft 40 miljard euro aan balanstotaal en 900 medewerkers.",
    # een bereikte toestand, geen belofte
    "Het depot rijdt sinds 2022 uitstootvrij.",
    # de wens van een andere partij: geen belofte van het bedrijf
    "De brancheorganisatie wil dat de hele sector uiterlijk in 2050 klimaatneutraal werkt.",
    # bedrijfsfeiten (issue 32): omzet, balanstotaal, orderboek, een koers; tonnen goederen zonder gas, afval of water
    "De jaaromzet bedroeg 640 miljoen euro.",
    "Het balanstotaal kwam uit op 21,5 miljard euro.",
    "Het orderboek telde eind juni 2,1 miljard euro.",
    "Via de terminal werd vorig jaar 12 miljoen ton goederen overgeslagen.",
    "Een zak van 25 kilo en 500 gram zaad.",  # kilo's en grammen zonder gas zijn geen eenheid
    "Acme ontving de energieprijs van de leverancier pas in mei.",  # a price, not a prize: no capital after "de"
    "Het havenbedrijf zelf is sinds 2022 klimaatneutraal.",  # a state reached, no pledge
    "Het bedrijf werkt samen met meer dan 2.000 partners in 18 sectoren.",
    "ZTE heeft momenteel meer dan 800 groene patenten.",
    "Als lid van het COP29 Green Digital Initiative zet ZTE 5G in.",
    "ZTE Corporation (0763.HK / 000063.SZ) is een leverancier van ICT-oplossingen.",
    "De operationele CO2-uitstoot (scope 1&2) wordt jaarlijks gerapporteerd.",
    "Het CDP is een internationaal platform voor milieu-informatie.",
    "Sinds 2021 heeft het bedrijf een groene strategie.",
    # a stray comma in a figure: the figure is left without its scale word, never misread
    'De omzet bedroeg in 2023 11,438, miljard euro.',
    # een plaats zonder lijst; een onderscheiding die (nog) niet van het bedrijf is; TGO zonder programma
    "Acme staat op de vierde plaats in Nederland.",
    "Het bedrijf is niet opgenomen in de Dow Jones Sustainability Index.",
    "De rederij heeft haar doelen ter validatie ingediend bij het SBTi.",
    "Het bedrijf liet zijn CO2-voetafdruk verifiëren door TGO.",
)

#: Known gaps: what a release says and what should come out of it, which the extractor does not read yet.
#: Run as strict expected failures (tests/test_corpora.py): a gap that gets fixed fails there, and moves
#: to CLAIMS.
GAPS: tuple[Case, ...] = (
    Case("De uitstoot van scope 1 daalt met 40% en die van scope 3 met 25% in 2030 ten opzichte van 2019.",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "baseline_year": 2019},
          {"kind": "target", "value": 25.0, "metric": "ghg_scope3", "target_year": 2030, "baseline_year": 2019}),
         note="a target year and a base year shared by two figures written before both"),
    Case("Acme halveert zijn CO2-uitstoot tegen 2030.",
         ({"kind": "target", "value": 50.0, "action": "reduce", "target_year": 2030},),
         note="a halving in the present tense ('halveert'), mostly in headlines, is not read"),
    Case("Acme investeerde 4 miljard euro in het net. Dat bedrag moet in 2030 gegroeid zijn naar 10 miljard euro.",
         ({"kind": "quantity", "value": 4e9, "metric": "investment"},
          {"kind": "quantity", "value": 1e10, "metric": "investment", "target_year": 2030}),
         note="an amount referred back to ('dat bedrag') takes neither the metric nor the due year"),
    Case("Acme wil in 2030 de uitstoot met 50 procent verlagen. Eerder lag dat doel op 40 procent.",
         ({"kind": "target", "value": 50.0, "target_year": 2030},
          {"kind": "target", "value": 40.0, "target_year": 2030}),
         note="an earlier level of a target in a sentence of its own is read as a share"),
    Case('Acme kreeg de beoordeling "Uitstekend" in het Corporate Governance Report.',
         ({"kind": "award", "grade": "Uitstekend"},),
         note="a rating given as a quoted word, with no issuer the project knows"),
    Case("Het aandeel gerecycled aluminium steeg van 35 naar 61 procent.",
         ({"kind": "percentage", "value": 35.0, "direction": None},
          {"kind": "percentage", "value": 61.0, "direction": "increase"}),
         note="'steeg van A naar B': the rise is B's, A is the earlier level"),
)

"""English example corpus: surface forms and what they must give, and look-alikes that must give nothing.

Figures are modelled on English corporate and newswire releases; the sentences are written for this project.
"""
from __future__ import annotations

from extractor.lang.base import Case

NUMBERS: tuple[Case, ...] = (
    # a figure glued to the word of rank before it is read; glued to any other word it is none
    Case("in the Top5% of its industry", ((5.0, "%"),)),
    # a fraction glossed by the exact figure in brackets: the figure alone
    Case("nearly two thirds (64%) of the fleet", ((64.0, "%"),)),
    Case("half of its sites (12 sites)", ((50.0, "%"), (12.0, None))),  # a count in brackets glosses no share
    Case("emissions fell 7.5%", ((7.5, "%"),)),
    Case("from 410,000 tonnes in 2019 to 215,000 tonnes", ((410_000.0, "t"), (215_000.0, "t"))),
    Case("2000-3000 tonnes", ((2_000.0, "t"),)),
    # a change with the unit written once is two figures; a span ("ranging from") is one
    Case("the share rose from 35 to 61 percent", ((35.0, "%"), (61.0, "%"))),
    Case("savings ranging from 30 to 40 percent", ((30.0, "%"),)),
    Case("212 kilotonnes CO2e", ((212_000.0, "t"),)),
    Case("less than 10% of the fuel it burns", ((10.0, "%", "up_to"),)),
    Case("cut methane leaks by a fifth", ((20.0, "%"),)),
    Case("withdrew 4.6 million cubic metres of water", ((4_600_000.0, "m3"),)),
    Case("saved 310 megalitres", ((310_000.0, "m3"),)),
    Case("2,400 m³ of rainwater", ((2_400.0, "m3"),)),
    Case("1.4 MtCO2e", ((1_400_000.0, "t"),)),
    Case("182,000 tCO2e", ((182_000.0, "t"),)),
    Case("closed at S$4.15", ((4.15, "SGD"),)),
    Case("a 300 megawatt wind farm and 2 gigawatts of solar", ((300_000.0, "kW"), (2_000_000.0, "kW"))),
    Case("500 megawatt hours", ((500_000.0, "kWh"),)),
    Case("a HK$2 billion green bond", ((2_000_000_000.0, "HKD"),)),
    Case("a reduction of 7.5 percent", ((7.5, "%"),)),
    Case("up 12 per cent", ((12.0, "%"),)),
    Case("by more than 14.72%", ((14.72, "%", "more_than"),)),
    Case("about 7%", ((7.0, "%", "about"),)),
    Case("approximately 1,250 employees", ((1_250.0, None, "about"),)),
    Case("at least 30% renewable power", ((30.0, "%", "at_least"),)),
    Case("up to 15% less energy", ((15.0, "%", "up_to"),)),
    Case("nearly 8 million kWh", ((8_000_000.0, "kWh", "about"),)),
    Case("over 10 billion kWh", ((10_000_000_000.0, "kWh", "more_than"),)),
    Case("10 billion kilowatt-hours", ((10_000_000_000.0, "kWh"),)),
    Case("45 million kWh of electricity", ((45_000_000.0, "kWh"),)),
    Case("18 GWh", ((18_000_000.0, "kWh"),)),
    Case("3.2 TWh", ((3_200_000_000.0, "kWh"),)),
    Case("500 MWh", ((500_000.0, "kWh"),)),
    Case("a 40 MW rooftop programme", ((40_000.0, "kW"),)),
    Case("1.5°C", ((1.5, "°C"),)),
    Case("1.5 degrees Celsius", ((1.5, "°C"),)),
    Case("well below 2 degrees", ((2.0, "°C"),)),
    Case("2.5 million tonnes of CO2 equivalent", ((2_500_000.0, "t"),)),
    Case("120,000 tCO2e", ((120_000.0, "t"),)),
    Case("850 kt", ((850_000.0, "t"),)),
    Case("4 Mt", ((4_000_000.0, "t"),)),
    Case("300 metric tons", ((300.0, "t"),)),
    Case("$7.9 billion", ((7_900_000_000.0, "USD"),)),
    Case("US$3 billion", ((3_000_000_000.0, "USD"),)),
    Case("€250 million", ((250_000_000.0, "EUR"),)),
    Case("€5m", ((5_000_000.0, "EUR"),)),
    Case("$12bn", ((12_000_000_000.0, "USD"),)),
    Case("£40 million", ((40_000_000.0, "GBP"),)),
    Case("THB 1,200 million", ((1_200_000_000.0, "THB"),)),
    Case("50 billion yuan", ((50_000_000_000.0, "CNY"),)),
    Case("RMB 2 billion", ((2_000_000_000.0, "CNY"),)),
    Case("1,234,567.8 tonnes", ((1_234_567.8, "t"),)),
    Case("3 percentage points", ((3.0, "pp"),)),
    Case("30-40%", ((30.0, "%"),)),
    Case("between 30 and 40 percent", ((30.0, "%"),)),
    Case("twenty-three percent", ((23.0, "%"),)),
    Case("two million tonnes", ((2_000_000.0, "t"),)),
    Case("more than half of its sites", ((50.0, "%", "more_than"),)),
    Case("two thirds of the fleet", ((200 / 3, "%"),)),
    Case("to halve food waste by 2030", ((50.0, "%"),)),
    Case("700%", ((700.0, "%"),)),
    Case("0.5%", ((0.5, "%"),)),
    Case("an estimated 9,000 tonnes", ((9_000.0, "t", "about"),)),
    Case("5.111,000 tonnes", ((5_111_000.0, "t"),), "mixed separators: flagged ambiguous"),
    # a range with the unit after both figures is one figure, as "40-45%" is; a change from one to the other is two
    Case("by between 40% and 45% by 2030", ((40.0, "%"),)),
    Case("10% to 12.5% of sales", ((10.0, "%"),)),
    Case("the share went from 35% to 61%", ((35.0, "%"), (61.0, "%"))),
    # a cut reported as a fraction; intensities in kilograms or grams of the gas, in tonnes
    Case("has halved its water use since 2019", ((50.0, "%"),)),
    Case("66.1 grams of CO2 per passenger kilometre", ((6.61e-05, "t"),)),
    Case("0.35 kgCO2e per kWh", ((0.00035, "t"),)),
    # signs, suffixes, thin spaces (issue 33): the sign is kept; a hyphen that joins figures is none
    Case("emissions changed by −4% year on year", ((-4.0, "%"),), "U+2212 minus sign"),
    Case("a net change of minus 1,200,000 tonnes", ((-1_200_000.0, "t"),)),
    Case("an impairment of -€2.3bn", ((-2.3e9, "EUR"),)),
    Case("waste fell by negative five percent", ((-5.0, "%"),)),
    Case("1.2m tonnes of CO2 avoided", ((1_200_000.0, "t"),)),
    Case("about 100k tonnes of waste", ((100_000.0, "t", "about"),)),
    Case("a grant of €500K", ((500_000.0, "EUR"),)),
    Case("4\u2009500 tonnes", ((4500.0, "t"),), "thin space as group separator"),
)

NUMBER_NEGATIVE: tuple[str, ...] = (
    "listed in the index for a fifth year",  # a streak, no fifth
    "a laptop35% cheaper than its rivals",  # glued to a word that is no word of rank
    "Its first-half operating profit and half-year dividend",  # no share: "first-half", "half-year"
    "ZTE Corporation (0763.HK / 000063.SZ)",
    "Scope 1&2 emissions and Scope 3",
    "scope 1 and 2 emissions",
    "the COP29 climate summit",
    "5G networks and 4K video",
    "certified to ISO 14001 and ISO 45001",
    "call +86 755 2677 0000 or (02) 555-0199",
    "version 3.0.1",
    "at 10:30 am",
    "by 2030",
    "since 2021",
    "CO2 emissions",
    "one of the first companies",
    "press@example.com",
    "the 5th Finance and Economics Longevity Awards",
    "the 3M company and 10G fibre",  # whole figures with a letter and nothing else are names
    "see https://example.org/?q=30%25%2020%",  # figures inside a web address
    "One third of the board are women",  # a share of people, no figure of interest
)

DATES: tuple[Case, ...] = (
    Case("May 6, 2024", ("2024-05-06",)),
    Case("6 May 2024", ("2024-05-06",)),
    Case("January 13, 2026", ("2026-01-13",)),
    Case("Jan. 15, 2024", ("2024-01-15",)),
    Case("Oct 2, 2024", ("2024-10-02",)),
    Case("2 October 2024", ("2024-10-02",)),
    Case("March 2025", ("2025-03",)),
    Case("in December 2021", ("2021-12",)),
    Case("2024-05-06", ("2024-05-06",)),
    Case("05/06/2024", ("2024-05-06",), "numeric dates are month first in English"),
    Case("13/01/2026", ("2026-01-13",), "day first when the first number cannot be a month"),
    Case("by 2030", ("2030",)),
    Case("In 2022, emissions fell", ("2022",)),
    Case("between 2019 and 2024", ("2019", "2024")),
    Case("BANGKOK, Jan. 15, 2024 /PRNewswire/ --", ("2024-01-15",)),
    Case("LONDON, 2 October 2024 -- Harbourline", ("2024-10-02",)),
    Case("the 2022 Sustainability Report", ("2022",)),
    Case("B.E. 2567", ("2024",)),
    Case("2567 B.E.", ("2024",)),
    Case("on July 1st, 2025", ("2025-07-01",)),
    Case("results for FY2024", ("2024",), "a fiscal year"),
    Case("released 31 February 2024 by mistake", (), "no such day: rejected, not cut to a month"),
    Case("Q3 2024 results", ("2024",), "a quarter is a period only with find_dates(periods=True)"),
)

DATE_NEGATIVE: tuple[str, ...] = (
    "22,100 companies",
    "1.5°C",
    "2030 tonnes of CO2",
    "we may see more",
    "ISO 14001",
    "0763.HK",
)

CLAIMS: tuple[Case, ...] = (
    # "made up" is no rise: a share
    Case("Sustainable aviation fuel made up 1.9% of total fuel uplift.",
         ({"kind": "percentage", "value": 1.9, "direction": None},)),
    # fiscal years as the period and the base of a change
    Case("The company reduced absolute Scope 1 and 2 emissions by 48 percent in fiscal 2025 versus fiscal 2019.",
         ({"kind": "percentage", "value": 48.0, "direction": "decrease", "period_year": 2025, "baseline_year": 2019},)),
    # "more than in 2023" after a figure is a rise, not a qualifier
    Case("It lent $3 billion to clean energy in 2024, 18% more than in 2023.",
         ({'kind': 'quantity', 'value': 3000000000.0, 'unit': 'USD', 'metric': 'other', 'period_year': 2024, 'baseline_year': None},
          {"kind": "percentage", "value": 18.0, "direction": "increase", "baseline_year": 2023},)),
    Case("It was ranked No. 3 on the Corporate Knights Global 100 list.",
         ({"kind": "award", "issuer": "Corporate Knights", "award": "Corporate Knights Global 100"},)),
    # the base year right after the figure before is that figure's, not the target's
    Case("Emissions fell 14% compared with 2020 and the company aims to cut them 25% by 2030.",
         ({"kind": "percentage", "value": 14.0, "baseline_year": 2020},
          {"kind": "target", "value": 25.0, "target_year": 2030, "baseline_year": None})),
    # "fall" is the verb of a reduction target
    Case("Lending to the oil and gas sector will fall by at least 40% by the end of 2027.",
         ({"kind": "target", "action": "reduce", "value": 40.0, "target_year": 2027, "qualifier": "at_least"},)),
    Case("Acme wants to be carbon neutral in 2030 and to reach Net Zero 2050.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2030},
          {"kind": "target", "action": "net_zero", "target_year": 2050})),
    Case("Acme commits to reduce absolute scope 1 and 2 GHG emissions 46.2% by 2030 from a 2019 base year.",
         ({"kind": "target", "value": 46.2, "target_year": 2030, "baseline_year": 2019, "metric": "ghg_scope1_2",
           "action": "reduce"},)),
    Case("The company aims to reach net zero across its value chain by 2045.",
         ({"kind": "target", "action": "net_zero", "target_year": 2045, "metric": "ghg_value_chain"},)),
    Case("Acme will source 80% of its electricity from renewable sources by 2027.",
         ({"kind": "target", "value": 80.0, "target_year": 2027, "metric": "renewable_share", "action": "reach"},)),
    Case("By 2030, Acme aims to cut scope 3 emissions by 25%.",
         ({"kind": "target", "value": 25.0, "target_year": 2030, "metric": "ghg_scope3", "action": "reduce"},)),
    Case("By 2030 the group will cut scope 1 and 2 emissions by 46% and reach net zero by 2045.",
         ({"kind": "target", "value": 46.0, "target_year": 2030, "metric": "ghg_scope1_2"},
          {"kind": "target", "action": "net_zero", "target_year": 2045})),
    Case("By 2030 the group will cut scope 1 and 2 emissions by 46%, and by 2035 by 70%.",
         ({"kind": "target", "value": 46.0, "target_year": 2030}, {"kind": "target", "value": 70.0, "target_year": 2035})),
    # ... but not when another figure stands between that year and this one.
    Case("By 2025 we cut waste 20%; we now aim for a 52% cut in emissions by 2030 and 90% by 2040.",
         ({'kind': 'percentage', 'value': 20.0, 'metric': 'waste', 'direction': 'decrease', 'baseline_year': None},
          {"kind": "target", "value": 52.0, "target_year": 2030}, {"kind": "target", "value": 90.0, "target_year": 2040})),
    Case("ZTE in 2022 reduced the annual carbon emissions of sold products by more than 14.72%.",
         ({"kind": "percentage", "value": 14.72, "qualifier": "more_than", "period_year": 2022,
           "metric": "product_emissions", "direction": "decrease"},)),
    Case("The company also cut its power consumption by 6.4% from the previous year.",
         ({"kind": "percentage", "value": 6.4, "metric": "power_consumption", "direction": "decrease"},)),
    Case("Energy intensity rose 3% in 2023.",
         ({"kind": "percentage", "value": 3.0, "metric": "energy_intensity", "direction": "increase",
           "period_year": 2023},)),
    Case("The goal is to limit the global temperature increase to 1.5°C.",
         ({"kind": "quantity", "value": 1.5, "unit": "°C", "metric": "temperature_limit"},)),
    Case("Acme will invest €250 million in electric trucks.",
         ({"kind": "quantity", "value": 250_000_000.0, "unit": "EUR", "metric": "investment"},)),
    Case("Acme received an A- rating in 2022 from the Carbon Disclosure Project.",
         ({"kind": "award", "issuer": "CDP", "grade": "A-", "period_year": 2022},)),
    Case("Acme was recognized on the CDP Climate A List for the third consecutive year.",
         ({"kind": "award", "issuer": "CDP", "grade": "A", "streak": 3},)),
    Case("The company scored A- from CDP on climate this year.",
         ({"kind": "award", "issuer": "CDP", "grade": "A-"},)),
    # A streak goes to the award of its own clause, not the nearest one across "and".
    Case("Lumen has been on CDP's A List for climate for four years in a row and received a Platinum rating "
         "from EcoVadis.",
         ({"kind": "award", "issuer": "CDP", "streak": 4}, {"kind": "award", "issuer": "EcoVadis", "streak": None})),
    # A year right after a figure is its own; a year and a far larger figure are no range.
    Case("Emissions fell from 410,000 tonnes in 2019 to 215,000 tonnes in 2024.",
         ({"kind": "quantity", "value": 410_000.0, "period_year": 2019},
          {"kind": "quantity", "value": 215_000.0, "period_year": 2024})),
    Case("Emissions fell 10% in 2023 to 400,000 tonnes.",
         ({"kind": "percentage", "value": 10.0, "period_year": 2023},
          {"kind": "quantity", "value": 400_000.0, "period_year": 2023})),
    # a figure of a past span after a pledge with its year is no target
    Case("It set out a plan to cut the carbon intensity of its steel by up to 30% by 2032, after emissions per "
         "tonne fell 14 per cent over the past six years.",
         ({"kind": "target", "value": 30.0, "target_year": 2032},
          {"kind": "percentage", "value": 14.0, "direction": "decrease"})),
    Case("The company was rated AAA in the SET ESG Ratings and received the SET Awards for its report.",
         ({"kind": "award", "issuer": "SET", "grade": "AAA"}, {"kind": "award", "issuer": "SET", "grade": None})),
    Case("It was included in the Hang Seng Corporate Sustainability Index for the fifth consecutive year and "
         "received an MSCI ESG rating of AA.",
         ({"kind": "award", "issuer": "Hang Seng Indexes", "streak": 5},
          {"kind": "award", "issuer": "MSCI", "grade": "AA", "streak": None})),
    Case("92% of the electricity used across its sites now comes from renewable sources.",
         ({"kind": "percentage", "value": 92.0, "metric": "renewable_share"},)),
    Case("92% of employees completed the training on climate change and renewable energy.",
         ({"kind": "percentage", "value": 92.0, "metric": "other"},)),
    Case("Its near-term targets have been validated by the SBTi.",
         ({"kind": "award", "issuer": "SBTi"},)),
    Case("Acme's MSCI ESG rating was upgraded to AA in 2024.",
         ({"kind": "award", "issuer": "MSCI", "grade": "AA"},)),
    Case("Acme won the Green Supply Chain Excellence Award at the annual logistics forum.",
         ({"kind": "award", "award": "Green Supply Chain Excellence Award"},)),
    Case("The score places Acme among the top 4% of companies assessed.",
         ({"kind": "percentage", "value": 4.0, "metric": "ranking"},)),
    Case("MSCI upgraded its ESG rating to AA, and the company was named to the Dow Jones Sustainability "
         "Emerging Markets Index for the fifth year in a row.",
         ({"kind": "award", "issuer": "MSCI", "grade": "AA", "streak": None},
          {"kind": "award", "issuer": "S&P Global", "award": "Dow Jones Sustainability Emerging Markets Index", "streak": 5})),
    Case("Acme Earns EcoVadis Platinum and Sets Science-Based Targets for 2030",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Platinum", "period_year": None},),
         published="2025-03-14"),
    Case("Its plants generated 1.8 billion kWh from rooftop solar, and water intensity fell 18.5% year on year.",
         ({"kind": "quantity", "value": 1.8e9, "unit": "kWh"},
          {"kind": "percentage", "value": 18.5, "metric": "water", "direction": "decrease"})),
    Case("Acme recycled 1.2 million tonnes of plastic and metal, up from 0.9 million tonnes a year earlier.",
         ({"kind": "quantity", "value": 1_200_000.0, "unit": "t", "metric": "waste"},
          {"kind": "quantity", "value": 900_000.0, "unit": "t", "metric": "waste"})),
    Case("During 2024 the fleet avoided around 150,000 tonnes of CO2e.",
         ({"kind": "quantity", "value": 150_000.0, "unit": "t", "metric": "ghg_total"},)),
    Case("Revenue rose 9.2%, while net profit climbed 33 percent.",
         ({"kind": "percentage", "value": 9.2, "direction": "increase"},
          {"kind": "percentage", "value": 33.0, "direction": "increase"})),
    Case("Acme said it will raise the share of renewable electricity in its plants to 30% by 2027, from 11% in 2024.",
         ({"kind": "target", "value": 30.0, "target_year": 2027, "metric": "renewable_share"},
          {"kind": "percentage", "value": 11.0, "period_year": 2024}), published="2025-02-05"),
    Case("At the SET Awards 2024, Acme received the Sustainability Excellence award in the Rising Star category.",
         ({"kind": "award", "award": "Sustainability Excellence award", "issuer": "SET"},)),
    Case("Acme aims to raise renewables to 50% of its power by 2030 and to cut emissions intensity by 30% by 2030 "
         "against a 2020 base year.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": None},
          {"kind": "target", "value": 30.0, "target_year": 2030, "baseline_year": 2020})),
    # a target's earlier level after the target: its year and metric, not the next pledge's
    Case("Acme now aims to cut Scope 1 and 2 emissions by 50% by 2030 from a 2021 base year, up from a previous goal "
         "of 42%, and to reach net-zero emissions across its value chain no later than 2045.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "metric": "ghg_scope1_2"},
          {"kind": "target", "value": 42.0, "target_year": 2030, "metric": "ghg_scope1_2", "action": "reduce"},
          {"kind": "target", "action": "net_zero", "target_year": 2045, "metric": "ghg_value_chain"}),
         published="2025-03-06"),
    Case("Acme will invest €1.2 billion in its plants and expects bio-based raw materials to reach 25% of its "
         "purchases by 2028.",
         ({"kind": "quantity", "value": 1_200_000_000.0, "metric": "investment"},
          {"kind": "target", "value": 25.0, "target_year": 2028, "metric": "other"}), published="2025-03-06"),
    # a comparative figure in brackets: the metric of the figure before it, the year it names
    Case("Renewable electricity made up 68% of the power used at its plants (2023: 54%).",
         ({"kind": "percentage", "value": 68.0, "metric": "renewable_share"},
          {"kind": "percentage", "value": 54.0, "metric": "renewable_share", "period_year": 2023, "direction": None})),
    Case("Scope 1 and 2 emissions were 212 kilotonnes CO2e in 2024.",
         ({"kind": "quantity", "value": 212_000.0, "unit": "t", "metric": "ghg_scope1_2", "period_year": 2024},)),
    # a figure set against a target's ("against 18% today"): the target's metric; "today" ends the year before
    Case("Renewables are to make up at least 40% of its generating capacity by 2030, against 18% today.",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "metric": "renewable_share", "qualifier": "at_least"},
          {"kind": "percentage", "value": 18.0, "metric": "renewable_share", "period_year": None})),
    # part of a year as the period: "In the first half of 2025"
    Case("In the first half of 2025 the group generated 9,850 GWh of electricity, up 6.2% from a year earlier.",
         ({"kind": "quantity", "value": 9_850_000_000.0, "unit": "kWh", "period_year": 2025},
          {"kind": "percentage", "value": 6.2, "direction": "increase", "period_year": 2025})),
    # a pledge whose year opens the sentence, its commitment word after it
    Case("In 2040 the group must be carbon neutral.",
         ({"kind": "target", "action": "carbon_neutral", "target_year": 2040},)),
    # an index's name runs on after its giver; "a member of" it is an award verb
    Case("Andaman Power has been a member of the S&P Global Sustainability Yearbook for the fourth consecutive year.",
         ({"kind": "award", "award": "S&P Global Sustainability Yearbook", "issuer": "S&P Global", "streak": 4},)),
    Case("The utility withdrew 4.6 million cubic metres of water in 2024, 11% less than in 2021.",
         ({'kind': 'percentage', 'value': 11.0, 'metric': 'water', 'direction': 'decrease', 'baseline_year': 2021, 'period_year': 2024},
          {"kind": "quantity", "value": 4_600_000.0, "unit": "m3", "metric": "water", "period_year": 2024},)),
    # the earlier level after "down from": the same metric, no change of its own; a relative year after the gas
    Case("Scope 1 and 2 emissions fell to 3.1 Mt CO2e last year, down from 4.4 Mt in 2023.",
         ({"kind": "quantity", "value": 3_100_000.0, "metric": "ghg_scope1_2", "direction": "decrease", "period_year": 2024},
          {"kind": "quantity", "value": 4_400_000.0, "metric": "ghg_scope1_2", "direction": None, "period_year": 2023}),
         published="2025-02-11"),
    Case("Renewable electricity rose to 42% of the total, up from 35% in 2023.",
         ({"kind": "percentage", "value": 42.0, "direction": "increase"},
          {"kind": "percentage", "value": 35.0, "metric": "renewable_share", "direction": None, "period_year": 2023})),
    # a financial year named by its last day, and a fiscal year written "FY2024", are periods; "% less" a fall
    Case("In the financial year to 31 March 2024, the airline's fuel efficiency improved 3.8% year on year.",
         ({"kind": "percentage", "value": 3.8, "direction": "increase", "period_year": 2024},)),
    Case("In FY2024 the group lowered its water use by 6%.",
         ({"kind": "percentage", "value": 6.0, "direction": "decrease", "period_year": 2024},)),
    Case("The group will cut Scope 1 and 2 emissions by 30% by FY2030 from FY2019 levels.",
         ({"kind": "target", "value": 30.0, "metric": "ghg_scope1_2", "target_year": 2030, "baseline_year": 2019},)),
    Case("The new aircraft burn about 20% less fuel than the models they replace.",
         ({"kind": "percentage", "value": 20.0, "direction": "decrease", "qualifier": "about"},)),
    Case("The new trucks contain 15% more recycled steel than the last series.",
         ({"kind": "percentage", "value": 15.0, "direction": "increase"},)),
    # a range written with the unit twice shares the target's years; "4 percent below" a fall
    Case("Kestrel has committed to reducing absolute scope 1 and 2 emissions by between 40% and 45% by 2030 from a "
         "2020 base year.",
         ({"kind": "target", "value": 40.0, "metric": "ghg_scope1_2", "target_year": 2030, "baseline_year": 2020},)),
    Case("Cement output in 2024 was 4 percent below the year before.",
         ({"kind": "percentage", "value": 4.0, "direction": "decrease", "period_year": 2024},)),
    # electricity use, and a verb of use before the amount, are power consumption
    Case("Electricity use at its warehouses fell 9% to 31 GWh after it added 6.5 MW of rooftop solar.",
         ({"kind": "percentage", "value": 9.0, "metric": "power_consumption", "direction": "decrease"},
          {"kind": "quantity", "value": 31_000_000.0, "metric": "power_consumption"},
          {"kind": "quantity", "value": 6_500.0, "unit": "kW", "metric": "solar_capacity"})),
    Case("The mill consumed 240 GWh of electricity in 2024.",
         ({"kind": "quantity", "value": 240_000_000.0, "metric": "power_consumption", "period_year": 2024},)),
    # a share from solar and wind together is a renewable share; their capacity stays solar capacity
    Case("Solar and wind farms supplied 64% of the power the group used last year.",
         ({"kind": "percentage", "value": 64.0, "metric": "renewable_share"},)),
    Case("The utility added 350 MW of solar and wind capacity in 2024.",
         ({"kind": "quantity", "value": 350_000.0, "metric": "solar_capacity"},)),
    # the years of the target before it: "over the same timeframe"
    Case("Harbourline will cut absolute scope 1 and 2 emissions 46.2% by FY2030 from a FY2022 base year. It also "
         "commits to cut scope 3 emissions from purchased transport 28% per tonne-kilometre over the same timeframe.",
         ({'kind': 'target', 'value': 46.2, 'metric': 'ghg_scope1_2', 'action': 'reduce', 'target_year': 2030, 'baseline_year': 2022},
          {"kind": "target", "value": 28.0, "metric": "ghg_scope3", "target_year": 2030, "baseline_year": 2022,
           "rule": "en.target.same_period"},)),
    # a list the company was named among, with its giver; the streak stays with the rating it follows
    Case("Harbourline received an EcoVadis Silver rating for the second consecutive year and was named one of "
         "Asia-Pacific's Climate Leaders 2025 by the Financial Times and Statista.",
         ({"kind": "award", "issuer": "EcoVadis", "grade": "Silver", "streak": 2},
          {"kind": "award", "award": "Asia-Pacific's Climate Leaders 2025", "issuer": "Financial Times and Statista",
           "streak": None, "rule": "en.award.named_among"})),
    Case("It was named among the Top 30 Enterprises of Carbon Neutral Solutions in 2022.",
         ({"kind": "award", "award": "Top 30 Enterprises of Carbon Neutral Solutions", "period_year": 2022},)),
    # the category after an award's name is its grade
    Case("Siam Ceramica received the Sustainability Excellence award in the Rising Star category.",
         ({"kind": "award", "award": "Sustainability Excellence award", "grade": "Rising Star"},)),
    Case("Acme is certified at level 5 of the CO2 Performance Ladder, the highest level.",
         ({"kind": "award", "issuer": "SKAO", "grade": "5", "rule": "en.award.ladder_level"},)),
    # the unit of an intensity names its metric: the fall after it is the intensity's, not the emissions'
    Case("The carbon intensity of its cement fell to 548 kg CO2 per tonne in 2024, 4 percent below the year before.",
         ({'kind': 'quantity', 'value': 0.548, 'unit': 't', 'metric': 'emission_intensity', 'direction': 'decrease', 'period_year': 2024, 'baseline_year': None},
          {"kind": "percentage", "value": 4.0, "metric": "emission_intensity", "direction": "decrease"},)),
    # the intensity of a kind of emissions; sustainable finance is money committed
    Case("The bank reaffirmed its interim goal to cut the intensity of financed emissions in the oil and gas sector by "
         "35% by 2030 against a 2019 baseline.",
         ({"kind": "target", "value": 35.0, "metric": "emission_intensity", "target_year": 2030, "baseline_year": 2019},)),
    Case("Sustainable finance provided in 2024 reached C$18.6 billion.",
         ({"kind": "quantity", "value": 18_600_000_000.0, "unit": "CAD", "metric": "investment"},)),
    # the giver that named the company among a list, as the verb's subject; the streak is that award's
    Case("Newsweek also ranked it among America's Most Responsible Companies for the third year in a row.",
         ({"kind": "award", "award": "America's Most Responsible Companies", "issuer": "Newsweek", "streak": 3},)),
    # a target that raises the share before it takes that share's metric, not the "and"-clause's reduce
    Case("Renewables supplied 27% of its electricity in 2024, and Acme aims to raise this to 50% by 2030.",
         ({'kind': 'percentage', 'value': 27.0, 'metric': 'renewable_share', 'period_year': 2024, 'baseline_year': None},
          {"kind": "target", "value": 50.0, "metric": "renewable_share", "action": "reach", "target_year": 2030,
           "rule": "en.target.raise_share"},)),
    # the intensity of a gas, and its unit written out in grams
    Case("Acme will cut its well-to-wake CO2 intensity per revenue tonne kilometre by 27.5% by 2035.",
         ({"kind": "target", "value": 27.5, "metric": "emission_intensity", "target_year": 2035},)),
    Case("Fleet emissions averaged 96 grams of CO2 per kilometre, 3.1% lower than in 2023.",
         ({'kind': 'quantity', 'value': 9.6e-05, 'unit': 't', 'metric': 'emission_intensity', 'baseline_year': None},
          {"kind": "percentage", "value": 3.1, "metric": "emission_intensity", "direction": "decrease",
           "baseline_year": 2023},)),
    # where the award was given, past its article, is no second award
    Case("Acme received the Fleet Operator of the Year award at the 2025 Transport Industry Awards.",
         ({"kind": "award", "award": "Fleet Operator of the Year award", "issuer": "Transport Industry Awards"},)),
    # a clause with a subject of its own after a figure does not restate that figure
    Case("Scope 1 emissions rose 6% to 4.5 million tonnes of CO2 as passenger numbers grew by 11%.",
         ({'kind': 'percentage', 'value': 6.0, 'metric': 'ghg_total', 'direction': 'increase', 'baseline_year': None},
          {"kind": "percentage", "value": 11.0, "metric": "other", "direction": "increase"},
          {"kind": "quantity", "value": 4.5e6, "metric": "ghg_total"})),
    # a comma right after the figure does not hide the next clause break ("..., while scope 3 ...")
    Case("Scope 1 emissions totalled 2.4 million tonnes, while scope 3 emissions were cut by a quarter.",
         ({'kind': 'percentage', 'value': 25.0, 'metric': 'ghg_scope3', 'direction': 'decrease', 'baseline_year': None},
          {"kind": "quantity", "value": 2.4e6, "metric": "ghg_total", "direction": None},)),
    # an amount committed for a year is no figure of the paragraph's year; green loans are money committed
    Case("In 2024 the bank arranged $4 billion of green loans, and it aims to provide $50 billion in sustainable "
         "finance by 2030.",
         ({"kind": "quantity", "value": 4e9, "metric": "investment", "period_year": 2024},
          {"kind": "quantity", "value": 5e10, "metric": "investment", "target_year": 2030, "period_year": None}),
         published="2025-02-01"),
    Case("Acme aims to limit warming to 1.5°C and reach net zero by 2050.",
         ({'kind': 'target', 'metric': 'ghg_total', 'action': 'net_zero', 'target_year': 2050},
          {"kind": "quantity", "unit": "°C", "target_year": None},)),
    # a target restating the one before it for another year
    Case("Acme will cut emissions per tonne of steel 40% by 2035 compared with 2019. By 2030 this should reach 25%.",
         ({'kind': 'target', 'value': 40.0, 'metric': 'emission_intensity', 'action': 'reduce', 'target_year': 2035, 'baseline_year': 2019},
          {"kind": "target", "value": 25.0, "metric": "emission_intensity", "action": "reduce", "target_year": 2030,
           "baseline_year": 2019, "rule": "en.target.refers_back"},), published="2025-02-01"),
    # fifteenth round: a figure after "despite" has a subject of its own
    Case("Total electricity use fell 5.2% to 1,940 GWh despite a 23% rise in data traffic.",
         ({'kind': 'percentage', 'value': 5.2, 'metric': 'power_consumption', 'direction': 'decrease', 'baseline_year': None},
          {"kind": "percentage", "value": 23.0, "metric": "other", "direction": "increase"},
          {"kind": "quantity", "value": 1.94e9, "metric": "power_consumption"})),
    # suppliers "by spend" are no money spent
    Case("It also wants 75% of its suppliers by spend to have science-based targets by 2027.",
         ({"kind": "target", "value": 75.0, "metric": "other", "target_year": 2027},), published="2025-08-19"),
    Case("Sustainalytics assessed its ESG risk at 12.4, in the low-risk category.",
         ({"kind": "award", "issuer": "Sustainalytics", "grade": "Low Risk"},)),
    # a title of the year, given at an awards event
    Case("Meridian was also named Telecom Operator of the Year for Sustainability at the Asia Communication Awards 2025.",
         ({"kind": "award", "award": "Telecom Operator of the Year for Sustainability",
           "issuer": "Asia Communication Awards 2025", "period_year": 2025},), published="2025-08-19"),
    # a figure reported after a commitment in the same sentence is no target (a headline)
    Case("Northbank Cement sets 2035 target for lower-carbon concrete and reports a 9% cut in clinker emissions",
         ({"kind": "percentage", "value": 9.0, "direction": "decrease"},)),
    # a share of something of its own after "and" does not take the metric of the figure before it
    Case("Water withdrawal fell 14 per cent to 6.8 million cubic metres, and 92% of its quarries now have "
         "biodiversity plans.",
         ({'kind': 'percentage', 'value': 14.0, 'metric': 'water', 'direction': 'decrease', 'baseline_year': None},
          {"kind": "quantity", "value": 6.8e6, "metric": "water"}, {"kind": "percentage", "value": 92.0, "metric": "other"})),
    # a reported halving, and an intensity in grams of CO2 with the metric of the figure before it
    Case("In 2024 the company halved its water use compared with 2018.",
         ({"kind": "percentage", "value": 50.0, "direction": "decrease", "metric": "water", "period_year": 2024,
           "baseline_year": 2018},)),
    Case("The CO2 intensity of its flights fell 4.2% in 2024, to 66.1 grams of CO2 per passenger kilometre.",
         ({"kind": "percentage", "value": 4.2, "metric": "emission_intensity"},
          {"kind": "quantity", "value": 6.61e-05, "unit": "t", "metric": "emission_intensity"})),
    # the year of a paragraph's first figure is that of the figures after it; the dateline's day is no figure
    Case("LONDON, 3 March 2025 -- Acme cut its emissions by 12% in 2024. Water use was 1.4 million cubic metres.",
         ({"kind": "percentage", "value": 12.0, "period_year": 2024},
          {"kind": "quantity", "value": 1.4e6, "metric": "water", "period_year": 2024}), published="2025-03-03"),
    Case("LONDON, 3 March 2025 -- In 2024 emissions fell to 3.1 million tonnes. Acme will spend GBP 1.2 billion on "
         "carbon capture over the next decade.",
         ({"kind": "quantity", "value": 3.1e6, "period_year": 2024},
          {"kind": "quantity", "value": 1.2e9, "metric": "investment", "period_year": None}), published="2025-03-03"),
    # seventeenth round: a heading's year dates the lines under it, but not a level set against an earlier one;
    # a change's base year written after the level it came to
    Case("Highlights of 2024\n• Energy intensity fell 11.2% to 142 kWh per square metre, compared with 2023.\n"
         "• 87% of landlord electricity came from renewable sources, up from 74% a year earlier.",
         ({'kind': 'quantity', 'value': 142.0, 'unit': 'kWh', 'metric': 'energy_intensity', 'period_year': 2024, 'baseline_year': None},
          {"kind": "percentage", "value": 11.2, "direction": "decrease", "period_year": 2024, "baseline_year": 2023},
          {"kind": "percentage", "value": 87.0, "period_year": 2024},
          {"kind": "percentage", "value": 74.0, "period_year": None}), published="2025-06-17"),
    # the gas after the tonnes is the unit's: the change after it is of the figure's scopes
    Case("Operational carbon emissions (Scope 1 and 2, market-based) were 6,850 tonnes CO2e, a reduction of 38% "
         "against the 2019 baseline.",
         ({'kind': 'quantity', 'value': 6850.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'baseline_year': None},
          {"kind": "percentage", "value": 38.0, "metric": "ghg_scope1_2", "baseline_year": 2019},)),
    # a base year of one target is not that of the next, of another metric and year
    Case("Acme has committed to reduce the energy intensity of its buildings by 25% by 2030 from a 2019 base, and to "
         "source 100% renewable electricity for its common areas by 2026.",
         ({"kind": "target", "value": 25.0, "target_year": 2030, "baseline_year": 2019},
          {"kind": "target", "value": 100.0, "target_year": 2026, "baseline_year": None})),
    # a rating in stars is its grade; the year of an event is no part of its giver
    Case("Calderwood received a five-star GRESB rating for the second year running.",
         ({"kind": "award", "issuer": "GRESB", "grade": "5-star", "streak": 2},)),
    Case("Calderwood was also named Sustainable Landlord of the Year at the 2025 Property Week Awards.",
         ({"kind": "award", "award": "Sustainable Landlord of the Year", "issuer": "Property Week Awards"},)),
    # a heading naming a year to come dates nothing under it
    Case("Our goals for 2030\n• Renewable sources supply 45% of the electricity used at its sites.",
         ({"kind": "percentage", "value": 45.0, "period_year": None},), published="2025-06-17"),
    # eighteenth round: the metric past a count ("from its 14 plants"), and the level after the change takes it
    Case("Scope 1 and 2 emissions from Ardent's 14 assembly plants decreased by 34% versus 2021 to 0.61 million tonnes.",
         ({"kind": "percentage", "value": 34.0, "metric": "ghg_scope1_2", "baseline_year": 2021},
          {"kind": "quantity", "value": 610_000.0, "metric": "ghg_scope1_2"})),
    # the end of a year is its period
    Case("Renewable sources supplied 64% of the power used at its plants at the end of 2024.",
         ({"kind": "percentage", "value": 64.0, "period_year": 2024},), published="2025-02-26"),
    # issue 32, classes 8 and 9: signs, scale suffixes, energy written as power per hour, qualifiers, streaks,
    # one scope alone, energy that is no share, directions
    # a sign kept: with no verb of change, a minus is a fall; a temperature below zero is no warming limit
    Case('Water withdrawal: −3.5% versus the prior year.',
         ({'kind': 'percentage', 'value': -3.5, 'metric': 'water', 'direction': 'decrease', 'qualifier': None},)),
    Case('The new cold store keeps vaccines at -25°C.',
         ({'kind': 'quantity', 'value': -25.0, 'unit': '°C', 'metric': 'other', 'qualifier': None},)),
    # a scale letter before the unit; a tonne glued to the gas
    Case('Absolute scope 1 and 2 emissions were 1.2m tonnes of CO2e in 2023.',
         ({'kind': 'quantity', 'value': 1200000.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'qualifier': None},)),
    Case('In 2023, the company cut its emissions by 5,800 tonCO2e.',
         ({'kind': 'quantity', 'value': 5800.0, 'unit': 't', 'metric': 'ghg_total', 'qualifier': None},)),
    # energy written as power per hour is energy; an amount of energy is no renewable share
    Case('The rooftop solar plants can generate 12,500 MW/h per year.',
         ({'kind': 'quantity', 'value': 12500000.0, 'unit': 'kWh', 'metric': 'other', 'qualifier': None},)),
    Case('The group bought 310,000 MWh of renewable electricity in 2023.',
         ({'kind': 'quantity', 'value': 310000000.0, 'unit': 'kWh', 'metric': 'power_consumption', 'qualifier': None},)),
    # below a limit is up_to, a floor written with a negation at_least; 'more than' and 'exceeded' stay more_than
    Case('Acme aims to limit warming to well below 2°C.',
         ({'kind': 'quantity', 'value': 2.0, 'unit': '°C', 'metric': 'temperature_limit', 'qualifier': 'up_to'},)),
    Case('Its targets are consistent with limiting warming below 2°C.',
         ({'kind': 'quantity', 'value': 2.0, 'unit': '°C', 'metric': 'temperature_limit', 'qualifier': 'up_to'},)),
    Case('Acme will cut its emissions by not less than 30% by 2030.',
         ({'kind': 'target', 'value': 30.0, 'qualifier': 'at_least', 'target_year': 2030, 'action': 'reduce'},)),
    Case('Renewables supplied more than 40% of its power in 2023.',
         ({'kind': 'percentage', 'value': 40.0, 'metric': 'renewable_share', 'direction': None, 'qualifier': 'more_than'},)),
    Case('Recycled content in its products exceeded 95% in 2023.',
         ({'kind': 'percentage', 'value': 95.0, 'metric': 'product_emissions', 'direction': None, 'qualifier': 'more_than'},)),
    # one scope alone: no metric names it ('other'); scopes 1 and 2 together stay ghg_scope1_2
    Case('Direct emissions (Scope 1) were 12,400 tonnes of CO2e in 2023.',
         ({'kind': 'quantity', 'value': 12400.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('Scope 2: 4,100 tCO2e in 2023.',
         ({'kind': 'quantity', 'value': 4100.0, 'unit': 't', 'metric': 'other', 'qualifier': None},)),
    Case('Scope 1 and 2 emissions were 16,500 tonnes of CO2e in 2023.',
         ({'kind': 'quantity', 'value': 16500.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'qualifier': None},)),
    # 'reduced by 20%' is a decrease
    Case('Acme reduced its energy use by 20% in 2023.',
         ({'kind': 'percentage', 'value': 20.0, 'metric': 'power_consumption', 'direction': 'decrease', 'qualifier': None},)),
    # a streak's ordinal is no fraction; a real fraction still is
    Case('For a third consecutive year, Acme earned a place on the CDP Climate Change A List.',
         ({'kind': 'award', 'issuer': 'CDP', 'grade': 'A', 'streak': 3},)),
    Case('A third of its plants now run on solar power.',
         ({'kind': 'percentage', 'value': 33.3333333333, 'metric': 'solar_capacity', 'direction': None, 'qualifier': None},)),
    Case('Its supplier score places Acme in the top 35% of the sector.',
         ({'kind': 'percentage', 'value': 35.0, 'metric': 'ranking', 'direction': None, 'qualifier': None},)),
    # what a figure measures: operations are scope 1 and 2, leakage is water, fuel per kilometre an intensity
    Case('Operational greenhouse gas emissions were 212 kilotonnes CO2e in 2024.',
         ({'kind': 'quantity', 'value': 212000.0, 'unit': 't', 'metric': 'ghg_scope1_2', 'qualifier': None},)),
    Case('Leakage fell by 12% in 2024.',
         ({'kind': 'percentage', 'value': 12.0, 'metric': 'water', 'direction': 'decrease', 'qualifier': None},)),
    Case('Fuel consumption per kilometre dropped 5.2% in 2024.',
         ({'kind': 'percentage', 'value': 5.2, 'metric': 'energy_intensity', 'direction': 'decrease', 'qualifier': None},)),
    Case('Fuel consumption dropped 5.2% in 2024.',
         ({'kind': 'percentage', 'value': 5.2, 'metric': 'other', 'direction': 'decrease', 'qualifier': None},)),
    # electricity used is consumption, with a decimal point in the amount
    Case('In 2024, the fabs used 1.9 billion kWh of electricity.',
         ({'kind': 'quantity', 'value': 1900000000.0, 'unit': 'kWh', 'metric': 'power_consumption', 'qualifier': None},)),
    # a change in percentage points written before its direction
    Case('Renewables supplied 48% of its power in 2024, 6 percentage points more than a year earlier.',
         ({'kind': 'percentage', 'value': 48.0, 'metric': 'renewable_share', 'direction': None, 'qualifier': None}, {'kind': 'percentage', 'value': 6.0, 'metric': 'renewable_share', 'direction': 'increase', 'qualifier': None},)),
)

CLAIMS += (
    # a comparative of the year before in brackets: the figure before's metric, in that year
    Case("Renewable electricity reached 68% of the total (FY2023: 54%).",
         ({"kind": "percentage", "value": 68.0, "metric": "renewable_share", "period_year": None},
          {"kind": "percentage", "value": 54.0, "metric": "renewable_share", "period_year": 2023})),
)

# issue 32: classes of errors seen on releases modelled on real ones
CLAIMS += (
    # company facts (issue 32): a sum after revenue or assets is no claim, one invested is; tonnes of waste are
    Case("Revenue rose to €2 billion, and the company invested €150 million in heat pumps.",
         ({"kind": "quantity", "value": 150_000_000.0, "unit": "EUR", "metric": "investment"},)),
    Case("The group recycled 42,000 tonnes of packaging in 2024.",
         ({"kind": "quantity", "value": 42_000.0, "unit": "t", "metric": "waste", "period_year": 2024},)),
    # a list under a lead-in that carries the year: each item is a target due that year
    Case("By 2030, Larkspur Dairy will:\n- cut scope 1 and 2 emissions by 50% against a 2021 base year;\n"
         "- cut scope 3 emissions from farming by 25%;\n- source 100% renewable electricity.",
         ({"kind": "target", "value": 50.0, "target_year": 2030, "baseline_year": 2021, "action": "reduce",
           "metric": "ghg_scope1_2"},
          {"kind": "target", "value": 25.0, "target_year": 2030, "action": "reduce", "metric": "ghg_scope3"},
          {"kind": "target", "value": 100.0, "target_year": 2030, "action": "reach", "metric": "renewable_share"})),
    # ... or in the line after the list, which names its items
    Case("The group has set these goals:\n- cut water use by 20%;\n- halve food waste.\n\nAll targets are for 2030.",
         ({"kind": "target", "value": 20.0, "target_year": 2030, "action": "reduce", "metric": "water"},
          {"kind": "target", "value": 50.0, "target_year": 2030, "action": "reduce", "metric": "waste"})),
    # a list of results under a lead-in without a commitment stays results
    Case("In 2023 the group achieved:\n- a 12% cut in energy use;\n- a 9% cut in water use.",
         ({"kind": "percentage", "value": 12.0}, {"kind": "percentage", "value": 9.0})),
    # another party's wish is no target of the company: a percentage; the company's own wish is a target
    Case("Its customers want their suppliers to cut emissions by 40% by 2030.",
         ({"kind": "percentage", "value": 40.0},)),
    Case("The regulator expects water companies to reduce leakage by 15% by 2025, and Acme will cut its own "
         "leakage by 20% by 2025.",
         ({"kind": "percentage", "value": 15.0}, {"kind": "target", "value": 20.0, "target_year": 2025})),
    Case("Acme wants to cut its emissions by 30% by 2030.",
         ({"kind": "target", "value": 30.0, "target_year": 2030, "action": "reduce"},)),
    # the party wished of named with where it is, or a wish said as what others should do
    Case("Campaign group ShareAction wants banks in the alliance to cut financed emissions from oil and gas by at "
         "least 50% by 2030.", ({"kind": "percentage", "value": 50.0},)),
    Case("Environmental group Stay Grounded says airlines should cap flights and cut their emissions by 40% by 2030.",
         ({"kind": "percentage", "value": 40.0},)),
    Case("Acme wants its plants in Europe to cut their emissions by 30% by 2030.",
         ({"kind": "target", "value": 30.0, "target_year": 2030},)),
    Case("Acme says it should cut its emissions by 30% by 2030 to stay in line with the sector.",
         ({"kind": "target", "value": 30.0, "target_year": 2030},)),
    # a net-zero or emission-free pledge written as a state in a year, with the pledge's own year
    Case("Acme will make emissions-free deliveries in 12 UK cities by 2028.",
         ({"kind": "target", "action": "net_zero", "target_year": 2028},)),
    Case("Acme will cut scope 1 and 2 emissions by 50% by 2030 and be net zero in its operations by the same date.",
         ({"kind": "target", "value": 50.0, "target_year": 2030},
          {"kind": "target", "action": "net_zero", "target_year": 2030})),
    Case("The group is committed to be Net Zero in its own operations within 2030.",
         ({"kind": "target", "action": "net_zero", "target_year": 2030},)),
    # results and goals told apart: the value of a goal noun is a target, an outcome after it a result
    Case("Energy use per tonne fell 2.4% in 2023, close to our yearly goal (4%).",
         ({"kind": "percentage", "value": 2.4, "direction": "decrease", "period_year": 2023},
          {"kind": "target", "value": 4.0, "target_year": None})),
    Case("The plan sets 2030 targets for its lending, including a 34% reduction in the emission intensity of power "
         "generation and a 27% reduction for car makers, both compared with 2021.",
         ({"kind": "target", "value": 34.0, "target_year": 2030, "action": "reduce"},
          {"kind": "target", "value": 27.0, "target_year": 2030, "action": "reduce", "baseline_year": 2021})),
    Case("In 2023 the company beat its goal of a 35% reduction in emission intensity by 2025, reaching a 38% reduction.",
         ({"kind": "target", "value": 35.0, "target_year": 2025},
          {"kind": "percentage", "value": 38.0, "direction": "decrease"}), published="2024-03-01"),
    Case("Progress towards our goals: energy use fell 6% in 2023.",
         ({"kind": "percentage", "value": 6.0, "direction": "decrease", "period_year": 2023},), published="2024-03-01"),
    # several targets in one sentence, each with its own year or one year for both; an anaphoric year
    Case("Acme will cut scope 1 and 2 emissions 42% and scope 3 emissions 25% by 2033.",
         ({"kind": "target", "value": 42.0, "target_year": 2033}, {"kind": "target", "value": 25.0, "target_year": 2033})),
    Case("Acme will cut its emissions by 50% by 2030. In the same year, it will also cut water use by 20%.",
         ({"kind": "target", "value": 50.0, "target_year": 2030}, {"kind": "target", "value": 20.0, "target_year": 2030})),
    Case("Emissions fell 12% in 2023, and the company will cut them 30% by 2030.",
         ({"kind": "percentage", "value": 12.0, "period_year": 2023}, {"kind": "target", "value": 30.0, "target_year": 2030}),
         published="2024-03-01"),
    # goals as nouns after a verb of aiming; a share closed by a verb of reaching
    Case("Acme aims for a 30% cut in scope 1 and 2 emissions by 2030.",
         ({"kind": "target", "value": 30.0, "target_year": 2030, "action": "reduce", "metric": "ghg_scope1_2"},)),
    Case("In 2027 the ferry operator wants to get at least 70% of its fuel from biofuels.",
         ({"kind": "target", "value": 70.0, "target_year": 2027, "action": "reach"},), published="2025-05-27"),
    # a table flattened into text: the heading gives the unit and the year to the rows under it
    Case("Emissions 2023 (tonnes CO2e)\nScope 1 and 2: 52,000\nScope 3: 410,000",
         ({"kind": "quantity", "value": 52_000.0, "unit": "t", "metric": "ghg_scope1_2", "period_year": 2023},
          {"kind": "quantity", "value": 410_000.0, "unit": "t", "metric": "ghg_scope3", "period_year": 2023})),
    # rows under a heading without a unit are counts: no claim
    Case("Our people 2023\nEmployees: 4,200\nScope 1 and 2 emissions fell 8% in 2023.",
         ({"kind": "percentage", "value": 8.0, "period_year": 2023},)),
    # a table whose column is headed by a target and its year: its percentages are targets due that year
    Case("The sector targets, all against a 2021 baseline, are:\n\nSector | Metric | 2030 target\nPower generation | "
         "kg CO2e per MWh | -49%\nOil and gas | absolute financed emissions | -34%\n\nFinanced emissions fell 12% in 2024.",
         ({"kind": "target", "value": 49.0, "target_year": 2030, "action": "reduce", "metric": "emission_intensity",
           "baseline_year": 2021},
          {"kind": "target", "value": 34.0, "target_year": 2030, "action": "reduce", "baseline_year": 2021},
          {"kind": "percentage", "value": 12.0, "period_year": 2024})),
    # columns of years without a target are results
    Case("Sector | 2023 | 2024\nCement | -12% | -18%",
         ({"kind": "percentage", "value": -12.0}, {"kind": "percentage", "value": -18.0})),
    # a goal noun in another clause, or before a change of a year gone by, names no value: a result
    Case("Our climate targets are ambitious, and emissions fell 12% last year.",
         ({"kind": "percentage", "value": 12.0, "direction": "decrease", "period_year": 2023},), published="2024-03-01"),
    # the level a target starts from, set against it, is no target
    Case("Acme will raise renewables to 60% of its power by 2030, against 35% today.",
         ({"kind": "target", "value": 60.0, "target_year": 2030}, {"kind": "percentage", "value": 35.0})),
)

# issue 32 class 7, awards and ratings on real releases: places in lists, TGO's programmes with the issuer TGO,
# DJSI and the Yearbook as S&P Global's with their distinctions, approvals of several years, CDP grades of two
# questionnaires in one clause, rating verbs
CLAIMS += (
    Case("Acme ranked fourth on the EPA Green Power Partnership list of the largest green power users.",
         ({"kind": "award", "award": "EPA Green Power Partnership", "issuer": "EPA", "grade": "4th",
           "rule": "en.award.list_place"},)),
    Case('Siam Agro was certified at the "Excellent" level in the Low Carbon and Sustainable Business Index (LCSi) by '
         "the Thailand Greenhouse Gas Management Organization (TGO).",
         ({"kind": "award", "award": "Low Carbon and Sustainable Business Index (LCSi)", "issuer": "TGO",
           "grade": "Excellent", "rule": "en.award.programme_level"},)),
    Case("Acme was included in the S&P Global Sustainability Yearbook 2025 with Top 1% distinction.",
         ({"kind": "award", "issuer": "S&P Global", "grade": "Top 1%", "period_year": 2025},
          {"kind": "percentage", "value": 1.0, "metric": "ranking"}), published="2025-02-20"),
    Case("Orion was recognised as an Industry Mover in the S&P Global Sustainability Yearbook 2025, after improving "
         "its S&P Global CSA Score by 11 points.",
         ({"kind": "award", "award": "S&P Global Sustainability Yearbook 2025", "issuer": "S&P Global",
           "grade": "Industry Mover"},), published="2025-02-11"),
    Case("Acme wins SBTi approval for its net-zero target",
         ({"kind": "award", "issuer": "SBTi", "award": "SBTi target approval"},
          {"kind": "target", "action": "net_zero", "target_year": None})),
    # two validations of two years are two rows
    Case("The SBTi approved the 2030 targets of Acme in 2021. This year the SBTi also validated its net-zero target.",
         ({"kind": "award", "issuer": "SBTi", "period_year": 2021}, {"kind": "award", "issuer": "SBTi", "period_year": 2024},
          {"kind": "target", "action": "net_zero", "target_year": None}), published="2024-11-10"),
    # an approval held by the companies a fund invests in is not the fund's
    Case("Of the companies it invests in, 58% have targets approved by the SBTi.",
         ({"kind": "percentage", "value": 58.0},)),
    # two grades in one clause, each with its questionnaire; the earlier grade is a row of its own year
    Case("Tasman was recognised by CDP with an A for water security, up from a B a year earlier, and an A- for climate "
         "change.",
         ({"kind": "award", "award": "CDP Water Security A List", "grade": "A", "period_year": 2024},
          {"kind": "award", "award": "CDP climate change rating", "grade": "A-", "period_year": 2024},
          {"kind": "award", "grade": "B", "period_year": 2023, "rule": "en.award.earlier_grade"}), published="2025-02-27"),
    # the "water" of a company's name names no questionnaire
    Case("Brightwater scored a B in CDP's 2023 climate questionnaire.",
         ({"kind": "award", "award": "CDP climate change rating", "grade": "B", "period_year": 2023},), published="2024-07-01"),
    Case("MSCI rates the company A.", ({"kind": "award", "issuer": "MSCI", "grade": "A"},)),
    Case("Acme received Prime status from ISS ESG.", ({"kind": "award", "issuer": "ISS ESG", "grade": "Prime"},)),
    # a headline's award without its giver is the body's award
    Case("Acme secures SBTi validation and wins Climate Action award\n\nAcme earned the Climate Action award at the "
         "2024 Business Green Leaders Awards.",
         ({"kind": "award", "issuer": "SBTi"},
          {"kind": "award", "award": "Climate Action award", "issuer": "Business Green Leaders Awards"}), published="2024-10-08"),
    # a streak written "for a second year"; not "for the second year of" a plan
    Case("Halvorsen kept its place on the CDP Climate A List for a second year.",
         ({"kind": "award", "issuer": "CDP", "grade": "A", "streak": 2},)),
    Case("Acme received an A- from CDP for the second year of its transition plan.",
         ({"kind": "award", "issuer": "CDP", "grade": "A-", "streak": None},)),
    # a clause saying an award is not held leaves the held one of the next clause; "a B Corp" is no grade
    Case("Acme committed to set targets with the SBTi in 2021, and its near-term targets were validated by the SBTi in 2023.",
         ({"kind": "award", "issuer": "SBTi", "period_year": 2023},), published="2024-05-01"),
    Case("Acme, a B Corp since 2020, scored A- from CDP.", ({"kind": "award", "issuer": "CDP", "grade": "A-"},),
         published="2024-05-01"),
    # an exchange before a ticker gives nothing; a grade nearer another issuer of the same scale is that issuer's
    Case("Acme (SET: ACME) was rated AA in the MSCI ESG Ratings.", ({"kind": "award", "issuer": "MSCI", "grade": "AA"},)),
    # a distinction nearer another index is that index's; "topped the ... ranking" is the first place
    Case("The group has been listed in the Dow Jones Sustainability World Index for a fifth year and earned a Top 10% "
         "score in the S&P Global CSA.",
         ({"kind": "award", "award": "Dow Jones Sustainability World Index", "grade": None, "streak": 5},
          {"kind": "award", "award": "S&P Global CSA", "grade": "Top 10%"},
          {"kind": "percentage", "value": 10.0, "metric": "ranking"})),
    Case("Acme topped the Newsweek America's Greenest Companies ranking.",
         ({"kind": "award", "award": "Newsweek America's Greenest Companies", "issuer": "Newsweek", "grade": "1st"},)),
)

# a share glued to the word of rank before it (issue 32 class 8)
CLAIMS += (
    Case('Its supplier score places Acme in the Top35% of the sector.',
         ({"kind": "percentage", "value": 35.0, "metric": "ranking"},)),
)

# a change set against a year written right after it has that base year; a year a share starts from is none
CLAIMS += (
    Case("Scope 1 and 2 emissions were down 6% from 2022.",
         ({"kind": "percentage", "value": 6.0, "baseline_year": 2022, "direction": "decrease"},), published="2024-03-01"),
    Case("In 2024 scope 1 and 2 emissions were 71% below 2020.",
         ({"kind": "percentage", "value": 71.0, "baseline_year": 2020, "period_year": 2024},), published="2025-03-01"),
    Case("Its fleet will run on 60% biofuel from 2027.", ({"kind": "percentage", "value": 60.0, "baseline_year": None},),
         published="2025-03-01"),
)

# what a bank or fund finances is scope 3 (issue 32 class 9)
CLAIMS += (
    Case("The bank aims for net zero across its lending and investment by 2050.",
         ({"kind": "target", "action": "net_zero", "target_year": 2050, "metric": "ghg_scope3"},)),
    Case("Emissions of its loan portfolio fell 9% in 2024.",
         ({"kind": "percentage", "value": 9.0, "metric": "ghg_scope3", "period_year": 2024},), published="2025-03-01"),
)

CLAIM_NEGATIVE: tuple[str, ...] = (
    "The bank manages $80 billion in assets and serves 2 million customers.",
    # a state reached, no pledge
    "The depot has run emissions-free since 2022.",
    # another party's wish: no pledge of the company
    "The trade body wants all hauliers to be net zero by 2050.",
    # a mass of no gas, waste or water is a fact about the company, no claim (issue 32: tonnes of goods); tonnes
    # of a fuel are no emissions either, even in a sentence about carbon intensity
    "The group processed 120,000 tonnes of cathode material at its plants in 2024.",
    "The airline burned 1.42 million tonnes of jet fuel last year and cut the carbon intensity of its flights.",
    "The railway carried about 38 million tonnes of freight last year.",
    # money after a fact about the company: revenue, assets, profit, a dividend, a share price
    "Founded in 1961, Larkspur Dairy employs 9,000 people and reported net sales of $4.2 billion in fiscal 2024.",
    "The lender has total assets of 2.3 trillion Baht and 12,000 employees.",
    "Operating profit was £512 million.",
    "Shareholders approved a dividend of 0.60 Baht per share.",
    "The plant fills 20 kg bags and ships 4 g samples.",  # kilograms and grams of no gas are no unit
    "The company's own offices have been carbon neutral since 2020.",  # a state reached, no pledge
    "CDP received a record 24,800 disclosures this year.",  # no grade: "received a record" is no "received an A"
    "The company has accumulated 85,000 global patent applications.",
    "ZTE has worked with more than 500 partners across multiple fields.",
    "Acme joined the Science Based Targets initiative last year.",
    "The company is certified to ISO 14001 and TL 9000.",
    "CDP is a global disclosure system for environmental impact.",
    "A current area of focus involves global standards for 5G technology.",
    "In 2022, ZTE performed dual-carbon audits for 109 suppliers.",
    "ZTE has released its sustainability report for 15 consecutive years.",
    "It launched the Carbon Neutral Solutions programme with 30 suppliers in 2022.",  # a name, no pledge
    "Acme is one of the Netherlands' largest utilities.",  # "one of" with no list named
    "Acme was named one of 3 Dutch firms to watch.",
    "The company launched its Net Zero Action programme in 2021.",
    # a stray comma in a figure: the figure is left without its scale word, never misread
    'Acme reported revenue of 11.438, billion baht in 2023.',
    # a place named without a list; an award not held (yet); TGO named for no programme of its levels
    "Acme ranked fourth in Europe by revenue.",
    "It is not a member of the Dow Jones Sustainability Indices.",
    "Acme has submitted its targets to the SBTi for validation.",
    "TGO verified the carbon footprint of the company.",
)

#: Known gaps: what a release says and what should come out of it, which the extractor does not read yet.
#: Run as strict expected failures (tests/test_corpora.py): a gap that gets fixed fails there, and moves
#: to CLAIMS.
GAPS: tuple[Case, ...] = (
    Case("Compared with 2019, scope 1 emissions will fall 40% and scope 3 emissions 25% by 2030.",
         ({"kind": "target", "value": 40.0, "target_year": 2030, "baseline_year": 2019},
          {"kind": "target", "value": 25.0, "metric": "ghg_scope3", "target_year": 2030, "baseline_year": 2019}),
         note="a base year and a target year shared by two figures, written before and after both"),
    Case('The company was rated "Excellent" in the Corporate Governance Report of Thai Listed Companies.',
         ({"kind": "award", "grade": "Excellent"},),
         note="a rating given as a quoted word, with no issuer the project knows"),
    Case("The share of recycled aluminium rose from 35 to 61 percent.",
         ({"kind": "percentage", "value": 35.0, "direction": None},
          {"kind": "percentage", "value": 61.0, "direction": "increase"}),
         note="'rose from A to B': the rise is B's, A is the earlier level"),
    Case("In 2024, 27% of its power came from renewable sources, up from 24% a year earlier.",
         ({"kind": "percentage", "value": 27.0, "period_year": 2024},
          {"kind": "percentage", "value": 24.0, "period_year": 2023}),
         note="the year of an earlier level given as 'a year earlier' (it keeps the sentence's year)"),
    Case("68% of the power used at its 41 plants in 2024 came from renewable sources.",
         ({"kind": "percentage", "value": 68.0, "metric": "renewable_share", "period_year": 2024},),
         note="a period year written past a count; the metric named at the end of the sentence"),
    Case("Renewables make up 18% of our electricity today.",
         ({"kind": "percentage", "value": 18.0, "period_year": 2025},), published="2025-03-01",
         note="a figure of the present ('today', 'now') takes no year; it should take the release's"),
    Case("The fleet burned 12 million litres of diesel in 2024.",
         ({"kind": "quantity", "value": 12_000.0, "unit": "m3", "period_year": 2024},),
         note="litres are not read as a unit (a volume in m3)"),
    Case("The plant emitted 450 kg per tonne of cement in 2024.",
         ({"kind": "quantity", "value": 0.45, "unit": "t", "metric": "emission_intensity", "period_year": 2024},),
         note="an intensity written without the gas gives no quantity"),
    Case("Acme made America's Most Responsible Companies list for 2025.",
         ({"kind": "award", "award": "America's Most Responsible Companies"},),
         note="a list named without 'award', an issuer the project knows, or a verb of naming or ranking"),
)

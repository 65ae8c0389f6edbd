"""Every extraction rule: its id, what it produces, and an example per language.

The `rule` column holds `<lang>.<name>`, e.g. `nl.target.value_by_year`. The
examples are run by `tests/test_rules.py`: each must produce a claim carrying
that rule id, so no rule exists without a working example.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    description: str
    examples: MappingProxyType


def _rule(name: str, kind: str, description: str, **examples: str) -> Rule:
    return Rule(name, kind, description, MappingProxyType(examples))


RULES = MappingProxyType({r.name: r for r in (
    _rule("target.value_by_year", "target",
          "a percentage followed by a target-year cue: cut emissions 52% by 2030",
          en="The company will cut scope 1 and 2 emissions by 42% by 2030 compared with 2020.",
          nl="Het bedrijf wil de uitstoot in scope 1 en 2 met 55% verminderen tegen 2030.",
          th="บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลง 30% ภายในปี 2573"),
    _rule("target.value_committed", "target",
          "a percentage after a commitment and a reduce cue, no year: aims to cut emissions by 30%",
          en="Acme aims to reduce its carbon emissions by 30% across its plants.",
          nl="Acme streeft ernaar de CO2-uitstoot met 30% te verminderen in alle fabrieken.",
          th="บริษัทมุ่งมั่นที่จะลดการปล่อยคาร์บอนลง 30% ในทุกโรงงาน"),
    _rule("target.same_period", "target",
          "a percentage target with the years of the target before it: 28% over the same timeframe",
          en="Acme will cut scope 1 and 2 emissions 46% by 2030 from 2022. It will also cut scope 3 emissions 28% over the same timeframe.",
          nl="Acme wil de uitstoot in scope 1 en 2 met 46% verminderen tegen 2030. Ook wil het de scope 3-uitstoot in dezelfde periode met 28% verminderen.",
          th="บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 ลง 46% ภายในปี 2573\n\nบริษัทยังมุ่งมั่นที่จะลดการปล่อยก๊าซขอบเขตที่ 3 ลง 28% ในช่วงเวลาเดียวกัน"),
    _rule("target.refers_back", "target",
          "a target that restates the one before it with another year: ... In 2030 moet dat 30 procent zijn",
          en="Acme will cut emissions per tonne of product 50% by 2035 compared with 2020. In 2030 this should reach 30%.",
          nl="Acme wil de uitstoot per kilo product in 2035 met 50 procent verminderen ten opzichte van 2020. In 2030 moet dat 30 procent zijn.",
          th="บริษัทตั้งเป้าลดการปล่อยก๊าซเรือนกระจกลงร้อยละ 50 ภายในปี 2578 เมื่อเทียบกับปีฐาน 2563\n\nในปี 2573 ตัวเลขดังกล่าวต้องอยู่ที่ร้อยละ 30"),
    _rule("target.raise_share", "target",
          "a target that raises the share written right before it: 27% ..., and aims to raise this to 50% by 2030",
          en="Renewables supplied 27% of its electricity in 2024, and Acme aims to raise this to 50% by 2030.",
          nl="Duurzame energie leverde 27% van de stroom; Acme wil dat aandeel verhogen naar 50% in 2030.",
          th="บริษัทใช้พลังงานหมุนเวียนคิดเป็นร้อยละ 27 ของการใช้ไฟฟ้าทั้งหมด และตั้งเป้าเพิ่มเป็นร้อยละ 50 ภายในปี 2573"),
    _rule("target.net_zero_by_year", "target", "net zero with a target year: net zero by 2050",
          en="Acme commits to reach net zero across its value chain by 2050.",
          nl="Acme wil netto nul uitstoot bereiken in de hele waardeketen tegen 2050.",
          th="บริษัทตั้งเป้าบรรลุการปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ภายในปี 2593"),
    _rule("target.carbon_neutral_by_year", "target", "carbon neutrality with a target year",
          en="Acme will become carbon neutral in its own operations by 2030.",
          nl="Acme wil tegen 2030 klimaatneutraal zijn in de eigen activiteiten.",
          th="บริษัทมุ่งสู่ความเป็นกลางทางคาร์บอนภายในปี 2573"),
    _rule("target.net_zero_open", "target", "a net-zero or carbon-neutral target without a year",
          en="Acme received approval for its long-term net-zero target.",
          nl="Acme kreeg goedkeuring voor zijn langetermijndoelstelling van netto nul.",
          th="บริษัทได้รับการรับรองเป้าหมายการปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์"),
    _rule("percentage.change", "percentage", "a percentage with a rise or fall: emissions fell 9.7%",
          en="In 2023 total carbon emissions fell by 9.7% from the previous year.",
          nl="In 2023 is de totale CO2-uitstoot gedaald met 9,7% op jaarbasis.",
          th="ในปี 2566 การปล่อยคาร์บอนโดยรวมของบริษัทลดลง 9.7% จากปีก่อนหน้า"),
    _rule("percentage.ranking", "percentage", "a position in a ranking: among the top 4%",
          en="The score places Acme among the top 4% of companies assessed.",
          nl="Daarmee behoort Acme tot de top 4% van de beoordeelde bedrijven.",
          th="บริษัทติดอันดับท็อป 4% ของบริษัททั่วโลก"),
    _rule("percentage.share", "percentage", "any other percentage: 40% of its electricity",
          en="Renewable sources supplied 40% of the electricity used at its sites.",
          nl="Hernieuwbare bronnen leverden 40% van de gebruikte elektriciteit.",
          th="พลังงานหมุนเวียนคิดเป็น 40% ของไฟฟ้าที่ใช้ในโรงงาน"),
    _rule("percentage.fraction", "percentage", "a fraction read as a share: more than half",
          en="The programme covers more than half of global market capitalisation.",
          nl="Die bedrijven vertegenwoordigen meer dan de helft van de marktkapitalisatie.",
          th="โครงการนี้ครอบคลุมมากกว่าครึ่งหนึ่งของมูลค่าตลาดโลก"),
    _rule("quantity.unit", "quantity", "an amount with a physical or money unit: 10 miljard kWh",
          en="Its solutions help operators save 10 billion kWh of electricity every year.",
          nl="Acme helpt operators jaarlijks 10 miljard kWh elektriciteit te besparen.",
          th="บริษัทช่วยประหยัดไฟฟ้าได้ 10,000 ล้านกิโลวัตต์ชั่วโมงต่อปี"),
    _rule("award.cdp_grade", "award", "a CDP score or list: CDP Climate A List",
          en="Acme was named on the CDP Climate A List for the third consecutive year.",
          nl="Acme kreeg van CDP opnieuw een A-score voor klimaatverandering.",
          th="บริษัทได้รับการจัดอันดับใน CDP A List ด้านการเปลี่ยนแปลงสภาพภูมิอากาศ"),
    _rule("award.earlier_grade", "award",
          "an earlier grade set against a new one, an award row of its own: an A-, up from a B the year before",
          en="Acme earned an A- from CDP, up from a B the year before.",
          nl="Acme staat op de A-lijst van CDP, na een B vorig jaar.",
          th="บริษัทได้รับการประเมินจาก CDP ระดับ A- เพิ่มขึ้นจากระดับ B ในปีก่อนหน้า"),
    _rule("award.grade_after_issuer", "award",
          "a CDP list or score named without its issuer, right after a sentence naming CDP",
          en="Acme scored B in the CDP climate assessment this year. In 2023 the company was still on the A List.",
          nl="Acme kreeg dit jaar een B-score van CDP. In 2023 stond het bedrijf nog op de A-lijst.",
          th="ปีนี้บริษัทได้รับการประเมินจาก CDP ระดับ B\n\nในปี 2566 บริษัทเคยได้รับระดับ A-"),
    _rule("award.issuer_mention", "award", "an issuer named with a streak: the CDP top rating, third year running",
          en="This is the third consecutive year that Acme has earned the top rating from CDP.",
          nl="Dit is het derde jaar op rij dat Acme de toprangschikking van CDP ontvangt.",
          th="นี่เป็นปีที่สามติดต่อกันที่บริษัทได้รับการจัดอันดับสูงสุดจาก CDP"),
    _rule("award.sbti_approval", "award", "science-based targets approved or validated by SBTi",
          en="Acme's near-term targets have been validated by the SBTi.",
          nl="De doelstellingen van Acme zijn goedgekeurd door het SBTi.",
          th="เป้าหมายของบริษัทได้รับอนุมัติโดย SBTi"),
    _rule("award.medal", "award", "an EcoVadis medal: EcoVadis Gold",
          en="Acme received a Gold medal from EcoVadis.",
          nl="Acme ontving de Gold Medal van EcoVadis.",
          th="บริษัทได้รับเหรียญทอง (Gold) จาก EcoVadis"),
    _rule("award.esg_rating", "award", "an ESG rating: MSCI AA, Sustainalytics low risk",
          en="Acme's MSCI ESG rating was upgraded to AA.",
          nl="Acme kreeg een MSCI ESG-rating van AA.",
          th="บริษัทได้รับการจัดอันดับ MSCI ESG Rating ระดับ AA"),
    _rule("award.named_among", "award", "a list or ranking the company was named among, by its name in capitals",
          en="Acme was named one of Europe's Climate Leaders 2025 by the Financial Times.",
          nl="Acme is uitgeroepen tot een van de Beste Werkgevers van Nederland.",
          th="Acme ได้รับการคัดเลือกให้เป็นหนึ่งใน Asia's Climate Leaders 2025"),
    _rule("award.ladder_level", "award", "a level of the CO2 Performance Ladder (CO2-Prestatieladder), 1 to 5",
          en="Acme is certified at level 5 of the CO2 Performance Ladder.",
          nl="Acme behaalde trede 5 op de CO2-Prestatieladder.",
          th="บริษัทได้รับการรับรอง CO2 Performance Ladder level 5"),
    _rule("award.index", "award", "inclusion in a sustainability index: DJSI, FTSE4Good",
          en="Acme was included in the Dow Jones Sustainability Index for the fifth year.",
          nl="Acme is opgenomen in de Dow Jones Sustainability Index.",
          th="บริษัทได้รับคัดเลือกให้อยู่ในกลุ่ม DJSI เป็นปีที่ห้าติดต่อกัน"),
    _rule("award.titled", "award", "a named award: the Sustainable Development Contribution Award",
          en="Acme won the Green Supply Chain Excellence Award at the annual logistics forum.",
          nl="Acme won de Green Supply Chain Excellence Award tijdens het jaarlijkse congres.",
          th="บริษัทคว้ารางวัลองค์กรยั่งยืนดีเด่นประจำปี 2566"),
    _rule("award.list_item", "award", "one bullet of a list of awards",
          en="Acme received several awards, including:\n• “Top 10 Green Enterprises” by the Shenzhen Business Council\n",
          nl="Acme ontving onder meer de volgende onderscheidingen:\n• “Top 10 Groene Bedrijven” van de Kamer van Koophandel\n",
          th="บริษัทได้รับรางวัลต่าง ๆ ได้แก่:\n• “Top 10 Green Enterprises” จากสภาธุรกิจเซินเจิ้น\n"),
)})


def rule_id(lang: str, name: str) -> str:
    """The id in the `rule` column: `<lang>.<name>`; raises on an unknown rule."""
    if name not in RULES:
        raise KeyError(f"unknown rule {name!r}")
    return f"{lang}.{name}"

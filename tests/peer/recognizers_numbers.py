"""Forms and values of Microsoft Recognizers-Text's Number and Percent specs for Dutch and English
(Specs/Number/{Dutch,English}/{NumberModel,PercentModel}.json, MIT licence, github.com/microsoft/Recognizers-Text),
transcribed as data to score `parse_number` and `find_numbers` against a second established parser.

A spec case that is one form alone becomes a `Form`: `parse_number(text)` must give `value`, or refuse the
text (NormalizeError) where `value` is None. A spec case that is a sentence becomes a `Sentence` written here
(the spec's sentences are not ours): the numbers `find_numbers(text, lang, words=True)` finds must carry
`values`, in order (for percent suites: `Number.unit == "%"` with those values). `out_of_scope` is None for
a scored case, else the reason the case is left out (at most 5% of a suite).
"""
from __future__ import annotations

from typing import NamedTuple


class Form(NamedTuple):
    lang: str
    text: str
    value: float | None
    out_of_scope: str | None = None


class Sentence(NamedTuple):
    lang: str
    text: str
    values: tuple[float, ...]
    out_of_scope: str | None = None


IP_ADDRESS = "an IP address is a code, not four numbers (look-alikes are refused, as phone numbers and ISO codes)"
DATE_PARTS = "a date is read by find_dates as a date, not as three numbers"
PHONE = "a phone number is a look-alike the extractors must never read as figures"
ENGLISH_IN_DUTCH = "an English number in the Dutch suite; the English suite has the same case"
SPEC_VALUE = "the spec's value contradicts its words (130 fifths is 26; the spec says 35)"
RT_ORDINAL_SPLIT = ("the spec splits 'one hundred one thousand fifths' as 100/1005 but 'ninety-five hundred fifths' "
                    "as 9500/5; one rule cannot give both, and we follow the second")

THIRD, TWO_THIRDS, TWENTY_FIRST = 1 / 3, 2 / 3, 1 / 21
POWER = 1.1 ** 23

NUMBERS_NL: tuple[Form | Sentence, ...] = (
    Form("nl", "192.", 192), Form("nl", ",08", 0.08), Form("nl", ",23456000", 0.23456), Form("nl", "4,800", 4.8),
    Form("nl", "honderddrie en twee derde", 103 + TWO_THIRDS), Form("nl", "honderdendrie en twee derde", 103 + TWO_THIRDS),
    Form("nl", "zestien", 16), Form("nl", "twee derde", TWO_THIRDS), Form("nl", "honderdzestien", 116),
    Form("nl", "honderdzes", 106), Form("nl", "honderdeenenzestig", 161), Form("nl", "een half  dozijn", 6),
    Form("nl", " 3 dozijn", 36), Form("nl", "een dozijn", 12), Form("nl", " drie dozijnen ", 36),
    Form("nl", " driehonderd en twee dozijn", 324), Form("nl", "1.234,567", 1234.567), Form("nl", "9,2321312", 9.2321312),
    Form("nl", " -9,2321312", -9.2321312), Form("nl", " -1", -1), Form("nl", "-4/5", -0.8), Form("nl", "- 1 4/5", -1.8),
    Form("nl", "drie", 3), Form("nl", " 123456789101231", 123456789101231), Form("nl", "-123456789101231", -123456789101231),
    Form("nl", " -123456789101231", -123456789101231), Form("nl", "1", 1), Form("nl", "10k", 10_000),
    Form("nl", "10G", 10_000_000_000), Form("nl", "- 10  k", -10_000), Form("nl", "2 miljoen", 2_000_000),
    Form("nl", "1 biljoen", 1e12), Form("nl", " drie ", 3), Form("nl", "een biljoen", 1e12),
    Form("nl", "eenentwintig biljoen", 21e12), Form("nl", "fifty - two", 52, ENGLISH_IN_DUTCH),
    Form("nl", "tweeënvijftig", 52), Form("nl", "tweeenvijftig", 52), Form("nl", "tweeduizend tweehonderd", 2200),
    Form("nl", "tweeduizend tweehonderdtwintig", 2220), Form("nl", "tweeëntwintighonderd", 2200),
    Form("nl", " 2,33 k", 2330), Form("nl", "1e10", 1e10), Form("nl", "1,1^23", POWER),
    Form("nl", " tweeendertigduizend tweehonderd  ", 32_200), Form("nl", "zeventig", 70), Form("nl", "2  1/4", 2.25),
    Form("nl", "3/4", 0.75), Form("nl", "een achtste", 0.125), Form("nl", "vijf achtste", 0.625),
    Form("nl", "een halve", 0.5), Form("nl", "drie kwart", 0.75), Form("nl", "twintig drie vijfde", 20.6),
    Form("nl", "drieëntwintig vijfde", 4.6), Form("nl", "drieëntwintig en drie vijfde", 23.6),
    Form("nl", "een miljoen tweeduizend tweehonderd drie vijfde", 200_440.6), Form("nl", "anderhalf", 1.5),
    Form("nl", "een en een vierde", 1.25), Form("nl", "vijf en een kwart", 5.25), Form("nl", "honderd driekwart", 100.75),
    Form("nl", "een honderdste", 0.01), Form("nl", "1,1^+23", POWER), Form("nl", "2,5^-1", 0.4),
    Form("nl", "-2500^-1", -0.0004), Form("nl", "-1,1^+23", -POWER), Form("nl", "-2,5^-1", -0.4),
    Form("nl", "-1,1^--23", -POWER), Form("nl", "-127,32e13", -1.2732e15), Form("nl", "12,32e+14", 1.232e15),
    Form("nl", "-12e-1", -1.2), Form("nl", "1,2b", 1.2e9), Form("nl", "een vijfde", 0.2),
    Form("nl", "honderdduizend biljoensten", 1e-7), Form("nl", "drie vijfde", 0.6), Form("nl", "twintig vijfde", 4),
    Form("nl", "drie een vijfde", 3.2), Form("nl", "eenentwintig vijfde", 4.2),
    Form("nl", "een eenentwintigste", TWENTY_FIRST), Form("nl", "een vijfentwintigste", 0.04),
    Form("nl", "drie eenentwintigste", 3 * TWENTY_FIRST), Form("nl", "twintig vijventwintigste", 0.8),
    Form("nl", "honderd en dertig vijfde", 35, SPEC_VALUE), Form("nl", "een van de drie", THIRD),
    Form("nl", "1 uit eenentwintig", TWENTY_FIRST), Form("nl", "1 uit drie", THIRD), Form("nl", "1 op de 3", THIRD),
    Form("nl", "1 van de 3", THIRD), Form("nl", "één uit de 20", 0.05), Form("nl", "één van de twintig", 0.05),
    Form("nl", "een - vierde", 0.25), Form("nl", "een-achtste", 0.125), Form("nl", "vijf / achtste", 0.625),
    Form("nl", "1 van de eenentwintig", TWENTY_FIRST), Form("nl", "vijf achtsten", 0.625),
    Form("nl", "1 234 567", 1_234_567), Form("nl", "tweeentwintig", 22), Form("nl", "tweeëntwintig", 22),
    Form("nl", "één", 1), Form("nl", "en", None),
    Sentence("nl", "De server op 192.168.1.2 antwoordt niet.", (192, 168, 1, 2), IP_ADDRESS),
    Sentence("nl", "Giet er 180,25ml water bij.", ()), Sentence("nl", "Giet er 180ml water bij.", ()),
    Sentence("nl", "Het is nog 29km rijden.", ()), Sentence("nl", "De vergadering is op 4 mei.", ()),
    Sentence("nl", "Er zit ,25ml in de buis.", ()),
    Sentence("nl", "De lijst telt 1, 234, 567 punten.", (1, 234, 567)),
    Sentence("nl", "Boek een eerste klas ticket naar Utrecht.", ()),
    Sentence("nl", "De uitkomst was min een.", (-1,)),
    Sentence("nl", "Een op de twintig klanten klaagt.", (0.05,)),
    Sentence("nl", "De uitkomst was vijf en een half.", (5.5,)),
    Sentence("nl", "De uitkomst was min 5 punt vijf.", (-5.5,)),
    Sentence("nl", "De uitkomst was min 5.", (-5,)),
    Sentence("nl", "Zij hield vijf achtsten van de oogst.", (0.625,)),
    Sentence("nl", "Wij telden 40 000 en zij ook 40 000.", (40_000, 40_000)),
    Sentence("nl", "Het land telt 1 414 021 100 inwoners.", (1_414_021_100,)),
    Sentence("nl", "Lees 423 0000 als twee getallen.", (423, 0, 2)),
    Sentence("nl", "Het bedrag 1 234 567,89 klopt.", (1_234_567.89,)),
    Sentence("nl", "Nul betekent hier 0.", (0, 0)),
    Sentence("nl", "Kom je op 17/5/2018 langs?", (17, 5, 2018), DATE_PARTS),
    Sentence("nl", "Bel +1-222-2222/2222 voor vragen.", (1, 222, 2222, 2222), PHONE),
)

NUMBERS_EN: tuple[Form | Sentence, ...] = (
    Form("en", "192.", 192), Form("en", ".08", 0.08), Form("en", ".23456000", 0.23456), Form("en", "4.800", 4.8),
    Form("en", "one hundred and three and two thirds", 103 + TWO_THIRDS), Form("en", "sixteen", 16),
    Form("en", "two thirds", TWO_THIRDS), Form("en", "one hundred and sixteen", 116), Form("en", "one hundred and six", 106),
    Form("en", "one hundred and sixty-one", 161), Form("en", "a trillionth", 1e-12),
    Form("en", "a hundred trillionths", 1e-10), Form("en", " half a  dozen", 6), Form("en", " 3 dozens", 36),
    Form("en", "a dozen", 12), Form("en", " three dozens ", 36), Form("en", " three hundred and two dozens", 324),
    Form("en", "1,234,567", 1_234_567), Form("en", "9.2321312", 9.2321312), Form("en", " -9.2321312", -9.2321312),
    Form("en", " -1", -1), Form("en", "-4/5", -0.8), Form("en", "- 1 4/5", -1.8), Form("en", "three", 3),
    Form("en", " 123456789101231", 123456789101231), Form("en", "-123456789101231", -123456789101231),
    Form("en", " -123456789101231", -123456789101231), Form("en", "1", 1), Form("en", "10k", 10_000),
    Form("en", "10G", 1e10), Form("en", "- 10  k", -10_000), Form("en", "2 million", 2e6), Form("en", "1 trillion", 1e12),
    Form("en", " three ", 3), Form("en", "one trillion", 1e12), Form("en", "twenty-one trillion", 21e12),
    Form("en", "twenty-one trillion three hundred", 21_000_000_000_300),
    Form("en", "twenty-one trillion and three hundred", 21_000_000_000_300), Form("en", "fifty - two", 52),
    Form("en", "fifty   two", 52), Form("en", "Three hundred  and  thirty one", 331),
    Form("en", "two hundred and two thousand", 202_000), Form("en", "two  thousand  and  two hundred", 2200),
    Form("en", " 2.33 k", 2330), Form("en", " two hundred point zero three", 200.03),
    Form("en", " two hundred point seventy-one", 200.71), Form("en", "1e10", 1e10), Form("en", "1.1^23", POWER),
    Form("en", " 322 hundred ", 32_200), Form("en", "seventy", 70), Form("en", "fifty-two", 52),
    Form("en", "2  1/4", 2.25), Form("en", "3/4", 0.75), Form("en", "one eighth", 0.125), Form("en", "five eighths", 0.625),
    Form("en", "a half", 0.5), Form("en", "three quarters", 0.75), Form("en", "twenty and three fifths", 20.6),
    Form("en", "twenty-three fifths", 4.6), Form("en", "twenty and three and three fifths", 23.6),
    Form("en", "one million two thousand two hundred three fifths", 200_440.6), Form("en", "one and a half", 1.5),
    Form("en", "one and a fourth", 1.25), Form("en", "five and a quarter", 5.25),
    Form("en", "one hundred and three quarters", 100.75), Form("en", "a hundredth", 0.01),
    Form("en", "1.1^+23", POWER), Form("en", "2.5^-1", 0.4), Form("en", "-2500^-1", -0.0004),
    Form("en", "-1.1^+23", -POWER), Form("en", "-2.5^-1", -0.4), Form("en", "-1.1^--23", -POWER),
    Form("en", "-127.32e13", -1.2732e15), Form("en", "12.32e+14", 1.232e15), Form("en", "-12e-1", -1.2),
    Form("en", "1.2b", 1.2e9), Form("en", "a fifth", 0.2), Form("en", "a hundred thousand trillionths", 1e-7),
    Form("en", "one fifth", 0.2), Form("en", "three fifths", 0.6), Form("en", "twenty fifths", 4),
    Form("en", "three and a fifth", 3.2), Form("en", "twenty one fifths", 4.2), Form("en", "a twenty-first", TWENTY_FIRST),
    Form("en", "one twenty-fifth", 0.04), Form("en", "three twenty-firsts", 3 * TWENTY_FIRST),
    Form("en", "three twenty firsts", 3 * TWENTY_FIRST), Form("en", "twenty twenty fifths", 0.8),
    Form("en", "one hundred and thirty fifths", 26), Form("en", "one hundred thirty fifths", 100 / 35),
    Form("en", "one hundred thirty two fifths", 26.4), Form("en", "one hundred thirty-two fifths", 26.4),
    Form("en", "one hundred and thirty-two fifths", 26.4), Form("en", "one hundred and thirty and two fifths", 130.4),
    Form("en", "one hundred thirty-fifths", 100 / 35), Form("en", "one one hundred fifth", 1 / 105),
    Form("en", "one one hundred and fifth", 1 / 105),
    Form("en", "one hundred one thousand fifths", 100 / 1005, RT_ORDINAL_SPLIT),
    Form("en", "one over three", THIRD), Form("en", "1 over twenty-one", TWENTY_FIRST),
    Form("en", "1 over one hundred and twenty one", 1 / 121), Form("en", "1 over three", THIRD),
    Form("en", "1 over 3", THIRD), Form("en", "one over 3", THIRD), Form("en", "one over 20", 0.05),
    Form("en", "one over twenty", 0.05), Form("en", "one over one hundred", 0.01),
    Form("en", "one over one hundred and twenty five", 0.008), Form("en", "ninety - five hundred fifths", 1900),
    Form("en", "negative ninety - five hundred fifths", -1900), Form("en", "minus ninety - five hundred fifths", -1900),
    Form("en", "minus one", -1), Form("en", "minus one hundred thirty fifths", -100 / 35),
    Form("en", "Negative one over 20", -0.05), Form("en", "an", None), Form("en", "a", None),
    Sentence("en", "The router sits at 192.168.1.2 on the network.", (192, 168, 1, 2), IP_ADDRESS),
    Sentence("en", "Pour in 180.25ml of water.", ()), Sentence("en", "Pour in 180ml of water.", ()),
    Sentence("en", "The site is 29km away.", ()), Sentence("en", "The meeting is on May 4th.", ()),
    Sentence("en", "Add .25ml of the solution.", ()),
    Sentence("en", "The list reads 1, 234, 567 in that order.", (1, 234, 567)),
    Sentence("en", "Reserve a first class seat to Leeds.", ()),
)

PERCENT_NL: tuple[Form | Sentence, ...] = (
    Sentence("nl", "De score was 100%.", (100,)), Sentence("nl", "De score was 100% dit jaar.", (100,)),
    Sentence("nl", "De score was 100 procent.", (100,)), Sentence("nl", "Zij haalden een percentage van 100.", (100,)),
    Sentence("nl", "De groei was 240 procent.", (240,)), Sentence("nl", "De groei was twintig procent.", (20,)),
    Sentence("nl", "Zij haalden een percentage van 30 procent.", (30,)),
    Sentence("nl", "De dekking was honderd procent.", (100,)), Sentence("nl", "De groei was 210 percent.", (210,)),
    Sentence("nl", "De groei was 10 percent.", (10,)), Sentence("nl", "Wij geven min vijf procent korting.", (-5,)),
    Sentence("nl", "Zie https://example.org/zoek?q=dak%2528a%2529%20en%20b%2872%29&id=17859 voor meer.", ()),
    Sentence("nl", "Zie https://www.test.com/search?q=30%25%2020% voor meer.", ()),
)

PERCENT_EN: tuple[Form | Sentence, ...] = (
    Sentence("en", "The score was 100%.", (100,)), Sentence("en", "The score was 100% this year.", (100,)),
    Sentence("en", "The score was 100 percent.", (100,)), Sentence("en", "The score was 100 percentage.", (100,)),
    Sentence("en", "Growth was 240 percent.", (240,)), Sentence("en", "Growth was twenty percent.", (20,)),
    Sentence("en", "Growth was thirty percentage.", (30,)), Sentence("en", "Coverage was one hundred percent.", (100,)),
    Sentence("en", "Coverage was one hundred percents.", (100,)), Sentence("en", "It took percents of twenty.", (20,)),
    Sentence("en", "It took percent of 10.", (10,)), Sentence("en", "It took per cent of twenty-two.", (22,)),
    Sentence("en", "It took per cent of 210.", (210,)), Sentence("en", "Growth was 10 percent.", (10,)),
    Sentence("en", "We need minus five percent.", (-5,)),
    Sentence("en", "See https://example.org/find?q=roof%2528a%2529%20and%20b%2872%29&id=17859 for more.", ()),
    Sentence("en", "See https://www.test.com/search?q=30%25%2020% for more.", ()),
)

SUITES = {
    "recognizers nl numbers": NUMBERS_NL,
    "recognizers en numbers": NUMBERS_EN,
    "recognizers nl percent": PERCENT_NL,
    "recognizers en percent": PERCENT_EN,
}

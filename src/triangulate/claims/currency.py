"""Currencies: the signs, codes and words news copy writes money with, and which dollar is meant.

``find_quantities`` reads money with the tables here; ``money_basis`` then says, for a sign
or word that several countries share, which currency the report means and why.

Signs, codes and words
======================
A sign or code before the number ("US$5m", "S$ 1.2 billion", "€3m", "Rs 500", "RM5",
"euro110 billion", "USD 200", "Dh472.72bn"), or a code or word after it ("115USD", "200
GBP", "40 million dollars", "500 Syrian pounds", "3 billion yen", "35 lakh rupees"):

==============================================  =========================================
written                                         unit
==============================================  =========================================
US$, U.S.$, $US, USD, US/U.S./American dollars  USD
A$, AU$, AUS$, $A, AUD, Australian (Aussie) $   AUD
C$, CA$, Can$, CAD, Canadian dollars            CAD
NZ$, $NZ, NZD, New Zealand (NZ) dollars         NZD
S$, SG$, SGD, Singapore dollars                 SGD
HK$, HKD, Hong Kong (HK) dollars                HKD
NT$, TWD, Taiwan dollars                        TWD
R$, BRL, reais                                  BRL
R before cents, thousands or a scale, ZAR, rand ZAR
Mex$, MX$, MXN, Mexican pesos                   MXN
€, EUR, euro(s); "e" before a scaled amount     EUR
("e75m", a € mangled by an encoding)
£, GBP, sterling, British pounds; "Pounds"     GBP
before the amount ("Pounds 5m", as archived
plain text spells the sign); "PS" right
before digits (a £ mangled by an encoding); "#"
before an amount with pence ("# 7.99", the £
of a 7-bit British code page)
pence, penny, "p" glued after digits ("85p")    GBp
cents, ¢, "c" glued after digits ("50c")         cent (its dollar as "$")
¥ with JPY, yen                                 JPY
CNY, RMB, yuan, renminbi                        CNY
₹, INR, Indian rupees                           INR
RM, MYR, ringgit                                MYR
Rp, IDR, rupiah                                 IDR
Dh, Dhs, AED, dirhams                           AED
SR, SAR, riyals                                 SAR
KSh, USh, TSh (Kshs...); Kenyan / Ugandan /     KES / UGX / TZS
Tanzanian shillings
Sh, Shs before an amount written as money       shillings (the report's
("Sh5 million", "Shs 300,000")                  country's, as "shillings")
N before an amount written as money ("N2.5      NGN
billion", "N150,000")
J$, TT$, EC$, N$, RD$, BZ$, FJ$                 JMD, TTD, XCD, NAD, DOP, BZD, FJD
₩ KRW, ₽ RUB, ₺ TRY, ₱ PHP, ₦ NGN, ₪ ILS,       as shown
฿ THB, ₫ VND, ₴ UAH, ₸ KZT, CHF (SFr, "Fr."),
ZAR, PKR, EGP, ₲ PYG, ৳ BDT, ₵ GHS, ₼ AZN,
៛ KHR, ₮ MNT, ₾ GEL, ₿ BTC, ..., each sign
before or after the number ("₩100", "100 ₩");
zł PLN before or after it, Kč CZK after it;
Tk BDT, GH₵ GHS, S/. PEN, B/. PAB,
Nu. BTN before it
Syrian / Egyptian / Lebanese pounds             SYP / EGP / LBP
Chilean / Colombian / Philippine pesos          CLP / COP / PHP
Iraqi / Kuwaiti / Jordanian ... dinars          IQD / KWD / JOD ...
Swedish kronor, Norwegian / Danish kroner       SEK / NOK / DKK
Korean won, BTC, "quid" (GBP), "bucks" ($)      KRW, BTC, GBP, $
"dlrs" as wire copy writes dollars ("3 mln      $
dlrs")
"won" alone where no object follows ("won a")   KRW
Armenian drams, Croatian kunas                  AMD, HRK
zlotys, forints, Czech crowns (koruna),         PLN, HUF, CZK, UAH, ILS, RON,
hryvnias, shekels, lei, leva, taka, cedis,      BGN, BDT, GHS, ETB, KZT, VND,
birr, tenge, dong, lari, manats, kyats, riels   GEL, AZN, MMK, KHR
guaraníes, lempiras, quetzales, colones,        PYG, HNL, GTQ, CRC, BOB, LAK,
bolivianos, Lao kips, tögrögs, patacas, pula    MNT, MOP, BWP
leu, lev, afghani, denars, lek                  RON, BGN, AFN, MKD, ALL
kwacha (Zambia's or Malawi's)                   kwacha
Deutsche marks, guilders, escudos, pesetas,     DEM, NLG, PTE, ESP, GRD, ITL;
drachmas, lire (before the euro); "marks"       DEM
alone beside money ("1.8500 marks" after the
dollar's yen, "fined 500 marks"); convertible   BAM
marks
krona (SEK); bare kroner/krone by country       SEK; NOK (Norway), DKK (Denmark)
"kr" before or after the amount ("kr 200",       kroner, by country as above
"3.500 kr")
kuai (the yuan as spoken), satoshis             CNY, satoshi
美元 新元 港元 欧元 英镑 日元 人民币 令吉 ...      USD, SGD, HKD, EUR, GBP, JPY, CNY, MYR ...
a sign after the number: "3,000 HK$", "50 US$"  HKD, USD, SGD, AUD, CAD, NZD
... or a bare one: "15 €", "12 ¥", "10 $"       EUR, ¥, $
"Dollars" before the amount ("Dollars 200m")    $
a note in brackets after "$": "$7,500 (U.S.)",   USD, CAD, AUD, NZD, SGD, HKD
"$99 (USD)", "$40 (Canadian)"
SEK, NOK, DKK, PLN, HUF, CZK ... before the      as written
amount, a space between ("SEK 1.1bn"; "COP26"
glued is a name)
eur, gbp, jpy, sek ... in lower case before     EUR, GBP, JPY, SEK ...
the amount ("eur 300m"); not the codes that
spell a word ("rub", "cad", "try")
"kuai" then mao and fen ("one kuai and five     CNY (1.55)
mao five", "three kuai five": 3.5)
==============================================  =========================================

"pounds" after a number is money (GBP) when a scale word goes with it ("93.6 billion
pounds"), a word of paying comes a few words before ("fined 500 pounds", "cost", "worth",
"withdrew", "sold the car for"), a price's "per person", "a night" follows, or it converts
an amount of money in brackets ("$7,500 (about 5,000 pounds)"); and a weight
(unit "lb") otherwise, and always before "of" ("200 pounds of rice", "sold 500 pounds of
cocaine").

Which dollar
============
A bare "$", a bare "dollars", "dlrs" or "bucks", "¥", a bare "Rs" or "rupees", and bare "pesos",
"dinars", "francs", "kroner" or "shillings" do not say which country's
currency they are: the figure keeps the sign as its unit ("$") and its currency is unknown,
unless the report itself says where it comes from. In this order:

1. the country code ending the host of the report's URL ("straitstimes.com.sg" → Singapore;
   "thenational.ae" → the United Arab Emirates), but not a code sites everywhere rent as a
   name (".tv", ".io", ".co" alone) nor Blogger's, which names the reader's country;
2. the dateline's place ("SINGAPORE -", "SYDNEY, Australia -"); but a dateline naming an
   international wire service ("SYDNEY (Reuters) -", "MEXICO CITY (AP) -") makes a bare "$"
   the US dollar, as the wires' style does wherever they file from (they write "A$",
   "C$" or "pesos" for the local money); the place still decides the other words;
3. a place named in the outlet's name ("The Sydney Morning Herald", "Toronto Star"), or
   glued to the rest of its host ("torontocourier.com"; not a name several countries'
   cities share, such as London or Perth).

The country then decides: its own dollar where it has one (Singapore → SGD), the peso where
"$" writes the peso (Mexico, Argentina, Chile, Colombia); and in a country with no dollar of
its own the dollar is the US dollar (a British or Emirati report's "$" is USD). "¥" is the
yen in Japan and the yuan in China; "Rs" the rupee of India, Pakistan, Sri Lanka or Nepal;
"pesos" the peso of the country that has one; "kroner" the krone of Norway or Denmark;
"shillings" the shilling of Kenya, Uganda, Tanzania or Somalia; a
bare "元" the yuan in China and the
dollar of Singapore, Hong Kong or Taiwan; "dinars" the dinar of Iraq, Kuwait, Jordan,
Algeria, Tunisia, Libya, Bahrain or Serbia; "francs" the Swiss franc in Switzerland and the
CFA franc (XOF, XAF) in the countries that use it.
Anywhere else those two stay unknown. The basis is said in words with the figure ("inferred
from the URL host (.sg)").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from triangulate.ingest.outlet import SUFFIX_LABELS, registrable_domain
from triangulate.model import Document

if TYPE_CHECKING:
    from triangulate.claims.quantities import Quantity

AMBIGUOUS = frozenset(
    {"$", "¥", "Rs", "cent", "pesos", "dinars", "francs", "kroner", "shillings", "元"}
)
"""Units that name a currency only with a country (module docstring)."""

_OTHER_CODES = (
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "HUF",
    "CZK",
    "UAH",
    "RON",
    "BGN",
    "ARS",
    "CLP",
    "PEN",
    "GHS",
    "KZT",
    "IQD",
    "JOD",
    "OMR",
    "BHD",
    "KWD",
    "TND",
    "NPR",
    "LKR",
    "BDT",
    "XOF",
    "XAF",
)
LOWER_CASE_CODES = (
    "EUR",
    "GBP",
    "JPY",
    "INR",
    "AUD",
    "NZD",
    "SGD",
    "HKD",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "HUF",
    "CZK",
    "ZAR",
    "BRL",
    "KRW",
    "IDR",
    "MYR",
    "THB",
    "AED",
    "QAR",
    "KES",
    "NGN",
    "PKR",
    "EGP",
    "TWD",
    "CNY",
)
"""The ISO codes also read in lower case ("eur 300m", "115eur"): those that spell no word."""
# (pattern, unit) for a sign or code before the number. Letters never follow a word character
# ("GPS6" is not £6); order matters: longer forms first.
_PREFIXES: tuple[tuple[str, str], ...] = (
    # "$US1 million", "$A50", "$NZ20": the Australian and New Zealand press's order
    (r"(?:US|U\.S\.)\s?\$|USD\s?\$?|(?i:usd)|\$\s?US", "USD"),
    # "A$50", "paid A $ 50"; a capital "A" that opens a sentence is the article ("A $2,500
    # reward"), so a spaced "A $" is read only after a word of the same sentence
    (r"(?:AUS?|AUD)\s?\$|A\$|(?<=[0-9A-Za-z,;:] )A\s\$|AUD|\$\s?AU?", "AUD"),
    (r"\$\s?NZ", "NZD"),
    (r"(?:Can|CAD?|[Cc])\s?\$|CAD", "CAD"),
    (r"NZD?\s?\$|NZD", "NZD"),
    (r"(?:SGD?|S)\s?\$|SGD", "SGD"),
    (r"HKD?\s?\$|HKD", "HKD"),
    (r"NT\s?\$|TWD", "TWD"),
    (r"R\s?\$|BRL", "BRL"),
    # the dollars a country's letters name, glued before the sign: "J$", "TT$", "EC$", "N$"
    (r"(?-i:J)\$|JMD", "JMD"),
    (r"(?-i:TT)\$|TTD", "TTD"),
    (r"(?-i:EC)\$|XCD", "XCD"),
    (r"(?-i:N)\$|NAD", "NAD"),
    (r"(?-i:RD)\$|DOP", "DOP"),
    (r"(?-i:BZ)\$|BZD", "BZD"),
    (r"(?-i:FJ)\$|FJD", "FJD"),
    (r"(?:Mex|MXN?|(?i:mxn))\s?\$|MXN", "MXN"),
    # "e75m", "e80 million": a € an encoding turned into an "e", read only before a scale
    (r"€|EUR|(?i:euro)|(?<![A-Za-z0-9])(?-i:e)(?=[0-9])", "EUR"),
    # "# 7.99": a £ that a 7-bit British code page wrote as "#", read only before pence
    # "Pounds 5m", "Dollars 200m": the sign an archive's plain text spelled out before the
    # amount
    (r"£|GBP|PS(?=[0-9])|#|(?-i:Pounds)(?=\s?[0-9])", "GBP"),
    (r"JPY", "JPY"),
    # "rmb 100", "rmb100": the renminbi's letters in lower-cased copy spell no other word
    (r"CNY|RMB|rmb(?=\s?[0-9])", "CNY"),
    (r"₹|INR", "INR"),
    (r"RM|MYR", "MYR"),
    (r"Rp\.?|IDR|(?-i:rp)(?=\s?[0-9])", "IDR"),
    (r"Dhs?|AED", "AED"),
    (r"SR|SAR", "SAR"),
    (r"QR|QAR", "QAR"),
    (r"₩|KRW", "KRW"),
    (r"₽|RUB", "RUB"),
    (r"₺", "TRY"),
    (r"₱|PHP", "PHP"),
    (r"₦|NGN", "NGN"),
    (r"₪|NIS|ILS", "ILS"),
    (r"฿|THB", "THB"),
    (r"₫|VND", "VND"),
    (r"₡", "CRC"),
    (r"₭", "LAK"),
    (r"₴", "UAH"),
    (r"₸", "KZT"),
    # the signs and marks of other countries' money, each of one currency: "Tk 500", "GH₵ 50",
    # "S/. 50", "B/. 20", "Nu. 100", "₲5,000"
    (r"(?-i:Tk)\.?(?=\s?[0-9])|৳", "BDT"),
    (r"(?-i:GH)?₵", "GHS"),
    (r"(?-i:S)/\.(?=\s?[0-9])", "PEN"),
    (r"(?-i:B)/\.(?=\s?[0-9])", "PAB"),
    (r"(?-i:Nu)\.(?=\s?[0-9])", "BTN"),
    (r"(?-i:zł)(?=\s?[0-9])", "PLN"),
    (r"₲", "PYG"),
    (r"₼", "AZN"),
    (r"៛", "KHR"),
    (r"₮", "MNT"),
    (r"₾", "GEL"),
    (r"₿", "BTC"),
    # "Fr. 100": the Swiss franc's abbreviation, with its point, before an amount
    (r"CHF|SFr\.?|(?-i:Fr)\.(?=\s?[0-9])", "CHF"),
    # "R18.00", "R7,500", "R5 million": the rand's sign, read only before an amount written
    # as money is ("R2" alone is a name's); see ``rand_amount``
    (r"ZAR|(?-i:R)(?=[0-9])", "ZAR"),
    (r"(?-i:K[Ss]hs?)\.?|KES", "KES"),
    (r"(?-i:U[Ss]hs?)\.?|UGX", "UGX"),
    (r"(?-i:T[Ss]hs?)\.?|TZS", "TZS"),
    # "Sh5 million", "Shs 300,000": the shilling's letters with no country's, the shilling of
    # the report's country; "N2.5 billion": the naira's letter. Each is read only before an
    # amount written as money, as the rand's "R" is (``LETTER_SIGNS``)
    (r"(?-i:Shs?)\.?(?=\s?[0-9])", "shillings"),
    (r"(?-i:N)(?=[0-9])", "NGN"),
    (r"PKR", "PKR"),
    (r"EGP", "EGP"),
    (r"Rs\.?", "Rs"),
    (r"¥", "¥"),
    # "kr 200", "Kr. 1.500": a krona's or a krone's mark before the amount
    (r"(?i:kr)\.?(?=\s?[0-9])", "kroner"),
    (r"\$|(?-i:Dollars)(?=\s?[0-9])", "$"),
    # the other codes a wire writes before the amount, a space between: "SEK 1.1bn", "PLN
    # 300" ("COP26" glued is a summit's name)
    *((code + r"(?=\s)", code) for code in _OTHER_CODES),
    # a code in lower case, as lower-cased copy writes it ("eur 300m", "gbp 2.5bn"): only the
    # codes that spell no English word or name ("rub", "cad", "try", "pen", "ron" do)
    *((code.lower() + r"(?=\s?[0-9])", code) for code in LOWER_CASE_CODES),
)
_LETTER_START = re.compile(r"[A-Za-z(]")

PREFIX = "|".join(
    (f"(?<![A-Za-z])(?P<p{n}>{p})" if _LETTER_START.match(p) else f"(?P<p{n}>{p})")
    for n, (p, _) in enumerate(_PREFIXES)
)
"""A regex alternation of every sign or code written before a number (group ``p<n>``)."""

PREFIX_RE = re.compile(rf"(?:{PREFIX})\s?$")
"""A sign or code ending right where a number starts."""


RAND_AMOUNT_RE = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+\.[0-9]{2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?\s?(?:bn|billion|m|mn|million|trillion|tn)\b"
)
"""What follows a bare "R" when it is the rand: cents, thousands or a scale word."""


LETTER_SIGNS = frozenset({"R", "N", "Sh", "Shs", "Sh.", "Shs."})
"""Signs written with letters that also begin names and codes ("R2", "N95", "Sh2"): each is
read as money only before an amount written as money (``RAND_AMOUNT_RE``)."""


def prefix_unit(match: re.Match[str]) -> str:
    """The unit a match of ``PREFIX_RE`` names."""
    for n, (_, unit) in enumerate(_PREFIXES):
        if match.group(f"p{n}") is not None:
            return unit
    raise ValueError("not a currency prefix match")


# (pattern, unit) for a code or word after the number (and its scale word).
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"),
    (r"(?:Australian|Aussie)\s+dollars?", "AUD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"(?:New\s+Zealand|NZ)\s+dollars?", "NZD"),
    (r"Singapore(?:an)?\s+dollars?", "SGD"),
    (r"(?:Hong\s+Kong|HK)\s+dollars?", "HKD"),
    (r"(?:New\s+)?Taiwan(?:ese)?\s+dollars?", "TWD"),
    (r"Zimbabwe(?:an)?\s+dollars?", "ZWL"),
    (r"Jamaican\s+dollars?", "JMD"),
    (r"dollars?|bucks?|dlrs?", "$"),  # "dlrs": wire copy's abbreviation
    # a sign after the number with its country: "3,000 HK$", "50 US$"
    (r"US\$", "USD"),
    (r"HK\$", "HKD"),
    (r"S\$", "SGD"),
    (r"A\$", "AUD"),
    (r"C\$", "CAD"),
    (r"NZ\$", "NZD"),
    (r"euros?", "EUR"),
    (r"(?:British\s+|UK\s+)?pounds?\s+sterling|sterling|British\s+pounds?", "GBP"),
    (r"Syrian\s+pounds?", "SYP"),
    (r"Egyptian\s+pounds?", "EGP"),
    (r"Lebanese\s+pounds?", "LBP"),
    (r"Sudanese\s+pounds?", "SDG"),
    (r"pounds?", "pounds"),
    (r"quid", "GBP"),  # money or weight: decided where it is read (module docstring)
    (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:Chinese\s+)?(?:yuan|renminbi)|RMB|(?i:rmb)", "CNY"),
    (r"Indian\s+rupees?", "INR"),
    (r"Pakistani\s+rupees?", "PKR"),
    (r"Sri\s+Lankan\s+rupees?", "LKR"),
    (r"Nepal(?:ese|i)\s+rupees?", "NPR"),
    (r"rupees?", "Rs"),
    (r"(?:Malaysian\s+)?ringgit", "MYR"),
    (r"(?:Indonesian\s+)?rupiah", "IDR"),
    (r"(?:Thai\s+)?baht", "THB"),
    (r"Mexican\s+pesos?", "MXN"),
    (r"Philippine\s+pesos?", "PHP"),
    (r"Argentine\s+pesos?", "ARS"),
    (r"Chilean\s+pesos?", "CLP"),
    (r"Colombian\s+pesos?", "COP"),
    (r"pesos?", "pesos"),
    (r"Swiss\s+francs?", "CHF"),
    (r"CFA\s+francs?", "CFA francs"),
    (r"francs?", "francs"),
    (r"Iraqi\s+dinars?", "IQD"),
    (r"Kuwaiti\s+dinars?", "KWD"),
    (r"Jordanian\s+dinars?", "JOD"),
    (r"Algerian\s+dinars?", "DZD"),
    (r"Tunisian\s+dinars?", "TND"),
    (r"Libyan\s+dinars?", "LYD"),
    (r"Bahraini\s+dinars?", "BHD"),
    (r"Serbian\s+dinars?", "RSD"),
    (r"dinars?", "dinars"),
    (r"Swedish\s+(?:kronor|krona)|kronor|krona", "SEK"),
    (r"Norwegian\s+(?:kroner|krone)", "NOK"),
    (r"Danish\s+(?:kroner|krone)", "DKK"),
    (r"kroner|krone|kr\.?", "kroner"),  # "3.500 kr", as Scandinavian prices are marked
    (r"(?:Polish\s+)?(?:zlotys?|złoty|zlotych|złotych)", "PLN"),
    (r"(?:Hungarian\s+)?forints?", "HUF"),
    (r"Czech\s+crowns?|(?:Czech\s+)?korun[ay]?", "CZK"),
    (r"(?:Ukrainian\s+)?hryvni?as?", "UAH"),
    (r"(?:Israeli\s+)?(?:new\s+)?shekels?", "ILS"),
    (r"(?:Romanian\s+)?lei", "RON"),
    (r"(?:Bulgarian\s+)?leva", "BGN"),
    (r"(?:Bangladeshi\s+)?taka", "BDT"),
    (r"(?:Ghanaian\s+)?cedis?", "GHS"),
    (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"(?:Kazakh(?:stani)?\s+)?tenge", "KZT"),
    (r"(?:Vietnamese\s+)?dong", "VND"),
    (r"Peruvian\s+(?:nuevos\s+)?soles|nuevos\s+soles", "PEN"),
    (r"(?:Venezuelan\s+)?(?:bol[ií]vares|bolivars?)", "VES"),
    (r"(?:Georgian\s+)?lari", "GEL"),
    (r"(?:Azerbaijani\s+)?manats?", "AZN"),
    (r"(?:Myanmar\s+)?kyats?", "MMK"),
    (r"(?:Cambodian\s+)?riels?", "KHR"),
    (r"(?:Paraguayan\s+)?guaran[ií](?:es|s)?", "PYG"),
    (r"(?:Honduran\s+)?lempiras?", "HNL"),
    (r"(?:Guatemalan\s+)?quetzal(?:es|s)?", "GTQ"),
    (r"Costa\s+Rican\s+col[oó]n(?:es)?|col[oó]nes|colón", "CRC"),
    (r"(?:Bolivian\s+)?bolivianos?", "BOB"),
    (r"(?:Laotian|Lao)\s+kips?", "LAK"),
    (r"(?:Romanian\s+)?(?-i:leu)", "RON"),
    (r"(?:Bulgarian\s+)?(?-i:lev)", "BGN"),  # ("Lev" is a name)
    (r"(?:Afghan\s+)?afghani", "AFN"),
    (r"(?:Macedonian\s+)?denars?", "MKD"),
    (r"(?:Albanian\s+)?(?:lek|leke)", "ALL"),
    (r"(?:Zambian\s+|Malawian\s+)?kwacha", "kwacha"),
    # the money of a country before the euro, as older copy writes it
    (r"(?:Deutsche|German)\s+marks?|deutschmarks?|D-?marks?", "DEM"),
    (r"convertible\s+marks?", "BAM"),
    (r"(?:Dutch\s+)?guilders?", "NLG"),
    (r"(?:Portuguese\s+)?escudos?", "PTE"),
    (r"(?:Spanish\s+)?pesetas?", "ESP"),
    (r"(?:Greek\s+)?drachmas?", "GRD"),
    (r"(?:Italian\s+)?lire", "ITL"),
    # "marks" alone is money only beside money ("1.8500 marks, up 0.0085" after the dollar's
    # yen; "fined 500 marks"): a mark is also a grade or a sign (decided where it is read)
    (r"marks", "marks"),  # (a bare "kip" is also an engineer's 1,000 lb)
    (r"(?:Mongolian\s+)?t[oö]gr[oö]gs?|tugriks?", "MNT"),
    (r"(?:Macanese\s+)?patacas?", "MOP"),
    (r"(?:Botswana\s+)?pula", "BWP"),
    (r"(?:Afghan\s+)?afghanis", "AFN"),
    (r"Somali\s+shillings?", "SOS"),
    (r"kuai", "CNY"),
    (r"satoshis?", "satoshi"),
    (r"(?:South\s+)?Korean\s+won", "KRW"),
    (r"Kenyan\s+shillings?", "KES"),
    (r"Ugandan\s+shillings?", "UGX"),
    (r"Tanzanian\s+shillings?", "TZS"),
    (r"shillings?", "shillings"),  # Kenya's, Uganda's, Tanzania's or Somalia's: by country
    # a bare "won" is the currency only where no verb's object follows: "50,000 won a
    # month", "1,200 won per dollar", "3,000 won." ("won the race" is the verb)
    (
        r"won(?=\s*(?:[.,;:)(]|$|\s+(?:per|each|for|in|to|and|or|from|at|"
        r"a\s+(?:month|year|week|day|piece|head|share|kilo|litre|liter)|an\s+hour)\b))",
        "KRW",
    ),
    (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"(?:UAE\s+|Emirati\s+)?dirhams?", "AED"),
    (r"(?:Saudi\s+)?riyals?", "SAR"),
    (r"(?:Turkish\s+)?liras?", "TRY"),
    (r"(?:Nigerian\s+)?naira", "NGN"),
    (r"(?:Russian\s+)?(?:roubles?|rubles?)", "RUB"),
    (r"(?:Iranian\s+)?rials?", "IRR"),
    (r"(?:Brazilian\s+)?rea(?:is|l)", "BRL"),
    (r"bitcoins?|BTC", "BTC"),
    # Chinese: "50万美元", "200元（新币）"
    (r"美元|美金", "USD"),
    (r"新元|新币|新幣|坡币", "SGD"),
    (r"港元|港币|港幣", "HKD"),
    (r"新台币|新臺幣|台币", "TWD"),
    (r"澳元|澳币", "AUD"),
    (r"加元|加币", "CAD"),
    (r"欧元|歐元", "EUR"),
    (r"英镑|英鎊", "GBP"),
    (r"日元|日圆|日圓", "JPY"),
    (r"人民币|人民幣", "CNY"),
    (r"令吉", "MYR"),
    (r"卢比|盧比", "Rs"),
    (r"元|块钱|塊錢", "元"),
    (r"pence|penny|(?-i:p)(?=\s|[.,;:!?)]|$)(?<=[0-9]p)", "GBp"),
    (r"(?:Armenian\s+)?drams?", "AMD"),
    (r"(?:Croatian\s+)?kunas?", "HRK"),
    (r"cents?|¢|(?-i:c)(?=\s|[.,;:!?)]|$)(?<=[0-9]c)", "cent"),
    # a sign after the number, as much of Europe writes it: "15 €", "10 $"
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"\$", "$"),
    (r"¥", "¥"),
    # the other signs, after the number as before it: "100 ₩", "100₫", "50 ₪"
    (r"₩", "KRW"),
    (r"₽", "RUB"),
    (r"₺", "TRY"),
    (r"₱", "PHP"),
    (r"₦", "NGN"),
    (r"₪", "ILS"),
    (r"฿", "THB"),
    (r"₫", "VND"),
    (r"₹", "INR"),
    (r"₴", "UAH"),
    (r"₸", "KZT"),
    (r"₡", "CRC"),
    (r"₭", "LAK"),
    (r"zł", "PLN"),
    (r"(?-i:Kč)", "CZK"),
    (r"৳", "BDT"),
    (r"(?-i:GH)?₵", "GHS"),
    (r"₲", "PYG"),
    (r"₼", "AZN"),
    (r"៛", "KHR"),
    (r"₮", "MNT"),
    (r"₾", "GEL"),
    (r"₿", "BTC"),
    (
        r"(?:USD|EUR|GBP|JPY|CNY|INR|SGD|AUD|CAD|HKD|NZD|MYR|IDR|THB|PHP|VND|KRW|CHF|SEK|NOK|"
        r"DKK|RUB|BRL|MXN|ZAR|AED|SAR|QAR|KWD|EGP|NGN|KES|PKR|BDT|LKR|TWD|ILS|AMD|HRK|PLN|HUF|"
        r"CZK|UAH|ARS|CLP|GHS|KZT|IQD|JOD|OMR|BHD|TND|NPR|UGX|TZS|XOF|XAF)",
        "code",
    ),
)
SUFFIX = "(?:" + "|".join(f"(?P<s{n}>{p})" for n, (p, _) in enumerate(_SUFFIXES)) + r")(?![A-Za-z])"
"""A regex of every code or currency word written after a number (group ``s<n>``)."""
SUFFIX_RE = re.compile(r"(?:\s{0,2}|\s?-\s?)" + SUFFIX, re.IGNORECASE)
"""A code or currency word right after a number (or its scale word)."""


def suffix_unit(match: re.Match[str]) -> str:
    """The unit a match of ``SUFFIX_RE`` names; "pounds" is left to the reader to decide."""
    for n, (_, unit) in enumerate(_SUFFIXES):
        found = match.group(f"s{n}")
        if found is not None:
            return found.upper() if unit == "code" else unit
    raise ValueError("not a currency suffix match")


# Words of paying just before a number that make "pounds" money, not weight.
PAYING_RE = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|fined?|fines|worth|spent|spend|spending|"
    r"raised?|raising|price[ds]?|salary|salaries|wages?|earns?|earned|earning|budget|bill|"
    r"funds?|funding|loans?|donated?|donations?|awarded|compensation|sold|bought|bid|offer(?:ed)?|"
    r"charg(?:e|es|ed|ing)|owed?|debts?|grants?|profits?|losses|revenues?|sales|tax(?:es)?|"
    r"withdr[ae]w[ns]?|withdrawing|exchang(?:e[ds]?|ing)|convert(?:s|ed|ing)?|"
    r"invest(?:s|ed|ing)?|saved?|saving|tip(?:s|ped)?|deposit(?:s|ed)?|priced|valued|"
    r"rents?|fees?|fares?|tickets?|bills?|refund(?:s|ed)?|bribes?|ransom|reward|"
    r"sell|sells|selling|buy|buys|buying|discounts?|discounted|orders?|inherit(?:s|ed|ing)?)\b"
    r"(?:\s+[\w'’]+){0,5}\s+$",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------------------------------
# Which dollar: a country from the report's URL host, dateline or outlet.

# Countries with a dollar of their own, and those where "$" writes the peso.
_DOLLARS: dict[str, str] = {
    "US": "USD",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "TW": "TWD",
    "JM": "JMD",
    "BS": "BSD",
    "BB": "BBD",
    "BZ": "BZD",
    "BN": "BND",
    "FJ": "FJD",
    "GY": "GYD",
    "LR": "LRD",
    "NA": "NAD",
    "TT": "TTD",
    "ZW": "ZWL",
}
_PESO_SIGN: dict[str, str] = {"MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP", "UY": "UYU"}
_YEN_SIGN: dict[str, str] = {"JP": "JPY", "CN": "CNY"}
_RUPEES: dict[str, str] = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}
_DINARS: dict[str, str] = {
    "IQ": "IQD",
    "KW": "KWD",
    "JO": "JOD",
    "DZ": "DZD",
    "TN": "TND",
    "LY": "LYD",
    "BH": "BHD",
    "RS": "RSD",
}
_FRANCS: dict[str, str] = {
    "CH": "CHF",
    "LI": "CHF",
    **dict.fromkeys(("SN", "CI", "ML", "BF", "NE", "TG", "BJ", "GW"), "XOF"),
    **dict.fromkeys(("CM", "CF", "TD", "CG", "GA", "GQ"), "XAF"),
}


def _names(text: str) -> list[str]:
    """Place names written one after another, "|" between them, over several lines."""
    return [name.strip() for name in text.split("|")]


# Places a dateline or an outlet's name may give, and their country. Cities that datelines
# name most, and the countries themselves; matched as whole words, case-blind.
_PLACES: dict[str, str] = {
    **dict.fromkeys(
        _names(
            """washington|new york|los angeles|chicago|houston|boston|san francisco|miami|
            atlanta|seattle|detroit|philadelphia|dallas|denver|las vegas|phoenix|united states|
            u.s.|usa|america|alabama|alaska|arizona|arkansas|california|colorado|connecticut|
            delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|
            louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|
            montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|
            north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|
            south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming"""
        ),
        "US",
    ),
    **dict.fromkeys(
        _names(
            """ottawa|toronto|montreal|vancouver|calgary|edmonton|winnipeg|canada|ontario|
            quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|
            newfoundland|prince edward island"""
        ),
        "CA",
    ),
    **dict.fromkeys(
        [
            "sydney",
            "melbourne",
            "brisbane",
            "perth",
            "adelaide",
            "canberra",
            "hobart",
            "darwin",
            "australia",
            "queensland",
            "new south wales",
            "tasmania",
        ],
        "AU",
    ),
    **dict.fromkeys(["auckland", "wellington", "christchurch", "new zealand"], "NZ"),
    "singapore": "SG",
    "hong kong": "HK",
    **dict.fromkeys(["taipei", "taiwan"], "TW"),
    **dict.fromkeys(["kingston", "jamaica"], "JM"),
    **dict.fromkeys(["mexico city", "mexico"], "MX"),
    **dict.fromkeys(["buenos aires", "argentina"], "AR"),
    **dict.fromkeys(["santiago", "chile"], "CL"),
    **dict.fromkeys(["bogota", "bogotá", "colombia"], "CO"),
    **dict.fromkeys(["tokyo", "osaka", "japan"], "JP"),
    **dict.fromkeys(["beijing", "shanghai", "guangzhou", "shenzhen", "china"], "CN"),
    **dict.fromkeys(
        [
            "new delhi",
            "delhi",
            "mumbai",
            "kolkata",
            "chennai",
            "bangalore",
            "bengaluru",
            "hyderabad",
            "india",
        ],
        "IN",
    ),
    **dict.fromkeys(["islamabad", "karachi", "lahore", "pakistan"], "PK"),
    **dict.fromkeys(["colombo", "sri lanka"], "LK"),
    **dict.fromkeys(["kathmandu", "nepal"], "NP"),
    **dict.fromkeys(
        ["london", "manchester", "edinburgh", "glasgow", "belfast", "britain", "uk"], "GB"
    ),
    **dict.fromkeys(["dublin", "ireland"], "IE"),
    **dict.fromkeys(["paris", "france"], "FR"),
    **dict.fromkeys(["berlin", "frankfurt", "germany"], "DE"),
    **dict.fromkeys(["athens", "thessaloniki", "greece"], "GR"),
    **dict.fromkeys(["rome", "milan", "italy"], "IT"),
    **dict.fromkeys(["madrid", "barcelona", "spain"], "ES"),
    **dict.fromkeys(["brussels", "belgium"], "BE"),
    **dict.fromkeys(["geneva", "zurich", "switzerland"], "CH"),
    **dict.fromkeys(["oslo", "bergen", "norway"], "NO"),
    **dict.fromkeys(["copenhagen", "aarhus", "denmark"], "DK"),
    **dict.fromkeys(["moscow", "russia"], "RU"),
    **dict.fromkeys(["kyiv", "kiev", "ukraine"], "UA"),
    **dict.fromkeys(["dubai", "abu dhabi", "united arab emirates", "uae"], "AE"),
    **dict.fromkeys(["riyadh", "jeddah", "saudi arabia"], "SA"),
    **dict.fromkeys(["doha", "qatar"], "QA"),
    **dict.fromkeys(["cairo", "egypt"], "EG"),
    **dict.fromkeys(["beirut", "lebanon"], "LB"),
    **dict.fromkeys(["damascus", "syria"], "SY"),
    **dict.fromkeys(["baghdad", "iraq"], "IQ"),
    **dict.fromkeys(["tehran", "iran"], "IR"),
    **dict.fromkeys(["ankara", "istanbul", "turkey"], "TR"),
    **dict.fromkeys(["jerusalem", "tel aviv", "israel"], "IL"),
    **dict.fromkeys(["kuala lumpur", "malaysia"], "MY"),
    **dict.fromkeys(["jakarta", "indonesia"], "ID"),
    **dict.fromkeys(["bangkok", "thailand"], "TH"),
    **dict.fromkeys(["manila", "philippines"], "PH"),
    **dict.fromkeys(["seoul", "south korea"], "KR"),
    **dict.fromkeys(["lagos", "abuja", "nigeria"], "NG"),
    **dict.fromkeys(["nairobi", "kenya"], "KE"),
    **dict.fromkeys(["kampala", "uganda"], "UG"),
    **dict.fromkeys(["dar es salaam", "dodoma", "tanzania"], "TZ"),
    **dict.fromkeys(["mogadishu", "somalia"], "SO"),
    **dict.fromkeys(["johannesburg", "cape town", "pretoria", "south africa"], "ZA"),
}
_PLACE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "SINGAPORE (Reuters) -", "SYDNEY, Australia —": a place in capitals or title case opening a
# line, maybe a country, maybe an agency in brackets, then a dash.
_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})(?:,\s*[A-Z][\w. ]{1,30}?)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]"
)
_HEAD_LINES = 4
_TLD_COUNTRY = {"uk": "GB"}


# International wire services whose copy keeps a bare "$" for the US dollar wherever it is
# filed from and writes any other dollar with its sign ("A$", "C$", "S$"): a dateline naming
# one of them ("SYDNEY (Reuters) -", "TORONTO (AP) -") says whose style the "$" is in, not
# whose money. National agencies (AAP, Canadian Press, PTI) write their own country's dollar
# as "$", so their datelines count as places only.
_WIRES = re.compile(
    r"\((?P<wire>Reuters|AP|Associated Press|AFP|Agence France-Presse|Bloomberg|UPI)\)"
)


def wire_dateline(document: Document) -> str | None:
    """The international wire service a report's dateline names (``_WIRES``), or None."""
    for line in document.text.split("\n")[:_HEAD_LINES]:
        dateline = _DATELINE_RE.match(line)
        # a headline may look like a dateline ("Quake - 12 dead"): look on to the next line
        wire = _WIRES.search(line, dateline.end("place"), dateline.end()) if dateline else None
        if wire is not None:
            return wire.group("wire")
    return None


def _country_of_place(name: str) -> str | None:
    m = _PLACE_RE.fullmatch(name.strip().rstrip("."))
    return _PLACES.get(m.group().lower()) if m else None


def report_country(document: Document) -> tuple[str, str] | None:
    """The country a report comes from, with the basis in words; None when it does not say."""
    host = ""
    if document.url:
        url = document.url if "//" in document.url else f"//{document.url}"
        host = (urlsplit(url).hostname or "").lower()
        tld = _country_code_of_host(host)
        if tld:
            return _TLD_COUNTRY.get(tld, tld.upper()), f"inferred from the URL host (.{tld})"
    for line in document.text.split("\n")[:_HEAD_LINES]:
        dateline = _DATELINE_RE.match(line)
        if dateline:
            country = _country_of_place(dateline.group("place"))
            if country:
                place = dateline.group("place")
                return country, f"inferred from the dateline ({place})"
    for name in dict.fromkeys(n for n in (document.outlet, host) if n):
        m = _PLACE_RE.search(name)
        if m:
            return _PLACES[m.group().lower()], f"inferred from the outlet ({name})"
        glued = _place_glued_in_host(name)
        if glued:
            return _GLUED_PLACES[glued], f"inferred from the outlet ({name}: {glued})"
    return None


# Country codes that sites everywhere rent as plain names (".tv", ".io", ".co", ".me"): the
# search engines' list of country codes they treat as generic. Alone they say nothing of
# where a site is; under a country's own second level ("eltiempo.com.co") they still do.
_GENERIC_COUNTRY_CODES = frozenset(
    _names("ad|as|bz|cc|cd|co|dj|fm|io|la|me|ms|nu|sc|sr|su|tv|tk|ws")
)


def _country_code_of_host(host: str) -> str | None:
    """The two-letter country code ending a host, when it says where the site is.

    Read off the part of the host its owner registered (``registrable_domain``), so that a
    blog's Blogger domain, which names the READER's country ("x.blogspot.nl"), names none.
    """
    labels = registrable_domain(host).split(".") if "." in host else [host]
    tld = labels[-1]
    if len(labels) < 2 or len(tld) != 2 or not tld.isalpha():
        return None
    if tld in _GENERIC_COUNTRY_CODES and not (len(labels) > 2 and labels[-2] in SUFFIX_LABELS):
        return None
    return tld


# Sites named after their city or state write the name glued to the rest of the host
# ("alaskaherald.com", "torontocourier.com", "dallasgazette.com"). Only names of five letters or
# more are read so, and never the names several countries' cities share (a London of Canada,
# a Perth of Scotland, a Kingston of New York), nor words that name other things.
_SHARED_NAMES = frozenset(
    _names(
        """london|perth|melbourne|darwin|hobart|kingston|wellington|santiago|phoenix|america|
        georgia|victoria"""
    )
)
_GLUED_PLACES: dict[str, str] = {
    name.replace(" ", "").replace(".", ""): country
    for name, country in _PLACES.items()
    if len(name) >= 5 and name not in _SHARED_NAMES
}


def _place_glued_in_host(host: str) -> str | None:
    """The place name a host's first word starts with ("alaskaherald.com" -> "alaska")."""
    if "." not in host or " " in host:
        return None
    labels = host.removeprefix("www.").split(".")
    for label in labels[:-1]:
        for end in range(len(label), 4, -1):
            if label[:end] in _GLUED_PLACES:
                return label[:end]
    return None


def currency_of(unit: str, country: str) -> str | None:
    """The currency an ambiguous unit ("$", "¥", "Rs") names in a country, if one is known."""
    if unit == "$":
        return _DOLLARS.get(country) or _PESO_SIGN.get(country) or "USD"
    if unit == "dollars":
        return _DOLLARS.get(country, "USD")
    tables: Mapping[str, Mapping[str, str]] = {
        "¥": _YEN_SIGN,
        "Rs": _RUPEES,
        "pesos": {**_PESO_SIGN, "PH": "PHP"},
        "dinars": _DINARS,
        "francs": _FRANCS,
        "kroner": {"NO": "NOK", "DK": "DKK"},
        "shillings": {"KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"},
        "元": {"CN": "CNY", "SG": "SGD", "HK": "HKD", "TW": "TWD", "MO": "MOP"},
    }
    return tables.get(unit, {}).get(country)


def resolve_money(document: Document, quantities: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """The quantities with each money's currency and basis said (module docstring).

    A currency the text names keeps basis "stated". A sign or word that several countries
    share ("$", "dollars", "¥", "Rs") takes the report's country when the report says where it
    comes from (its basis "inferred from ..."); otherwise it keeps the sign as its unit and
    its basis is "unknown".
    """
    country: tuple[str, str] | None = None
    wire: str | None = None
    looked = False
    out = []
    for q in quantities:
        if q.kind != "money" or q.basis not in ("sign", "word"):
            out.append(q)
            continue
        if not looked:
            country, looked = report_country(document), True
            if country is None or not country[1].startswith("inferred from the URL"):
                wire = wire_dateline(document)
        if wire is not None and q.unit == "$":
            basis = f"inferred from the dateline ({wire}: wire copy's bare $ is the US dollar)"
            out.append(replace(q, unit="USD", basis=basis))
            continue
        code = None
        if country is not None and q.unit is not None:
            code = currency_of(
                "dollars" if q.basis == "word" and q.unit == "$" else q.unit, country[0]
            )
        if code is None or country is None:
            out.append(replace(q, basis="unknown"))
        else:
            out.append(replace(q, unit=code, basis=country[1]))
    return tuple(out)

"""English words about companies: legal forms, and capitalised words that are never a release's subject."""
from __future__ import annotations

#: Legal forms written after a name ("Lumen Grid Corporation", "Chonthara Foods Public Company Limited").
LEGAL_SUFFIXES = ("Public Company Limited", "Company Limited", "Co., Ltd.", "Co. Ltd.", "Corporation", "Corp.",
                  "Incorporated", "Inc.", "Limited", "Ltd.", "plc", "PLC", "PCL", "LLC", "Holdings", "Group",
                  "N.V.", "S.A.", "AG", "SE")
#: Legal forms written before a name (none in English).
LEGAL_PREFIXES: tuple[str, ...] = ()
#: Capitalised words of English releases that are no company: places, headings and words of the wire services.
NOT_SUBJECTS = ("California", "Oregon", "Texas", "New York", "London", "Singapore", "Hong Kong", "Tokyo",
                "Note", "Notes", "Media", "Contact", "About", "Source", "Photo", "Editors", "Forward",
                "Statements", "Board", "Today",
                # fuels and technical abbreviations written in capitals
                "LPG", "LNG", "CNG", "NGV", "EV", "EVs", "PV", "HVAC", "SAF", "HVO")
#: A short name given in brackets after the legal name: 'Lumen Grid Corporation ("Lumen")'.
SHORT_NAME = r"\s*\(\s*(?:the\s+)?[\"“']?(?P<short>\p{Lu}[\p{L}&]{1,15})[\"”']?\s*\)"
#: An abbreviation written after "or" (none in English releases).
ABBREVIATION = None

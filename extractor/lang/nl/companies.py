"""Dutch words about companies: legal forms, and capitalised words that are never a release's subject."""
from __future__ import annotations

#: Legal forms written after a name ("Noordkaap Energie N.V.", "Weidehoeve U.A.").
LEGAL_SUFFIXES = ("N.V.", "NV", "B.V.", "BV", "U.A.", "Holding", "Groep")
#: Legal forms written before a name, which belong to it: "Zuivelcoöperatie De Weidehoeve", "Stichting Natuur".
LEGAL_PREFIXES = ("Zuivelcoöperatie", "Coöperatie", "Coöperatieve", "Stichting", "Vereniging", "Koninklijke",
                  "Woningcorporatie", "Energiecoöperatie")
#: Capitalised words of Dutch releases that are no company: places, headings.
NOT_SUBJECTS = ("Zwolle", "Groningen", "Friesland", "Drenthe", "Overijssel", "Hardenberg", "Rotterdam", "Utrecht",
                "Den Haag", "Eindhoven", "België", "Noot", "Contact", "Over")
#: A short name given in brackets after the legal name: 'Noordkaap Energie N.V. ("Noordkaap")'.
SHORT_NAME = r"\s*\(\s*[\"“']?(?P<short>\p{Lu}[\p{L}&]{1,15})[\"”']?\s*\)"
ABBREVIATION = None

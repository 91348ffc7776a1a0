#!/usr/bin/env python3
"""Build resources/gazetteer/countries.tsv from Debian's iso-codes and tzdata.

Sources (both public-domain or freely licensed, both shipped by Debian):
  - /usr/share/iso-codes/json/iso_3166-1.json  (package iso-codes, LGPL-2.1+ data)
    gives alpha-2, alpha-3, numeric, short, official and common names.
  - /usr/share/zoneinfo/zone.tab               (package tzdata, public domain)
    gives, per country, the coordinates of its principal time-zone city; the
    first listed zone of a country is used as its representative point.
A handful of entries that neither file covers are listed in EXTRA below.

It also writes currencies.tsv from /usr/share/iso-codes/json/iso_4217.json.

Run:  python3 scripts/make-gazetteer.py resources/gazetteer
"""
import json
import re
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
ZONES = "/usr/share/zoneinfo/zone.tab"
CURRENCIES = "/usr/share/iso-codes/json/iso_4217.json"

# Territories with no tz zone of their own, and Kosovo, which ISO 3166 has not
# assigned but which partner data (and the CTDC files) write as XK / XKX.
EXTRA_POINTS = {"BV": (3.41, -54.42), "HM": (73.50, -53.08), "XK": (21.17, 42.67)}
EXTRA_COUNTRIES = [{"alpha_2": "XK", "alpha_3": "XKX", "numeric": "", "name": "Kosovo"}]

# Names analysts and partner files use that iso-codes does not list.
VARIANTS = {
    "GB": ["UK", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "US": ["USA", "United States", "United States of America", "America"],
    "RU": ["Russia"], "KR": ["South Korea", "Korea, South", "Republic of Korea"],
    "KP": ["North Korea", "Korea, North", "DPRK"], "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"], "SY": ["Syria"], "IR": ["Iran"], "MD": ["Moldova"], "TZ": ["Tanzania"],
    "VE": ["Venezuela"], "BO": ["Bolivia"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"], "MK": ["Macedonia", "North Macedonia"], "TR": ["Turkey", "Turkiye"],
    "SZ": ["Swaziland"], "MM": ["Burma"], "TW": ["Taiwan"], "PS": ["Palestine"], "VA": ["Vatican", "Holy See"],
    "BN": ["Brunei"], "CV": ["Cape Verde"], "FM": ["Micronesia"], "XK": ["Kosovo"],
}

# Nationalities as partner case lists write them ("Romanian", "Vietnamese",
# "British"): the English adjective of nationality (demonym), and the noun where
# it differs and is common. Left out where one word names two countries
# ("Congolese", "Korean", "Dominican", "Guinean", "Samoan", "Virgin Islander"):
# such a value stays unresolved and is reported, not guessed.
DEMONYMS = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AD": ["Andorran"], "AO": ["Angolan"],
    "AG": ["Antiguan"], "AR": ["Argentine", "Argentinian"], "AM": ["Armenian"], "AU": ["Australian"],
    "AT": ["Austrian"], "AZ": ["Azerbaijani"], "BS": ["Bahamian"], "BH": ["Bahraini"],
    "BD": ["Bangladeshi"], "BB": ["Barbadian"], "BY": ["Belarusian"], "BE": ["Belgian"], "BZ": ["Belizean"],
    "BJ": ["Beninese"], "BT": ["Bhutanese"], "BO": ["Bolivian"], "BA": ["Bosnian"], "BW": ["Motswana", "Batswana"],
    "BR": ["Brazilian"], "BN": ["Bruneian"], "BG": ["Bulgarian"], "BF": ["Burkinabe", "Burkinabé"],
    "BI": ["Burundian"], "KH": ["Cambodian"], "CM": ["Cameroonian"], "CA": ["Canadian"], "CV": ["Cape Verdean"],
    "CF": ["Central African"], "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"], "CO": ["Colombian"],
    "KM": ["Comorian"], "CR": ["Costa Rican"], "CI": ["Ivorian"], "HR": ["Croatian"], "CU": ["Cuban"],
    "CY": ["Cypriot"], "CZ": ["Czech"], "DK": ["Danish", "Dane"], "DJ": ["Djiboutian"], "EC": ["Ecuadorian"],
    "EG": ["Egyptian"], "SV": ["Salvadoran", "Salvadorian"], "ER": ["Eritrean"], "EE": ["Estonian"],
    "SZ": ["Swazi", "Eswatini"], "ET": ["Ethiopian"], "FJ": ["Fijian"], "FI": ["Finnish", "Finn"],
    "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"], "DE": ["German"],
    "GH": ["Ghanaian"], "GR": ["Greek"], "GD": ["Grenadian"], "GT": ["Guatemalan"], "GY": ["Guyanese"],
    "HT": ["Haitian"], "HN": ["Honduran"], "HK": ["Hong Konger", "Hongkonger"], "HU": ["Hungarian"],
    "IS": ["Icelandic", "Icelander"], "IN": ["Indian"], "ID": ["Indonesian"], "IR": ["Iranian"], "IQ": ["Iraqi"],
    "IE": ["Irish"], "IL": ["Israeli"], "IT": ["Italian"], "JM": ["Jamaican"], "JP": ["Japanese"],
    "JO": ["Jordanian"], "KZ": ["Kazakh", "Kazakhstani"], "KE": ["Kenyan"], "KI": ["I-Kiribati"],
    "XK": ["Kosovar", "Kosovan"], "KW": ["Kuwaiti"], "KG": ["Kyrgyz", "Kyrgyzstani"], "LA": ["Lao", "Laotian"],
    "LV": ["Latvian"], "LB": ["Lebanese"], "LS": ["Basotho", "Mosotho"], "LR": ["Liberian"], "LY": ["Libyan"],
    "LI": ["Liechtensteiner"], "LT": ["Lithuanian"], "LU": ["Luxembourgish", "Luxembourger"],
    "MO": ["Macanese"], "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"], "MV": ["Maldivian"],
    "ML": ["Malian"], "MT": ["Maltese"], "MH": ["Marshallese"], "MR": ["Mauritanian"], "MU": ["Mauritian"],
    "MX": ["Mexican"], "FM": ["Micronesian"], "MD": ["Moldovan"], "MC": ["Monegasque", "Monégasque"],
    "MN": ["Mongolian"], "ME": ["Montenegrin"], "MA": ["Moroccan"], "MZ": ["Mozambican"],
    "MM": ["Burmese", "Myanmar national"], "NA": ["Namibian"], "NR": ["Nauruan"], "NP": ["Nepali", "Nepalese"],
    "NL": ["Dutch"], "NZ": ["New Zealander", "New Zealand national"], "NI": ["Nicaraguan"], "NE": ["Nigerien"],
    "NG": ["Nigerian"], "KP": ["North Korean"], "MK": ["Macedonian", "North Macedonian"], "NO": ["Norwegian"],
    "OM": ["Omani"], "PK": ["Pakistani"], "PW": ["Palauan"], "PS": ["Palestinian"], "PA": ["Panamanian"],
    "PG": ["Papua New Guinean"], "PY": ["Paraguayan"], "PE": ["Peruvian"], "PH": ["Filipino", "Filipina", "Philippine"],
    "PL": ["Polish", "Pole"], "PT": ["Portuguese"], "PR": ["Puerto Rican"], "QA": ["Qatari"], "RO": ["Romanian"],
    "RU": ["Russian"], "RW": ["Rwandan"], "KN": ["Kittitian", "Nevisian"], "LC": ["Saint Lucian"],
    "VC": ["Vincentian"], "SM": ["Sammarinese"], "ST": ["Santomean"], "SA": ["Saudi", "Saudi Arabian"],
    "SN": ["Senegalese"], "RS": ["Serbian", "Serb"], "SC": ["Seychellois"], "SL": ["Sierra Leonean"],
    "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian", "Slovene"], "SB": ["Solomon Islander"],
    "SO": ["Somali"], "ZA": ["South African"], "KR": ["South Korean"], "SS": ["South Sudanese"],
    "ES": ["Spanish", "Spaniard"], "LK": ["Sri Lankan"], "SD": ["Sudanese"], "SR": ["Surinamese"],
    "SE": ["Swedish", "Swede"], "CH": ["Swiss"], "SY": ["Syrian"], "TW": ["Taiwanese"], "TJ": ["Tajik", "Tajikistani"],
    "TZ": ["Tanzanian"], "TH": ["Thai"], "TL": ["Timorese", "East Timorese"], "TG": ["Togolese"], "TO": ["Tongan"],
    "TT": ["Trinidadian", "Tobagonian"], "TN": ["Tunisian"], "TR": ["Turkish", "Turk"], "TM": ["Turkmen"],
    "TV": ["Tuvaluan"], "UG": ["Ugandan"], "UA": ["Ukrainian"], "AE": ["Emirati"],
    "GB": ["British", "English", "Scottish", "Welsh", "Northern Irish", "Briton"],
    "US": ["American", "US citizen", "US national"], "UY": ["Uruguayan"], "UZ": ["Uzbek", "Uzbekistani"],
    "VU": ["Ni-Vanuatu"], "VE": ["Venezuelan"], "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"], "GQ": ["Equatoguinean", "Equatorial Guinean"], "GW": ["Bissau-Guinean"],
}

# Short names analysts use, shown instead of ISO's formal ones ("Venezuela,
# Bolivarian Republic of"); the ISO name stays a variant.
DISPLAY = {
    "VE": "Venezuela", "BO": "Bolivia", "MD": "Moldova", "TZ": "Tanzania", "IR": "Iran", "KR": "South Korea",
    "KP": "North Korea", "SY": "Syria", "RU": "Russia", "LA": "Laos", "CD": "DR Congo", "FM": "Micronesia",
    "PS": "Palestine", "TW": "Taiwan", "VN": "Vietnam", "BN": "Brunei", "VA": "Vatican", "MK": "North Macedonia",
}


def coords(text):
    """zone.tab writes +DDMM[SS]+DDDMM[SS]; return (lon, lat) in degrees."""
    m = re.fullmatch(r"([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?", text)
    if not m:
        raise ValueError(text)
    lat = int(m[2]) + int(m[3]) / 60 + int(m[4] or 0) / 3600
    lon = int(m[6]) + int(m[7]) / 60 + int(m[8] or 0) / 3600
    return (-lon if m[5] == "-" else lon, -lat if m[1] == "-" else lat)


def main():
    countries = json.load(open(ISO, encoding="utf-8"))["3166-1"] + EXTRA_COUNTRIES
    points = dict(EXTRA_POINTS)
    for line in open(ZONES, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cc, where = line.split("\t")[:2]
        points.setdefault(cc, coords(where))
    # No name may point at two countries (the lookup is by folded name).
    owner = {}
    for c in countries:
        a2 = c["alpha_2"]
        for n in [a2, c["alpha_3"], c["name"], c.get("common_name"), c.get("official_name"), DISPLAY.get(a2)] \
                + VARIANTS.get(a2, []) + DEMONYMS.get(a2, []):
            if not n:
                continue
            key = " ".join(n.casefold().replace("-", " ").split())
            if owner.setdefault(key, a2) != a2:
                sys.exit(f"{n!r} names both {owner[key]} and {a2}")
    unknown = set(DEMONYMS) - {c["alpha_2"] for c in countries}
    if unknown:
        sys.exit(f"demonyms for unknown codes: {sorted(unknown)}")
    outdir = sys.argv[1] if len(sys.argv) > 1 else "resources/gazetteer"
    out = open(f"{outdir}/countries.tsv", "w", encoding="utf-8")
    out.write("# Waymark gazetteer: generated by scripts/make-gazetteer.py from iso-codes and tzdata. Do not edit.\n")
    out.write("alpha2\talpha3\tnumeric\tname\tlon\tlat\tvariants\n")
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        a2 = c["alpha_2"]
        if a2 not in points:
            sys.exit(f"no representative point for {a2}")
        lon, lat = points[a2]
        display = DISPLAY.get(a2) or c.get("common_name") or c["name"]
        names = [c["name"], c.get("common_name"), c.get("official_name")] + VARIANTS.get(a2, []) + DEMONYMS.get(a2, [])
        seen, variants = {display}, []
        for n in names:
            if n and n not in seen:
                seen.add(n)
                variants.append(n)
        out.write(f"{a2}\t{c['alpha_3']}\t{c.get('numeric', '')}\t{display}\t{lon:.4f}\t{lat:.4f}\t{';'.join(variants)}\n")

    with open(f"{outdir}/currencies.tsv", "w", encoding="utf-8") as cur:
        cur.write("# ISO 4217 currencies: generated by scripts/make-gazetteer.py from iso-codes. Do not edit.\n")
        cur.write("code\tname\n")
        for c in sorted(json.load(open(CURRENCIES, encoding="utf-8"))["4217"], key=lambda c: c["alpha_3"]):
            cur.write(f"{c['alpha_3']}\t{c['name']}\n")


if __name__ == "__main__":
    main()

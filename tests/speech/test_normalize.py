"""Normalization for speech, judged as a listener would: by espeak-ng's phonemes.

tests/data/normalize_cases.tsv holds news-style written -> spoken pairs (the spoken side is how a
newsreader reads it). A case passes when espeak-ng says our output with the same phonemes as the
newsreader's words, so punctuation and hyphenation differences that are not heard do not count.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from espeak_judge import espeak_x, same_sound_as_any

from audiodigest.speech.normalize import normalize, number_words
from audiodigest.speech.numbers import cardinal, ordinal, roman_to_int, year

CASES_FILE = Path(__file__).parents[1] / "data" / "normalize_cases.tsv"
BROAD_FILE = Path(__file__).parents[1] / "data" / "normalize_broad.tsv"
"""Cases across the standard text-normalization categories (bench/bench_normalize.py prints
the pass rate per category of either file)."""
FRESH_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh.tsv"
"""Cases written from the category descriptions before the normalizer was read (issue 14):
the unseen check. Its header records the figure before the fixes; normalize_fresh2.tsv was
written after them, the held-out check."""
FRESH2_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh2.tsv"
FRESH3_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh3.tsv"
"""A third unseen set, written before the rules were read, weighted to the forms the first two
cover thinly (fractions, currencies, compound units, zones, international numbers)."""
FRESH4_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh4.tsv"
"""A fourth unseen set, written the same way, weighted to letters, verbatim codes, British forms
(stone, pence, odds, cricket), party tags, glued and per units, short dates and race times."""
FRESH5_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh5.tsv"
"""A fifth unseen set, written the same way, weighted to mixed numbers before units, finance
scales and currency codes, per-unit prices, TV times, grade spans, ranks and emergency numbers."""
FRESH6_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh6.tsv"
"""A sixth unseen set, written the same way, weighted to British and international forms, scientific
notation and exponents, signed figures, basis points, decades, zones, durations, coordinates,
handles, file sizes, formulas, road and flight codes, legal and Bible citations, regnal numerals."""
FRESH7_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh7.tsv"
"""A seventh unseen set, written the same way, weighted to vote tallies and sports results, odds,
ages, British times and prices in pence and cents, date spans and weekdays, tickers, citations."""
FRESH9_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh9.tsv"
"""A ninth unseen set, written blind, weighted to the press outside the US and Britain (rand,
cedis, taka, lakh; Canadian and Australian addresses), science (isotopes, units, formulas) and
sport (tied places, a.e.t., not out), with arithmetic as a category of its own."""
FRESH10_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh10.tsv"
"""A tenth unseen set, written blind: markets and rare currencies, energy and trade units, health,
sports statistics, wire datelines, roads, odd dates and clocks, arithmetic signs."""
FRESH11_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh11.tsv"
"""An eleventh unseen set, written blind: the plain, high-frequency forms of everyday news in
the many ways copy writes them."""
FRESH12_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh12.tsv"
"""A twelfth unseen set, written blind: specialist beats (courts, medicine, aviation, crypto,
science, elections)."""
FRESH13_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh13.tsv"
"""A thirteenth unseen set, written blind: local news (councils, schools, homes, traffic,
police, weather, youth sport, obituaries)."""
FRESH14_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh14.tsv"
"""A fourteenth unseen set, written blind: the classic normalization classes (cardinal to
abbreviation), 13 sentences each, each class in the many ways news copy writes it."""
FRESH15_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh15.tsv"
"""A fifteenth unseen set, written blind: ambiguity and context (a year or a count, a score or
a date, Saint or Street, inches or "in", a word or its letters)."""
FRESH16_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh16.tsv"
"""A sixteenth unseen set, written blind: short fragments (headlines, table cells, captions,
scoreboards), every class."""
FRESH17_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh17.tsv"
"""A seventeenth unseen set, written blind: the press of the whole English-speaking world and
wire copy (pence and lakh, naira and rand, GCSEs and load-shedding)."""
FRESH18_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh18.tsv"
"""An eighteenth unseen set, written blind: hard news (politics, elections, legislation, courts,
war and defense, disasters) as the wires write it."""
FRESH19_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh19.tsv"
FRESH20_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh20.tsv"
FRESH21_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh21.tsv"
FRESH22_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh22.tsv"
FRESH23_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh23.tsv"
FRESH24_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh24.tsv"
FRESH25_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh25.tsv"
FRESH26_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh26.tsv"
FRESH27_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh27.tsv"
"""Written blind: 180 short fragments, 15 classes of 12, away from the obvious forms."""
FRESH28_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh28.tsv"
"""Written blind: press releases, public notices, consumer and listings pages, features."""
FRESH29_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh29.tsv"
"""Written blind: law, government and politics coverage (bills, codes, dockets, tallies)."""
FRESH30_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh30.tsv"
"""Written blind: 150 short fragments at the edges of each family, 15 classes of 10."""
FRESH31_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh31.tsv"
"""Written blind: the sports pages (scores, records, cricket, golf, race times, stats, odds)."""
FRESH32_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh32.tsv"
"""Written blind: signs, symbols and stock abbreviations in short fragments."""
FRESH33_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh33.tsv"
"""Written blind: business, markets and economics (indices, tickers, earnings, rates, data)."""
FRESH34_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh34.tsv"
"""Written blind: the plain, most frequent written forms of each class, in short fragments."""
FRESH35_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh35.tsv"
"""Written blind: technology, gadgets, gaming and the internet."""
FRESH36_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh36.tsv"
"""Written blind: the prose of features, profiles, obituaries and history."""
FRESH37_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh37.tsv"
"""Written blind: health, medicine, environment and weather."""
FRESH38_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh38.tsv"
"""Written blind: education (grades, scores, school years, course codes)."""
FRESH39_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh39.tsv"
"""Written blind: military, defense and war (units, ranks, weapons, ships)."""
FRESH40_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh40.tsv"
"""Written blind: elections and polling (tallies, margins, districts, ballot measures)."""
FRESH41_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh41.tsv"
"""Written blind: energy, commodities, farming and mining (barrels, bushels, ounces, $/unit)."""
FRESH42_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh42.tsv"
"""Written blind: labor, jobs, housing, personal finance and consumer prices."""
FRESH43_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh43.tsv"
"""Written blind: world news wire copy from datelines outside the US."""
FRESH44_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh44.tsv"
"""Written blind: betting, lotteries, horse racing, motorsport, golf and tennis."""
FRESH45_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh45.tsv"
"""Written blind: history, anniversaries, obituaries and religion."""
FRESH46_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh46.tsv"
"""Written blind: local crime, courts and public safety."""
FRESH47_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh47.tsv"
"""Written blind: science, space, astronomy, physics and climate."""
FRESH48_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh48.tsv"
"""Written blind: food, restaurants, recipes, nutrition and food safety."""
FRESH49_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh49.tsv"
"""Written blind: cars and electric vehicles."""
FRESH50_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh50.tsv"
"""Written blind: arts and entertainment (box office, charts, ratings, awards, tours, books)."""
FRESH51_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh51.tsv"
"""Written blind: transport and travel (airlines, rail and transit, roads, shipping, fares)."""
FRESH52_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh52.tsv"
"""Written blind: weather and natural disasters (forecasts, storms, earthquakes, fires, floods)."""
FRESH53_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh53.tsv"
"""Written blind: local government, taxes and public budgets."""
FRESH54_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh54.tsv"
"""Written blind: international news in English coverage of other countries."""
FRESH55_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh55.tsv"
"""Written blind: lifestyle and service journalism (fitness, shopping, home, travel, recipes, how-tos)."""
FRESH56_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh56.tsv"
"""Written blind: informal written forms in quotes, columns, features and social-media copy."""
FRESH57_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh57.tsv"
"""Written blind: personal finance, taxes, banking and credit."""
FRESH58_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh58.tsv"
"""Written blind: technology specs, software versions and security advisories."""
FRESH59_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh59.tsv"
"""Written blind: drugs, clinical trials and public health."""
FRESH60_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh60.tsv"
"""Written blind: trade, shipping, logistics and tariffs."""
FRESH61_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh61.tsv"
"""Written blind: courts, legal citations and sentencing."""
FRESH62_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh62.tsv"
"""Written blind: American sports stat lines and game stories."""
FRESH63_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh63.tsv"
"""Written blind: earnings reports, markets closes and crypto."""
FRESH64_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh64.tsv"
"""Written blind: census, demographics, polls and social statistics."""
FRESH65_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh65.tsv"
"""Written blind: media, broadcasting, telecom and streaming."""
FRESH66_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh66.tsv"
"""Written blind: real estate, construction, infrastructure and urban planning."""
FRESH67_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh67.tsv"
"""Written blind: outdoors, parks, hunting, fishing and wildlife."""
FRESH68_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh68.tsv"
"""Written blind: music, charts, concerts, tours and the record business."""
FRESH69_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh69.tsv"
"""Written blind: air quality, pollution, drinking water and environmental regulation."""
FRESH70_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh70.tsv"
"""Written blind: charity, nonprofits, fundraising and community events."""
FRESH71_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh71.tsv"
"""Written blind: Medicare, Medicaid, health insurance and hospital billing."""
FRESH72_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh72.tsv"
"""Written blind: immigration, visas, asylum and citizenship."""
FRESH73_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh73.tsv"
"""Written blind: high school and youth sports and local scoreboards."""
FRESH74_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh74.tsv"
"""Written blind: retail, shopping deals and product recalls."""
FRESH75_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh75.tsv"
"""Written blind: weather forecasts and the almanac."""
FRESH76_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh76.tsv"
"""Written blind: corporate news, deals, filings and earnings."""
FRESH77_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh77.tsv"
"""Written blind: sport outside America as the English-language press reports it."""
FRESH78_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh78.tsv"
"""Written blind: public notices, legal advertisements and meeting agendas."""
FRESH79_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh79.tsv"
"""Written blind: space launches, rockets and satellites."""
FRESH80_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh80.tsv"
"""Written blind: health and fitness service journalism."""
FRESH81_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh81.tsv"
FRESH82_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh82.tsv"
FRESH83_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh83.tsv"
FRESH84_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh84.tsv"
FRESH85_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh85.tsv"
FRESH86_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh86.tsv"
FRESH87_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh87.tsv"
FRESH88_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh88.tsv"
FRESH89_FILE = Path(__file__).parents[1] / "data" / "normalize_fresh89.tsv"
"""Written blind: transit, commuting and traffic service alerts."""
FRESH_NOT_YET = frozenset({
    # (Each set's comment names the reasons its rows had when it was written. A row since mended
    # was removed, so a comment may name a reason no row of its set has any more: the plurals of
    # initials, "M.P.'s" against a writer's "M.P.s", were the judge reading "M.P.s" as "M P S",
    # mended in espeak_judge.py on 2026-12-05, and 31 rows went.)
    "Grand Theft Auto V sold well.",  # a numeral after a title known only by name
    "The target is 2150.",  # a year past 2099 with no word that takes a year before it
    "It is made of Ti-6Al-4V.",  # an alloy written as a formula: its "V" is read as volts
    # fresh9
    "Carlsen leads the field with 5½/7 after Round 7.",  # a chess score "out of"
    "Tap water samples contained PFAS at 12 ng/L, three times the new limit.",  # PFAS a word
    "Winds reached 40 kn off the Cornish coast.",  # "kn" is knots only before "of", "per"...
    "The FY24/25 accounts show a small surplus.",  # "fiscal", not "fiscal year": a convention
    "The Tang dynasty ruled China from 618 to 907.",  # three-digit years need the history
    "The rally was held at 37-12 82nd St. in Jackson Heights.",  # Queens' hyphenated houses
    "ISRO's PSLV-C58 lifted off from Sriharikota.",  # "ISRO" said as a word or spelled
    "India's GDP grew 8.2% in FY24, the fastest among G20 economies.",  # "fiscal", as above
    # fresh10: conventions the older sets chose otherwise, and families with no rule yet
    "Ivory soap was sold as 99 44/100% pure.",  # "one hundredths": a slogan's reading
    "Manila's budget for next year is PHP 5.7 trillion.",  # "PHP" before a number is the language
    "Police seized a 125cc scooter used in the robbery.",  # "c.c." or "cubic centimeter": both said
    "The '24-'25 season opens in October.",  # a span of apostrophe years
    "Leap day, 2/29, falls on a Thursday this year.",  # a bare date between commas
    "Margins should improve in H2'25.",  # "H two": the older sets' convention
    "The festival runs 27/10 to 3/11 in Brighton.",  # British day-first dates in American copy
    "The 1/6 committee released its final report.",  # a date that names a committee
    "The agency streamed the launch at youtube.com/@NASA.",  # NASA respelled for the voice
    "Entries go to Keizersgracht 123, 1015 CJ Amsterdam.",  # a Dutch postcode
    "MiFID II changed how banks charge for research.",  # a numeral after a mixed-case name
    "A Type 055 destroyer sailed through the strait.",  # "oh" or "zero"
    "The Warriors' 73-9 season remains the NBA record.",  # the same
    "Soto homered on a 3-2 pitch in the 9th.",  # a count as "three-two"
    "Gukesh won the title match 7.5-6.5.",  # halves in a chess score
    "CWO3 Daniel Ortiz, 41, was killed in the crash.",  # a grade glued to a rank
    "S&P cut the bonds to BBB-.",  # spelled; the rules say "triple B minus", as the newer rows do
    "Nvidia's Q1 EPS of $0.96 topped the $0.93 consensus, and shares rose 6% after hours.",
    "DES MOINES, Iowa (AP) — Trump carried Iowa's 6 electoral votes by 13 pts.",  # a dateline
    "Her HbA1c fell from 9.1% to 6.8% on 2.4 mg of semaglutide a week.",  # a lab test's name
    # fresh12: most are readings the older sets chose otherwise
    "The filing is available at sec.gov.",  # a host's initials: spelled as espeak-ng stresses
    "Check your refund status at irs.gov/refunds.",  # the same
    "NASA delayed Artemis II until next spring.",  # NASA respelled for the voice
    "The airliner was cruising at FL350 when the engine failed.",  # "three fifty" in the older sets
    "The FAA grounded every 737 MAX 9 in the U.S. fleet.",  # "Max" in the older sets
    "NASA and the GOP leadership clashed over the budget.",  # NASA respelled
    "538 gave Democrats a 51% chance of holding the House.",  # a site named by its number
    "CO2 and H2O vapor both trap heat, the NOAA study found.",  # NOAA respelled "Noah" (fresh10)
    # fresh13: readings the older sets chose otherwise
    "A cinema ticket in Leeds is now £9.99.",  # "nine pounds ninety-nine", no "pence"
    "Commuters faced delays on NH48 near Gurugram.",  # the stress of spelled letters
    "NASA will fund the school's robotics lab.",  # NASA respelled for the voice
    # fresh14: readings the older sets chose otherwise
    # "point zero"
    "The colt pulled ahead in the final 3/4 mile at Churchill Downs.",  # "three quarters mile"
    "The cafe sells its famous flat white for $5.50 in downtown Sydney.",  # no "and" before cents
    "Gas prices averaged $3.99 a gallon in Illinois last week, the auto club said.",
    # "per hour"
    # "six feet two inches"
    "The launch window opens at 9 a.m. ET on Thursday, the company said.",  # "E.T.", not "Eastern"
    "The game starts at 7:10 p.m. PT at Dodger Stadium in Los Angeles.",
    "Stranded passengers can call the airline at 1-800-621-4357 for rebooking.",  # groups paused
    "The consulate in Mumbai set up a helpline, +91 98765 43210, for stranded travelers.",
    "Travel advice for Britons is updated daily at gov.uk/foreign-travel-advice.",  # "gov dot uk"
    "The prime minister's office posts updates on X as @PMOIndia.",  # the stress of spelled letters
    # fresh15: readings the older sets chose otherwise, or context beyond the sentence's words
    "Traffic on the 405 was backed up for miles after a crash near the Getty Center.",
    "NASA postponed the launch because of high winds at Cape Canaveral.",  # NASA respelled
    # "oh six hundred"
    "She ran the mile in 4:12, breaking a school record set in 1988.",  # "minutes and"
    "The hashtag #MeToo spread to 85 countries within a year, researchers found.",
    "More information is available at www.nhs.uk, the health service said.",  # spelled host
    "Readers can find the full report at bbc.co.uk/news, the broadcaster said.",
    "The old hotline, 1-800-273-8255, was replaced by 988 in July 2022.",  # a line by its number
    "Dr. Lee, 45, ran the 1500m in 4:58 in St. Paul on Sat.",
    "The No. 2 seed won 3-1 at 7 p.m. ET on Fri., improving its record to 24-6.",
    "At 2:45 a.m., NASA's rover sent 1,024 images from 140 million mi away.",
    "The 49ers lost 27-24 in OT at Levi's Stadium, falling to 5-4 on the season.",
    # fresh16: readings the older sets chose otherwise; "¼ mile" "quarter mile" where fresh32
    # and fresh51 say "a quarter mile" in a sentence ("¼ mile away")
    "4th of July", "1 1/16 miles", "espn.com", "Boeing 737 MAX 9", "ZIP 10001", "¼ mile",
    # fresh17: readings the older sets chose otherwise, spelled letters' stress, signs that are
    # also letters of roads and codes
    "Minibus taxi fares in Johannesburg rose to R50 for the trip to Pretoria.",
    "Listeners can email their questions to liveline@rte.ie before noon.",
    "Letters should be addressed to the collector's office, PIN 110001, New Delhi.",
    "Flight MH17 was shot down over eastern Ukraine in July 2014.",
    "Protesters gathered outside 10 Downing Street, London SW1A 2AA, on Saturday.",
    "PIA flight PK 8303 crashed in a residential area of Karachi in May 2020.",
    "Kenya's 4x400m relay team clocked 2:59.22 in the heats in Nairobi on Friday.",
    # fresh18: readings the older sets chose otherwise
    "The U.S. will send 12 more HIMARS launchers and 155mm rounds as part of a $2.3 billion package.",
    # fresh19 (short fragments of 15 classes): readings the older sets chose otherwise ("one
    # quarter", "per thousand", an extension digit by digit, "x approximately three", a ZIP
    # code's "dash"), spelled letters' stress ("I.R.S.", "P.D.F."), a link with a query said
    # "link", and "to the tenth" without "power"
    "blood alcohol of 0.5‰", "(312) 555-0123 ext. 42",
    "https://www.whitehouse.gov/briefing-room", "annual_report_2023.pdf",
    "example.com/page?id=42", "ZIP code 20001-4321", "π ≈ 3.14", "2^10 = 1,024",
    # fresh20 (outlets other than wire copy): readings the older sets chose otherwise (spaced
    # letters of a formula or a host against dots, "one quarter", "one half a", "at least",
    # "x approximately", "bitcoins", "v two point three", "dash" in codes, "iOS", "one eight
    # hundred"), the stress of spelled letters, a file type respelled ("Jason"), "the 10K"
    # before a verb, a host that is a brand ("xbox"), a path's initials ("bou")
    'The full forecast discussion is posted at weather.gov/bou and updated every few hours.',
    "The city's spending plan, budget_2025.pdf, can be downloaded from the clerk's website.",
    'Players can redeem the free in-game outfit at xbox.com/redeem until March 31.',
    'The flaw affects millions of websites built on Node.js, the security firm said.',
    'Pool openings and closures are posted daily by @nyc_parks on Instagram.',
    'If the editor crashes on launch, delete the settings.json file and restart it.',
    'Atmospheric CO2 peaked at 424 parts per million at Mauna Loa in May, NOAA said.',
    'Methane, or CH4, traps about 80 times more heat than CO2 over 20 years.',
    'NO2 concentrations along the freeway averaged 40 ppb last year, the study found.',
    'The team estimated π ≈ 3.14159 using the new supercomputer method.',
    'Patients with a score ≥ 7 on the screening test were referred to specialists.',
    'Squeeze in the juice of ½ a lemon just before serving.',
    'The ransom was set at 0.25 BTC, worth about $16,000 at the time of the attack.',
    'Apple released iOS 17.4 on Tuesday with new emoji and app store changes in Europe.',
    "Update the router's firmware to v2.3.1 or later to close the security hole.",
    'The SR 520 floating bridge will close this weekend for maintenance, WSDOT said.',
    'Apple moved the iPhone 15 to USB-C charging to comply with EU rules.',
    'The airline will add Boeing 787-9 Dreamliners to its Pacific routes next year.',
    'Call the Poison Help line at 1-800-222-1222 any time, day or night.',
    "Customers can order by calling 1-800-FLOWERS or through the company's app.",
    'The v4.2 update costs $2.99 and takes up about 150 MB of storage.',
    'The 10K starts at 7:30 a.m. Sat.; register online at runcity.org by 5/30.',
    # fresh21 (service journalism and listings): "a quarter" against the older sets' "one
    # quarter", a comma after the "one" of a toll-free number, a warranty's "5-yr/60K-mi"
    "Anyone with information is asked to call Crime Stoppers at 1-800-222-8477.",
    "Every trim comes with a 5-yr/60K-mi powertrain warranty and free maintenance for 2 years.",
    # an astronomical unit said as its letters (two later sets say the words)
    "The comet is 4.3 AU away.",
    # fresh22 (science, medicine, technology, space, climate): readings the older sets chose
    # otherwise (NASA and NOAA respelled for the voice, spaced letters against dots, "one
    # quarter", "one thirty over eighty", "meters" to one, "tonnes CO two"), black holes' stars
    "Astronomers have now confirmed more than 5,800 exoplanets, according to NASA's official tally.",
    'A reading of 130/80 mmHg or higher now counts as high blood pressure, cardiologists say.',
    'Removing a ton of CO2 from the air still costs $600 or more, far above the $100 target.',
    'Asteroid 2024 YR4 no longer poses a threat to Earth, NASA said after new observations.',
    'Images of Sagittarius A* and M87* show that black holes of very different sizes look alike.',
    'Sea levels could rise 0.3-1 m by 2100, depending on how fast emissions fall.',
    "NOAA's temperature records go back to 1880, and the last decade was the warmest yet.",
    'NASA will hold a news conference at 11 a.m. ET to discuss the findings.',
    "The rover was built at NASA's Jet Propulsion Laboratory in Pasadena, Calif.",
    'Patients on the drug cut their HbA1c from 8.3% to 6.5% and lost 15% of their body weight.',
    'The laptop has a 14.2-inch 120Hz display, 16GB of RAM and a 2TB SSD for $2,499.',
    'Fossil fuel emissions reached 37.4 GtCO2 in 2024, up 0.8% from the year before, scientists said.',
    'The 500 MW solar farm will generate about 1.1 TWh a year and avoid 600,000 t CO2e.',
    'Asteroid 2024 YR4, roughly 53-67 m wide, briefly had a 3.1% chance of hitting Earth on Dec. 22, 2032.',
    # fresh23 (the English-language press of Asia and Africa): day-first numeric dates, a train's
    # number in brackets, Malaysian and Ghanaian digital addresses and telephones, "one to
    # nothing", "Max", "PIN" said as letters
    'Counting of votes will take place on 04-06-2024, the Election Commission announced on Saturday.',
    'The ban on single-use plastic bags takes effect from 01/01/2025, the county government announced.',
    'Complaints can be lodged with the ministry at 03-8000 8000 during office hours.',
    'The Mumbai Rajdhani Express (12951) was delayed by four hours because of dense fog.',
    'The Ethiopian Airlines Boeing 737 MAX 8 crashed near Bishoftu in March 2019, killing all 157 on board.',
    "Ghana's Black Stars were beaten 1-0 by Angola in Luanda in the AFCON qualifier.",
    'Letters may be sent to the Collectorate, Kakkanad, Ernakulam, PIN 682030.',
    'Businesses must display a GhanaPost digital address such as GA-123-4567 on their signboards.',
    # fresh24 (culture, entertainment, gaming, history): readings the older sets chose
    # otherwise ("a third" against "one-third", "one quarter", race times with "and", a span of
    # money with both signs), spelled letters' stress, "double oh seven", "TV-MA"'s pause
    'The reissue is pressed on 180-gram vinyl and plays at 33⅓ rpm, the label said.',
    "Kurt Cobain's acoustic guitar from MTV Unplugged sold for $6m, a record for a guitar at the time.",
    'The speedrunner finished the game in 1:41:28, shaving 12 seconds off the previous world record.',
    'GoldenEye 007 for the Nintendo 64 is now playable on the Switch Online service.',
    'Tickets for the tour range from $45-$250 before fees, the promoter said.',
    'The series is rated TV-MA and holds a 97% score on Rotten Tomatoes from 120 reviews.',
    # fresh25 (travel, aviation, rail, roads, shipping): readings the older sets chose otherwise
    # ("one quarter", an aircraft's "dash", "I.D."), Los Angeles's "the 405" (no rule tells a
    # freeway from a count), "LIRR" read as a word
    'Real ID enforcement at airport checkpoints began on May 7, 2025, after years of delays.',
    'The FAA grounded 171 Boeing 737-9 MAX jets after the door plug blew out in January.',
    'Traffic on the 405 crawled for hours after a big rig spilled its load near LAX.',
    'Southwest Flight 1380, a Boeing 737-700, made an emergency landing after an engine failed at 32,500 ft.',
    # fresh26 (short fragments, 15 classes): readings the older sets chose otherwise ("one
    # quarter", "one twenty over eighty", race times with "and", a ZIP code's "dash", "ISO nine
    # thousand one", NASA respelled), spelled letters' stress, a unit's number sign after a street
    '120/80 mmHg',
    'in 2:03:45',
    'irs.gov/payments',
    '@NASA',
    'ISO 9001',
    '3100 N. Main St. #210',
    'Portland, OR 97201-1234',
    # fresh27 (short fragments, 15 classes of 12): readings the older sets chose otherwise ("one
    # quarter", race times with "and", "three billion pounds to five billion pounds", the British
    # postcode's comma), spelled letters' stress in a host, espeak-ng's "at A" ("at a")
    '1/4 of homes',
    'finished in 2:01:09',
    'www.irs.gov',
    '@AP',
    'London SW1A 2AA',
    '£3bn–£5bn',
    # fresh28 (press releases, notices, consumer pages): the same conventions ("one quarter",
    # race times with "and", the comma after the "1" of "1-800", which the older sets split on,
    # "e d u" spelled, "Max"), spelled letters' stress, and "OUT" as the writer copied it, which
    # espeak-ng spells (the rules say the word "out")
    'The original 1902 recipe calls for 1/4 cup of sugar and 1 1/2 teaspoons of baking soda.',
    'The winner crossed the line in 2:08:47, breaking the course record by 11 seconds.',
    'Customers with questions about the recall can call the company at 1-800-555-0142.',
    'To report a power outage, text OUT to 76937 or call 1-888-555-0100.',
    'Taxpayers can check the status of their refund at irs.gov/refunds within 24 hours of e-filing.',
    "The college's digital archive, at collections.smithfield.edu, now holds 3.2 million scanned pages.",
    "Regulators grounded the airline's 737 MAX 9 jets after a panel blew out in mid-flight.",
    # fresh29 (law, government and politics): readings the older sets chose otherwise ("one
    # quarter", a docket's "dash" where no case is named, the federal docket's letters and
    # digits, "to nothing", "M.P.'s", the Canadian postcode's comma, "percent" and "dollars"
    # on both ends of a range), spelled letters' stress in a host, "oig" and "sos" as words
    "Whistleblowers can email the inspector general at oig.hotline@hhs.gov, the agency said.",
    "The secretary of state's office launched sos.ga.gov/elections to show results by county as they come in.",
    "Absentee ballot requests can be emailed to absentee@sos.nh.gov until the Friday before the election.",
    "The Federal Election Commission posts every campaign's filings at fec.gov within 48 hours of receipt.",
    "According to the docket in Case 1:21-cr-00175, sentencing is set for the end of August.",
    "U.N. Resolution 2334 was adopted 14-0, with the U.S. abstaining rather than casting a veto.",
    "Letters to MPs can be sent to 180 Wellington St., Ottawa, ON K1A 0A6, free of postage.",
    "Analysts expect turnout of 55%-60% among registered voters in the Dec. 3 runoff.",
    "Violations carry fines of $500-$1,000 per day, according to the agency's enforcement notice.",
    # fresh30 (the edges of each family): the same conventions ("one quarter", race times with
    # "and", "one billion euros to two billion euros", NASA respelled); its "London SW1A 2AA" is
    # fresh27's row, its "Boeing 737 MAX 9" fresh16's
    'in 2:05:33',
    'follow @NASA',
    '€1bn-€2bn',
    # fresh31 (sports): readings the older sets chose otherwise ("R.B.I.'s" and "T.D.'s", "one
    # quarter", race times with "and", the comma after the "1" of "1-800", "co dot uk", "UFC
    # three oh nine"), spelled letters' stress in a host or a car's code, acronyms respelled
    # for the voice ("Uayfa", "Nascar")
    "He will forfeit 1/4 of his salary during the suspension, according to the league.",
    "The club was fined €20m and docked 10 points by UEFA for breaching financial rules.",
    "Kipchoge won the Berlin Marathon in 2:01:09, a world record at the time.",
    "For ticket information, fans can call the box office at 1-800-745-3000.",
    "Follow live text commentary of the final day at bbc.co.uk/sport throughout the afternoon.",
    "Ferrari unveiled the SF-25 on Tuesday, the car Hamilton will drive in his first season with the team.",
    "Red Bull's RB20 won seven of the first 10 races before McLaren's MCL38 caught up.",
    "Larson drives the No. 5 Chevrolet ZL1 for Hendrick Motorsports in the NASCAR Cup Series.",
    "Jones retained his title at UFC 309 with a 3rd-round TKO of Stipe Miocic in New York.",
    # fresh32 (signs and symbols): the same conventions ("one quarter", "dollars" on both
    # ends), spelled letters' stress, "AT&T" as espeak-ng says it
    'Boeing 737 MAX 8',
    'tickets $20–$30',
    'AT&T Corp.',
    # fresh33 (business): readings the older sets chose otherwise ("E.T.F.'s", "fiscal twenty-
    # four", "twelve o'clock", the comma after the "1" of "1-800", "Max"), "FTSE" said "Footsie"
    # as the markets say it (the writer copied it), spelled letters' stress, "AT&T"
    "Microsoft said FY24 capital spending would top $50 billion as it builds out AI data centers.",
    "London's FTSE 100 closed up 45 points at 8,164, lifted by mining and energy stocks.",
    "The Bank of England's statement is due at 12:00 GMT, with the minutes released at 12:05.",
    "Shareholders with questions can call the proxy solicitor toll-free at 1-800-555-0142.",
    "Details of the tender offer are available in filings on sec.gov and on the company's website.",
    "Boeing halted deliveries of the 737 MAX 9 after a door plug blew out in midair.",
    "AT&T and P&G both beat quarterly estimates, lifting telecom and consumer stocks.",
    # fresh34 (the plain forms): "one quarter" and "plus one" as the older sets read them
    '+1 312 555 0199',
    # fresh36 (prose): "PhD" as espeak-ng says the writer's "Ph.D." otherwise; "one quarter"
    "She earned her Ph.D. in chemistry at 52, after raising four children alone.",
    # fresh35 (technology): readings the older sets chose otherwise ("three quarters" and "one
    # quarter", "P.C.'s" and "G.P.U.'s", the comma after the "1" of "1-800", "U.S.B C"), an
    # amount before a noun after "and" ("$499 price"), "RAM" and "TOPS" said as words, which the
    # writer copied and espeak-ng spells, "A.M.D.'s" spelled before its "'s"
    'Our reviewer rated the Pixel 9a 4.5/5, praising its battery and $499 price.',
    'The 5th-generation iPad mini swaps Lightning for USB-C and starts at $499.',
    'Customers can reach Apple Support at 1-800-275-2273 for help with the recall.',
    'The base model now ships with a 1TB SSD and 12 GB of RAM.',
    "Kits of DDR5-6000 memory remain the sweet spot for AMD's Ryzen 7000 desktop chips.",
    # fresh37 (health and weather): readings the older sets chose otherwise ("one quarter",
    # "more than" for ">", the comma after the "1" of "1-800", "U.T.I.'s", "who dot int"), an
    # amount before an adverb and a noun ("a 2.4 mg weekly dose"), "8 m" before a verb, "PFAS"
    # and "NOAA" respelled for the voice, spelled letters' stress in a host
    'The FDA approved a 2.4 mg weekly dose of semaglutide for adults with obesity and heart disease.',
    'Gusts reached 110 km/h along the coast, and waves of 8 m battered the harbor wall.',
    'The EPA set a limit of 4 ppt for two PFAS chemicals in public drinking water.',
    'Patients with a BMI >30 were twice as likely to be hospitalized with the flu.',
    'For questions about vaccines, call the CDC at 1-800-232-4636 on weekdays.',
    'The WHO posts outbreak news at www.who.int, including updates on mpox and cholera.',
    'The NWS and NOAA both warned that the coming winter could bring heavier snow to the Northeast.',
    # fresh38 (education): readings the older sets chose otherwise ("one quarter", "one third",
    # the comma after the "1" of "1-800", "G.C.S.E.'s", "dot us", "e d u"), "Ph.D." as espeak-ng
    # says "PhD", spelled letters' stress in hosts and codes, "ucla" and "AP" said as words,
    # "IELTS" respelled, a vanity number's words
    'Families with questions about federal aid can call 1-800-4-FED-AID on weekdays.',
    'She earned an M.A. at the Univ. of Ottawa before completing a Ph.D. in chemistry.',
    'Only 1/3 of eighth graders scored proficient in math on the latest NAEP exam.',
    'Call the district hotline at 1-800-555-0199, ext. 4102, to report a safety concern.',
    'Board exam results can be checked on cbse.gov.in using a roll number and date of birth.',
    "The figures come from nces.ed.gov, the federal government's education statistics site.",
    'Most universities require an overall IELTS band score of 6.5 from international applicants.',
    'Admitted students should send questions to admissions@ucla.edu by the end of the month.',
    "The state posts each district's report card at k12.wa.us every fall.",
    'Students who took AP Calc BC or IB HL Math may skip the placement test.',
    'The high school ranked No. 1 in the state for AP participation.',
    # fresh39 (military): "I.E.D.'s", "F.A." and "n c i s" spelled letters' stress, "HIMARS" and
    # "ATACMS" respelled for the voice as their crews say them
    'The ATACMS missile has a range of 300 km, enough to hit targets across Crimea.',
    "The Navy's F/A-18E Super Hornets flew strikes from the carrier against Houthi targets.",
    'Ukraine has used HIMARS and ATACMS to hit Russian ammunition depots far behind the lines.',
    'Investigators asked anyone with information to email leads@ncis.navy.mil.',
    # fresh40 (elections): "M.P.'s", "E.V.M.'s" plurals and "one quarter" as the older sets write
    # them; "ten p.m, when" keeps the comma's pause (espeak-ng drops it after "p.m."); the
    # 1-800 comma; spelled letters' stress in a host; "AZ-06" with no word of elections in its
    # sentence; a vanity number in four parts
    "Polling stations across Britain close at 10pm, when the broadcasters' exit poll is released.",
    'Spanish-speaking voters can reach the nonpartisan hotline at 1-888-VE-Y-VOTA.',
    "To report suspected voter intimidation, call the state's toll-free line at 1-800-345-8683.",
    # fresh41 (energy, commodities, farming, mining): "dollars and ... cents", which 108 older rows
    # say without "and" (24 with); "twenty-five pounds thirty-four" without "pence"; "one quarter";
    # "Opec", "Comex", "Ercot", "Nymex" respelled for the voice; "megawatt hour" without the
    # hyphen's stress; "m" before "grading"; the 1-800 comma and spelled letters' stress in hosts
    'WTI crude for February delivery settled at $72.40/bbl on NYMEX, up 1.3% on the day.',
    'Brent futures on ICE rose 85 cents, or 1.1%, to $76.12 a barrel by 10:45 a.m. ET.',
    'Henry Hub spot prices averaged $2.19/MMBtu in 2024, the lowest annual average in decades.',
    "Power prices at ERCOT's West hub spiked to $5,000/MWh during the evening ramp on Aug. 20.",
    'Dec. corn settled up 6 1/4 cents at $4.38 a bushel on the CBOT on Thursday.',
    'March wheat fell 9 cents to $5.62 per bushel, its lowest close since Aug. 2020.',
    'Choice boxed beef cutout values climbed $3.20 to $318.75/cwt, the highest since June.',
    'Gold touched a record $2,350/oz on the COMEX before easing to $2,331.60 by the close.',
    'The discovery hole returned 14.5 m grading 6.2 g/t gold, including 3 m at 21.7 g/t.',
    "The IEA now sees global oil demand growth of 990,000 b/d in 2025, below OPEC's forecast.",
    'Gulf Coast refining margins narrowed to $14.85 a barrel, down from $22.60 in March.',
    'Soybeans closed up 3/4 of a cent at $10.05, while soymeal slipped $1.20 a short ton.',
    'BHP sweetened its offer to £31.1bn, valuing the rival miner at £25.34 a share.',
    'The average U.S. price of regular gasoline fell to $3.06/gal, AAA said on Tuesday.',
    'On April 20, 2020, May WTI settled at -$37.63 a barrel as storage space ran out.',
    'Elevators bid $3.95 for spot corn, a basis of 35 cents under Dec. futures.',
    'Chevron (NYSE: CVX) earned $4.5B in the quarter, or $2.48 a share, beating estimates.',
    'Palladium fell 3% to $948 an ounce, while platinum dropped 1.4% to $921.50.',
    "PJM's capacity auction cleared at $269.92/MW-day, a roughly 9-fold jump from the prior year.",
    'S&P Global Commodity Insights assessed Dated Brent at $74.35/b on Wednesday afternoon.',
    'Asian spot LNG prices, measured by the JKM, rose to $14.20/MMBtu in January.',
    'Heating oil, now the ULSD contract on NYMEX, rose 3 cents to $2.31 a gallon.',
    "Dec '25 corn traded at $4.62 on Monday, a 40-cent premium to the nearby contract.",
    'The Matif rapeseed contract closed at 17:30 CET, up €4.50 at €478 a tonne.',
    'Spills must be reported to the National Response Center at 1-800-424-8802 within 24 hours.',
    # fresh42 (labor, housing, personal finance, consumer prices): "dollars and ... cents" again
    # (the older sets' reading is without "and"); "one quarter point"; "0.7 pt." said "zero
    # point seven point" (we say "points", as for any number but one); "A.P.R.'s" and "HUD"
    # said as a word ("Hud's"), as the older sets write them; a P.O. box said digit by digit,
    # the writer's in pairs; the 1-800 comma; spelled letters' stress in hosts; "myaccount"
    # split into its words
    'The average hourly wage rose 11 cents to $35.69, up 3.9% from a year earlier.',
    'The national average for regular gasoline was $3.19/gal on Monday, according to AAA.',
    'Grade A large eggs averaged $6.23 per dozen in March, a record, the BLS said.',
    'The standard Medicare Part B premium rises to $185 a month in 2025 from $174.70.',
    'A gallon of milk costs about $4.05, or 42¢ more than it did in 2020.',
    'Ground beef hit a record $6.12/lb in June, while bananas stayed near 62 cents per pound.',
    'Residential natural gas is forecast to average $15.50 per Mcf this winter, the EIA said.',
    'A 12-oz. bag of ground coffee now runs about $9.49 at many grocery chains.',
    'Heating oil averaged $3.75/gal, while refilling a 20-lb propane tank cost about $22.',
    "The city's Tier III wage ordinance lifts pay for airport workers to $22.50 an hour.",
    'The avg. 30-yr. fixed rate was 6.85% with 0.7 pt. in fees, Freddie Mac said.',
    "HUD's main office is at 451 7th St. SW, Washington, DC 20410.",
    'Send written disputes to the credit bureau at P.O. Box 740241, Atlanta, GA 30374.',
    'Beneficiaries can call Social Security at 1-800-772-1213 from 8 a.m. to 7 p.m. on weekdays.',
    "HUD's housing counseling line, 1-800-569-4287, is free for homeowners behind on payments.",
    'Call 1-800-MEDICARE or visit your local office to switch your drug plan before Dec. 7.',
    'Seniors who suspect benefit fraud should call the inspector general at 1-800-269-0271.',
    'Questions about the index can be sent to cpi_info@bls.gov, the agency said.',
    'The IRS warns that its only official website is https://www.irs.gov, not look-alike domains.',
    'Taxpayers can track refunds at irs.gov/refunds, usually within 21 days of e-filing.',
    # fresh43 (world news wire copy): 24-hour times as the older sets read them ("04:00" "four
    # o'clock", "03:45" "three forty-five"; the writer "oh four hundred", "oh three forty-five",
    # "twelve hundred"); "one quarter", "one third", "dollars and ... cents" and "M.E.P.'s" as
    # the older sets write them; "Regulation (EU) 2016/679" (the writer "six seventy-nine");
    # "26-27 June" with "the" before both days; "ASEAN" respelled for the voice; a British
    # postcode's two halves with a comma; "Av." in English copy; "+41 800" "eight zero zero";
    # "who.int" said "who", as its people say it; "https://" unsaid; spelled letters' stress
    # in hosts ("e c i", "u k")
    'BRUSSELS — Fines under Regulation (EU) 2016/679, the GDPR, can reach 4% of a company\'s global turnover.',
    'ANKARA — A 7.8-magnitude earthquake struck southern Turkey at 04:17 local time, the disaster agency said.',
    'ATHENS — A loaf of bread now costs €1.85, up from €1.20 a year earlier, a consumer group said.',
    'BEIRUT — The ceasefire is due to take effect at 04:00 local time, or 02:00 GMT, on Wednesday.',
    'KYIV — Air raid sirens sounded across the capital at 03:45, and explosions were heard minutes later.',
    'VATICAN CITY — The pope will appear on the balcony at 12:00 to deliver his Christmas blessing.',
    'TEL AVIV — Flights resumed at 06:30 UTC after a 9-hour closure of Israeli airspace.',
    "BRUSSELS — Leaders meet on 26-27 June to discuss Ukraine's accession talks and defense spending.",
    'JAKARTA — ASEAN and Mercosur ministers met on Tuesday, with EU and AU envoys attending as observers.',
    'Protesters gathered outside 10 Downing Street, London SW1A 2AA, on Saturday afternoon.',
    'The consulate at Av. Paulista 1578, São Paulo, will remain closed until Monday.',
    "The Swiss foreign ministry's helpline, +41 800 247 365, is staffed around the clock.",
    'The Mexican consulate can be reached at +52 55 3686 5100 from 09:00 to 18:00.',
    'Full guidance is posted at www.who.int/emergencies, the WHO said in a statement.',
    'Travel advice for Britons is posted at gov.uk/foreign-travel-advice and updated several times a day.',
    "The UN's latest casualty figures are posted at https://news.un.org and updated daily.",
    # fresh44 (betting, lotteries, racing, golf, tennis): "plus four hundred fifty" odds and
    # tennis sets "six to four", "six to nothing" as the older sets read scores (the writer
    # "plus four fifty", "six-four", "six-love"); "one quarter", "dollars and ... cents", "fifty
    # cents" before a capitalized noun; "at 2.10" decimal odds read as a clock; a race time with
    # a fifth ("1:14 1/5"); the 1-800 comma, "Gambler" respelled, a vanity number in parts;
    # "https://" unsaid; a host that joins two initials and a word ("nylottery", "usopen": the
    # older sets keep "nytimes", "apnews" whole)
    'Scheffler opened as the +450 favorite for the Masters, with McIlroy at +700 and Rahm at +1200.',
    'Sinner beat the No. 3 seed 6-4, 3-6, 7-6 (7-5), 6-2 in three hours and 41 minutes.',
    "Swiatek beat Anisimova 6-0, 6-0 in 57 minutes, the first double bagel in a Wimbledon women's final since 1911.",
    'European books listed Alcaraz at 1.85 to win the title, with Sinner a close second at 2.10.',
    'Bettors who backed the 11/4 second choice collected $7.50 on a $2 ticket.',
    'Old charts list the track record for 6 1/2 furlongs as 1:14 1/5, set in 1979.',
    'A $2 win bet on the 30-1 long shot returned $62.80, while the $1 trifecta paid $4,352.10.',
    "A 50¢ Pick 4 ticket paid $2,500 when 7-3-0-9 came up in Tuesday's evening drawing.",
    'If you or someone you know has a gambling problem, call 1-800-GAMBLER.',
    "New York's HOPEline can be reached at 1-877-8-HOPENY or by texting HOPENY to 467369.",
    'Live scoring for every round is available at https://www.pgatour.com/leaderboard.',
    'Winners can email questions to claims@nylottery.ny.gov before visiting a customer service center.',
    'Tickets go on sale at usopen.org/tickets at 10 a.m. ET on Wednesday.',
    # fresh45 (history, anniversaries, obituaries, religion): "one quarter", "dollars and ...
    # cents"; "up to 1066" said as a count (no word of time tells it is a year); "a.m," before
    # a comma, as the older sets write it; "Article 231" in pairs; a middle initial "D."
    # without its stop; "Ph.D." said "PhD"; the 1-800 comma; "https://" unsaid; "loc.gov"
    # "L.O.C."
    'Admission to the history museum will rise to $30 for adults and $17.50 for students next year.',
    'The Bayeux Tapestry is nearly 70 m long and depicts the events leading up to 1066.',
    'A moment of silence will be observed at 8:46 a.m., when the first plane struck the North Tower.',
    'Article 231, in Part VIII of the Treaty of Versailles, placed the blame for the war on Germany.',
    'Gen. Dwight D. Eisenhower approved the landings, and Lt. Col. James Rudder led the Rangers up the cliffs.',
    'She earned a Ph.D. in medieval history at UCLA and taught at USC for 35 years.',
    'Veterans seeking burial benefits can call the VA at 1-800-827-1000.',
    'Call 1-800-LIBERTY to reserve a timed ticket to the crown of the Statue of Liberty.',
    'High-resolution scans of the Declaration of Independence are online at https://www.archives.gov/founding.',
    "The Library of Congress has put the president's papers online at loc.gov/collections for the first time.",
    'Survivor testimonies are now searchable at https://www.ushmm.org, the museum said in a statement.',
    # fresh46 (local crime, courts, public safety): a docket "24-CR-1187" read in its parts as
    # the older sets do; "one quarter", "five eighths" (the writer "five-eighths") and "a.m,"
    # before a comma; "dollars and ... cents"; the 1-800 comma and "Tips" respelled; spelled
    # letters' stress in hosts ("F.B.I. dot gov"); "https://" unsaid
    'The case, No. 24-CR-1187, was assigned to a judge who set a hearing for the 23-year-old defendant.',
    'Police said 5/8 of the burglaries happened between noon and 4 p.m., when most homes were empty.',
    'The thief took $1,842.50 from the register and a $20 tip jar, police said.',
    'Tips can be left anonymously at 1-800-222-TIPS or by texting 274637.',
    'Tips can also be submitted online at tips.fbi.gov, the agency said.',
    'Photos of the fugitives are posted at www.fbi.gov/wanted for anyone who may recognize them.',
    'Records can be requested at https://www.nyc.gov/nypd or by mail, officials said.',
    # fresh47 (science, space, physics, climate; 104/150 at its first run): names respelled for
    # the voice ("Nassa", "Noah", "Cern", "Jaxa", "Isro"), as the older sets accept; exponents
    # said as cardinals ("ten to the minus nine", as the older sets have it; the writer says
    # "minus ninth"); formulas' and designations' letters dotted ("C.O. two", "Y.R. four"; the
    # writer spaces them); "one quarter", "dollars and ... cents", "a.m," before a comma, the
    # 1-800 comma; "km/s/Mpc", "K" as kelvin, "Type Ia", "Sgr A*", "M87*", "LEO", "SSP5-8.5",
    # a DOI, an arXiv number and "https://" not yet said as the writer says them
    'NASA says astronomers have now confirmed more than 5,800 exoplanets orbiting stars in the Milky Way.',
    'The new balance can detect mass changes as small as 10⁻⁶ grams, or 1 millionth of a gram.',
    'Asteroid 2024 YR4, about 60 meters wide, briefly had a 1 in 32 chance of hitting Earth in 2032.',
    'The 2025 Atlantic hurricane season produced 13 named storms, 5 hurricanes and 4 major hurricanes, NOAA said.',
    'The team measured the Hubble constant at 73.0 ± 1.0 km/s/Mpc, deepening the so-called Hubble tension.',
    "The probe's onboard clock drifted by just 1e-9 seconds per day, well within mission tolerances.",
    'The gravitational constant is 6.674 × 10⁻¹¹ in SI units, one of the least precisely known values in physics.',
    "NASA's Artemis program is expected to cost about $93 billion through 2025, an inspector general found.",
    "CERN's proposed Future Circular Collider would cost about CHF 15 billion, or roughly $17 billion.",
    'Tickets to the eclipse viewing party cost $49.99, and a night at the observatory lodge runs $1,250.',
    'The cosmic microwave background glows at 2.725 K, just above absolute zero at -273.15°C.',
    'Asteroid 2024 YR4 was first spotted on Dec. 27, 2024, by a survey telescope in Chile.',
    'NOAA issued the geomagnetic storm warning at 10:00 a.m. and expected impacts by 8 p.m. Friday.',
    'Climate models project 2.5–4.5°C of warming for a doubling of CO2, the IPCC says.',
    'Sea levels could rise 0.3-1 m by 2100 under moderate emissions, the report found.',
    'The Saturn V that launched Apollo 11 remains the tallest rocket NASA has ever flown.',
    'A Type Ia supernova in the galaxy lets astronomers measure its distance with unusual precision.',
    'The outburst produced a Type II solar radio burst, linked to a fast coronal mass ejection, NOAA said.',
    "Sgr A*, the black hole at the center of the Milky Way, is about 4 million times the sun's mass.",
    'ESA, JAXA and ISRO signed the agreement with NASA, while CNSA and CERN attended as observers.',
    'The ISS, in LEO since 1998, relies on GPS and NOAA space weather forecasts to plan its reboosts.',
    'Atmospheric CO2 hit 426.9 ppm in May, while CH4 reached a record 1,930 ppb, NOAA reported.',
    'JWST detected H2O and CO2 in the atmosphere of WASP-39b, a hot gas giant 700 light-years away.',
    'Agriculture is the largest source of N2O, a gas nearly 300 times as potent as CO2 over a century.',
    'SN 1987A, in the Large Magellanic Cloud, was the closest supernova observed in nearly 4 centuries.',
    "The Event Horizon Telescope first imaged M87*, a black hole 6.5 billion times the sun's mass.",
    'PM2.5 levels in the city hit 180 µg/m³ during the wildfire, far above the WHO guideline.',
    'Under the SSP5-8.5 scenario, CMIP6 models show an ice-free Arctic in September by the 2050s.',
    'NASA Headquarters is at 300 E St. SW, Washington, DC 20546, a few blocks from the National Mall.',
    'Visitors can find Space Center Houston at 1601 E. NASA Pkwy., Houston, TX 77058.',
    "NOAA's office at 1325 East-West Hwy., Suite 210, Silver Spring, Md., hosted the climate briefing.",
    "Reporters seeking interviews can reach NASA's newsroom at 202-358-1100 on weekdays.",
    'To report a fireball sighting, call the American Meteor Society hotline at 1-800-555-0199.',
    "CERN's press office can be reached at +41 22 767 34 32 during business hours.",
    "JAXA's Tokyo office, at +81 50-3362-2600, handles questions about the Hayabusa2 samples.",
    'The full IPCC synthesis report can be downloaded at https://www.ipcc.ch/report/ar6/syr.',
    'The paper is available at doi:10.1038/s41586-024-07386-0, the journal said Wednesday.',
    'Media questions should go to esa.press@esa.int, the agency said in a statement.',
    'Share your photos of the aurora using #NorthernLights2024 and tag @NOAA on social media.',
    'The preprint, arXiv:2501.04578, was posted in January and has not yet been peer-reviewed.',
    'Raw images from the rover are posted daily at mars.nasa.gov/msl/multimedia/raw-images.',
    # fresh48 (food, recipes, nutrition, food safety): "one eighth", "one quarter" and "half-inch"
    # as the older sets write fractions; "dollars and ... cents"; a USDA
    # establishment number; "PB&J" left to the voice as "AT&T" is; the 1-800 comma; spelled
    # letters' stress in hosts; "https://" unsaid
    'Cut the cold butter into ½-inch cubes and chill them for 15 minutes before mixing.',
    'The burger costs $18.95 at the original location but $21.50 at the airport outpost.',
    'Ground beef averaged $5.67 a pound in May, up 12¢ from April.',
    'Strawberries were $2.99/lb. at the farmers market, down from $4.49 last week.',
    'A medium soft drink from the value menu will rise from $1.29 to $1.49 on July 1.',
    'Fresh bagels are $1.25 ea. or $12 per doz. at the corner bakery.',
    'The recalled chicken has "EST. P-7089" printed inside the USDA mark of inspection, the FSIS said.',
    'The school cafeteria serves a PB&J option daily, and nut-free tables are available.',
    "For a refund, call the company's consumer line at 1-800-555-0192, Monday through Friday.",
    'Questions about possible poisoning can be directed to Poison Control at 1-800-222-1222.',
    'Consumers can check recalls at https://www.fsis.usda.gov or sign up for e-mail alerts.',
    # fresh49 (cars and electric vehicles): "E.V.'s", the older sets' plural of initials; a car
    # model's number in pairs ("two oh eight"); "three quarters-ton" and "one quarter"; "dollars
    # and ... cents"; "NACS", "HUD" as words; the 1-800 comma; "https://" unsaid
    "The Peugeot 3008 and 208 were the brand's 2 best sellers in Europe, with 401,000 combined registrations.",
    'Regular gas averaged $3.19 a gallon nationwide on Monday, down 12 cents from a month ago.',
    'Owners of the Kia EV6 GT can now download the OTA update that adds a new HUD.',
    'GM customer service can be reached at 1-800-222-1020, the company said.',
    'Drivers who believe their car was affected can call toll-free at 1 (800) 555-0163.',
    'Full crash test results are available at https://www.iihs.org/ratings, the institute said.',
    # fresh50 (arts and entertainment): "blink one eighty-two", a band's number said in pairs;
    # "a quarter", "three-quarters", "one-fifth" against the older sets' "one quarter" (espeak-ng
    # stresses the hyphened forms otherwise); "dollars and ... cents"; the writer's full stop
    # after initials before a capital ("M.T.V. Unplugged", "D.J. Khaled"), which espeak-ng takes
    # for a sentence's end (test_a_respelled_abbreviation_leaves_no_pause); "dir." (director or
    # "directed by"); "BAFTA", "LACMA" as the writer spells them; "one sixteen" for a house
    # number after which "Rep." stands; the 1-800 comma; "h b o" and "u k" in hosts;
    # "https://" said
    'Sum 41 and blink-182 will share a 37-city bill that opens in Phoenix next spring.',
    'Floor seats for the reunion tour topped $1,250, while the cheapest tickets cost $49.50 before fees.',
    'The ad-free plan rises to $17.99 a month, while the basic tier stays at $6.99.',
    'The guitar Kurt Cobain played on "MTV Unplugged" fetched $6.01 million, a record for any instrument.',
    'Popcorn and a soda at the IMAX screening cost $24.75, nearly double the $12 ticket.',
    'Digital rentals are priced at $5.99, and a 4K copy to own costs $24.99 on release day.',
    'The film is rated PG-13, while the streaming cut carries a TV-MA rating for language.',
    'The BAFTA and SAG-AFTRA awards both went to the same 28-year-old actress this year.',
    'DJ Khaled and LL Cool J will co-host the BET Awards live from L.A. on June 30.',
    "LACMA's new building sits at 5905 Wilshire Blvd., across from the La Brea Tar Pits.",
    'The Ryman Auditorium, 116 Rep. John Lewis Way N., Nashville, TN 37219, has added 3 shows.',
    'Ticket holders with questions can call 1-800-555-0199, the promoter said Tuesday.',
    "Press requests should go to press@hbo.com, not to the network's main line.",
    'Submissions for the 2025 festival open at https://www.sundance.org/apply on Aug. 1.',
    'The BBC iPlayer page, bbc.co.uk/iplayer, will stream all 8 episodes at once.',
    # fresh51 (transport and travel): "MAX" as the writer spells it (fresh16's row too); "a
    # quarter", "one-third" against the older sets' "one quarter"; "dollars and ... cents";
    # "dollars" and "percent" said once at a span's end (the older sets say them at both);
    # "Apt." as an airport's, "dep." and "arr." a timetable's; the writer's full stop after
    # "a.m." before a capital (espeak-ng ends a sentence there); "four ninety" for a house
    # number before a name with an apostrophe; the 1-800 comma; "JETBLUE" as written; "u k" in
    # hosts; "https://" said
    'United grounded all 79 of its Boeing 737 MAX 9 jets while inspectors checked each door plug.',
    "About 1/4 of the airline's flights departed late, and 1/3 of those were delayed by weather.",
    'A single ride on the airport train costs €9.99, while a weekly pass is €39.',
    'The base subway fare rose to $2.90 in August, and an express bus ride now costs $7.00.',
    'Drivers with a toll tag will pay $6.94 at the tunnel, and those without one will pay $11.19.',
    'Holiday fares from Chicago to Denver ran $200-$300 round trip, roughly 15%-20% above last year.',
    'On the new timetable, Acela 2150 dep. Boston at 9:40 a.m. and arr. in New York at 1:15 p.m.',
    'Amtrak passengers can rebook online or by calling 1-800-872-7245 at any hour of the day.',
    "Families of passengers were told to call the airline's hotline at 1-800-JETBLUE for updates.",
    'Live airport delays are posted at https://www.fly.faa.gov, which updates every few minutes.',
    'Visitors can check London transit changes at tfl.gov.uk, where updates are posted every 2 minutes.',
    'Tickets for the holiday train go on sale at 10 a.m. at https://www.amtrak.com/holiday.',
    # fresh52 (weather and natural disasters): "NOAA", "FEMA" as the writer spells them (we say
    # "Noah", "Fema"); "a quarter mile"; "dollars and ... cents"; a date written "2024-10-09"
    # without the comma before its year; "six hundred U.T.C." (the older sets say "oh six
    # hundred"); "P.G. and E."; the 1-800 comma; "SHELTER", "ZIP" in capitals; "air now" split;
    # "https://" said
    'Global average temperatures were 1.48°C above preindustrial levels last year, NOAA reported.',
    'Gas prices jumped to $3.59 a gallon in Tampa as drivers filled up ahead of the hurricane.',
    'A case of water that normally sells for $4.99 was listed at $19.99 after the quake.',
    "NOAA's storm database lists the event as 2024-10-09, the day Milton struck near Siesta Key.",
    'The 0600 UTC satellite images showed a well-defined eye about 150 miles east of Bermuda.',
    'The 2020-2024 period was the warmest five-year stretch on record, according to NOAA.',
    'PG&E cut power to 30,000 customers in Sonoma County to reduce the risk of sparking fires.',
    "FEMA's disaster recovery center is at 3200 Oak Ridge Pkwy., Suite 410, in Orlando.",
    'Survivors can apply for help by calling FEMA at 1-800-621-3362 from 7 a.m. to 11 p.m.',
    "For callers who are deaf or hard of hearing, FEMA's TTY line is 1-800-462-7585.",
    'Text SHELTER and your ZIP code to 43362 to find the nearest open shelter.',
    'Air quality readings for your ZIP code are posted hourly at airnow.gov.',
    'The USGS posts shaking reports at https://earthquake.usgs.gov within minutes of a quake.',
    # fresh53 (local government, taxes, budgets): "a quarter cent"; "dollars and ... cents";
    # "per one thousand gallons" where the older sets say "per thousand"; "Comm." (Commission
    # or Committee); "two point five million dollars coming" in the plural (a verb in -ing
    # is taken for the noun a measure describes); an ordinance's number in pairs after a year
    # ("one seventeen"); "G.O. bonds"; "TAXHELP" as written; "https://" said
    "The average homeowner's tax bill this year is $1,234.56, up $47.10 from last year.",
    'Residents will pay $12.50 per month for trash collection, up from $9.75.',
    'Water rates will rise to $4.12 per CCF, adding about $6 to a typical monthly bill.',
    'Sewer charges will climb to $9.40 per 1,000 gallons for customers outside city limits.',
    'For questions about the rebate, call 1-800-TAXHELP weekdays from 9 a.m. to 4 p.m.',
    'Residents can look up their assessments at https://www.denvergov.org/assessor by address or parcel number.',
    # fresh54 (international news): "NATO" as the writer spells it (we say "Nato"); "a
    # quarter"; "M.P.s" against the older sets' "M.P.'s"; "euros and ... cents"; 24-hour times
    # "nine hundred", "ten hundred" where the older sets say "nine o'clock"; an Australian
    # postcode digit by digit; "u k", "u n", "e c b", "w h o" in hosts; "https://" said
    "Finland became NATO's 31st member in April 2023, and Sweden followed as the 32nd in March 2024.",
    'Petrol now costs €1.85 a litre in Dublin, while a pint averages €6.40.',
    'Markets in Frankfurt open at 09:00 CET, the same moment trading begins in London.',
    "The Pope will celebrate Mass at 10:00 in St. Peter's Square and lead the Angelus at 12:00.",
    # an Australian state and postcode said "N.S.W. two thousand"; two later rows and an older one say
    # "New South Wales two zero zero zero"
    'The consulate is at Lvl 3, 1 Martin Pl, Sydney NSW 2000.',
    'Travel advice for British nationals is posted at www.gov.uk/browse/abroad.',
    'The full text is available at https://www.un.org/securitycouncil, the UN said.',
    'Data on the outbreak is updated daily at who.int/emergencies, the WHO said.',
    # fresh55 (lifestyle and service pages): "dollars and ... cents"; a race time said "three
    # twenty-eight forty-one" (we say the hours, minutes and seconds); "HIIT" said as a word;
    # spelled letters' stress ("i.O.S." against espeak-ng's own "iOS", "U.S.B.-C", "t s a"
    # in a host); a three-letter host spelled ("r e i"); the 1-800 comma; "https://" said
    'Update to iOS 18.1 first, then restart the phone before pairing it with the watch.',
    'The sneakers are on sale for $49.99, down from $90, through Sunday at most stores.',
    'Gas averaged $3.19 a gallon nationwide, 8 cents lower than a month ago.',
    'Rides from the airport to downtown cost about $45, plus a pickup fee of $5.50.',
    'The streaming service will raise its ad-free plan to $17.99 a month, a $2 increase.',
    "Her finishing time of 3:28:41 qualified her for next year's Boston Marathon.",
    'Fans lined up at midnight for Grand Theft Auto VI, priced at $69.99.',
    'People with Type II diabetes should talk to a doctor before starting HIIT workouts.',
    'The new phones use USB-C charging and support Wi-Fi 6E and NFC payments.',
    "Order by phone at 1-800-FLOWERS or through the company's app before noon.",
    'Find the full packing list at rei.com/checklist before your next camping trip.',
    'Book timed-entry tickets at https://www.nps.gov/yose before visiting in the summer.',
    # fresh56 (informal forms): "dollars and ... cents"; "a 10-4" said "ten-four" (a score
    # elsewhere); "a quarter" where the older sets say "one quarter"; "two-ish" where they say
    # "nineish"; "7/4" as July fourth; a P.O. box's "forty oh twelve"; the 1-800 comma; a
    # handle in a link unsplit ("chefmaria"); "https://" said
    'A 40-something trucker from Ohio signs off every video with a 10-4 and has 3 million followers.',
    'A latte now costs $6.75 at the café, and a bagel with cream cheese is another $4.99.',
    'Workers are pushing for $15 an hour, while the company has offered $12.50 plus tips.',
    'The party starts at 2ish, the invite said, but nobody ever shows up before 3.',
    'Stores are already selling flags for the Fourth of July, even though 7/4 is still 6 weeks away.',
    'Send fan mail to P.O. Box 4012, Nashville, TN 37203, the singer told her followers.',
    "To order in time for Mother's Day, call 1-800-FLOWERS before 5 p.m. Friday.",
    'Her cooking videos at tiktok.com/@chefmaria drew 10k followers in a month.',
    'The FAQ at https://vote.gov/register explains the deadlines for all 50 states.',
    # fresh57 (personal finance and taxes): "a quarter"; "dollars and ... cents"; a middle
    # initial's stop ("T." against our "T"); "A.T.M." spelled where espeak-ng says "ATM" the
    # same but for stress, "C.D." before a plural; the 1-800 comma; agencies' initials in hosts
    # said in lower case ("i r s"); "https://" said
    'His final tax bill came to $1,234.56 after credits, the notice said.',
    'The basic budgeting app costs $4.99 a month, and the premium tier $12.50.',
    'Treasurer Samuel T. Okafor Jr. signed the bond notice on Monday afternoon.',
    'Card APRs topped 21% this year, while the best CD APYs slipped below 5%.',
    'Out-of-network ATM fees averaged $3.22 per withdrawal in the latest survey.',
    'Taxpayers can reach the IRS at 1-800-829-1040 from 7 a.m. to 7 p.m.',
    'Medicare questions go to 1-800-MEDICARE, which is 1-800-633-4227, officials said.',
    'Filers can track their refunds at irs.gov/refunds within 24 hours of e-filing.',
    'Depositors can confirm a bank is insured at https://www.fdic.gov/bankfind.',
    # fresh58 (technology and security): "a quarter"; "dollars and ... cents", "a month" for
    # "/month"; "RAM" spelled (we say "ram", as people do); a money span with its unit once at
    # the end (the older sets say it at each end); "A.I." and "A.M.D." dotted, which espeak-ng
    # reads with a pause before a capitalized word; "Apple one" for a product's Roman numeral;
    # "NASA" as written (we say "Nassa"); the 1-800 comma; "https://" said
    'The streaming service will raise its ad-free plan to $17.99/month starting in January.',
    'Users can still buy the basic app for $0.99, or pay $4.99 for the premium version.',
    "The base model comes with 16GB of RAM and a 2TB SSD, double last year's storage.",
    'The laptops will ship with 16-32GB of memory and cost $999-$1,499, depending on the configuration.',
    "The European Union's AI Act took effect on 1 August 2024, with most rules applying from August 2026.",
    'Pope Leo XIV warned that AI must serve human dignity in an address to tech executives on Friday.',
    'An original Apple I computer sold at auction for $375,000, far above its estimate.',
    'Microsoft Corp. reported higher cloud revenue, driven by demand for AI services from large businesses.',
    'NASA and the Defense Dept. rely on the same IoT sensors, the GAO found in its audit.',
    'AMD and IBM said the FTC had cleared their joint venture to make server chips.',
    'Customers with questions about the recall can call 1-800-275-2273 between 8 a.m. and 8 p.m.',
    'Details of the vulnerability are listed at https://nvd.nist.gov under its CVE number.',
    # fresh59 (drugs, trials, public health): "Phase two slash three" (we say "two-three");
    # "a quarter"; "dollars and ... cents"; blood pressure "one hundred twenty over eighty"
    # (we say "one twenty"); "PrEP", "PEPFAR", "AIDS" as written; a quadrant "N.E." spelled
    # (we say "Northeast"); the 1-800 comma and vanity numbers; agencies' initials in hosts in
    # lower case; "https://" said
    'Moderna said its Phase 2/3 study enrolled 3,732 children at 89 sites in the US and Canada.',
    "A month's supply of the pill costs $12.50 at the pharmacy, down from $89.99 last year.",
    'Normal blood pressure is below 120/80 mmHg, while 130/80 mmHg or higher is now classed as hypertension.',
    "The CDC's report credits PrEP for a 12% drop in new HIV infections, while PEPFAR funds AIDS care abroad.",
    'The CDC is based at 1600 Clifton Rd. NE, Atlanta, GA 30329.',
    'The poison control center moved to 2100 Pennsylvania Ave. NW, 3rd Floor, Washington, DC 20037.',
    "Report side effects to MedWatch at 1-800-FDA-1088 or through the agency's online portal.",
    'The SAMHSA helpline, 1-800-662-4357, offers free referrals in English and Spanish.',
    'Smokers who want to quit can call 1-800-QUIT-NOW for free coaching, the state said.',
    'Consumers can look up recalls at https://www.fda.gov/safety/recalls before buying.',
    'The WHO posts outbreak updates at who.int/emergencies, usually within hours of a government report.',
    "Patients in Europe can check approvals at ema.europa.eu, the regulator's official site.",
    # fresh60 (trade and shipping): "a quarter"; "dollars and ... cents"; "80,000 lbs." before a
    # noun said in the plural (we say "pound", as before any noun); "seven hundred" for 0700
    # (we say "oh seven hundred"); the 1-800 comma; initials in hosts in lower case, "u k";
    # "https://" said
    'Soybeans were quoted at $10.42 a bushel FOB Gulf, the lowest price since 2020.',
    'Federal rules limit a loaded truck on the interstate to 80,000 lbs. gross vehicle weight.',
    'During the holiday surge, the gates will stay open from 0700 to 1900 every day except Sunday.',
    "The union's strike hotline is 1-800-452-3100, ext. 204, and it is staffed around the clock.",
    'Questions about the strike can be sent by e-mail to media@polb.com, the port said.',
    'The WTO publishes its tariff profiles at https://www.wto.org/statistics for each member.',
    "Drewry's weekly container index is published every Thursday on drewry.co.uk, the consultancy said.",
    # fresh61 (courts and legal citations): "a quarter"; "dollars and ... cents"; three-digit
    # docket numbers in pairs ("seven nineteen", where an older set says "four hundred
    # fifty-six"); "FOIA" as a word; the 1-800 comma; agencies' initials in hosts in lower case;
    # "https://" said
    'Court costs came to $1,875, and each filing carried a fee of $37.50.',
    "The former mayor was ordered to repay $64,312.08 he took from the city's pension fund.",
    'The court consolidated Nos. 23-719 and 23-724 and set arguments for Feb. 8.',
    'The IRS and the CIA declined to comment on the FOIA lawsuit filed in D.C. federal court.',
    'Anyone with information should call the FBI at 1-800-225-5324, the bureau said.',
    'Tips can be submitted online at tips.fbi.gov or by phone, the bureau said in a statement.',
    "A summary of victims' rights is posted at www.justice.gov/usao-sdny, the office said.",
    'Families can search for detained relatives at locator.ice.gov, the agency said on Friday.',
    'The full ruling can be read at https://www.uscourts.gov/opinions, a court spokesman said.',
    'Jurors can check whether they must report at lacourt.org after 5 p.m. the day before.',
    # fresh62 (American sports stat lines): "a quarter"; "dollars and ... cents"; "FG", "TDs",
    # "TKO", "GM", "DH", "IL" said in full; "7/30" as a date; the 1-800 comma; league initials in
    # hosts in lower case; "https://" said
    'Upper-deck tickets for the home opener start at $19.99, while a hot dog costs $7.50.',
    'Tucker kicked a 45-yd. FG as time expired to give Baltimore a 20-17 win.',
    'QB Lamar Jackson went 32-for-45 for 310 yds. and 3 TDs vs. Cincinnati on Thursday night.',
    'The champion won by TKO in the 3rd round, avenging an earlier KO loss to the same opponent.',
    "The Astros' GM said their DH should come off the IL next week after a hamstring strain.",
    'Ticketmaster can be reached at 1-800-745-3000 for questions about playoff seats.',
    'Fans can vote for All-Star starters at https://www.nhl.com/vote through Jan. 14.',
    # fresh4's "one quarter point", where two later sets say "a quarter point"
    'The Fed cut by 1/4 point.',
    # fresh4's docket "four hundred fifty-six", where three later sets say it in pairs ("seven
    # nineteen", "four fifty-one", "one forty-six")
    'Docket 23-456 was filed.',
    # fresh63 (earnings, markets, crypto): "FTSE" and "DAX" as written (we say "Footsie", spell
    # "D.A.X."); "a 21M cap" ("M" is a million only before a plural or "of"); "dollars and ...
    # cents"; "EH/s"; "B.T.C." spelled (we say "bitcoins"); the comma before a year after a
    # date; a money span's unit once; "fiscal year twenty-five"; "A.M.D.", "A.I." dotted;
    # "EBITDA" and "GAAP"; initials in hosts in lower case; "https://" said
    "Japan's Nikkei 225 and London's FTSE 100 both closed lower, while Germany's DAX 40 edged up.",
    'Bitcoin has a 21M cap on supply, and about 19,800,000 coins have already been mined.',
    'Apple reported EPS of $1.64 on revenue of $94.9B for the September quarter.',
    'Gold settled at $2,650/oz. while WTI crude finished at $71.20 a barrel.',
    "The chipmaker's shares hit a 52-week high of $237.49 before closing at $231.10.",
    "Bitcoin's network hash rate climbed above 750 EH/s, a record, according to mining data.",
    'According to a filing dated 2024-12-31, the fund held 12,000 BTC at year-end.',
    "London's FTSE 100 closed at 16:30 GMT, two hours after Wall Street opened.",
    'Bitcoin swung in a $92,000-$98,000 band during the week, its narrowest in months.',
    "Micron's Q3 FY25 revenue hit $9.3 bln, with avg. selling prices up sharply.",
    'Shares of AMD and IBM rose after both companies raised their AI spending forecasts.',
    "The EV maker's EBITDA turned positive, though GAAP net income remained in the red.",
    'The full 10-K filing is available at sec.gov, the company said in a statement.',
    'Filings can be searched at https://www.sec.gov/edgar under the ticker NVDA.',
    'Alphabet posts its results at abc.xyz/investor, and the jobs report appears on bls.gov.',
    # fresh64 (census, polls, social statistics): "a quarter of" (older sets say "one quarter
    # of" as often); "dollars and ... cents"; "HUD" as the judge's espeak-ng spells it (said
    # "hud", as we say it); "eleven hundred" for a 24-hour time; "L.G.B.T.Q." dotted (an older
    # set spaces its letters); the 1-800 comma; "https://" said; "pio" spelled; "B L S" spaced
    "Children under 18 make up ¼ of Utah's population but less than ⅕ of Vermont's.",
    'The federal minimum wage of $7.25 an hour has not changed since 2009, the longest stretch on record.',
    "HUD's annual point-in-time count, conducted on the night of Jan. 25, found 771,480 people without housing.",
    'Eurostat publishes its flash population estimate at 11:00 CET, or 5 a.m. in Washington.',
    "The share of U.S. adults who identify as LGBTQ+ rose to 9.3% in Gallup's latest survey.",
    'Households with questions about the survey can call 1-800-923-8282 on weekdays.',
    'The report is available at https://www.census.gov/library, along with the underlying tables.',
    'Questions can be e-mailed to pio@census.gov or sent to @uscensusbureau on X, the agency said.',
    'Reporters can email data.requests@bls.gov or follow @BLS_gov for release times.',
    # fresh65 (media, broadcasting, telecom): "A.B.C.," and "B.B.C. America" dotted where the
    # judge's espeak-ng pauses differently (we keep "ABC" and "B.B.C America", said alike);
    # "a quarter of"; "dollars and ... cents"; "AT&T" as "A.T. and T." (older sets have both);
    # the 1-800 comma; a vanity number's call letters; "https://" said
    "The 97th Academy Awards drew 19.7 million viewers on ABC, up 1% from the year before.",
    'The ad-supported tier rises to $7.99 a month on Jan. 1.',
    'Postpaid phone ARPU climbed to $56.42 in the quarter, up from $55.18.',
    'AT&T spent $23 billion on licenses in the 3.45 GHz band.',
    "The FCC fined the big carriers for selling customers' location data, AT&T among them.",
    "The BBC's U.S. channel, BBC America, is now owned by AMC Networks.",
    'Listeners can call the show toll-free at 1-800-743-6261 during the live hour.',
    'Pledges are being taken at 1-877-WNYC-NOW until midnight tonight.',
    'The full interview is streaming now at https://www.pbs.org/newshour, the network said.',
    # fresh66 (real estate, construction, infrastructure): "ZIP" and "HUD" as the judge's
    # espeak-ng spells them (said "zip", "hud", as we say them); "dollars and ... cents"; a
    # permit number's groups with a comma, not "dash"; the 1-800 comma; "https://" said and
    # "sfgov" split; "@WSDOT" as a word
    'Homes in the ZIP code sold in an average of 28.5 days, down from 41.2 last spring.',
    'Union carpenters on the project earn $48.50/hr. plus benefits, the contractor said.',
    'The toll rises to $6.50 during rush hours, from 6 to 9 a.m. and 3 to 7 p.m.',
    'Work was halted under Bldg. Permit No. 24-0117 after neighbors complained about noise.',
    'The FHA lowered its annual mortgage insurance premium, HUD announced Monday.',
    "HUD's headquarters is at 451 7th St. SW, Washington, DC 20410.",
    'The HUD housing counseling line is 1-800-555-0123, open weekdays.',
    'Details on the housing bond are posted at https://www.sfgov.org/housing.',
    'Follow @WSDOT for live updates on the SR 520 bridge closure this weekend.',
    # fresh67 (outdoors, hunting, fishing): a price before a name and its noun ("the $80 America
    # the Beautiful pass": "dollar"); "dollars and ... cents"; "ATV" as the judge's espeak-ng
    # stresses it undotted; "NOAA" (we say "Noah"); a house number before "Lk." (the address
    # rule reads the street's type, not its abbreviated name); a vanity number's words; the
    # 1-800 comma; "https://" said
    'The $80 America the Beautiful pass covers entrance fees at more than 2,000 federal sites.',
    'A resident fishing license rises to $27.50 in March, while seniors will pay $7.',
    'ATV and UTV riders must stay on designated routes inside the WMA.',
    'The NWS and NOAA issued a red flag warning for the eastern foothills.',
    'Hunters can drop off deer heads for testing at 455 Lk. Shore Dr. until 6 p.m.',
    'Report poachers anonymously at 1-800-TIP-LINE, which is staffed around the clock.',
    'Turn in poachers by calling 1-800-847-7529, ext. 2, at any hour.',
    'Hunters must report their harvest at https://dnr.wi.gov within 48 hours.',
    # fresh68 (music, charts, tours): "dollars and ... cents"; an album's or a film's numeral after
    # a two-word title ("Led Zeppelin IV", "Spinal Tap II", read as a person's "the fourth";
    # "Tha Carter V"); "B.E.T. Award" dotted where the judge's espeak-ng pauses; a house number
    # before a street named for a "Rep."; the 1-800 comma; "https://" said; handles unsplit
    'Resale tickets for opening night topped $1,200, while face value started at $89.50.',
    'The streaming service raised its individual plan to $12.99/mo. in the U.S. this week.',
    'Fans paid a $4.75 service fee on each $39 ticket, plus a $3 facility charge.',
    'Tickets for the stadium shows range from $49.50-$449.50 before fees.',
    'Led Zeppelin IV has now spent more than 400 weeks on the Billboard 200.',
    "Lil Wayne's Tha Carter V moved 480,000 units in its first week.",
    'The sequel, Spinal Tap II: The End Continues, features cameos from Elton John and Paul McCartney.',
    'The R&B singer won 3 VMAs and a BET Award in the same summer.',
    'The Ryman Auditorium sits at 116 Rep. John Lewis Way N., Nashville, TN 37219.',
    "Resale complaints can be reported to the attorney general's office at 1 (800) 771-7755.",
    'Certification data is posted at https://www.riaa.com each month, the trade group said.',
    'The band announced the dates on Instagram, tagging @tameimpala and @GlastoFest.',
    # fresh69 (air, water, environmental rules): "PFAS", "NOAA" and "ZIP" as the judge's espeak-ng
    # reads the capitals (we say "Pee-fass", "Noah", "zip"); "a quarter of"; fractions hyphened
    # ("three-fifths"); "dollars and ... cents"; a four-digit permit number digit by digit; the
    # 1-800 comma; a docket ID's groups; "https://" said; agencies' initials in hosts spaced
    'The 118th Congress considered at least 9 bills to regulate PFAS in drinking water.',
    'Carbon dioxide at Mauna Loa averaged 424.6 ppm in May, a record, NOAA scientists reported.',
    'More than 3/5 of residents in the ZIP code live within a mile of a Superfund site.',
    'The settlement includes $2.75 billion for PFAS cleanup at water systems across the country.',
    'Customers will see a surcharge of $3.85 a month to pay for the new treatment plant.',
    'Carbon allowances cleared at $29.15 in the latest auction, up from $26.30 in May.',
    'The EPA finalized the first national PFAS drinking water standards on April 10, 2024.',
    'The landfill in Jackson Twp. will be capped under Permit No. 4471, the agency said.',
    'Report spills to the National Response Center at 1-800-424-8802, which is staffed around the clock.',
    'Current readings for your ZIP code are posted at airnow.gov, updated every hour.',
    'The full docket is on regulations.gov under Docket ID EPA-HQ-OAR-2021-0317.',
    'Updates on the cleanup are posted at https://www.epa.gov/superfund and on the city\'s website.',
    'Smoke forecasts from NOAA are available at weather.gov/smoke, the agency said Friday.',
    "The lab's results are posted at www.tceq.texas.gov/airquality for anyone to review.",
    # fresh70 (charity and fundraising): "a quarter of"; "dollars a plate" (alt "per plate", with
    # "twelve hundred"); "dollars and ... cents"; "run-walk" for "run/walk"; a race's minutes
    # and seconds as "twenty-seven fourteen" (we say "... minutes and ... seconds"); the 1-800
    # comma; a vanity number's words; "https://" said
    'Tickets to the gala are $150/plate, or $1,200 for a table of eight.',
    "Two sisters sold lemonade at 50¢ a cup and raised $312.75 for the children's hospital.",
    "The telethon's final tally was $687,430.15, beating last year's total by nearly $40,000.",
    "A 5K run/walk kicks off the festival, followed by a 1-mile kids' dash.",
    'The winner crossed the line in 27:14, more than a minute ahead of the runner-up.',
    'Her marathon time of 2:58:31 qualified her for Boston while raising $8,000 for cancer research.',
    'To give by phone, call 1-800-555-0142 between 8 a.m. and 8 p.m. any day this week.',
    'Call 1-800-RED-CROSS to schedule a blood donation appointment this week.',
    'The full Form 990 is posted at https://www.citymission.org/financials for anyone to read.',
    # fresh71 (Medicare and hospital billing): "a quarter of" and fractions hyphened; "a month" for
    # "/mo."; "dollars and ... cents"; a money or a unit before a quoted or an adjective-led noun
    # ("a $950 "facility fee"", "the 2.4 mg weekly dose"); the 1-800 comma and a number's
    # brackets; "https://" said
    'The standard Part B premium is $185/mo. this year, up from $174.70.',
    'The patient was billed $12,480.55 for a two-night stay, including a $950 "facility fee."',
    'Premiums for Plan G average about $150/mo. for a 65-year-old, or roughly $1,800/yr.',
    'Some plans cover the 2.4 mg weekly dose of Wegovy only for patients with heart disease.',
    'Coinsurance for days 21-100 in a skilled nursing facility (SNF) is $209.50 a day.',
    'Call 1-800-MEDICARE (1-800-633-4227) to compare plans; TTY users can call 1-877-486-2048.',
    'For help with a surprise medical bill, call the No Surprises Help Desk at 1-800-985-3059.',
    'The final rule is posted at https://www.cms.gov/newsroom, the agency said Friday.',
    # fresh72 (immigration and visas): "a quarter of", "one-fifth"; a price before a quoted noun;
    # "dollars and ... cents"; "oh six forty-five"; a money or a
    # percent span's unit once; "apps." (the phones' word too); the 1-800 comma; "ICE" as a word
    # in a host (older sets spell it); "ceac", "dvprogram" spelled; "https://" said
    'The new $250 "visa integrity fee" will apply to most nonimmigrant visas, including tourist visas.',
    'The minimum hourly wage for H-2A farmworkers in the state was set at $17.96 this year.',
    'Deportation flights left El Paso at 06:45 and 14:30 local time, according to flight records.',
    'Smugglers charged $8,000-$12,000 per person for the trip, prosecutors said.',
    'Naturalizations rose 10%-15% in several states during the 2016-2020 period.',
    'USCIS received approx. 1.2 million apps. for work permits in the first half of the year.',
    'Applicants can reach the USCIS Contact Center at 1-800-375-5283 or TTY 1-800-767-1833.',
    "Detainees can call the EOIR's automated case line at 1-800-898-7180 for hearing dates.",
    "Relatives can search for a detainee at locator.ice.gov using the person's A-number.",
    'Visa applicants must complete the DS-160 at ceac.state.gov before the interview.',
    'Entrants for the lottery should register only at dvprogram.state.gov, officials warned.',
    "Hearing information is posted at https://acis.eoir.justice.gov, the court's online portal.",
    # fresh73 (school sports and scoreboards): a record's zero as "oh" ("four and oh"); "dollars and
    # ... cents"; a jump's mark "six-eight"; a race's clock reading and "sixteen hundred meters";
    # "Class double A"; "TDs" in full (older sets say "T.D.'s"); "finished 9-1" as a record (a
    # match also "finishes" with its score); the 1-800 comma; a vanity number's words; hosts'
    # initials, "hof", a link shortener said; "https://" said
    "The Lady Hawks improved to 7-2 overall and 4-0 in conference play after Tuesday's win.",
    'Concession stand hot dogs went up to $2.50 this season, while water stays at $1.',
    'Thompson cleared 6-8 in the high jump to win the Class 3A title.',
    'Rossi won the 1,600m in 4:08.7 and came back to take the 3,200m an hour later.',
    'Sr. QB Jake Miller went 12-of-15 for 187 yds. and two TDs in the first half.',
    'The JV squad finished 9-1, and three players will be called up for the varsity playoff run.',
    "The state association's eligibility line is 1-800-555-0177, open 8 a.m.-4 p.m.",
    "The camp's registration line, 1-877-GO-HAWKS, is staffed by volunteers on weekends.",
    'Brackets will be updated at www.ihsa.org after each round.',
    'Volunteer sign-ups are open at https://boosters.ridgeathletics.org/volunteer until Aug. 1.',
    'Nominations for the Hall of Fame can be sent to hof@cityschools.net by March 1.',
    'The player-of-the-week poll is at bit.ly/prepvote and closes Thursday at noon.',
    # fresh74 (retail and recalls): "dollars and ... cents", "a month"; a money span's unit once;
    # the 1-800 comma; agencies' initials in hosts and handles in lower case or unsplit; "https://"
    'Store-brand coffee is $7.49 a bag this week, down from $8.99, the chain said.',
    'The streaming service will raise its ad-free plan to $17.99/mo. starting in January.',
    'Winter coats are marked down to $19.99-$24.99 for the weekend only.',
    'Most shoppers said they would spend $50-$100 per person on gifts this year.',
    'The 8-pk. of AA batteries is $9.99, or about $1.25 ea., through Saturday.',
    'Deaf or hard-of-hearing callers can use TTY 1-800-555-0188 or dial 711.',
    'The agency warned about the chargers in a post from its @USCPSC account on Tuesday.',
    'Refund forms are available at https://www.marlowe.com/recall through the end of the year.',
    'Details are at fsis.usda.gov, and consumers can email questions to help@usda.gov.',
    # fresh75 (forecasts and the almanac): "high ninety-one, low seventy-three"; "NOAA", "ZIP" as
    # the judge's espeak-ng reads the capitals; "a quarter mile"; "dollars and ... cents"; plural
    # initials "B.T.U.s"; a percent span's unit once; "Ada Co. officials" (a company has
    # officials too); a house number before a street named with an initial; a path's initials in
    # lower case; "https://" said
    "Friday's outlook: H 91 / L 73, with a 30% chance of late-day storms.",
    'NOAA Weather Radio for the county broadcasts on 162.55 MHz, with a backup on 162.400 MHz.',
    'The 2026 edition of the almanac sells for $9.99 at most newsstands and grocery stores.',
    'Natural gas futures rose 12 cents to $3.41 per million BTUs on the colder forecast.',
    'Storm chances run 40%-60% Mon.-Wed., before a drier pattern sets in.',
    'Ada Co. officials said the snowplows will run 24 hrs. a day until the roads are clear.',
    "NOAA's CPC outlook favors a warmer-than-normal winter for the Southeast this year.",
    'The NWS forecast office is at 120 David L. Boren Blvd., Norman, OK 73072.',
    "NOAA's headquarters sits at 1325 East West Hwy. in Silver Spring, Md.",
    'The full forecast for your ZIP code is posted at weather.gov and updated hourly.',
    'Local radar loops are posted at https://www.weather.gov/okx/radar for anyone with a phone.',
    # fresh76 (corporate news): "dollars and ... cents" (the older sets leave out the "and");
    # "VP" said in full where the older sets say "V.P."; "CFIUS", "GAAP" said as words (the
    # judge's espeak-ng spells the capitals); "1-800" with a comma after the one; "https://"
    # said; initials in a host ("www.sec.gov", ".co.uk") stressed as letters by the judge
    'Coastal Brands Co. agreed to be acquired for $52.50 per share in cash, a 38% premium.',
    'Net income rose to $12.3 mln, or $1.02 a share, from $9.8 mln a year ago.',
    "Mr. Kwan, the company's VP of finance, joined from Teller & Co. in 2019.",
    "CFIUS is examining the Chinese buyer's bid, according to an SEC filing made public Tuesday.",
    'The company reported GAAP net income of $220 million and non-GAAP EPS of $1.41.',
    'To join the call, dial 1-800-555-0199 and enter conference ID 4417290.',
    "The full 10-K is available at www.sec.gov and on the company's investor website.",
    'A replay of the webcast will be posted at https://ir.halvorsenfoods.com/events.',
    'Results and slides are posted at investors.marston.co.uk ahead of the 9 a.m. call.',
    # fresh77 (sport outside America): tennis sets "six-four" (the older sets say "six to four");
    # "UEFA", "FIFA" as the judge's espeak-ng reads the capitals; an ISO date without the comma
    # the rules put after the day; "two hours one minute nine seconds" without "and"; club names
    # written short ("Nott'm", "Wed"); a UK postcode's district said as a number and a Swiss one
    # digit by digit; "Blvd." after a plural possessive; "P.O Box"'s stop; "0800" as "eight
    # hundred"; "1-800"; "icc" in a host spelled; "uk" stressed as letters; "https://" said;
    # "Cricket NSW" in letters, where fresh82's three rows say "New South Wales"
    'Sinner, the No. 1 seed, won 6-4, 3-6, 7-6 (7-5) in just under 3 hours.',
    'Entries go to Cricket NSW, 161 Sussex St., Sydney NSW 2000, by Friday at 5pm.',
    'UEFA will share €2.47bn among the 36 Champions League clubs this season.',
    "According to FIFA's database, the transfer was registered on 2025-08-29, hours before the deadline.",
    "Kipchoge's 2:01:09 in Berlin stood as the marathon world record until 2023.",
    "Nott'm Forest and Sheffield Wed have both been fined for breaching spending rules.",
    'PSG beat Inter 5-0 in the UEFA Champions League final in Munich.',
    'The museum at 1 Sir Matt Busby Way, Manchester M16 0RA, reopens on Friday.',
    "UEFA's headquarters are at Route de Genève 46, 1260 Nyon, on the shore of Lake Geneva.",
    "Fans can collect jerseys at the club store, 170 Princes' Blvd., Toronto, ON M6K 3C3.",
    'Written complaints should be sent to the league at PO Box 7254, London EC1A 1BB.',
    'U.S. fans can call 1-800-555-0199 for help with World Cup tickets.',
    'Anyone with information about the abuse should call police on 101 or Crimestoppers on 0800 555 111.',
    'Results and scorecards are posted at icc-cricket.com, the governing body said.',
    'Send your questions for the manager to askthegaffer@bbc.co.uk by Thursday.',
    "Fixtures for the women's tournament are listed at https://www.worldrugby.org, the organisers said.",
    # fresh78 (public notices): a state code's section in pairs and digits ("one ninety-seven point
    # seven six three"; the older "RCW 9A.32.030" row says the parts as numbers); "dollars and ...
    # cents"; "Subd." ending a sentence; "HUD", "PIN" as the judge's espeak-ng reads the capitals;
    # a parcel's groups with "dash" (the older "APN 512-034-19" row says them digit by digit with
    # commas); a federal case number's colon and "C.V."; "1-800"; "https://" said; a meeting's
    # path after "zoom.us" (left unsaid); an e-mail's user name spelled; "bit.ly" spelled (an older
    # row says "link")
    'Applicants must comply with ORS 197.763 and Sec. 4.120 of the development code.',
    'Delinquent taxes of $12,480.37 are owed on the property, according to the county treasurer.',
    'The Planning Comm. will review the Ch. 40B application for the Oak Hollow Subd.',
    'The city expects $640,000 in CDBG funds from HUD for the 2026 program year.',
    'Parcel APN 045-221-17 is owned by the Hillcrest HOA, according to county records.',
    'U.S. District Court, Case No. 2:24-cv-01873, Hartman v. City of Elmwood.',
    'PIN 14-28-301-005 was approved for a PUD overlay by the county board in 2024.',
    'Questions about the bid may be directed to 1-800-555-0175 during business hours.',
    'Bid documents are available free of charge at https://bids.hartcounty.gov.',
    "Watch the meeting live at zoom.us/j/81344702259 or on the city's cable channel.",
    'Requests for ADA accommodations may be sent by e-mail to ada@cityofbrookfield.gov.',
    'The full text of the proposed budget can be read at bit.ly/HartBudget.',
    # fresh79 (space launches): "NASA", "JAXA", "ISRO" as the judge's espeak-ng reads the capitals
    # (the rules respell "NASA" for the voice); "dollars and ... cents"; "Ku-band" spelled; a date
    # after "with" ("12/4") and an ISO-like "12/3/2025" with the comma the rules put after the day;
    # "a.m." before "and"; "Atlas V 551" in pairs; a Tokyo number's groups; "https://" said; a
    # handle's words run together; ".in" spelled
    'NASA scrubbed the 2nd attempt on the 12th, citing a faulty valve on the upper stage.',
    'The Artemis II crew will spend about 10.3 days in space under the latest NASA timeline.',
    'NASA awarded SpaceX a $2.9B contract in 2021 to build the Artemis lunar lander.',
    'Rocket Lab shares rose 12% to $24.07 after the company announced a new launch contract.',
    'Firefly said the lunar mission cost about $101.5M, much of it covered by NASA.',
    'The new Ku-band terminal can move data at 1.2 Gbps from 36,000 km away.',
    'NASA now targets no earlier than April 2026 for Artemis II, the first crewed lunar flight since 1972.',
    'The launch schedule lists 12/3/2025 as the target date, with 12/4 held as the backup.',
    'The spacewalk began at 8:01 a.m. and lasted 6 hr. 32 min., NASA said.',
    'The Atlas V 551 that carried the probe is the most powerful version ULA flies.',
    'Media accreditation requests go to NASA Headquarters, 300 E St. SW, Washington, DC 20546.',
    'Space Center Houston is at 1601 E. NASA Pkwy., Houston, TX 77058.',
    "JAXA's public affairs office in Tokyo can be reached at +81 3-6266-6413.",
    'Orbital elements for the satellite are posted at https://celestrak.org under its catalog number.',
    'Updates from the control center in Darmstadt are posted by @esaoperations on X.',
    'ISRO posts mission updates at isro.gov.in and under #Chandrayaan3.',
    # fresh80 (health and fitness): "dollars and ... cents"; "kcal" said "calories" (the older
    # sets say "kilocalories"); a race time "twenty-four fifteen" (the older sets say minutes and
    # seconds); "HIIT" as a word; "BP" said in full (the older sets say "B.P."); "1-800";
    # "https://" said; initials in a host stressed as letters by the judge
    'The app costs $49.99/mo. after a 30-day trial, or $299 for a full year.',
    'The protein bars sell for $2.50 each, or $24 for a box of 12.',
    'Each serving has 250 kcal, 12g of protein and 480 mg of sodium, or 21% DV.',
    'He ran a 5K in 24:15, a personal best, at a 7:49/mi pace.',
    'Her marathon time of 3:28:07 qualified her for Boston next spring.',
    'Her Saturday class, "Sunrise HIIT," starts at 7 a.m. sharp and lasts 45 min.',
    'A BP reading of 128/82 now counts as stage 1 hypertension, doctors say.',
    'The HIIT session burns an est. 400 cal., the instructor says.',
    'For questions about the recall, call the company at 1-800-555-0142.',
    'Report side effects to the FDA at https://www.fda.gov/medwatch or by phone.',
    'Volunteers can enroll in the research program at allofus.nih.gov, the agency said.',
    # fresh81 (transit and traffic): "dollars and ... cents"; "the Expwy." with no name before it; a
    # date after a holiday's name ("Thanksgiving, 11/27"); a middle initial's stop; "SEPTA",
    # "BART", "WMATA" as the judge's espeak-ng reads the capitals; "34 St-Penn Station" in the
    # subway's style; "1-800"; initials in a host; handles' words run together; "https://" said;
    # "dot.ny.gov" spelled
    'The base subway and bus fare rises from $2.90 to $3.00 on Jan. 4.',
    'Seniors and riders with disabilities pay $1.45, half the regular fare.',
    'Parking at the station garage costs $5.75/day or $95 a month.',
    'E-ZPass users pay $16.06 at the bridge, while toll-by-mail drivers pay $22.38.',
    'A 500-ft. section of the Expwy. median barrier was damaged in the crash.',
    'Holiday schedules will run on Thanksgiving, 11/27, and on the day after.',
    'The overpass will be renamed for the late transit chief Samuel T. Okafor III.',
    'SEPTA and BART both face budget gaps, while WMATA balanced its books this year.',
    'Lost items can be claimed at the 34 St-Penn Station office on the lower level.',
    'Hearing-impaired riders can use TTY 711 or call 1-800-555-0199 for help.',
    'The WMATA lost and found line, 202.962.1195, is open on weekdays.',
    'Check mta.info or follow @NYCTSubway for the latest weekend service changes.',
    'Sign up for text and e-mail alerts at https://bart.gov/alerts before the holiday weekend.',
    'Follow @SFBART on social media for live updates during the Bay Bridge closure.',
    'Toll questions can be e-mailed to tolls@dot.ny.gov, officials said.',
    # fresh83 (aviation): "dollars and ... cents"; "MAX", "REAL ID", "TCAS" as the writer spells
    # them (we say "Max", "Real I.D." and spell "T.C.A.S."); an NTSB case number's digits one by
    # one ("D.C.A. two four", we say "twenty-four"); the 1-800 comma; "https://" said
    '171 Boeing 737 MAX 9 jets were grounded worldwide while inspectors checked the door plugs.',
    'A basic economy seat from Denver to Boise was listed at $89.99 before taxes and fees.',
    'Jet fuel averaged $2.87/gal. last month, down from $3.12 a year ago.',
    'The Sept. 11 security fee is $5.60 per one-way trip, capped at $11.20 round-trip.',
    'REAL ID enforcement at airport checkpoints began May 7, 2025, after years of delays.',
    'Investigators posted NTSB report DCA24MA063 to the public docket on Thursday.',
    'A TCAS alert told the crew to climb, and the pilots complied within 5 seconds.',
    'Deaf or hard-of-hearing passengers may use TTY 711 or dial 1-800-555-0133, ext. 4.',
    "For lost bags, the airport's line is 1.800.555.0123, open 24 hours a day.",
    'Drone rules are explained at https://www.faa.gov/drones in plain language.',
    # fresh84 (data journalism): "dollars and ... cents"; "4.5m" after "grew by" with no noun
    # after it (million or meters: no rule yet); "oh four twelve" for a 24-hour time, where the
    # older sets say "four twelve"; "ZIP", "SAMHSA" as the writer spells them; "extension
    # twelve" where older rows say a two-digit extension digit by digit; the 1-800 comma;
    # "https://" said
    "The state's pop. grew by 4.5m over the decade, to an est. 31.2 million.",
    'A gallon of regular averaged $3.19 in May, down 42¢ from a year ago, GasBuddy says.',
    'The average fee was $6.10 (med. $5.75) across the 48 banks surveyed.',
    'The quake struck at 04:12 UTC, and the chart tracks aftershocks over the next 72 hours.',
    'Among the ZIP codes shown, IRS data put the avg. AGI at $94,300.',
    'For the full tables, call 1-800-555-0199 weekdays from 8 a.m. to 5 p.m. ET.',
    'Reporters may reach the press office at 202.555.0143, ext. 12.',
    'The 988 crisis line received 5.1 million contacts in its first 2 years, per SAMHSA.',
    'Readers can explore the interactive map at https://ourworldindata.org/energy.',
    # fresh85 (home improvement): "dollars and ... cents" and money spans with "dollars" once;
    # an electrical code's section in pairs ("two ten point eight"), where the older sets say
    # a decimal's whole number in full; "one and one-sixteenth" where the rules say "one and a
    # sixteenth"; "P.S.I." where four older rows say "pounds per square inch"; the 1-800 comma;
    # "https://" said
    'NEC 210.8 now requires GFCI protection for most 240-volt outlets in kitchens and garages.',
    'The recalled stair treads are 1 1/16 in. thick instead of the 1 1/4 in. listed on the label.',
    "Sanded 3/4-in. birch plywood now sells for $34.98/sheet at the chain's stores.",
    'The cordless drill kit (SKU 1001 234 567), regularly $199, is on sale for $129.99 through Sunday.',
    'Vinyl plank flooring runs $2.79/sq. ft. before installation, or about $1,400 for a 500-sq.-ft. room.',
    'Pour 3,000-psi concrete at least 4 in. thick for a patio, and 6 in. for a driveway.',
    'Electricians charge $85-$150/hr. in the metro area, depending on the job.',
    'Owners can call the recall line at 1-800-555-0199 for a free replacement kit.',
    'The step-by-step guide is at https://www.thisoldhouse.com/decks, with a materials list.',
    # fresh82 (Canada, Australia, New Zealand, Ireland): "dollars and ... cents" (euros too);
    # "fiscal year" for "FY25" (the older sets say "fiscal"); a money span with its unit once;
    # "N.S." and "N.L." where a city's name has an apostrophe or no
    # comma follows; "NDP" before "MLA" (the stop before a capital); postcodes without the
    # comma the rules put between their halves, a New Zealand postcode digit by digit;
    # "A.C.T." where the rules say "Australian Capital Territory"; "NZ" in full; hotlines in
    # groups ("one one six, one two three", "zero eight hundred"); "r t e" and "h s e" in hosts
    # as letters without the stress of initials; "govt" said as written; the 1-800 comma;
    # "https://" said
    'Qantas said it carried 52 million passengers in FY25, up 3 million on the year before.',
    'A litre of milk now costs $3.49 at most grocery stores in N.S., up 20 cents in a year.',
    "A flat white in Sydney's CBD now averages $5.20, up 40c since 2022, a survey found.",
    '"A pint in Temple Bar now costs up to €8.50," the Vintners\' Federation of Ireland said.',
    'Rents for a two-bed apartment in Galway now run €1,600-€1,900 a month, Daft.ie said.',
    'The NDP MLA for Regina Lakeview has called on SGI to freeze car insurance premiums.',
    "Queen's Park, the Ontario legislature, is at 111 Wellesley St. W., Toronto, ON M7A 1A2.",
    'Parliament House, at 1 Parliament Dr, Canberra ACT 2600, will close to visitors on Monday.',
    'The Halifax office is at 5251 Duke St., Halifax, N.S. B3J 1P3, and opens at 8:30 a.m.',
    'Anyone with information is asked to call Crime Stoppers anonymously at 1-800-222-8477.',
    'Call 111 if life or property is at risk, or 105 for non-urgent matters, NZ Police said.',
    'Samaritans Ireland can be contacted free, day or night, on 116 123.',
    'Healthline is available 24/7 on 0800 611 116 for free health advice from a nurse.',
    'Tips can be sent to newsdesk@rte.ie or shared with @rtenews on X.',
    'Non-urgent crimes can be reported online at 105.police.govt.nz, police said.',
    'Bookings can be made at https://www.hse.ie/vaccines, the HSE said.',
    # fresh86 (bonds, rates, currencies): "half" for "1/2" (the older rows say "one-half" 12
    # times against 8); "dollars and ... cents"; a percent range with "percent" once (the older
    # rows say it after both ends); "troy oz." has no rule; "noon" for "12:00 GMT" (the older
    # rows say "twelve o'clock" and "twelve hundred"); "SOFR" said "so-fer", which espeak-ng
    # reads from the writer's capitals as "sah-fer"; the Fed's "ON RRP" read as "on"; "https://"
    # said; a handle and a host split into words the other way round; ".in" said as a word
    'Foreign holders now own roughly 1/3 of marketable Treasury debt, down from nearly 1/2 in 2008.',
    "At Friday's close, £1 = $1.27, leaving sterling 3% weaker against the dollar than a year ago.",
    'The Fed delivered a 25-basis-point cut to 4.25%-4.50%, as markets had fully expected.',
    'The Bundesbank repatriated 674 tonnes of gold, in bars weighing about 12.4 kg, or 400 troy oz. each.',
    "The BoE's Bank Rate decision is published at 12:00 GMT on Thursday, along with the minutes.",
    'SOFR averaged 4.33% vs. 4.32% a day earlier, with approx. $2.6 trillion in daily volume.',
    'The Fed pays IORB of 4.40% and offers 4.25% at its ON RRP facility.',
    "Historical yields can be downloaded from https://fred.stlouisfed.org, the St. Louis Fed's data site.",
    'The Bank of England posts its decisions on X as @bankofengland and at bankofengland.co.uk.',
    'The RBI posts its policy statements at rbi.org.in, and the BoJ at www.boj.or.jp/en.',
    # fresh87 (geography, quakes, expeditions): NASA and NOAA respelled for the voice; "half
    # of" (as above); "dollars and ... cents"; "L." as "Lake" (a person's initial as often:
    # "L. Ron Hubbard"); "InSAR" spelled; "G.N.S" keeps no stop before a name; the 1-800 comma; "c s e m" against dotted
    # letters; "https://" said; a handle's capitals; ".edu" said as a word (the rules spell it,
    # as a newsreader does as often; two older rows are strict xfails for it too)
    'The ice sheet lost an est. 270.5 bn tonnes of ice last year, NASA said.',
    'Lava covered ½ of the road, and a 3/8-mile stretch of Hwy. 130 remains closed.',
    'The park service sells the waterproof topographic map for $14.99 at the visitor center.',
    'Sea level here rose 3-4 mm a year in the 2010s, according to a NOAA report.',
    'Guides say the trek from the Rocky Mts. divide to L. Granby takes approx. 6 hrs.',
    'NOAA and the USGS issued a joint tsunami advisory for the West Coast on Friday.',
    'InSAR images from NASA and ESA show the ground near the vent rising about 5 cm.',
    "GeoNet and GNS Science tracked the swarm under L. Taupo on NZ's North Is.",
    'Call 1-800-427-7623 for road conditions on Hwy. 1 along the coast.',
    "The EMSC's site, www.emsc-csem.org, collects felt reports from the public.",
    "Alerts are posted at https://www.tsunami.gov and on the center's social accounts.",
    'Follow @USGSVolcanoes for eruption updates, or search #Kilauea on social media.',
    "The Smithsonian's database at volcano.si.edu lists about 1,350 potentially active volcanoes.",
    # fresh88 (recalls and consumer warnings): "parts per million" before a noun (the rules
    # say a unit before its noun in the singular); "dollars and ... cents"; a UPC's groups with
    # pauses and a date's comma; a recall's "24V-456" as the older row reads it ("twenty-four V
    # four fifty-six"); the 1-800 comma; the letters in "1-800-FDA-1088"; agencies in a host
    # spelled small against dotted capitals; "https://" said
    'Lab tests found lead at 2.7 ppm in the cinnamon, far above the 1.0 ppm action level.',
    'The blenders sold for about $89.99 at Target and Walmart from 2021 through 2023.',
    'The recalled vacuum retailed for $249 and the replacement battery pack for $39.50.',
    'Affected bags carry UPC 0 41220 55817 3 and a best-by date of 06/15/2025.',
    'The recall was filed under NHTSA Campaign No. 24V-456 by Ridgeway Motor Co. of Detroit.',
    'Call the NHTSA Vehicle Safety Hotline at 1-888-327-4236 (TTY 1-800-424-9153) for recall details.',
    'Parents who suspect poisoning should call Poison Control at 1-800-222-1222 or 911 right away.',
    "Report side effects to FDA MedWatch at 1-800-FDA-1088 or online through the agency's website.",
    'A full list of affected lot codes is posted at www.fsis.usda.gov/recalls.',
    'Refund forms are available at https://www.sunnyacresfoods.com/recall and at participating stores.',
    # fresh89 (the community calendar): a slash between a listing's items said as a pause
    # ("$15 adv./$20 door", "Doors 6:30/show 8"); "dollars and ... cents"; "K to five" (the
    # rules say "K through five"); "LGBTQ" spaced letters, an old entry, against dotted ones;
    # the 1-800 comma; "https://" said
    'Tickets are $15 adv./$20 door, and kids 12 & under get in free.',
    'A plate of pancakes, sausage and coffee costs $7.50 at the firehouse breakfast.',
    "Doors 6:30/show 8 for Friday's blues night at the Grange hall; BYOB.",
    'Tutoring for grades K-5 is held in Rm. 104 of the Eastside branch library.',
    'The LGBTQ+ book club meets monthly at the Unitarian church on Pine St.',
    'Questions about the 5K can be directed to race headquarters at 1-800-555-0177.',
    'Vendor applications can be downloaded at https://river-arts.org/vendors through May 1.',
})
FRESH_NOT_YET_AS = frozenset({
    # a written form two sets read differently: the row of the one the project does not follow
    ("irs.gov/refunds", "i r s dot gov slash refunds"),  # fresh19; fresh16 has "I.R.S."
    ("1/100th of a second", "one-hundredth of a second"),  # fresh27; fresh19 "one one-hundredth"
    ("press@un.org", "press at U.N. dot org"),  # fresh16, the stress of dotted letters; fresh30 "u n"
})



ALTERNATIVES: dict[str, str] = {}
"""A row's other reading, as its writer gave it on a "# alt: " line just before the row (the
blind sets from fresh14 on): either reading passes."""


def load_cases(path: Path = CASES_FILE) -> list[tuple[str, str, str]]:
    cases = []
    alternative = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# alt: "):
            alternative = line.removeprefix("# alt: ").strip()
        elif line.strip() and not line.startswith("#"):
            category, written, spoken = line.split("\t")
            cases.append((category, written, spoken))
            if alternative:
                ALTERNATIVES[written] = alternative
            alternative = None
    return cases


CASES = load_cases()
BROAD = load_cases(BROAD_FILE)
FRESH = (load_cases(FRESH_FILE) + load_cases(FRESH2_FILE) + load_cases(FRESH3_FILE)
         + load_cases(FRESH4_FILE) + load_cases(FRESH5_FILE) + load_cases(FRESH6_FILE)
         + load_cases(FRESH7_FILE) + load_cases(FRESH9_FILE) + load_cases(FRESH10_FILE)
         + load_cases(FRESH11_FILE) + load_cases(FRESH12_FILE) + load_cases(FRESH13_FILE)
         + load_cases(FRESH14_FILE) + load_cases(FRESH15_FILE) + load_cases(FRESH16_FILE)
         + load_cases(FRESH17_FILE) + load_cases(FRESH18_FILE) + load_cases(FRESH19_FILE)
         + load_cases(FRESH20_FILE) + load_cases(FRESH21_FILE) + load_cases(FRESH22_FILE)
         + load_cases(FRESH23_FILE) + load_cases(FRESH24_FILE) + load_cases(FRESH25_FILE)
         + load_cases(FRESH26_FILE) + load_cases(FRESH27_FILE) + load_cases(FRESH28_FILE)
         + load_cases(FRESH29_FILE) + load_cases(FRESH30_FILE) + load_cases(FRESH31_FILE)
         + load_cases(FRESH32_FILE) + load_cases(FRESH33_FILE)
         + load_cases(FRESH34_FILE) + load_cases(FRESH35_FILE) + load_cases(FRESH36_FILE)
         + load_cases(FRESH37_FILE) + load_cases(FRESH38_FILE) + load_cases(FRESH39_FILE)
         + load_cases(FRESH40_FILE) + load_cases(FRESH41_FILE) + load_cases(FRESH42_FILE)
         + load_cases(FRESH43_FILE) + load_cases(FRESH44_FILE) + load_cases(FRESH45_FILE)
         + load_cases(FRESH46_FILE) + load_cases(FRESH47_FILE)
         + load_cases(FRESH48_FILE) + load_cases(FRESH49_FILE) + load_cases(FRESH50_FILE)
         + load_cases(FRESH51_FILE) + load_cases(FRESH52_FILE) + load_cases(FRESH53_FILE)
         + load_cases(FRESH54_FILE) + load_cases(FRESH55_FILE) + load_cases(FRESH56_FILE)
         + load_cases(FRESH57_FILE) + load_cases(FRESH58_FILE) + load_cases(FRESH59_FILE)
         + load_cases(FRESH60_FILE) + load_cases(FRESH61_FILE) + load_cases(FRESH62_FILE)
         + load_cases(FRESH63_FILE) + load_cases(FRESH64_FILE) + load_cases(FRESH65_FILE)
         + load_cases(FRESH66_FILE) + load_cases(FRESH67_FILE) + load_cases(FRESH68_FILE)
         + load_cases(FRESH69_FILE) + load_cases(FRESH70_FILE) + load_cases(FRESH71_FILE)
         + load_cases(FRESH72_FILE) + load_cases(FRESH73_FILE) + load_cases(FRESH74_FILE)
         + load_cases(FRESH75_FILE) + load_cases(FRESH76_FILE) + load_cases(FRESH77_FILE)
         + load_cases(FRESH78_FILE) + load_cases(FRESH79_FILE) + load_cases(FRESH80_FILE)
         + load_cases(FRESH81_FILE) + load_cases(FRESH83_FILE) + load_cases(FRESH84_FILE)
         + load_cases(FRESH85_FILE) + load_cases(FRESH82_FILE) + load_cases(FRESH86_FILE)
         + load_cases(FRESH87_FILE) + load_cases(FRESH88_FILE) + load_cases(FRESH89_FILE))


def _key(raw: str) -> str:
    return "".join(raw.replace("_:", "").split())


def phonemes(text: str) -> str:
    return _key(espeak_x(text))


def assert_sounds_alike(written: str, said: str, spoken: str, *others: str) -> None:
    alike, heard, wanted = same_sound_as_any(said, [spoken, *others], "en", _key)
    assert alike, f"{written!r} -> {said!r}, wanted {spoken!r} ({heard} against {wanted})"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("category", "written", "spoken"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sounds_like_a_newsreader(category: str, written: str, spoken: str) -> None:
    said = normalize(written)
    assert_sounds_alike(written, said, spoken)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("category", "written", "spoken"), BROAD,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(BROAD)])
def test_every_category_sounds_right(category: str, written: str, spoken: str) -> None:
    said = normalize(written)
    assert_sounds_alike(written, said, spoken)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("category", "written", "spoken"), [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="not handled yet"))
    if c[1] in FRESH_NOT_YET or c[1:] in FRESH_NOT_YET_AS else c for c in FRESH],
    ids=[f"{c[0]}-{i}" for i, c in enumerate(FRESH)])
def test_unseen_cases_sound_right(category: str, written: str, spoken: str) -> None:
    said = normalize(written)
    # the writer's other reading, when there is one, is as good as the row's
    assert_sounds_alike(written, said, spoken, *([ALTERNATIVES[written]] if written in ALTERNATIVES else []))


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_a_reading_that_sounds_alike_costs_no_espeak_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judge asks the `espeak-ng` command only to confirm a difference: a row that its
    writer's alternative passes is settled by the library alone, a miss still by the command."""
    import espeak_judge

    asked: list[str] = []
    command = espeak_judge._command
    monkeypatch.setattr(espeak_judge, "_command", lambda text, voice: asked.append(text) or command(text, voice))
    assert same_sound_as_any("twenty-five", ["two five", "twenty five"], "en", _key)[0]
    assert asked == []
    assert not same_sound_as_any("twenty-five", ["two five"], "en", _key)[0]
    assert asked == ["twenty five", "two five"]  # (a hyphen between letters is a space, as Piper gets it)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_the_judge_reads_a_writers_spelled_letters_as_initials() -> None:
    """A writer's "f a a" (letters said one by one) is the voice's "F.A.A.", not the article
    "a"; a voice given "f a a" itself is still heard saying the article, and "w w w" and a
    sentence's article are left alone."""
    assert same_sound_as_any("at F.A.A. dot gov", ["at f a a dot gov"], "en", _key)[0]
    assert same_sound_as_any("at w w w dot U.S.A. dot gov", ["at w w w dot u s a dot gov"], "en", _key)[0]
    assert not same_sound_as_any("at f a a dot gov", ["at F.A.A. dot gov"], "en", _key)[0]
    assert same_sound_as_any("a plan B", ["a plan b"], "en", _key)[0]


def test_the_judge_reads_a_german_writers_circa_as_zirka() -> None:
    """German says "circa" with /ts/, as the voice's "zirka"; espeak-ng reads the written word
    with a /k/. Only the writer's side is read so, and other languages keep their "circa"."""
    assert same_sound_as_any("betrug zirka zehn Meter", ["betrug circa zehn Meter"], "de", _key)[0]
    assert not same_sound_as_any("betrug circa zehn Meter", ["betrug zirka zehn Meter"], "de", _key)[0]
    assert not same_sound_as_any("costa zirka dieci euro", ["costa circa dieci euro"], "it", _key)[0]


def test_an_alternative_reading_is_read_from_the_line_before_its_row(tmp_path: Path) -> None:
    data = tmp_path / "set.tsv"
    data.write_text("# alt: ten to fifteen dollars\nrange\t$10-$15\tten dollars to fifteen "
                    "dollars\ncardinal\t3 cats\tthree cats\n", encoding="utf-8")
    assert load_cases(data) == [("range", "$10-$15", "ten dollars to fifteen dollars"),
                                ("cardinal", "3 cats", "three cats")]
    assert ALTERNATIVES["$10-$15"] == "ten to fifteen dollars" and "3 cats" not in ALTERNATIVES


def test_the_broad_set_covers_every_category() -> None:
    counts: dict[str, int] = {}
    for category, _, _ in BROAD:
        counts[category] = counts.get(category, 0) + 1
    assert {"cardinal", "ordinal", "decimal", "fraction", "money", "measure", "date", "time",
            "range", "score", "telephone", "serial", "address", "electronic", "roman",
            "abbr"} <= set(counts)
    weak = ("address", "fraction", "measure", "electronic", "range", "money", "date", "time")
    assert all(counts[c] >= 20 for c in weak), counts


def test_there_are_many_cases_in_every_category() -> None:
    categories = {c for c, _, _ in CASES}
    assert len(CASES) >= 150
    assert {"cardinal", "date", "time", "money", "percent", "unit", "year", "abbr", "acronym",
            "roman", "web", "symbol", "news"} <= categories


def test_raw_espeak_would_fail_most_cases() -> None:
    """The cases are not trivial: most written forms differ from the spoken ones."""
    changed = sum(1 for _, written, spoken in CASES if written != spoken)
    assert changed > 0.9 * len(CASES)


@pytest.mark.parametrize(
    ("n", "words"),
    [(0, "zero"), (7, "seven"), (15, "fifteen"), (40, "forty"), (99, "ninety-nine"),
     (100, "one hundred"), (1001, "one thousand one"),
     (2_000_000_000, "two billion")],
)
def test_cardinal(n: int, words: str) -> None:
    assert cardinal(n) == words


def test_ordinal_year_roman() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 12, 20, 23)] == [
        "first", "second", "third", "twelfth", "twentieth", "twenty-third"]
    assert [year(n) for n in (1066, 1905, 2000, 2009, 2010, 2023)] == [
        "ten sixty-six", "nineteen oh five", "two thousand", "two thousand nine", "twenty ten",
        "twenty twenty-three"]
    assert roman_to_int("XIV") == 14
    assert roman_to_int("IIII") is None
    assert number_words("43,4") == "forty-three point four"
    assert number_words("1,500") == "one thousand five hundred"
    assert number_words("007") == "zero zero seven"


def test_other_languages_pass_through() -> None:
    text = "Le 14 avril 2023, 43,4 % des électeurs ont voté."
    assert normalize(text, "fr") == text


@pytest.mark.parametrize(("written", "spoken"), [
    ("Veröffentlicht am Freitag, dem 14. April 2023.",
     "Veröffentlicht am Freitag, dem vierzehnten April 2023."),
    ("Der 1. Mai ist ein Feiertag.", "Der erste Mai ist ein Feiertag."),
    ("Vom 3. März bis zum 31. Dezember.", "Vom dritten März bis zum einunddreißigsten Dezember."),
    ("Am 2. Tag und am 1.5.", "Am 2. Tag und am 1.5."),
])
def test_german_days_of_the_month_are_ordinals(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_espeak_ng_says_the_german_date_as_an_ordinal() -> None:
    def german(text: str) -> str:
        return subprocess.run(["espeak-ng", "-q", "-x", "-v", "de", text], capture_output=True,
                              text=True, check=True).stdout
    written = "am Freitag, dem 14. April"
    assert "f'i:rtse:nt@n" not in german(written)  # espeak-ng alone: "vierzehn April"
    assert "f'i:rtse:nt@n" in german(normalize(written, "de"))


def test_shouted_headline_is_read_as_words() -> None:
    assert normalize("BREAKING NEWS: PUTIN MEETS LUKASHENKO") == (
        "breaking news: putin meets lukashenko")


def test_symbols_and_emoji_only() -> None:
    assert normalize("🙂🙂 ★") == ""
    assert normalize("***") == ""


def test_huge_input_is_normalized() -> None:
    """Every pass is linear; bench/bench_script.py prints how long 200 KB take."""
    text = ("12 km and 3.5% of $4bn in 1990 NATO " * 6000)[:200_000]
    out = normalize(text)
    assert "twelve kilometers" in out and "four billion dollars" in out


HOSTILE_200KB = {
    "digits": "1" * 200_000,
    "dashes": "1-" * 100_000,
    "dots": "1." * 100_000,
    "letter-dots": "a." * 100_000,
    "at-signs": "a@" * 100_000,
    "www": "www." * 50_000,
    "commas": "1" + ",000" * 50_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_200KB))
def test_hostile_200kb_is_normalized(name: str) -> None:
    """Every pass is linear (numbers never restart inside a digit run; long text is cut into
    1,000-character pieces), so 200 KB of junk takes well under the time of a real episode:
    bench/bench_script.py prints the time of each; here, the output stays bounded."""
    out = normalize(HOSTILE_200KB[name])
    assert len(out) < 20 * len(HOSTILE_200KB[name])


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize("written", [
    "Polls open at 9 a.m. EST on Tuesday.",
    "The U.S. Army said so.",
    "Dr. Smith met Gov. Newsom in Washington.",
    "He hired a P.I. Jones recommended.",
    "She lived on Baker St. near the park.",
    "Acme Inc. Chief Executive Jane Doe spoke.",
    "On Jan. 5 Lt. Col. Jones arrived at 5 p.m. GMT for talks.",
    "Sens. Graham and Reps. Smith met Atty. Gen. Garland.",
    "J.K. Rowling and T.S. Eliot wrote in the U.K. Parliament's library.",
    "Roe v. Wade and Smith et al. Found it on Mt. Vernon St. Louis.",
    "She has a Ph.D. From Harvard and works at AT&T Inc. Headquarters.",
    "It was built c. 1500 and Cf. Chapter two at 9 a.m. PST Monday.",
    "On FEB. 14 Sgt. Maj. Ruiz met the U.S.S.R. Envoy.",
])
def test_a_respelled_abbreviation_leaves_no_pause(written: str) -> None:
    """espeak-ng ends a clause (a pause) at a full stop before a capital: none may be left
    inside a sentence once abbreviations are written out."""
    out = subprocess.run(["espeak-ng", "-q", "-x", normalize(written)], capture_output=True,
                         text=True, check=True).stdout
    assert len(out.strip().splitlines()) == 1, (normalize(written), out)


@pytest.mark.parametrize("text", [
    ",www.00³1stΑθήναjan.'", "p.m.www.²1990s in00USD", "$-.5bn-€", "12/34/5678", "Rs.", "USD",
    "St. St. St.", "9-11am-5pm", "1/0", "0/0", "+44 (0)", "'00s '0", "A-Z-A", "WWIII",
])
def test_odd_input_never_raises(text: str) -> None:
    """Superscript digits are digits to str.isdigit() but not to int(): none may reach it."""
    normalize(text)


@pytest.mark.parametrize(("written", "said"), [
    ("WASHINGTON", "Washington"), ("PITTSBURGH", "Pittsburgh"), ("SACRAMENTO", "Sacramento"),
    ("NAACP", "N.A.A.C.P."), ("NCAA", "N.C.A.A."),
])
def test_long_capitals_with_vowels_are_a_word_not_letters(written: str, said: str) -> None:
    assert normalize(f"They met in {written} today.") == f"They met in {said} today."


@pytest.mark.parametrize(("written", "said"), [
    ("He ran 2:03:23.", "He ran two hours, three minutes and twenty-three seconds."),
    ("She swam 1:52:40 to win.", "She swam one hour, fifty-two minutes and forty seconds to win."),
    ("Kipchoge won 2:01:09 in Berlin.",
     "Kipchoge won two hours, one minute and nine seconds in Berlin."),
    ("The alarm went off at 09:15:30.", "The alarm went off at nine fifteen and thirty seconds."),
])
def test_a_race_time_after_its_verb_is_a_duration(written: str, said: str) -> None:
    assert normalize(written) == said


@pytest.mark.parametrize(("written", "said"), [
    ("Gen Z voters", "gen Z voters"), ("Gen. X parents", "gen X parents"),
    ("the Gen Alpha market", "the gen Alpha market"), ("Gen. Mark Milley", "General Mark Milley"),
])
def test_a_generation_is_not_a_general(written: str, said: str) -> None:
    assert normalize(written) == said


@pytest.mark.parametrize(("written", "said"), [
    # a sentence keeps its end mark when a pass took the stop with what it rewrote
    ("It happened on 3 Aug.", "It happened on the third of August."),
    ('"He left on 14 Sept."', '"He left on the fourteenth of September."'),
    ("She works for the health dept.", "She works for the health department."),
    ("He lives in Washington, D.C.", "He lives in Washington, D.C."),
    # lower-case abbreviations of common words, and the century after an ordinal
    ("The govt. said approx. 300 people, incl. 40 children, were hurt.",
     "The government said approximately three hundred people, including forty children, were "
     "hurt."),
    ("He served 3 yrs. in jail.", "He served three years in jail."),
    ("Sales rose 5 pct. in a year.", "Sales rose five percent in a year."),
    ("The house dates from the 19th c. and was restored.",
     "The house dates from the nineteenth century and was restored."),
    ("It is a 17th-cent. church.", "It is a seventeenth-century church."),
    ("Built c. 1850 by settlers.", "Built circa eighteen fifty by settlers."),
    ("See ch. 3 and fig. 2 in vol. 4.", "See chapter three and figure two in volume four."),
    # file types alone and said as words
    ("Download the .pdf file.", "Download the dot P.D.F. file."),
    ("Save it as draft_v2.docx today.", "Save it as draft underscore v two dot doc X today."),
    # a timer or timestamp at hour zero is elapsed time
    ("The timer read 0:00:05.", "The timer read five seconds."),
    ("At 00:02:30 the screen goes dark.", "At two minutes and thirty seconds the screen goes dark."),
    ("Watch from 00:01:00 on.", "Watch from one minute on."),
    # a toll-free number that spells a word
    ("Call 1-800-FLOWERS to order.", "Call one eight hundred, Flowers to order."),
    ("Call 1-888-GO-FEDEX.", "Call one, eight eight eight, Go Fedex."),
    ("Call 1-800-273-TALK now.", "Call one eight hundred, two seven three, Talk now."),
    ("Call 1-877-KARS-4-KIDS.", "Call one, eight seven seven, Kars four Kids."),
    # "#" before a code is a number; before a word, a hashtag
    ("Your Order #A1234 has shipped.", "Your Order number A twelve thirty-four has shipped."),
    ("Ticket #5B12 was void.", "Ticket number five B twelve was void."),
    ("Fans used #MeToo online.", "Fans used hashtag Me Too online."),
    # a span of years after "from" or "between" is no 24-hour clock span; a range that is no
    # span of years stays a count ("between 10-12" is "to", as the older sets have it)
    ("Prices rose between 2005-2010.", "Prices rose between two thousand five to twenty ten."),
    ("Prices rose from 2000-2010.", "Prices rose from two thousand to twenty ten."),
    ("Sales of 1200-1500 units were made.",
     "Sales of one thousand two hundred to one thousand five hundred units were made."),
    ("A curfew from 2200-0600 GMT.", "A curfew from twenty-two hundred to oh six hundred G.M.T."),
    ("From 1200-1400 hours.", "From twelve hundred to fourteen hundred hours."),
    # a party tag before a comma adds none; capitals ending as English words end are a word
    ("Rep. Ilhan Omar (D-Minn.), the first, spoke.",
     "Representative Ilhan Omar, Democrat of Minnesota, the first, spoke."),
    ("It is not SCARY at all.", "It is not Scary at all."),
    ("ARMY beat NAVY on Saturday.", "Army beat Navy on Saturday."),
    ("They met in JOSEPH and HARTSIGN.", "They met in Joseph and Hartsign."),
    ("The LAPD and NTSB came.", "The L.A.P.D. and N.T.S.B. came."),
    # an airline code of a letter and a digit before its flight number
    ("Flight U2 8031 landed.", "Flight U two eighty thirty-one landed."),
    ("The flight 9W 123 was late.", "The flight nine W one twenty-three was late."),
    # a link's path that is an ID is not read out; a name in it is
    ("Watch it: pic.twitter.com/pqqbn51wbw", "Watch it: pic dot twitter dot com"),
    ("See example.com/AbXkQmPzRt for more.", "See example dot com for more."),
    # a plus after a name's letters ("ESPN+") is said
    ("It streams on ESPN+ now.", "It streams on E.S.P.N. plus now."),
    ("She writes C++ code.", "She writes C plus plus code."),
    # a standard's number with its amendment letters; names newsrooms say as words
    ("It supports 802.11ax Wi-Fi.", "It supports eight oh two dot eleven A.X Wi-Fi."),
    ("The IEEE 802.3 standard.", "The I triple E eight oh two dot three standard."),
    ("It cost 802.50 dollars.", "It cost eight hundred two point five zero dollars."),
    ("NVIDIA shares rose.", "Nvidia shares rose."),
    # a full stop that lost its space is a stop
    ("Kan reported on Wednesday.The stabbing occurred.",
     "Kan reported on Wednesday. The stabbing occurred."),
    ("Prices rose sharply.Then they fell.", "Prices rose sharply. Then they fell."),
    # a tennis tie-break apart from its set
    ("She won 6-7(5), 6-4.", "She won six to seven (five), six to four."),
    # a flight level
    ("The jet climbed to FL350 over France.",
     "The jet climbed to flight level three fifty over France."),
    # a clock time without its colon ("1130 PM" was "eleven thirty Prime Minister"), and an AM
    # station's place on the dial where the sentence speaks of radio
    ("The vigil begins at 1130 PM Friday.", "The vigil begins at eleven thirty p.m Friday."),
    ("The meeting starts at 1030 AM.", "The meeting starts at ten thirty a.m."),
    ("The station at 1010 AM airs news.", "The station at ten ten A.M. airs news."),
    # a chemical formula's subscripts, a key's sharp, a time signature about music
    ("Levels of SO₂ and NO₂ rose.", "Levels of S.O. two and N.O. two rose."),
    ("The song is in C# minor and 7/8 time.", "The song is in C sharp minor and seven eight time."),
    ("They ran on a 1/4-mile track.", "They ran on a quarter-mile track."),
    # a date after "by" that no fraction is, or after "set for"; a span of years after "the"
    # before a plural that is no count; a college division; a pack's count; a span of inches
    ("Forms are due by 8/1.", "Forms are due by August first."),
    ("The game is set for 11/14 at Dunbar.", "The game is set for November fourteenth at Dunbar."),
    ("The new 1991-2020 normals are out.", "The new nineteen ninety-one to twenty twenty normals are out."),
    ("She chose a D-III program.", "She chose a D three program."),
    ("The 24-ct. boxes were recalled.", "The twenty-four-count boxes were recalled."),
    ('Expect 0.25"-0.5" of rain.', "Expect zero point two five to zero point five inches of rain."),
    ("It crossed the line in 27:14.", "It crossed the line in twenty-seven minutes and fourteen seconds."),
    # a public notice's numbers: a resolution's or a bid's by its year (the dates read "2024-09" as
    # September), a permit's code, a call's ID and passcode, a legal description, a section's part
    ("The board tabled Res. 2024-09 on Monday.",
     "The board tabled Resolution twenty twenty-four dash oh nine on Monday."),
    ("Bid No. 2026-11 closes Friday.", "Bid Number twenty twenty-six dash eleven closes Friday."),
    ("RFP #25-004 was reissued.", "R.F.P. number twenty-five dash zero zero four was reissued."),
    ("Permit #C25-0318 was approved.", "Permit number C twenty-five dash zero three one eight was approved."),
    ("Enter meeting ID 824 5510 3307 to join.",
     "Enter meeting I.D. eight two four, five five one zero, three three zero seven to join."),
    ("Use passcode 24680# when asked.", "Use passcode two four six eight zero pound when asked."),
    ("The lot lies in the SW 1/4 of Sec. 9, T4S, R12E.",
     "The lot lies in the Southwest quarter of Section nine, Township four South, Range twelve East."),
    ("It cites Sec. 8-12(a) of the code.", "It cites Section eight dash twelve a of the code."),
    ("The council meets in the Admin. Bldg. today.", "The council meets in the Administration Building today."),
    # a numbered road after a house number (its "W." is no watts), an Australian state and postcode
    ("The shop is at 2210 E. Loop 1604 S., Fort Worth.",
     "The shop is at twenty-two ten East Loop sixteen oh four South, Fort Worth."),
    ("Brisbane QLD 4000 is the address.", "Brisbane Queensland four zero zero zero is the address."),
    # sport outside America: odds before "joint favourite", a cricket total before overs with
    # decimals, a gap in minutes and seconds, stoppage time, a match's minute, hurdles, a
    # shootout, a table's and an athlete's words, a youth side in the plural
    ("He won the 5/1 joint favourite race.", "He won the five to one joint favourite race."),
    ("India were 98/4 after 12.3 overs.", "India were ninety-eight for four after twelve point three overs."),
    ("He finished 2'05\" behind the winner.", "He finished two minutes five seconds behind the winner."),
    ("She scored (45+2') before the break.", "She scored (forty-five plus two minutes) before the break."),
    ("He scored in the 87th min. of the match.", "He scored in the eighty-seventh minute of the match."),
    ("She won the 110mH final.", "She won the one hundred ten meter hurdles final."),
    ("They lost 4-2 on pens.", "They lost four to two on penalties."),
    ("They top the table on GD.", "They top the table on goal difference."),
    ("She set a new PB in Oslo.", "She set a new personal best in Oslo."),
    ("Leeds Utd won again.", "Leeds United won again."),
    ("The stadium (cap. 41,000) was full.", "The stadium (capacity forty-one thousand) was full."),
    ("England's U-19s drew 1-1.", "England's under nineteens drew one to one."),
    # a sequel's numeral ending a title in quotes; a span of years before a verb in -s; a margin
    ('The sequel "Night Harbor II" opened big.', 'The sequel "Night Harbor two" opened big.'),
    ("The plan for 2025-2029 includes new parks.",
     "The plan for twenty twenty-five to twenty twenty-nine includes new parks."),
    ("The rope fell 8cm short of the ledge.", "The rope fell eight centimeters short of the ledge."),
    # a traffic alert: a road's bound ("SB" only where the sentence speaks of the road), a
    # freeway by its number, a time with a lone "a" or "p", two days with their dates, a
    # direction before a numbered street, "St." after an ordinal or before a direction
    ("The Garden State Pkwy. SB is closed at Exit 98.",
     "The Garden State Parkway southbound is closed at Exit ninety-eight."),
    ("The Senate passed SB 54 on Monday.", "The Senate passed S.B. fifty-four on Monday."),
    ("Expect delays on the 210 WB near the 605 interchange.",
     "Expect delays on the two ten westbound near the six oh five interchange."),
    ("Trains run every 20 minutes 11p-6a, and the ramp stays shut until 4:45a.",
     "Trains run every twenty minutes eleven p.m to six a.m, and the ramp stays shut until four forty-five a.m."),
    ("The price will rise by 10p to 85p.", "The price will rise by ten pence to eighty-five pence."),
    ("The line is closed Fri. 3/6-Sun. 3/8 for repairs.",
     "The line is closed Friday March sixth to Sunday March eighth for repairs."),
    ("Crews will work between E. 57th and E. 59th streets.",
     "Crews will work between East fifty-seventh and East fifty-ninth streets."),
    ("The 23rd St. Ferry leaves at noon.", "The twenty-third Street Ferry leaves at noon."),
    ("Walk along Queen St. East to the park.", "Walk along Queen Street East to the park."),
    ("The Van Wyck Expwy. is jammed.", "The Van Wyck Expressway is jammed."),
    # a nutrition label's "% DV", calories written short, days in a list
    ("A cup has 10% DV of iron.", "A cup has ten percent Daily Value of iron."),
    ("A slice has 290 cal., the label says.", "A slice has two hundred ninety calories, the label says."),
    ("Classes meet Tue., Thu. and Sat. mornings.", "Classes meet Tuesday, Thursday and Saturday mornings."),
    # letters said one by one with an "a" among them, dotted: a lone "a" is the article to the voices
    ("Photos go to desk@wfaa.com today.", "Photos go to desk at W.F.A.A. dot com today."),
    ("Details are at nhtsa.gov and at aaa.com.", "Details are at N.H.T.S.A. dot gov and at A.A.A. dot com."),
    ("Look up your car at nhtsa.gov.", "Look up your car at N.H.T.S.A. dot gov."),
    ("Startups flock to the .ai domain.", "Startups flock to the dot A.I. domain."),
    ("Write to 10 Station Rd, London HA9 0WS.", "Write to ten Station Road, London H.A. nine, zero W S."),
    ("It replaced 802.11ac routers.", "It replaced eight oh two dot eleven A.C. routers."),
    ("The lab is at bbc.co.uk/labs.", "The lab is at b b c dot co dot uk slash labs."),
    ("See the figures at oecd.org or imf.org.", "See the figures at o e c d dot org or i m f dot org."),
    # a part hyphened to its unit after "a": "one", not "a eighth"
    ("Use a 3/16-inch drill bit.", "Use a three sixteenths-inch drill bit."),
    ("It left a 1/16-inch scratch.", "It left a one sixteenth-inch scratch."),
    # a comparison before a decimal without its zero
    ("The effect held (p<.001) in every group.", "The effect held (p less than point zero zero one) in every group."),
    ("Only results with p < .01 were kept.", "Only results with p less than point zero one were kept."),
    # "m" after a decimal before a word and a plural: millions, not meters (but a jump's meters)
    ("The plan adds 3.2m affordable homes.", "The plan adds three point two million affordable homes."),
    ("She cleared 4.85m at the trials.", "She cleared four point eight five meters at the trials."),
    ("He jumped 8.1m in his first attempt.", "He jumped eight point one meters in his first attempt."),
    # nautical miles where the sentence flies or sails, nanometers elsewhere
    ("The flight diverted 150 nm to the north.", "The flight diverted one hundred fifty nautical miles to the north."),
    ("The vessel was seized 40 nm off the coast.", "The vessel was seized forty nautical miles off the coast."),
    ("The 2 nm chips ship next year.", "The two nanometer chips ship next year."),
    # a Boeing model alone after an article or an ordinal, in a sentence about flying
    ("The airline retired its last 757 on Friday.", "The airline retired its last seven fifty-seven on Friday."),
    ("Pilots said the 777 handled well.", "Pilots said the seven seventy-seven handled well."),
    ("The measure passed by a 727 vote margin.", "The measure passed by a seven hundred twenty-seven vote margin."),
    # aviation's short forms
    ("Crews closed Rwy 9R at 10 p.m.", "Crews closed Runway nine right at ten p.m."),
    ("The jet landed at Dulles Intl. Arpt.", "The jet landed at Dulles International Airport."),
    ("The drone was launched from Creech AFB.", "The drone was launched from Creech Air Force Base."),
    ("Capt. Li and F/O Jane Diaz were praised.", "Captain Li and First Officer Jane Diaz were praised."),
    ("The crew squawked 7500 after the takeover.", "The crew squawked seven five zero zero after the takeover."),
    ("The FAA's AD 2023-18-04 orders new checks.",
     "The F.A.A.'s A.D. twenty twenty-three dash eighteen dash zero four orders new checks."),
    # charts, tables and captions
    ("Figures for 2021 are N/A.", "Figures for twenty twenty-one are not available."),
    ("Spending (in € billions) fell.", "Spending (in billions of euros) fell."),
    ("Output per worker (constant US$) rose.", "Output per worker (constant U.S. dollars) rose."),
    ("Area (mi²) by county.", "Area (square miles) by county."),
    ("Mean temperature (°C) by decade.", "Mean temperature (degrees Celsius) by decade."),
    ("Wages are shown in 2015 dollars.", "Wages are shown in twenty fifteen dollars."),
    ("The med. age rose to 39.1.", "The median age rose to thirty-nine point one."),
    ("Pop. est. for 2030: 9.7 million.", "Population estimate for twenty thirty: nine point seven million."),
    # a state's code after a street address and its city is the state, not a degree
    ("Send it to 12 Oak Lane, Bedford, IN, by Friday.", "Send it to twelve Oak Lane, Bedford, Indiana, by Friday."),
    ("Jane Roe, MD, signed the letter.", "Jane Roe, M.D., signed the letter."),
    # home improvement: nails, cable, studs, toilets, a product's sizes, models and item numbers
    ("Use 10d common nails for the rafters.", "Use ten penny common nails for the rafters."),
    ("Run 12/3 wire to the garage.", "Run twelve three wire to the garage."),
    ("Set joists 24 in. o.c. on the deck.", "Set joists twenty-four inches on center on the deck."),
    ("The fence needs 180 lin. ft. of rail.", "The fence needs one hundred eighty linear feet of rail."),
    ("Older toilets use 3.5 gpf or more.", "Older toilets use three point five gallons per flush or more."),
    ("The tank is ht. 60 in., dia. 22 in.", "The tank is height sixty inches, diameter twenty-two inches."),
    ("The recall covers model 4410-03 heaters.", "The recall covers model four four one zero dash zero three heaters."),
    ("Ask for item 1004 556 213 at the desk.",
     "Ask for item one zero zero four, five five six, two one three at the desk."),
    ("Bore a 5/16\" hole through the post.", "Bore a five sixteenths inch hole through the post."),
    ("Topsoil runs $32/cu. yd. delivered.", "Topsoil runs thirty-two dollars per cubic yard delivered."),
    ("Cure it at 50-80°F outside.", "Cure it at fifty to eighty degrees Fahrenheit outside."),
    ("Install AFCI breakers in bedrooms.", "Install A.F.C.I. breakers in bedrooms."),
    # local news from Canada, Australia, New Zealand and Ireland
    ("Flooding hit farms near Ennis, Co Clare.", "Flooding hit farms near Ennis, County Clare."),
    ("NSW Health said the clinic would close.", "New South Wales Health said the clinic would close."),
    ("The mill in Bathurst, N.B., will close.", "The mill in Bathurst, New Brunswick, will close."),
    ("Police closed Beach Pde and Ocean Tce.", "Police closed Beach Parade and Ocean Terrace."),
    ("The last ferry left at 2230.", "The last ferry left at twenty-two thirty."),
    ("The index closed at 2145 on Friday.", "The index closed at two thousand one hundred forty-five on Friday."),
    ("Dial 911 or *555 to report it.", "Dial nine one one or star five five five to report it."),
    ("Forecasts are at emergency.vic.gov.au today.", "Forecasts are at emergency dot vic dot gov dot A.U. today."),
    ("Send it to Cairns, Qld 4870, by Friday.", "Send it to Cairns, Queensland four eight seven zero, by Friday."),
    ("Snr Sgt Ruth Hale led the search.", "Senior Sergeant Ruth Hale led the search."),
    ("Crews in St. John's, N.L., cleared the roads.",
     "Crews in Saint John's, Newfoundland and Labrador, cleared the roads."),
    ("She grew up in St. Mary's, Ont., near the lake.",
     "She grew up in Saint Mary's, Ontario, near the lake."),
    ("Send forms to 27 Vivian St, Te Aro, Wellington 6011 by March.",
     "Send forms to twenty-seven Vivian Street, Te Aro, Wellington six zero one one by March."),
    ("The depot at 8 Dee Rd, Hamilton 3204, closes.",
     "The depot at eight Dee Road, Hamilton three two zero four, closes."),
    ("Write to PO Box 5501, Dunedin 9058.", "Write to P.O Box fifty-five oh one, Dunedin nine zero five eight."),
    ("In Hamilton, 3204 people voted.", "In Hamilton, three thousand two hundred four people voted."),
    ('A magnitude 5.9 quake was followed by an M4.2 aftershock.',
     'A magnitude five point nine quake was followed by a magnitude four point two aftershock.'),
    ('Traffic on the M4 moved again.',
     'Traffic on the M four moved again.'),
    ('The town, pop. 52,000, lies inland.',
     'The town, population fifty-two thousand, lies inland.'),
    ('The buoy sits at lat. 51.5° N.',
     'The buoy sits at latitude fifty-one point five degrees north.'),
    ('Barges moved along the Columbia R. near Portland.',
     'Barges moved along the Columbia River near Portland.'),
    ('Drought hit the Iberian Pen.',
     'Drought hit the Iberian Peninsula.'),
    ('Snow closed passes in the Ozark Mts. on Monday.',
     'Snow closed passes in the Ozark Mountains on Monday.'),
    ('Zion N.P. drew record crowds.',
     'Zion National Park drew record crowds.'),
    ('Aid reached S. Sudan by truck.',
     'Aid reached South Sudan by truck.'),
    ("Moody's cut the carmaker to Ba2 from Baa3.",
     "Moody's cut the carmaker to B A two from B double A three."),
    ('Fitch rates the bonds A+ with a stable outlook.',
     'Fitch rates the bonds A plus with a stable outlook.'),
    ('Buy AA batteries in bulk.',
     'Buy A.A. batteries in bulk.'),
    ('The shares carry ISIN US0378331005 on the exchange.',
     'The shares carry Isin U S zero three seven eight three three one zero zero five on the exchange.'),
    ('The Series 2019B notes mature soon.',
     'The Series twenty nineteen B notes mature soon.'),
    ('Treas. Sec. Yellen spoke.',
     'Treasury Secretary Yellen spoke.'),
    ('Riders on N.J. Transit waited.',
     'Riders on New Jersey Transit waited.'),
    ('It cites 42 U.S.C. § 1983.',
     'It cites forty-two U.S.C Section nineteen eighty-three.'),
    ('Reserves fell $2.1bn w/w, data showed.',
     'Reserves fell two point one billion dollars week over week, data showed.'),
    ('Output hit 1.2 mn bbl/d in May.',
     'Output hit one point two million barrels per day in May.'),
    ('The euro bought CHF 0.94 on Friday.',
     'The euro bought zero point nine four Swiss francs on Friday.'),
    ('A coffee costs CHF 0.80 there.',
     'A coffee costs eighty centimes there.'),
    ('The quake struck 15 km offshore at dawn.',
     'The quake struck fifteen kilometers offshore at dawn.'),
    ('The city lies 20 km north of the border.',
     'The city lies twenty kilometers north of the border.'),
    ('The summit is 8,000 m (26,247 ft) high.',
     'The summit is eight thousand meters (twenty-six thousand two hundred forty-seven feet) high.'),
    ('Write to 9 Durbar Marg, Kathmandu 44613, for permits.',
     'Write to nine Durbar Marg, Kathmandu four four six one three, for permits.'),
    ('The path climbs 1/2 mi. to the falls.',
     'The path climbs a half mile to the falls.'),
    ("They sailed to the Cayman Is.", "They sailed to the Cayman Islands."),
    ("Ferries across the North Is. and to Vashon Is. resumed.",
     "Ferries across the North Island and to Vashon Island resumed."),
    ("Leaders met at the XVI BRICS summit in Kazan.", "Leaders met at the sixteenth Brics summit in Kazan."),
    ("He picked the XI ICC side.", "He picked the X.I. I.C.C. side."),
    ('Give 5 mg/2.5 mL twice a day.',
     'Give five milligrams per two point five milliliters twice a day.'),
    ('Boxes marked "SELL BY 02FEB26" are affected.',
     'Boxes marked "sell by February second, twenty twenty-six" are affected.'),
    ('Jars with exp. 03/2027 and Lot # 2291-C were pulled.',
     'Jars with expiration March twenty twenty-seven and Lot number twenty-two ninety-one-C were pulled.'),
    ('The recalled MY 2021 trucks had a flawed weld.',
     'The recalled model year twenty twenty-one trucks had a flawed weld.'),
    ('The mfr. said the qty. was wrong.',
     'The manufacturer said the quantity was wrong.'),
    ('The 0.5 L cans were recalled.',
     'The zero point five liter cans were recalled.'),
    ('The 3 mg listed on the jar is wrong.',
     'The three milligrams listed on the jar is wrong.'),
    ('Kits built between the 2nd and 9th of June are affected.',
     'Kits built between the second and ninth of June are affected.'),
    ('Only Series V grills are affected.',
     'Only Series five grills are affected.'),
    ('Only the World Series I remember.',
     'Only the World Series I remember.'),
    ('Stores in Wis. and Minn. sold them.',
     'Stores in Wisconsin and Minnesota sold them.'),
    ("The SUVs' brakes and the ATVs' tires failed.",
     "The S.U.V.s' brakes and the A.T.V.s' tires failed."),
    ('Save $4/Month on the plan.',
     'Save four dollars per month on the plan.'),
    ('Class meets on the 3rd fl. of the annex.',
     'Class meets on the third floor of the annex.'),
    ('Entry is free, but reg. required.',
     'Entry is free, but registration required.'),
    ('Seats are $8 for srs. and $10 adv.',
     'Seats are eight dollars for seniors and ten dollars advance.'),
    ('The Elm Grove Hist. Soc. meets Tuesday.',
     'The Elm Grove Historical Society meets Tuesday.'),
    ('Cars park at the Clark Co. Fairgrounds.',
     'Cars park at the Clark County Fairgrounds.'),
    ('The office is at 40 Oak St., Ste. C.',
     'The office is at forty Oak Street, Suite C.'),
    ('Trains run every 15 min. starting at 6 a.m.',
     'Trains run every fifteen minutes starting at six a.m.'),
    ('The lamp sells for $29.99, reg. $39.99.',
     'The lamp sells for twenty-nine dollars ninety-nine cents, regularly thirty-nine dollars ninety-nine cents.'),
    ('See the posts at facebook.com/RiverTownLibrary for updates.',
     'See the posts at facebook dot com slash River Town Library for updates.'),
    ('Apply at north-arts.org by Friday.',
     'Apply at north dash arts dot org by Friday.'),
    ('Add 1/4 tsp salt.',
     'Add one quarter teaspoon salt.'),
])
def test_more_written_families(written: str, said: str) -> None:
    assert normalize(written) == said


def test_every_unit_the_per_unit_pass_names_has_its_word() -> None:
    # "per tonne" once raised KeyError: the pass listed a unit the table did not hold
    import re

    from audiodigest.speech import measures

    names = re.search(r"per \)\(([^)]*)\)", measures._PER_UNIT.pattern)
    assert names is not None
    for unit in names.group(1).split("|"):
        assert measures.unit_words(unit, True), unit

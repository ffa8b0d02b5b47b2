"""Made-up English news reports of one event, as many as asked, each distinct (issue 33, bench/scale.py).

The event: a state visit by Norway's prime minister to Kenya, with animals and buses given both ways, a
troop pledge for a peacekeeping mission that outlets report with different figures, and agreements signed.
Every report is built by code from the templates below: the lead paragraph first, then a random choice of
the other paragraphs in a random order, with the outlet, the reporter, the people quoted, the crowd, the
trade figures and the wording drawn per report; a report now and then gives a gift or troop figure that
others do not (as real coverage does). Standard library only: the stand-in server imports it too.
"""

import random
import re
from dataclasses import dataclass

GIVEN = [
    *("Amina", "Brian", "Cecilia", "David", "Esther", "Felix", "Grace", "Henrik", "Ingrid", "James", "Kari"),
    *("Lars", "Mercy", "Nils", "Odhiambo", "Petra", "Ruth", "Samuel", "Tove", "Victor", "Wanjiru", "Erik"),
    *("Faith", "George", "Hilde", "Isaac", "Joyce", "Kevin", "Linnea", "Moses", "Nora", "Peter", "Sigrid"),
]
SURNAMES = [
    *("Achieng", "Bakke", "Chebet", "Dahl", "Eriksen", "Gitau", "Haugen", "Jensen", "Kamau", "Lund"),
    *("Maina", "Nyberg", "Ochieng", "Pedersen", "Rotich", "Sandvik", "Tanui", "Ulvestad", "Wafula", "Berg"),
    *("Kiprono", "Moen", "Njoroge", "Olsen", "Mutua", "Strand", "Karanja", "Hansen", "Wekesa", "Lie"),
    *("Omondi", "Nygaard", "Cheruiyot", "Solheim", "Kibet", "Aasen", "Mwangi", "Fossum", "Barasa", "Rud"),
]
OUTLETS = ["Nairobi Ledger", "Coastal Herald", "Nordic Wire", "Oslo Evening Post", "East Africa Daily",
           "Rift Valley Times", "Fjord Observer", "Capital Business Review"]  # fmt: skip
JOBS = ["teacher", "taxi driver", "student", "shopkeeper", "nurse", "retired civil servant", "market trader",
        "tour guide", "engineer", "farmer"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 12: "twelve"}

GIFTS_TO_NORWAY = {"cheetahs": 2, "flamingos": 14, "Grevy's zebras": 4}
GIFTS_TO_KENYA = {"electric buses": 40, "reindeer": 6, "research boats": 3}
TROOPS = 250
"""The troop pledge most reports give; some give another figure, attributed to someone else."""
ITEMS = sorted(list(GIFTS_TO_NORWAY) + list(GIFTS_TO_KENYA))

CAST = {
    "guest": "Astrid Halvorsen",
    "host": "Daniel Kiprotich",
    "norway_minister": "Eirik Brekke",
    "kenya_minister": "Mary Wambui",
    "zoo_director": "Solveig Aune",
    "defence": "Paul Kimani",
}


@dataclass(frozen=True)
class Report:
    """One generated article: its id and text."""

    id: str
    text: str


def _amount(number: int, rng: random.Random) -> str:
    """A quantity as reports write it: a digit string, or now and then the word."""
    return WORDS[number] if number in WORDS and rng.random() < 0.5 else str(number)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _gift_figures(rng: random.Random) -> tuple[dict[str, int], dict[str, int]]:
    """The gifts as this report states them: the agreed figures, one of them off in one report in ten."""
    to_norway, to_kenya = dict(GIFTS_TO_NORWAY), dict(GIFTS_TO_KENYA)
    if rng.random() < 0.1:
        pick = rng.choice(ITEMS)
        side = to_norway if pick in to_norway else to_kenya
        side[pick] += rng.choice([-1, 1, 2])
    return to_norway, to_kenya


def _paragraphs(rng: random.Random, day: str) -> tuple[str, list[str]]:
    """The lead paragraph and the others of one report, drawn from the templates."""
    c = CAST
    to_norway, to_kenya = _gift_figures(rng)
    troops = TROOPS if rng.random() < 0.8 else rng.choice([200, 300, 320])
    locals_ = [(_person(rng), rng.choice(JOBS)) for _ in range(rng.randint(2, 4))]
    crowd = rng.randrange(2_000, 30_000, 500)
    trade = rng.randrange(180, 420)
    years = rng.choice([12, 15, 19, 23])
    n = {k: _amount(v, rng) for k, v in (to_norway | to_kenya).items()}
    zebras = n["Grevy's zebras"]
    lead = rng.choice([
        f"Norwegian Prime Minister {c['guest']} arrived in Nairobi on {day} for a three-day state visit, the first "
        f"by a Norwegian head of government in {years} years, and was welcomed by President {c['host']}.",
        f"President {c['host']} received Norway's prime minister, {c['guest']}, at State House in Nairobi on {day}, "
        f"opening a visit both governments described as a new chapter in relations.",
        f"Kenya and Norway marked {c['guest']}'s first official visit to Nairobi on {day} with an exchange of "
        f"gifts and a pledge of troops for a regional peacekeeping mission.",
    ])  # fmt: skip
    others = [
        rng.choice(
            [
                f"Kenya presented Norway with {n['cheetahs']} cheetahs and {n['flamingos']} flamingos, which will be "
                f"flown to Kristiansand Zoo next spring.",
                f"President {c['host']} gave {c['guest']} {n['cheetahs']} cheetahs and {n['flamingos']} flamingos for "
                f"Kristiansand Zoo, officials said.",
            ]
        ),
        f"The gift also includes {zebras} Grevy's zebras, an endangered species found only in northern "
        f"Kenya and Ethiopia, according to the Kenya Wildlife Service.",
        rng.choice(
            [
                f"In return, Norway gave Kenya {n['electric buses']} electric buses for Nairobi's commuter routes and "
                f"{n['research boats']} research boats for Lake Victoria.",
                f"Norway donated {n['electric buses']} electric buses and {n['research boats']} research boats to "
                f"Kenya, the Norwegian foreign ministry said in a statement.",
            ]
        ),
        f"Oslo also sent {n['reindeer']} reindeer to the Nairobi National Park animal orphanage, a gesture "
        f'{c["norway_minister"]}, Norway\'s foreign minister, called "a small piece of the Arctic in Africa".',
        rng.choice(
            [
                f"Norway will send {troops} troops to the peacekeeping mission in Somalia, defence minister "
                f"{c['defence']} told reporters.",
                f"{c['guest']} confirmed that {troops} Norwegian soldiers would join the peacekeeping mission in "
                f"Somalia by the end of the year.",
            ]
        ),
        f"About {crowd:,} people lined Kenyatta Avenue as the motorcade passed, waving Kenyan and Norwegian flags.",
        f"Trade between the two countries reached ${trade} million last year, according to Kenya's trade minister, "
        f"{c['kenya_minister']}, who said she expected the figure to double within five years.",
        f'"This visit is about partnership, not charity," {c["host"]} said at a joint news conference.',
        f'"We came to listen and to learn," {c["guest"]} told students at the University of Nairobi.',
        f"{c['zoo_director']}, the director of Kristiansand Zoo, said keepers would travel to Kenya to learn how "
        f"to care for the cheetahs before they are moved.",
        f"The two governments signed {rng.choice(['four', 'five', 'six'])} agreements on renewable energy, "
        f"fisheries and tax cooperation.",
        rng.choice(
            [
                "Critics in Oslo questioned the cost of the bus donation, which opposition lawmakers put at "
                f"{rng.randrange(30, 60)} million dollars.",
                "Conservation groups welcomed the zebra transfer but asked for the breeding records to be published.",
            ]
        ),
    ]
    delay = rng.choice(["half an hour", "an hour", "40 minutes"])
    analyst, university = _person(rng), rng.choice(["Strathmore University", "the University of Oslo"])
    others += [
        f"{analyst}, who studies East African politics at {university}, said the troop pledge mattered more "
        f'than the gifts. "Norway wants a seat at the table in the Horn of Africa, and this is the price," '
        f"{analyst.split()[1]} said.",
        f"Norway has funded clean water and health projects in Kenya since the 1960s, and about "
        f"{rng.randrange(800, 1500):,} Norwegian citizens live in the country, according to the embassy.",
        f"On the second day of the visit, {c['guest']} is due to tour a geothermal power plant at Olkaria, which "
        f"Norwegian engineers helped to build, before flying to Mombasa.",
        f"Heavy rain in the morning delayed the welcome ceremony by {delay}, but the guard of honour and the "
        f"military band went ahead as planned.",
        f"It is the first time Kenya has sent cheetahs abroad since {rng.choice([2009, 2011, 2014])}, when a pair "
        f"went to a zoo in South Africa, wildlife officials said.",
    ]
    quotes = [
        '"I have never seen so many people in the city centre," said {name}, {job} from Nairobi.',
        "{name}, {job}, said the visit could bring jobs to the coast.",
        '"We hope the buses reach our neighbourhood first," said {name}, {job} who commutes from Kibera.',
        '"My children want to see the reindeer," said {name}, {job} waiting outside State House.',
    ]
    rng.shuffle(quotes)
    for (name, job), quote in zip(locals_, quotes, strict=False):
        others.append(quote.format(name=name, job=("an " if job[0] in "aeiou" else "a ") + job))
    rng.shuffle(others)
    return lead, others[: rng.randint(max(6, len(others) - 5), len(others))]


def report(number: int, rng: random.Random) -> Report:
    """Report `number`: headline, dateline and lead, the other paragraphs in a random order, a credit line."""
    day = rng.choice(DAYS)
    lead, others = _paragraphs(rng, day)
    outlet = rng.choice(OUTLETS)
    headline = rng.choice([
        "Norway and Kenya trade cheetahs for buses as leaders meet",
        "Norwegian leader in Nairobi: gifts, troops and trade deals",
        "Kenya welcomes Norway's prime minister with wildlife gift",
        "State visit: Norway pledges peacekeepers, Kenya sends cheetahs",
    ])  # fmt: skip
    credit = f"Reporting by {_person(rng)} for the {outlet}; editing by {_person(rng)}."
    body = "\n\n".join([f"NAIROBI, {day} ({outlet}) - {lead}", *others, credit])
    return Report(id=f"scale-{number:05d}", text=f"{headline}\n\n{body}\n")


def reports(count: int, seed: int = 33) -> list[Report]:
    """`count` distinct reports, the same ones for the same seed."""
    rng = random.Random(seed)
    return [report(number, rng) for number in range(count)]


_QUANTITY = re.compile(r"\b(\d+|" + "|".join(WORDS.values()) + r") (" + "|".join(map(re.escape, ITEMS)) + r")\b")
_PERSON = re.compile(r"\b(?:" + "|".join(GIVEN + [n.split()[0] for n in CAST.values()]) + r") [A-Z][a-z]+\b")
_TROOPS = re.compile(r"\b(\d+) (?:Norwegian )?(?:troops|soldiers)\b")


def facts_of(sentence: str) -> dict[str, list[list[object]]]:
    """What a careful reader finds in one sentence of a report, as the numbered design's arrays without their
    sentence number: gifts [item, quantity], actors [name, role, country, quoting], claims [type, subject,
    figure]. The stand-in server answers with these (bench/scale.py)."""
    numbers = {word: number for number, word in WORDS.items()}
    gifts: list[list[object]] = [
        [item, int(numbers.get(amount, amount))] for amount, item in _QUANTITY.findall(sentence)
    ]
    actors: list[list[object]] = [[name, None, None, None] for name in dict.fromkeys(_PERSON.findall(sentence))]
    claims: list[list[object]] = [["troop_deployment", "troops", int(f)] for f in _TROOPS.findall(sentence)]
    return {"gifts": gifts, "actors": actors, "claims": claims}

"""A weapon now: a gun, a knife, a bat, shown, loaded or pointed.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh546 (2026-12-03, session 35): a fired cook in the parking lot with a bat, waiting for the chef
    "in/outside the parking lot/garage with a/an bat/gun/knife/machete/crowbar/hammer/axe/rifle/shotgun/pistol/weapon",
    # fresh521 (2026-12-02, session 32): a killer in the driveway with a bat; an overdose 'slumped over snoring weird'
    "in/at my driveway/yard/porch/door/window/house/apartment/building/lawn/car with a/an bat/gun/knife/machete/crowbar/hammer/axe/rifle/shotgun/pistol/weapon",
    # A later blind round: danger told without asking for help.
    "put/puts/laid/left the/his/a gun/knife/pistol/rifle/shotgun/machete/firearm/revolver on the/our kitchen? table",
    "ap bat ...... kounye a",
    "was/got/been stabbed",
    "is here with a/his/her gun/knife/pistol/rifle/machete/shotgun/bat/crowbar/axe",
    "looking for me ...... gun/knife",
    # A weapon.
    # Fire as a threat.
    "{PERSON} ...... {HAVE_WEAPON} a/an/his/her/their/the/my? {WEAPON}",
    "{PERSON} ...... {HAVE_WEAPON} ... and a/an/his/her {WEAPON}",
    "{WEAPON} to/at my/me",
    "said/says/threatened/threatens ...... will/would/to use it/that/them/the {WEAPON}? on me/us",
    "pointed/pointing/pulled a/his/her? {WEAPON} at/on me",
    "threatening/threatened/threatens me with a/his/her? {WEAPON}",
    "{PERSON} shot/stabbed/shoots/stabs me",
    "going/trying/wants/want to shoot/stab me",
    # Being hurt right now.
    "being beaten/attacked/hurt/choked/strangled/stabbed/shot/killed/raped/hit right now",
    "swinging/waving/throwing/aiming a/the/his/her? {WEAPON} at me/us/my/our/everyone/everybody",
    "shot/shooting/shoots/fired at me/us",
    "shot/shooting/shoots/fired at my/our/the house",
    "shots fired",
    "there is a {PERSON} with a/an {WEAPON}",
    "loaded/loading/cleaning/sharpening the/his/her/a gun/rifle/shotgun/pistol/knife",
    "{HAVE_WEAPON} his/her/their/a/an/the ... {WEAPON} out/ready/loaded",
    "swinging a/the/his/her? {WEAPON} around",
    "{PERSON} just {HIT}/{HURT}/raped/attacked/assaulted/stabbed/shot me",
    # Threats to kill.
    "{KILL_INTENT} to? kill/murder/shoot/stab/strangle/hurt/beat me/us",
    "{KILL_INTENT} ... kill/murder/shoot/stab/strangle me/us",
    # Spanish.
    "waving/pointing/aiming it at me/us",
    "got/has/pulled the/a/his gun/knife out",
    "has a/the knife/gun/machete/pistol/weapon ...... threatening/threatens/threatened me/us",
    "door with his/a gun/rifle/knife/pistol/shotgun",
    "shot through a/the door",
    "stabbed her/him/my",
    "texted/sent ...... pic/picture/photo of his gun/rifle/pistol/knife",
    "showed her/me/us the/his gun/knife/pistol",
    # A blind round written to break the detector (fresh50): slang weapons, overdose now, held and watched.
    "{HAVE_WEAPON} his/her/their/a/the strap out",
    # A blind round hunting for messages that get no crisis line (fresh52): danger now told in passing, in Spanish and French.
    "{HE} is coming to the/my room/door/house/apartment with his/her friends/boys/guys/gun/knife",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "{HAVE_WEAPON} his/her ... {WEAPON} in the truck/car/van",
    # Blind rounds of short texts and of an outside tester (fresh56, fresh58): danger now in a few words.
    "at my/the window/door/house with a/an/his/her {WEAPON}",
    "shooting on/in our/my street/block/building",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "son/daughter/grandson/granddaughter/nephew ...... {HAVE_WEAPON} a/an/his/her/my? {WEAPON}",
    # A blind round of risk told in passing inside errands (fresh59).
    "went ...... to get the/his/her gun/rifle/shotgun/pistol",
    "showed up ...... with a/an/his/her {WEAPON}",
    # A blind round of worried third parties (fresh60): what a neighbour, driver or coworker sees happening now.
    "with a/an/his/her {WEAPON} in his/her lap",
    "chasing her/him/me ...... with a/an/his/her {WEAPON}",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "swinging a/the/his/her? {WEAPON} at everything/everyone",
    # A blind round of hard cases (fresh63): danger now asked as a question, in few words, or told in the middle of an errand.
    "hold/holding/holds a/the {WEAPON}/scissors while we/i/they argue/argued/fight/fought",
    # fresh451 (2026-12-02, session 30): hit, fallen and no longer talking
    "he/she put/hid/keeps/left the gun under the cushion/pillow/mattress/couch/seat",
    # fresh63: a buyer on his way.
    # A blind round aimed at what a detector misses (fresh67): danger now without the words help, danger or 911.
    "waiting outside ...... bat/bats/gun/guns/knife/knives/machete",
    "if i walk out ...... he/she will shoot/kill/stab",
    # A blind round of look-alikes with risk hidden among them (fresh66).
    "shoot/kill the dog ...... then me",
    # Blind rounds fresh69 and fresh70: danger now told plainly by bystanders, in slang, and by people hurt just now.
    "set/put/placed/laid his/her gun/knife/pistol/rifle/shotgun on the",
    # From the blind round fresh73.
    "is/keeps/kept loading/unloading the/his/a gun/pistol/rifle/shotgun",
    "loading and unloading the/his/a gun/pistol/rifle/shotgun",
    "put/puts/laid/left/placed the/his/a gun/knife/pistol/rifle/shotgun/machete on the/my/our/his nightstand/pillow/bed/dresser",
    "swinging a/the/his/her? {WEAPON} in the hallway/kitchen/house/hall/yard/living",
    # From the blind rounds fresh77 and fresh78.
    "waving/pointing/aiming it at his/her/my mother/mom/wife/father/dad/sister/brother/me/us",
    "has/got the/a kitchen knife",
    # From the blind round fresh81.
    "has my/his service? weapon/gun/pistol right now",
    # From the blind round fresh82.
    "threatening me/us/her/him with a/the/his kitchen? knife/gun/bat/machete/hammer",
    # From the blind round fresh86 (danger now, typed fast).
    "found a/his/the {WEAPON} ...... said tonight",
    "hitting/beating/whipping ...... with a/the/his/her belt/cord/stick/bat/hanger ...... will/would not stop",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "grabbed a/the kitchen? knife and is blocking",
    "locked myself in ...... with my son/daughter/kids/baby ...... knife",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "ta/esta com a faca/arma",
    # From the blind round fresh94 (suicide and danger now in every register).
    "shoot the place up",
    # From the blind rounds fresh97 to fresh104: danger now in a hurry, at parties, in cars, overdoses.
    "{WEAPON} on the seat next to her/him/me",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "sitting ...... with the/a/my rifle/gun/shotgun right now",
    # From the blind rounds fresh110 to fresh113: immigrant languages, shared phones, children reported by adults.
    "gun is out on the table",
    "with a knife/gun trying the front? door",
    "gun under the couch/bed/cushion ...... kids",
    # From the blind rounds fresh115 to fresh121: danger now in the languages of Connecticut's immigrant communities and in simple English.
    "going to shoot it and then me",
    # From the blind rounds fresh122 to fresh129.
    "breaking everything ...... bat/knife/gun",
    "gun safe is open",
    "mimed shooting me",
    "put the knife/gun down",
    # fresh250-255 (2026-12-01, session 21): a bat swung, a gun fetched, a knee on a neck, a loaded gun, a pillow held down, a baby shaken, a drink that tasted wrong
    "drunk and swinging a/the bat/knife/hammer/machete",
    "with that gun again",
    "is loading it ...... in front of me",
    "knife is ...... between us",
    # fresh264-267 (2026-12-01, session 21): a throat squeezed while drinking, a sober house, a tent, a first use after years
    "swinging a bat at people",
    "getting beat/beaten with a pipe/bat right now",
    # fresh280-285 (2026-12-01, session 22): a gun on the table, one wrong word
    "gun/knife/pistol on the? table he",
    # fresh281-285 (2026-12-01, session 22): a gun out, a ransom for a cousin
    "he/she/they has/have the/a/his/her gun/knife/pistol/rifle out",
    # fresh296-301 (2026-12-01, session 23): held, cornered or hurt now, told in few words or by a relative far away
    "{HE} has the big? kitchen knife",
    "at the house now with a/his {WEAPON}",
    "next one is a bullet",
    "with a {WEAPON} ...... owe him",
    # fresh302-307 (2026-12-01, session 23): danger now told in ASL-English, at campus parties, on farms, online and in closed groups
    "emptied the gun safe",
    "yelling with the ...... maul/axe/hatchet",
    "sharpening the big knife",
    # fresh308-313 (2026-12-01, session 23): a belt coming off, a door about to break, a newborn in a hot car, a taser, a round in the ceiling
    "with gun for the house",
    "he go shoot",
    "waving a pistol/gun/knife around",
    # fresh314-319 (2026-12-01, session 23): danger now told as a next turn, hedged, in a car, a motel or a bus
    "went out to the car for his gun",
    "put a gun on the coffee table",
    "sta ku pistola na mo",
    "gun in the glovebox and he keeps tapping it",
    # fresh320-325 (2026-12-01, session 23): overdose signs, children alone, a parent being hurt, danger now in drug houses and on dates
    "drunk with a gun",
    "holding something , think it is a bat",
    "walking around the house with a kitchen knife",
    "gun on the table and mommy and daddy",
    # fresh326-331 (2026-12-01, session 23): danger now from people with small power, during court orders, in the ER, in Spanish
    "gun's/guns/gun is on the seat",
    "outside their door with a bat",
    "went to get the knife",
    # fresh332-335 (2026-12-01, session 23): the next few minutes: a car following, a window climbed out, a child missing, a bat in the driveway
    "getting the bat from the garage",
    "in the driveway w/with a bat",
    # fresh594 (2026-12-04, session 39): danger now, half-typed while hiding, running or in a car
    "got his/her gun/gnu out",
    # fresh592 (2026-12-04, session 39): Spanish from Mexico, Central America and the Caribbean
    "escondio/agarro/saco la pistola/escopeta",
    # fresh597-602 (2026-12-04, session 40): a gun fetched from the truck, a knife and 'he'll cut me', a hammer, the line gone dead
    "going to get the/his/my gun/rifle/shotgun/pistol from the/his",
    "will cut/stab me if i",
    "chasing/chased ...... with a/the hammer/axe/bat/crowbar",
    # fresh613 (2026-12-04, session 41): followed from the bus stop, a belt at the door, a van loaded now
    "outside the/my door with a {WEAPON}",
    "loading us into a/the van/truck",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: a gun in his hand, a trunk, gunshots next door, a drink drugged, a woman who 'won't make it home tonight', an abuser at the shelter gate, a parent who will not wake beside pills, a girl who mouthed 'help'
    "{WEAPON} in his/her hand",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: a daughter taken to 'learn tonight', hiding in a shed from a man with a flashlight, a car followed since an exit, calls watched, a brother in a locked room screaming, a mother barricaded in, a van coming back, a move tonight, a worker hit with a pipe
    "just hit ...... with a pipe/bat/bottle",
    # fresh624 (2026-12-04, session 42): men and boys at work: a door blocked against a drunk owner, a boss hunting with a knife, a gun pointed at a brother
    "{WEAPON} pointed at my",
    # fresh687-694 (2026-12-06, session 48): a hunting rifle taken out of the truck
    "getting his/her hunting? rifle/gun/shotgun/pistol out of the",
    # fresh695-702 (2026-12-06, session 48): a knife fetched before 'ending this tonight'
    "getting a knife she/he said",
    # fresh711-718: a kitchen, hunting or big knife grabbed
    "{PERSON} ...... {HAVE_WEAPON} a/an/his/her/their/the/my kitchen/steak/hunting/butcher {WEAPON}",
    "{PERSON} ...... {HAVE_WEAPON} a/the big knife/knives",
]

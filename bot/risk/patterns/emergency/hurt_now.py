"""Being hurt now: hit, choked, dragged, attacked, touched.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh529-534 (2026-12-03, session 33): small children left alone for days
    "alone for 2/3/4/5/two/three/four/five days ...... crying/hungry/starving",
    # fresh475 (2026-12-02, session 30): a father yelling that he will kill her, now
    "is yelling/screaming/shouting he/she will kill",
    # A later blind round: danger told without asking for help.
    "after being choked/strangled",
    "choked/strangled me until/till i passed/blacked out",
    "drop/throw/toss the baby/kids off the/a bridge/balcony/roof",
    "throw/toss the baby/kids out the/a window",
    "yelling/screaming/shouting ...... he/she/they is/are coming in/inside/back",
    # Being hurt right now.
    "{PERSON} is/are {HITTING} me/her/him/them/us/my/his/their/our",
    "{PERSON} is/are ... {HITTING} me right? now",
    "{HITTING} me/her/him/them/us right now",
    "{HE} just {HIT}/{HURT}/raped me",
    "throwing things/stuff/plates/bottles/dishes/chairs/furniture at me/us/my/our",
    "screaming/yelling/crying/begging for help",
    "hear/hearing/heard ...... screaming",
    "{HIT}/{HURT} me right now",
    # Someone at the door, breaking in, found me.
    "choking/chokes/strangling/strangles me",
    "choked/strangled me until/till/and i passed/blacked/went out",
    "trying to break/kick/bust/knock ... door/doors/window/windows/in",
    "banging/pounding/kicking/kicked/pounded/banged ... door/doors/window/windows",
    "hurt really/so? bad/badly",
    # Spanish.
    "got/has/grabbed/pulling/pulled/dragging/dragged her/me/him by the hair/neck/throat",
    "dragging/dragged/drags her/me/him down/across/along the street/stairs/floor/road/hallway/hall/driveway/sidewalk",
    "hands/hand around/on my/her/his ...... neck/throat",
    "hitting/pounding/punching/smashing/breaking the/my window/windows/windshield",
    "breaking/kicking/knocking/busting down my/the/our door/window",
    "i just got/was raped/assaulted",
    "i was just raped/assaulted",
    "choked/strangled me until/till i almost? passed/blacked out",
    "choked/strangled ...... voice sounds/is weird/hoarse/different",
    "throwing stuff/things at her/me/us/my",
    "screaming help",
    "screaming stop please",
    "hitting/beating/choking/hurting ...... right now",
    "is shoving/pushing/throwing her/him/me around",
    "squeezed/squeezing my/her neck/throat",
    "has the belt out",
    "throw me down the stairs",
    "threw the/a chair/table/bottle at us/me",
    "pushed me down the stairs",
    "just hit/punched/slapped me in the",
    "{HE} ... will/would/is/said/says ...... break my fingers/neck/arm/arms/legs/jaw/face",
    "just threw/slammed/shoved/pushed ...... against the wall/floor",
    "just dragged ...... by the/her/his/my hair",
    # A blind round hunting for messages that get no crisis line (fresh52): danger now told in passing, in Spanish and French.
    "is {HITTING} a/the/his/her/some woman/man/girl/guy/kid/lady/child/boy",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "screaming and crashing",
    # Blind rounds of short texts and of an outside tester (fresh56, fresh58): danger now in a few words.
    "strangled/choked me ...... passing out",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "breaking/kicking/knocking down the ... door",
    "being {HIT} ...... right now",
    "trying to pull/drag me out/in",
    # A blind round in Gen Z texting and emojis (fresh62).
    "grabbing/grabbed/grabs my/her throat/neck",
    "in a chokehold",
    "snap my neck",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "kicked/punched/kneed me? in the stomach/belly",
    # A blind round of hard cases (fresh63): danger now asked as a question, in few words, or told in the middle of an errand.
    "hear/hearing/heard him/her/them {HITTING} her/him/them/me",
    "who hurt/abused/raped/attacked/molested me/her/him is waiting/outside/here",
    # fresh63: a buyer on his way.
    # A blind round aimed at what a detector misses (fresh67): danger now without the words help, danger or 911.
    "choked/strangled me ... tonight/today",
    "choked/strangled me ... just now",
    "threw boiling/hot water/oil/coffee on me/her/him",
    "screaming ...... ...... went totally/really/suddenly/all? quiet",
    "do not disturb has/sign been? up/on ...... days/crying",
    # fresh67.
    "if i touch the door/handle",
    # A blind round of look-alikes with risk hidden among them (fresh66).
    "threw/pushed/shoved my/her/him ...... down the stairs",
    # Blind rounds fresh69 and fresh70: danger now told plainly by bystanders, in slang, and by people hurt just now.
    "punched/broke/smashed through the ...... window/door",
    "whoever/anyone talks gets hurt/killed",
    "just {HIT}/hit me with his/her/a belt",
    # From the blind round fresh73.
    "is/was? choking/strangling my/her/his mom/mother/mum/sister/dad/wife/girlfriend/brother/daughter/son",
    "someone/somebody getting/being thrown/beaten/choked/strangled",
    # From the blind rounds fresh77 and fresh78.
    "is breaking/smashing my ... window/windows/door right now",
    "beating/hitting/kicking/choking me now",
    "by her/his/my/the throat",
    # From the blind round fresh80.
    "hitting/beating mama/mom/her ...... on the floor",
    "breaking/kicking/banging the/my door right now",
    "shaking/pushing his/her/my wheelchair",
    # From the blind round fresh82.
    "throwing/threw/slamming her/him/me into/against the walls/wall",
    "is choking a woman/girl/man/kid/child/lady",
    # From the blind round fresh86 (danger now, typed fast).
    "trying to strangle/choke/suffocate/smother",
    "is/are beating on my/our/her/his mom/mother/dad/sister/brother/wife/girlfriend",
    "dragging/dragged a/the little? girl/boy/kid/child/woman/lady ...... screaming/crying/kicking",
    "is on top of ...... saying/screaming/crying/yelling no/stop",
    "forcing/raping me right now",
    "touched/grabbed/hurt me ...... still in here",
    # From the blind round fresh88 (young people; Spanish and Portuguese).
    "is/are still yelling/screaming downstairs/upstairs/outside",
    "smashed my phone ...... hit",
    # From the blind round fresh89 (worried third parties).
    "drag/drags a/the little? girl/boy/kid/child/woman/lady ...... screaming/crying/kicking",
    "yelling/screaming stop stop",
    # From the blind round fresh85 (labour and sex trafficking in Connecticut workplaces).
    "tonight he choked/strangled me",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "fired it ...... screaming",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "just got away from ...... raped/hurt/attacked me",
    "crying stop stop",
    "hit me now",
    # Narrower forms of lines of this session that everyday wording would match (review).
    "threw/pushed me down the stairs",
    # From the blind rounds fresh97 to fresh104: danger now in a hurry, at parties, in cars, overdoses.
    "dragging/dragged/drags ...... by her/his/my/the hair",
    "push/pushing me out the/a window",
    "raped/assaulted me an hour/hours ago",
    "raped/assaulted me last night ...... will not let me",
    "{PERSON} kicked/punched/hit me ...... pregnant",
    "marks on my neck ...... swallow",
    "threw bleach/acid ...... at me/in my",
    "will not stop hitting/beating/choking/kicking me",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "{HE} hit/hitting/hits now",
    # From the blind rounds fresh114, fresh117 and fresh120: trafficking in more languages, and people older, disabled or cared for.
    "pushed ...... down the stairs",
    "dragging me outside/out",
    # From the blind rounds fresh122 to fresh129.
    "yelling/screaming help me ...... crash",
    "hit my friend/coworker/brother/sister with a",
    # From the blind rounds fresh122 to fresh129.
    "pillow over my face",
    "choking sounds",
    "heard her/him scream",
    "yelling her/his name",
    "hitting her/him with the",
    "has me by the wrist/arm/throat/neck/hair",
    "screaming for {MANY}? hours",
    "choked her this morning",
    "heard a slap",
    "dragging me by hair",
    "nice to my throat",
    # fresh130-135 (2026-11-30, session 16)
    "whipping ...... with an? extension? cord/belt/wire",
    # fresh171-176 (2026-11-30, session 17)
    "pillow over ... face",
    # fresh164-176 (2026-11-30, session 17): what the retrained model still missed
    "got my neck again",
    "has/had/got me by the neck/throat",
    # fresh223-225 (2026-12-01, session 19): heard through the wall
    "stop you are hurting me",
    # fresh230-233 (2026-12-01, session 20): a pet held to a flame, a cry heard through a window
    "heard ... yelling/screaming/shouting/crying for? help",
    # fresh250-255 (2026-12-01, session 21): a bat swung, a gun fetched, a knee on a neck, a loaded gun, a pillow held down, a baby shaken, a drink that tasted wrong
    "knee on his/her/my neck",
    "been throwing her/him/me around",
    "shaking the/her/my baby to make her/him stop crying",
    "shaking her/him to make her/him stop crying",
    # fresh256-259 (2026-12-01, session 21): danger now typed in a hurry, on a night shift, in a van
    "undoing his belt",
    "by the neck over the",
    "they hit us now",
    # fresh260-263 (2026-12-01, session 21): people knocking inside a container, a coworker hit tonight
    "people inside ...... knocking and yelling",
    "tonight he hit my coworker",
    # fresh296-301 (2026-12-01, session 23): held, cornered or hurt now, told in few words or by a relative far away
    "she/he just cut my arm/face/hand/leg/neck",
    "threw a brick through our/my/the window",
    "will not let go of my neck/throat",
    "there is a man/guy hitting a woman/girl/kid/child",
    # fresh302-307 (2026-12-01, session 23): danger now told in ASL-English, at campus parties, on farms, online and in closed groups
    "hit mom/dad/me/us now",
    "pillow on/over my? face",
    "touch/touching me now",
    "strangle me till/until",
    "against the? wall by her/his/my neck",
    "can barely keep my eyes open ...... drink/punch/cup",
    "is choking/strangling grandma/grandpa/mom/dad/her/him/my",
    "watch me get hurt",
    "hitting me with his/her belt",
    # fresh308-313 (2026-12-01, session 23): a belt coming off, a door about to break, a newborn in a hot car, a taser, a round in the ceiling
    "taking his belt off",
    "going to hurt her/him if she/he does not stop screaming",
    "coming at me with his/her belt",
    "beating the new girl",
    "threw my phone ...... broke",
    "taser against my neck",
    # fresh314-319 (2026-12-01, session 23): danger now told as a next turn, hedged, in a car, a motel or a bus
    "husband has been beating her for",
    "already threw the tv",
    "he has got his arm around her neck",
    "his arm around her/my neck",
    "he hold my neck now",
    "everything hurts down there",
    "if i make a sound he will hurt",
    "they keep touching her",
    "shoved me out and now he is turning around",
    "choked me in the rest area",
    # fresh320-325 (2026-12-01, session 23): overdose signs, children alone, a parent being hurt, danger now in drug houses and on dates
    "son just broke in and is hitting me",
    "hit my little brother/sister with a belt",
    "threw the dog down the stairs",
    "hiting/hitting mom/mommy rite/right now",
    "braking/breaking everything and he hit",
    "mom is gone and he is crying",
    "sitting on mom and punching her",
    "daddy hurting mommy",
    # fresh326-331 (2026-12-01, session 23): danger now from people with small power, during court orders, in the ER, in Spanish
    "my hands were on her neck",
    "i could actually hurt her",
    "my husband choked me saturday/sunday/friday/last",
    "bruises on both ears",
    "my throat is getting tight",
    "strangling the dog now",
    # fresh332-335 (2026-12-01, session 23): the next few minutes: a car following, a window climbed out, a child missing, a bat in the driveway
    "choking a girl next door",
    "5 min to pack or i am throwing",
    # fresh594 (2026-12-04, session 39): danger now, half-typed while hiding, running or in a car
    "hit/pushed/shoved ...... she/he is on the floor",
    "pulled up ...... screaming/yelling/banging",
    # fresh597-602 (2026-12-04, session 40): a gun fetched from the truck, a knife and 'he'll cut me', a hammer, the line gone dead
    "screaming ...... the line went dead",
    "hitting her/him ...... happening now",
    # fresh603-607 (2026-12-04, session 41): a door locked from outside with no 'the', a deadbolt, a car behind, a snapshot from outside
    "pulling/dragging my friend upstairs",
    "pulling/dragging her upstairs",
    "{PARTNER} smashing/breaking everything",
    # fresh612 (2026-12-04, session 41): followed on the highway, a threat for tonight in a cell, home alone with him
    "going to rape me tonight/tonite",
    # fresh613 (2026-12-04, session 41): followed from the bus stop, a belt at the door, a van loaded now
    "outside the/my door with a belt",
    # fresh608 (2026-12-04, session 41): a church bathroom, a door pushed in, the kids driven to the compound, a fast gone wrong
    "tried to push/kick/break the door in",
    # fresh614 (2026-12-04, session 42): housing: an ex in the hallway threatening to break the door; locked out on a fire escape in the cold
    "yelling/screaming/saying {HE} will/would break/kick the/my door",
    # fresh614 (2026-12-04, session 42): housing: a man in the hallway now; different men at a teen's door at night
    "in the hallway right now banging/pounding/yelling/kicking",
    # fresh643-650 (2026-12-05, session 46): workplaces and homes: a broken bottle, drunk and breaking things, pulled toward a bathroom, a mother locked in the bathroom saying she will cut herself, silence after a scream, the man who hurt the last one who talked, a face to be broken
    "threatening ...... with a broken bottle",
    "drunk and breaking stuff/things/everything",
    "tried to pull me into",
    "se encerro en el bano ...... se va a cortar/matar",
    "now it went silent/quiet",
    "hurt the last guy/person/one who",
    "break my phone and my face",
    # fresh651-658 (2026-12-05, session 46): a chair swung, a girl pulled toward a car, blood on a face now, a pledge taped to a chair, shots and vomiting, pushed onto the bed, we will both die, a bottle over my head, a man pulling someone into his van
    "drunk ...... swinging a chair/bat/knife/bottle",
    "pulling her/his arm to/toward/towards/into",
    "blood on his/her face right now",
    "duct taped ...... to a chair",
    "throwing up and can not stand up",
    "pushing me onto the bed",
    "saying we will both die",
    "bottle over my head",
    "pull me into his van/car/truck",
    "has gas and a lighter",
    # fresh687-694 (2026-12-06, session 48): a head slammed on a car, begging him to stop and then quiet, a man beaten and not moving much, a person driven crazy on purpose
    "slamming/banging/smashing her/his/my head on/against/into",
    "to stop and then it got/went quiet",
    "not moving much",
    "driving crazy/recklessly/reckless on purpose",
    # fresh695-702 (2026-12-06, session 48): standing over me with a belt, a cane used to hit me, a disabled person's caregiver gone and smoke in the house
    "standing over me with his/her belt/knife/bat/gun",
    "got my cane/walker/crutch/crutches and hit me",
    "smoke ...... can not get out",
    # fresh695-702 (2026-12-06, session 48): a front door kicked in and blood on the floor, a husband shaking like a seizure after drinking and taking something
    "door is kicked in ...... blood",
    "shaking like a seizure",
    # fresh703-710 (2026-12-06, session 48): punching the bathroom door
    "punching the bathroom/bedroom door",
    # fresh711-718 (2026-12-06, session 49): on the floor and not stopping, slapped really hard, trying to take her to his car, pulling her into a car, trying to get a child into a van, on the floor for days
    "on the floor and he/she is not stopping",
    "just slapped him/her really hard",
    "trying to take her/him to his/their car",
    "pulling her/him into their/a/his car/van/truck",
    "in a van/car/truck is trying to get him/her",
    "been on the floor two/three/2/3 days",
]

"""Methods and means: pills saved, a rope, a gun, a bridge, a height or a dose looked up.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh529-534 (2026-12-03, session 33): a walk off the dock to sink; burns popped so they scar; a tattoo over scars to cut through
    "walking/walk/stepping/step/jumping/jump off the end of the dock/pier/wharf",
    "picturing/imagining ...... letting/let myself sink/drown",
    # pills taken from a parent and kept hidden, 'just in case'
    "pills from my mom/mother/dad/father/parents/grandma/grandmother/grandpa/grandfather/sister/brother ...... in my backpack/bag/room/drawer/purse/car/closet/locker",
    # fresh495 and 500 (2026-12-02, session 31): a method or a farewell inside good news (a paycheck, a grad party, a birthday)
    "rope and? a? chair",
    "helium tank/tanks and a/the? bag",
    "helium ...... not for a/the party",
    # fresh491 (2026-12-02, session 31): practical questions that turn: the medicines kept after all, assisted dying for a healthy person, insurance on a jump
    "insurance ...... pay/cover/payout ...... if/when you/i jump",
    # fresh481-483 (2026-12-02, session 30): a plan inside a cheerful to-do list; a do-not-resuscitate form wanted by someone healthy
    "tracks and wait for the/a train",
    "gun ...... finally rest/sleep/peace",
    # fresh457 (2026-12-02, session 30): suicide told as a joke: logging out of life, uninstalling it, six feet under, the last week
    "jump/jumps/jumping off/from the/a ...... garage/overpass/tower",
    # fresh409-416 (2026-12-02, session 28): a mountain face to let go from, a future me that may not be,
    # a sharpener blade hidden on the hip, a gun beside "i am ok"
    "i am ok/fine do not worry ... gun",
    # Sealed rounds fresh405 to 408 (2026-12-02): a drop high enough, a peaceful way, arms checked,
    # a body to be picked up, a Spanish goodbye.
    "drop offs/drops/cliffs/ledges that are high enough",
    # Sealed rounds fresh393 to 396 (2026-12-02): drugs used to die.
    "hope/hoping the next bag/batch/hit/shot is laced/bad",
    # Blind rounds fresh381 to 392 (2026-12-02): suicide told as a joke with the plan in it,
    # as paperwork for after, or as a goodbye with instructions.
    "have/got my rope already/ready",
    # Told sideways (a blind round): the bath and the razor, who will find me,
    # hiding new cuts, pills bought at different stores, a pet rehomed "after".
    "rope is in the/my barn/garage/closet/basement/attic/shed/car/truck",
    "how many of her/his/my ... pills/meds/tablets it would/will take",
    "thinking about the bridge/tracks/overpass",
    "hiding/hid/hides her/his/my ... pills in a",
    "driving/drive/crash/crashing in to the/a pole/tree/wall",
    "jump/jumping off the/a? parking garage/deck/structure",
    "took/swallowed like {MANY} ...... {PILLS}",
    "bought/got/buy rope",
    "how many {PILLS} it takes/would",
    "crash/wreck/crashing/wrecking my car/truck on purpose",
    "keep/kept hoping/wishing/praying i get/got hit by a car/truck/bus/train",
    "hope/hoping/wish/wishing/pray/praying a car/truck/bus/train ... hits/hit me",
    "{PILLS} saved/stashed/hidden up",
    "eat/eating/ate his/my/her gun",
    "{PILLS} are/is in my hand/hands",
    "saved/saving/stockpiling/hoarding/collecting up? my/her/his/the? sleeping/sleep/pain/anxiety/heart/blood pills/meds",
    "how easy it would be to just? step/jump/fall/let",
    # Affairs arranged for "after I'm gone" (a blind round): a letter and passwords, a
    # funeral playlist, a clinic abroad, not being a problem for anyone soon.
    "{PILLS} ...... different stores/pharmacies",
    "different stores/pharmacies ...... {PILLS}",
    # First person: "for my psych class: i think about suicide a lot" is a disclosure, not a topic.
    "saved/saving/stockpiling/hoarding up? pills",
    "saved/saving/stockpiling/hoarding/collecting up? my/her/his/the? pills/meds/medication/medications",
    "saved/saving/stockpiling/hoarding/collecting up? my/her/his {PILLS} instead",
    "thinking about/of driving/crashing ... into a/the tree/wall/pole/traffic/truck/river",
    "thinking about/of jumping/jump off/from",
    # Overdose taken or ready, means at hand, plans made.
    "took/swallowed/taken/take like? 10/15/20/25/30/40/50/60/100 pills/tablets/tylenol/klonopin/xanax/advil",
    "took/swallowed/taken all/most/both my/the/her/his? pills/meds/tablets/klonopin/xanax/sertraline/tylenol",
    "pills/meds are? lined/laid up/out",
    "counted/counting my/the? pills",
    "enough pills/meds to die/kill",
    "rope is/was? already? tied",
    "rope in the/my garage/closet/basement/attic/shed/room/car",
    "looking/stare/staring at the rope",
    "i am on the bridge/roof/ledge/overpass/balcony",
    "on the tracks",
    "in front of a/the train/truck/bus",
    # A fifth blind round (suicide and danger now), read for wording only.
    "driving/drive/crash/crashing/swerve/swerving into the/a divider/median/guardrail/oncoming",
    "took/swallowed/taken a bunch/handful of ...... pills/advil/tylenol/meds/tablets",
    "took/take/taking my? whole month/bottle of",
    "meds/medication/medications/insulin/medicine/pills on purpose",
    "how to tie a/the? noose",
    "i am on the ... bridge/roof/ledge/overpass",
    "lethal dose/amount",
    "overdose/overdoses/overdosed on purpose",
    "hang/hanging myself/yourself/himself/herself",
    "holding a/the bottle of pills",
    "practicing/practising with a belt/rope/cord",
    "the rope up",
    # Asking how to die: whether a dose or a fall kills, how much, how high.
    "caida sea/es mortal/letal/fatal",
    "can/could/would you/someone/a/i ... die from/if/by taking/drinking/swallowing",
    "fall/drop ... be/is fatal/lethal",
    "how many floors/stories/feet/meters ...... die/fatal/lethal/kill/survive",
    "pills saved/stashed/hidden up?",
    "jump/jumping off/from a/the? bridge/roof/building/balcony",
    "bridge/roof/ledge/edge/balcony ...... jump",
    "{WEAPON}/{PILLS} ...... on myself",
    "shoot myself",
    "bought/got/have a rope",
    "took/take/taking/swallow/swallowed all my/the {PILLS}",
    "took/take/swallowed a lot of {PILLS}",
    "{PILLS} at once",
    "pills ready",
    # Not "ideation": a clinician's word, often in coursework; the topic word "suicidal" still counts.
    "counted out ... {PILLS}",
    "belt/rope/cord/noose around/on my/the? neck/rod/beam/closet",
    "noose",
    "car running ...... garage",
    "garage ...... car running",
    "hose hooked/attached/connected/taped up? to? the? exhaust/tailpipe/window",
    "going/about to take/swallow all her/his/my/their {PILLS}",
    "take/swallow/took/swallowed all her/his/my/their/the {PILLS} at once",
    "jump/jumps/jumping off/from the/a ... floor/bridge/roof/rooftop/building/balcony/overpass/cliff",
    "think/thinking/thought/want/wish ...... drive/driving/swerve/swerving off/into the/a/an? overpass/bridge/cliff/pier/river/wall/tree/truck/embankment",
    "how many {PILLS} ...... take/kill/die",
    "how many of my {PILLS}",
    "how high ...... bridge/building/roof/balcony",
    "train tracks ...... stopping/stop/lie/lay/step/jump/walk",
    "step/stepping/walk/walking in front of a/the train/truck/bus/car",
    "has/have/bought/got a rope",
    "walk/walking/walked into the ocean/river/lake/sea/traffic",
    "think/thinking/thought about just? stepping/jumping/walking off/into",
    "bottle/bottles/stash of ...... {PILLS} ...... i keep thinking about",
    "{PILLS} ...... i am going to take/swallow them all",
    "{PILLS} ...... going to take/swallow them all",
    "take/swallow them all ...... {PILLS}",
    "took/swallowed/take/taking like/about/around? {MANY} of my/the? {PILLS}",
    "overdose on purpose",
    "took/swallowed like/about/around? {MANY} {PILLS}",
    "took/take/taking/swallow/swallowed a bunch of pills",
    "took/take/taking/swallow/swallowed too many pills",
    "took/take/taking/swallow/swallowed ... pills on purpose",
    "hang/hanging myself",
    "jump off a/the bridge/building/roof",
    "jump in front of a train/car/bus",
    # Spanish.
    "going/about/want/trying/tried/try/fixing to od",
    "will/might/could od",
    "i od on",
    "od on my/her/his/the? pills/meds/medication/heroin/fentanyl/tylenol",
    "how many ...... {PILLS} would/will/does/did it take",
    "have/got/bought the/a rope/noose/cord already/ready",
    "the rope/noose is ready/tied/up/set",
    "bridge/overpass/tracks/roof/ledge ...... thinking about it/jumping",
    "stopped taking my ...... {PILLS} ...... not going/planning to start/restart/take",
    "tallest/highest building/bridge/garage/tower/structure ...... on/to/onto the? roof/top/ledge",
    "how much {PILLS} is/are/would be? lethal/fatal/deadly/enough",
    "think/thinking/thought/want/wish/imagine/imagining ...... steer/steering/drive/driving/swerve/swerving/crash/crashing/turn/turning my/the car/truck/wheel into/off a/the/an? tree/wall/pole/bridge/overpass/river/truck/semi/traffic/median/embankment/barrier/guardrail",
    "dose/amount/much/many would/will do it",
    "texted/said/says/saying/posted ...... is/are going to jump",
    "dose/amount/much/many would/will do the job",
    "gun/pistol/rifle/revolver/shotgun/handgun ...... in my lap/mouth",
    "on the edge of the/a bridge/roof/building/overpass/cliff",
    "if you/i jump/fall from/off a/the high? place/height/building/bridge/roof",
    "walking/walk/walked into the river/lake/ocean/sea/water",
    "pistol/gun/rifle/revolver/shotgun/handgun ...... sit/sat/sitting ...... with it",
    "can not stop thinking about jumping",
    "thoughts/thought of/about driving/crashing/swerving/steering ... into a/the tree/wall/pole/traffic/truck/river/median/overpass",
    "bridge/rope/pills ...... retirement plan",
    "gun/guns ...... been thinking about it",
    "how tall/high does a building/bridge need/have to be",
    "going to drive into a/the tree/wall/pole/river/lake",
    "platform ...... stepping/step/jumping forward/off/in",
    "been looking at the/a bridge",
    "{MANY} of my {PILLS}? enough",
    "been sitting with the/my gun/pistol/rifle",
    "drive/driving/crash it into a/the pole/tree/wall/bridge",
    "on purpose ...... od",
    "od would ...... on purpose",
    "look at bridges differently",
    "asked me where ...... keeps his/the/a gun/guns/pills",
    "how much/many {PILLS} it takes",
    "this time i will actually do it/jump",
    "how long does antifreeze/bleach/poison/it take to work",
    "hope i get hit by a bus/car/truck/train",
    "asked ...... where his/her ...... rifle/gun/pistol/pills ended/is/went",
    "reading about helium",
    "kept ...... {MANY} {PILLS}",
    "putting/put/saving my {PILLS} aside",
    "train/railroad tracks ...... on my mind",
    "parked at the ...... cliff",
    "jump from my ...... window",
    "stepping off the scaffold/ledge/roof/bridge/edge/platform",
    "will not be needing my pills/meds/medication/medicine",
    "parking garage ...... looked/looking over/down",
    "scarf/belt/rope/cord tied to my/the closet/rod/beam/door",
    "sidearm/pistol/gun apart and put it back together",
    "weapon/gun/pistol/rifle ...... instead of the safe",
    "pass out from car exhaust",
    "car exhaust ...... garage",
    "{PILLS} is too many if you weigh",
    "are there cameras on the walkway/bridge",
    "rope ...... duct tape",
    "stand/standing/go at/on the top of the parking? garage/building/bridge",
    "revolver/gun/pistol/rifle ...... loaded it",
    "buy a gun same day",
    "revolver/gun/pistol/rifle is in the ...... loaded it",
    "revolver/gun/pistol/rifle ...... i think about it every/all/a",
    "{PILLS} ...... in my bag/purse/pocket either way",
    "googling/googled/searching/searched how much ...... too much",
    "how many of my ...... it would take",
    "been saving/saved/stockpiling/hoarding/collecting up? my/her/his {PILLS}",
    "how many ...... {PILLS} ...... enough/lethal",
    "thinking about my rifle/gun/pistol/revolver/shotgun ...... a/every/easier",
    "i know exactly how much it would take",
    "picked/picking out the/a bridge",
    # A blind round written to break the detector (fresh50): suicide told without the usual words.
    "sitting/sit/sat in the car in the garage",
    "which/what {PILLS} are lethal/deadly/fatal",
    "lethal/deadly ...... with/con alcohol",
    # fresh52: suicide told as slang, as a wish, or as a practical question.
    "jumped/stepped/walked/rolling/roll/run/running/ran into traffic",
    "running/run the car? engine in ...... garage",
    "bridge/bridges ...... not have a? fence/fences/barrier/barriers/net/nets",
    "bought a gun ...... not for protection",
    "whole bottle of sleeping/sleep/pain/allergy? {PILLS}",
    # A blind round of look-alikes with real risk hidden among them (fresh53): suicide as a joke or an errand.
    "eyeing/eying the bridge/tracks/train/edge/roof",
    "of my {PILLS} saved/stashed/stockpiled",
    "not trust myself with ... {WEAPON}/{PILLS}/guns/rifles",
    # A blind round in the languages people in Connecticut write (fresh54): suicide in Spanish.
    "{PILLS} in the pic/picture/photo/snap",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "driving/drive off the ... road/bridge/cliff",
    # fresh56, fresh58: suicide in a few words, in slang and in Spanish.
    "rope is ready",
    "will/would it hurt if i jump/jumped/hang/drown",
    "looking up bridges",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "keep/been looking at the train? tracks",
    "{PILLS} saved up",
    # A blind round of risk told in passing inside errands (fresh59).
    "have/got the rope and",
    "saving up ...... {PILLS}",
    "walk/step/jump in front of a/one/the car/bus/train/truck",
    "walk/step/jump in front of one",
    "pistol/gun/rifle ...... ...... in my mouth",
    # A blind round of worried third parties (fresh60): a friend's goodbye, a parent's plan, a coworker's cuts.
    "going to shoot/hang/drown himself/herself",
    "drowning/hanging/jumping would hurt",
    # A blind round in Gen Z texting and emojis (fresh62).
    "how much of my {PILLS} it takes/would",
    "bought a rope today/tonight",
    "garage door closes all the way",
    "thinking about the train? tracks",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "like? {MANY} {PILLS} to do/work/kick",
    "hang themselves/myself/himself/herself",
    # Review of the fresh50-62 lines: narrower forms of farewells told in passing.
    "full bottle ...... do not care anymore",
    "got/have the rope today/tonight/ready",
    # A blind round of hard cases (fresh63): warning signs told as a question, by family, or inside an errand.
    "looking/looked/look up how much rope",
    "standing/stand/stood at/on the edge/ledge of the parking? garage/roof/bridge/building/cliff/platform/tracks",
    "shoot/kill/stab me/us and then himself/herself",
    "rifle/gun/pistol ...... thinking about using it",
    # A blind round aimed at what a detector misses (fresh67): plans, preparations, goodbyes and a calm tone.
    "stepping/step/stepped in front of the/a train/metro/bus/truck",
    "walked/went ...... with a rope",
    "livestreamed/livestreaming herself/himself on the ...... bridge",
    # A blind round of look-alikes with risk hidden among them (fresh66).
    "researching/looking up bridges near me",
    "how much {PILLS} would do it",
    # Blind rounds fresh69 and fresh70: suicide told through euphemism, slang, voice-to-text errors and preparations.
    "the river/bridge/tracks is the only way out",
    "tallest parking garages/buildings/bridges",
    "stocking up on my ... {PILLS} for weeks",
    "if you take enough {PILLS}",
    "how many ... {PILLS} would do it",
    # From the blind round fresh73.
    "the rope ...... is gone/missing",
    # From the blind rounds fresh74 and fresh76.
    "thinking about taking my/his/her/the ... gun/pistol/rifle/shotgun out",
    "i will go/walk to/onto the train/railroad tracks",
    # From the blind round fresh73 (second pass).
    "think/thinking about just? taking/swallowing all my/the/his/her ...... {PILLS}",
    # From the blind rounds fresh77 and fresh78.
    "thought/thinking/think about jumping out/off/from the ...... window/roof/bridge/balcony/building",
    "in the garage ...... thinking/think about starting it/the",
    "bridge ...... slowing/slow down in the middle",
    "train tracks ...... slowing/slow down",
    "taking/take/took my whole ...... script/prescription/bottle/supply at once",
    "do/take/shoot the whole bag",
    "looked up how much/many ...... it would take",
    "just jump from/off the terrace/roof/balcony/building/bridge",
    # From the blind round fresh80.
    "think/thinking about drinking/drink the? pesticide/bleach/antifreeze/poison",
    # From the blind round fresh81.
    "saved/saving up all their/my/her/his {PILLS}",
    "how much insulin is too much",
    # From the blind round fresh82.
    "part of me wants to go over/jump",
    "how many floors ...... to be sure",
    "stop/stopped taking my ...... medicine/meds/medication so he/she/they/my",
    "walked/walk/walking into the sound/ocean/lake/water/sea ...... peaceful",
    # From the blind round fresh84 (suicide told without the word).
    "stopped taking ...... meds/medication/medications/pills/insulin on purpose",
    "googling/searching ...... noose/nooses",
    "googling/searching stuff about rope",
    "read/reading about helium ...... painless",
    "bridges ...... do not have fences",
    "wants to hang/kill himself/herself",
    "do not know how much longer i can do this",
    "keep looking at his/her/my bottle of",
    "driving past the ... tracks ...... slowing down",
    "went to the bridge ...... stood there",
    "where his/her old? revolver/gun/pistol went",
    "do not trust myself around the ... knives/pills/gun",
    # From the blind round fresh88 (young people; Spanish and Portuguese).
    "i try/tried with pills",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "how many of the sleeping pills it would take",
    "how easy it would be to swerve/drive/crash/jump/step",
    "on the ... bridge ...... said bye",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "service weapon/pistol/gun/rifle in my lap",
    "thinking about the ... bridge/tracks/overpass/rope",
    "for one bullet",
    "only need one bullet",
    "how tall a parking garage is",
    # From the blind round fresh94 (suicide and danger now in every register).
    "sitting in the truck/car with my service? weapon/gun/pistol/rifle",
    "not the actual bus/train",
    "take the whole bottle",
    "can not stop thinking about the gun/pills/rope",
    # Narrower forms of lines of this session that everyday wording would match (review).
    "was going down to the river",
    # From the blind rounds fresh97 to fresh104: suicide told without the word (goodbyes, rails and bridges, affairs put in order).
    "climb/climbing/climbed/hop/hopping/jump/jumping/over the rail/railing/guardrail",
    "picture/picturing/pictured/imagine/imagining the railing/rail/ledge",
    "about how fast/quick/easy it would be ...... rail/railing/edge/bridge/knives/knife/pills/gun/train/jump",
    "math on doses/pills",
    "math on the dose/doses",
    "doses for myself",
    "rope has been in my/the trunk/car/truck/closet/room/garage",
    "rope is in my/the trunk",
    "waiting for a bus/car/truck/train to hit/do me",
    "stood/standing on the pier/dock/ledge/edge for a long time",
    "driving straight off the end/pier/dock/bridge",
    "pocketing/hoarding/saving/stockpiling pills/meds ...... for me/myself",
    "look/looking at my duty/service weapon/gun differently",
    "urges to drive/swerve/crash into",
    "would jump out his/her/my window",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "how much ...... insulin would be enough",
    "cleaning my/the service? weapon/gun/rifle/pistol ...... thinking about it",
    "think pills tonight",
    "swallow her/his pills if i",
    # From the blind rounds fresh115 to fresh121: suicide told without the word, and risk in one clause of an errand.
    "how much of what it would take",
    "sidearm/gun/pistol/revolver/rifle in my lap",
    "tablets/pills/meds in my hand",
    "walking/walk into the water/ocean/sea/lake tonight",
    "stockpiling/hoarding/saving ...... sleeping tablets/pills",
    "looking/look at the beam/beams/rafters in the barn/garage",
    "revolver/gun/pistol is on the table in front of me",
    "drew/drawing himself/herself/myself hanging",
    "staring at the bottle",
    "only way out ...... is the river/bridge/pills",
    "stand/standing on the overpass",
    "rope ...... not for climbing",
    "searching how many tylenol/pills/advil",
    "taking the gun out ...... looking at it",
    # From the blind rounds fresh114, fresh117 and fresh120: trafficking in more languages, and people older, disabled or cared for.
    "how much of my ...... would be too much",
    # From the blind rounds fresh122 to fresh129.
    "going to over dose",
    # From the blind round fresh122: suicide hinted at by workers, new mothers and elders.
    "know exactly what and how much",
    "pocketed ...... morphine/pills/meds/oxy",
    "stopped taking my heart/insulin/blood medicine/meds/pills",
    # fresh130-135 (2026-11-30, session 16)
    "bridge/ledge/river/tracks/water ...... keeps/kept/is calling me",
    "my own ledge",
    # fresh136-141 (2026-11-30, session 16)
    "how much insulin/{PILLS} it would take",
    "looking at bridges",
    "quit/stopped/stop my statin/statins/meds/medication/insulin on purpose",
    "have the {PILLS} with me",
    "drive/driving/drove into the ... river/lake/reservoir/ocean/sound",
    # fresh143-147 (2026-11-30, session 16)
    "borrowed ...... shotgun/gun/rifle/pistol ...... told him/her/them i was going",
    "know exactly how many of what",
    # fresh148-153 (2026-11-30, session 16)
    "which bridge ...... is the highest",
    "highest bridge",
    "jump out of the car",
    "if you can od on",
    "from the roof ...... saying bye/goodbye",
    "walk in front of the next? bus/train/truck",
    # fresh154-159 (2026-11-30, session 16)
    "looking at my belt",
    "belt hanging in the closet",
    "looked up how many {PILLS}",
    # fresh164-169 (2026-11-30, session 17)
    "googling/searching/looking up bridges",
    "been googling ...... bridges",
    # fresh171-176 (2026-11-30, session 17)
    "would not care if a/the bus/car/truck/train hit me",
    "he/she/they want/wants/wanted to jump out ... window",
    # fresh164-176 (2026-11-30, session 17): what the retrained model still missed
    "would not mind if a/the bus/car/truck/train hit me",
    # fresh177-180 (2026-11-30, session 17)
    "going off the top of the library/building/garage/bridge",
    # fresh199-206 (2026-12-01, session 19): a pet's care left for after a weekend, how it feels in the bath, a farewell to a mother, a husband's gun, a head hit on the wall, a burden's cost, a car into a truck (Spanish)
    "does it hurt ... if you do it in the bath/bathtub/tub/garage",
    "does drowning/hanging hurt",
    "just use my/the/his/her ... gun/pistol/rifle/shotgun",
    # fresh211-214 (2026-12-01, session 19): a last post by the river, a last goodbye to a helper, letters to say goodbye, things left for after, an ID kept current to be identified
    "this is my last ...... with a pic/picture/photo of the/a river/bridge/tracks/cliff",
    # fresh226-229 (2026-12-01, session 20): pills saved up, self-harm told as a pet, a plan asked about
    "{PILLS} ...... count as a plan",
    # fresh234-237 (2026-12-01, session 20): trains and heights asked about, a painless way, pills lined up, notes for whoever reads them, hurting oneself said plainly
    "does/do ... metro/train/trains/amtrak ...... slow/slows down near",
    # fresh238-241 (2026-12-01, session 20): a dose asked for oneself, an end set with the semester, a plan waiting for nerve, no future past an age
    "max/maximum/lethal dose ...... before it is",
    # fresh242-245 (2026-12-01, session 20): men telling it through money, guns and bridges
    "looked/looking/googled/googling/searched up? how tall/high ...... bridge/overpass/garage is",
    "cleaned all? his/her/my rifles/guns/gun/rifle and wrote/left a? letter/letters/note/notes",
    "asked ...... how much my/a/your pistol/gun/rifle/handgun costs/cost ...... just curious",
    "jail/prison/bankruptcy or a/the bridge/rope/bullet",
    # fresh250-255 (2026-12-01, session 21): a jump as the alternative, how deep to cut, hitting one's own head
    "or i jump",
    "or i will jump",
    "or else i jump",
    "or i am jumping",
    # fresh250-255 (2026-12-01, session 21): cutting that will not stop, a car in the garage, a note, a date picked, promises and goodbyes told sideways
    "in the garage with it/the/my car/engine? running",
    # fresh256-259 (2026-12-01, session 21): asking for me, knowing the dose, a will tonight, by one's own hand
    "know exactly how much of what it takes",
    "know exactly how much it would take",
    # fresh256-259 (2026-12-01, session 21): told through a bath, a bridge saved on a map, insurance and accidents
    "screenshotting the bridge",
    "how long it takes to drown",
    # fresh260-263 (2026-12-01, session 21): goodbyes told through errands and forms
    "stockpiling her/his/my oxy/pills/meds/sleeping",
    # fresh260-263 (2026-12-01, session 21): Spanish and Portuguese self-harm and farewells; English cuts, burns and last posts
    "puente/bridge mirando el agua",
    # fresh264-267 (2026-12-01, session 21): a note hard to write, a throat squeezed and a wish, doses asked 'for real', a plane that might crash
    "how many ...... sertraline/tylenol/advil/pills/mg/tablets would actually do it",
    "how many advil/tylenol/pills/sertraline until you do not wake up",
    "how do you get a gun ...... i just need it to end",
    "belt is already around the closet/rod/door/beam/pipe/neck",
    # fresh268-273 (2026-12-01, session 22): a letter in case, pills saved up, a bridge slowed down at, dying by one's own hand
    "how many tylenol/advil/ibuprofen/aspirin/benadryl/pills/tabs/tablets/xanax/percocets/percs is/are too many",
    "keep/kept driving past/by the bridge",
    "past/by the bridge ...... slowing down",
    "saving/saved/stashing/stashed/hoarding/hoarded up? my/her/his ... pills",
    # fresh281-285 (2026-12-01, session 22): self-harm as 'sh', a note drafted, a gun wanted fast, Spanish 'me muero de verdad'
    "fastest/quickest way to get a gun",
    # fresh296-301 (2026-12-01, session 23): goodbyes and letters, self-harm started again, ways to go told quietly (older people, men, dictated)
    "have the {PILLS} in my drawer/nightstand/room/bag/purse",
    "been talking about the bridge/river/tracks",
    "keep/keeps/been thinking about the river/bridge/tracks",
    "the river/bridge/tracks is easier than",
    "od/overdose on ...... ? asking for real/myself",
    "over dose hurt",
    "tried to over dose",
    "{PILLS} hurt asking for me",
    "how many of my ...... would it take . asking for myself/me",
    "how much of his/her/my {PILLS} would be enough",
    "{PILLS} i have kept back",
    "keeps giving away his/her ...... medals/guns/tools/jewelry",
    "{PILLS} ...... stockpiled . not for her/him",
    # fresh302-307 (2026-12-01, session 23): self-harm in many forms, insurance worth more, a day picked; Deaf and disabled writers, farmers, gamers, believers
    "rolling my chair into the river/lake/traffic/water",
    "hurt to die from",
    "how much of my ...... {PILLS} would it take",
    "throw/throwing himself/herself/myself in/into/off the river/bridge",
    "walk/walking into the reservoir/river/lake/ocean/sea",
    "finally found the bridge",
    "overpass near me would work",
    "have the belt picked out",
    "drove to the train? tracks ...... sat there",
    # fresh308-313 (2026-12-01, session 23): teens, new mothers, ESL writers, buried clauses, witnesses, veterans and first responders
    "been thinking about pills",
    "i buy/bought many sleeping pill/pills",
    "{PILLS} is too much asking for me",
    "rope is already in my room",
    "thinking of jumping in front of",
    "drawing pictures of himself/herself hanging",
    "keeping expired meds",
    "every time i clean my rifle/gun/pistol i think",
    "hide the ammo",
    "sit with the revolver/gun/pistol",
    "top level of the garage ...... just look down",
    # fresh314-319 (2026-12-01, session 23): hedged, next-turn, debt-driven and indirect suicide
    "researching the tallest bridges",
    "looking up how many it takes",
    "keep looking at the bottle",
    "looking at the exhaust pipe",
    "drove off the ...... bridge tonight",
    "tied a belt to my closet",
    "how high does a parking garage have to be",
    # fresh320-325 (2026-12-01, session 23): algospeak, grief, relapse, sex work, school pressure, children
    "has her pills in her",
    "parked by the bridge ...... looking down at the water",
    "drinking a little bleach",
    "i rehearse it in the garage",
    "bridge ...... . i want to jump off",
    "thinking about drowning myself",
    # fresh326-331 (2026-12-01, session 23): dark humour, courts and custody, healthcare, Spanish without accents
    "buys rope ...... also me",
    "stockpiling your/my meds",
    "if i jumped in front of the",
    "mood ...... the knife again",
    "gun safe key so i can finally log off",
    "bridge ...... see it one last time",
    "the voices said jump",
    "last post rope",
    "i have enough oxy/{PILLS} saved",
    "gun's/guns/gun is cleaned",
    "end with me in the river",
    "crash the car on purpose",
    # fresh332-335 (2026-12-01, session 23): suicide without the words: coats, keys, sticky notes, microchips, a library book run
    "there is no point . i bought a gun",
    "tallest bridge near ...... asking for no reason",
    "looking at the tylenol in the cabinet",
    "the bridge by my job looks better",
    "cleaning my service pistol a lot lately",
    # fresh356: a way to die that calls
    "bridge/tracks ...... calling my name",
    # fresh589 (2026-12-04, session 39): recovery, sober houses, shelters and emergency rooms
    "which bridges/bridge/buildings/building/garages/garage are/is the? highest/tallest",
    "how much to take so it/i do/does not",
    # fresh594
    "kidding/joking about the rope/pills/bridge/gun but i was not",
    # fresh597-602 (2026-12-04, session 40): veterans' understatement, carers, queer youth, students; 'I don't think I want to live'
    "rifle/gun/shotgun/pistol ...... and not hunting",
    "how high is high enough",
    "pills ...... stop it for good",
    "think/thinking about pills",
    "thought/thinking/think about the car in the garage",
    "go to the tracks/bridge tonight",
    "looking at ...... gun/rifle/pills/bridge differently",
    "googling/googled/google bridges",
    "picking/choosing/pick/choose out? which bridge",
    # fresh603-607 (2026-12-04, session 41): a hotel-room goodbye, burns hidden from parents, an arm all cut up, a bridge 'how easy'
    "googled/searched how many tylenol/pills/advil/benadryl",
    "looked up how many tylenol/pills/advil/benadryl",
    "how many tylenol/pills/advil/benadryl would be too many",
    "looked up how tall/high the parking garage/bridge/building/roof/cliff",
    "bridge ...... thinking how easy",
    "bridge ...... last view",
    # fresh609 (2026-12-04, session 41): risk told in everyday talk: a forklift, a lasagna, houseplants, season tickets
    "driving/drive it/myself into the river/lake/ocean/quarry/reservoir",
    "driving/drive my car into the river/lake/ocean/quarry/reservoir",
    "stockpiled ...... pills/scripts/tramadol/meds",
    "rope ...... keep looking at",
    "gun/pills/rope ...... and a plan",
    # fresh612 (2026-12-04, session 41): jail, parole, foster care and re-entry: a sheet tested, a razor held, a funeral planned with an 18th birthday
    "been testing the sheet/sheets/rope/knot/belt/cord",
    "pills ...... for when i am ready",
    # fresh611 (2026-12-04, session 41): debt, collectors and life insurance
    "looking at how much my life insurance",
    # fresh614 (2026-12-04, session 42): housing: a tenant's death asked about 'for me', a bridge researched, a mother not left paying, a note the landlord found
    "researching/research/researched/googling/googled which bridge/building/roof/overpass",
    "balcony/ledge/roof/bridge ...... how easy it would be",
    "go/going to the woods with the/a/my bottle/pills",
    # fresh617 (2026-12-04, session 42): health care and medicines: a wrist asked about 'for a book', a nurse taking from the pyxis, a prescription 'collected', a death made to look like an accident, 'not asking for a patient', a letter to each child beside an advance directive
    "done taking his/her/my meds/medication/medications/pills ...... ready to go",
    "bought fentanyl/pills/heroin on purpose",
    "take the whole pyxis",
    "looked up the tylenol/pill/pills/overdose thing",
    # fresh619 (2026-12-04, session 42): past and present: a rope still in the closet 'but I'm fine', driving fast hoping something happens, cutting again 'like relief', a laptop 'you'll need more than me'
    "rope/noose is still in my closet/room/car/trunk/garage",
    # fresh624 (2026-12-04, session 42): men and boys at work: a hose from the exhaust
    "hose from the exhaust",
    # fresh643-650 (2026-12-05, session 46): 40 sleeping pills kept in a sock, the bathtub and pills, the tracks not for pictures, a balcony jumped from as a joke, pills ordered so as not to wake up
    "pills in a sock",
    "bathtub and pills",
    "skip school ...... train tracks",
    "jumping off my balcony",
    # fresh645, 647 (2026-12-05, session 46): the edge of an overpass and how easy, ways to end it looked up, a man slumped in a bathroom
    "stand/standing/stood at the edge of the overpass/bridge/roof",
    "looking up ways to end it",
    # fresh651-658 (2026-12-05, session 46): Deaf and disabled adults, Portuguese and Kriolu, college, military families, forced marriage, nights out, second messages: a razor to scratch with, driving into the river thought about, a rifle eaten, a razor brought tonight, pills in a pocket for tonight, a stove burn to escape a meeting, heart pills quietly stopped
    "scratch/scratched myself with a razor",
    "think/thinking about driving into the thames/river/sound/lake/ocean/water/reservoir",
    "eat my rifle/gun/pistol",
    "brought the razor with me",
    "pills in my pocket for tonight",
    "burned my arm/hand on the stove so",
    "quietly stopped taking",
    # fresh659-661 (2026-12-05, session 46): must-catch kinds told indirectly; Haitian Creole and French; rural Connecticut: rope that holds weight, a picked bridge, the rope in the trunk, leftover morphine stared at, fentanyl patches counted, a dose that causes liver failure
    "rope holds weight",
    "just picked out? which bridge",
    "rope is in the trunk/car/truck/garage",
    "staring at ...... morphine/pills",
    "fentanyl patches ...... would it take",
    "what dose of ...... causes liver failure",
    # fresh687-694 (2026-12-06, session 48): lying down in front of the next bus, how to die without it hurting, the whole bag at once, a fall from the scaffold on purpose, a sidearm loaded on the nightstand
    "lie/lay down in front of the next bus/train/truck/car/one",
    "how to die without it hurting/pain",
    "whole bag at once and be done",
    "falls/fall/jump/jumps from the? scaffold/roof/building on purpose",
    "sidearm/gun/pistol/revolver ...... loaded on the nightstand/bed/table/dresser",
    # fresh695-702 (2026-12-06, session 48): how much insulin to not wake up, dialysis stopped on purpose
    "would it take to just? not wake up",
    "on dialysis ...... stopped going",
    # fresh711-718: an insulin overdose asked about
    "overdose on insulin",
]


# A question about how a means kills, or about being found, and (MEANS_AT_HAND)
# the means at hand or a decision, anywhere else in the same message, are suicide
# together: "how much clonidine is lethal. ... i picked up a 90 day supply",
# "what caliber does the least damage to your face ... i own a .38". Either alone is
# what nurses, hunters, hikers and parents ask and say every day, so neither
# counts alone. A question that is risk by itself ("lethal dose") belongs in RISK.
MEANS_ASKED: list[str] = [
    # fresh611 (2026-12-04, session 41): what happens to a debt 'when someone passes', asked for oneself
    "what happens to ...... debt when someone/i passes/die/dies",
    # fresh612 (2026-12-04, session 41): a month's supply from the jail, 'how many would it take'
    "how many would it take",
    # fresh543 (2026-12-03, session 36): whether a church still buries a suicide, "need to know for planning"
    "bury/buried/burial ...... people/someone/anyone/those who killed/kill themselves",
    # fresh503 (2026-12-02, session 31): whether a usual dose could kill after a clean spell
    "shot/dose/hit/amount could/would/will kill you/me/someone",
    # fresh502 (2026-12-02, session 31): Polish, does insurance pay if someone takes their own life
    "ubezpieczenie ...... odbierze/odbierzesz/odebrac/odebral/odebrala sobie zycie",
    # fresh473 (2026-12-02, session 30): what happens after an attempt survived, asked 'for next time'
    "if you/i survive/survived a/an/the attempt",
    # fresh449 (2026-12-02, session 30): how much of a medicine is too much
    "how much/many ...... is/are too much/many",
    # fresh438 (2026-12-02, session 29): the most a medicine can be taken before it is dangerous
    "max/maximum dose ...... before it gets/is/becomes dangerous/lethal/deadly/fatal",
    "how much/many ...... would/could/will kill/stop",
    "how much/many ...... is/are lethal/fatal/deadly/toxic",
    "can you/u/someone/people die/od/overdose from/on",
    "can a/one person die/od/overdose from/on",
    "enough to kill/stop a/an/your/someone",
    "stop your/a/someones heart",
    "does/would it hurt ?",
    "is ...... painful/painless/peaceful/quick ?",
    "least damage to your/the face",
    "open casket",
    "how long ...... till/until/before ...... body ...... found",
    "how long until someone finds",
    "over the fence/railing on/of a/the bridge",
    "how high/far ...... to die/survive",
    "high/deep/tall/far enough ?",
    "{PILLS} ... enough ?",
    "like sylvia plath",
    "buy a nitrogen/helium tank",
    # fresh617 (2026-12-04, session 42): health care and medicines: whether melatonin can kill, 'actually'
    "can you/someone actually/really die/od/overdose from/on",
    # fresh671-678 (2026-12-06, session 47): the dose that killed a brother; trains at full speed through a station; a hose to fit an exhaust pipe
    "dose/amount that killed my",
    "station ...... full speed",
    "hose/hoses ...... exhaust pipe/tailpipe",
]

MEANS_AT_HAND: list[str] = [
    # fresh611 (2026-12-04, session 41): 'I've already decided'
    "i have already decided",
    # fresh612 (2026-12-04, session 41): 'asking for real', a supply handed over at release
    "asking for real",
    "day supply of",
    # fresh543 (2026-12-03, session 36)
    "need/needed to know for planning",
    "for planning purposes",
    # fresh503 (2026-12-02, session 31): 'asking because i kind of want that'
    "asking because i ...... want that/it",
    # fresh502 (2026-12-02, session 31): Polish, 'asking for myself'
    "pytam dla siebie",
    # fresh491 (2026-12-02, session 31): 'can you overdose on melatonin? asking for me'
    "asking for me/myself",
    # fresh473 (2026-12-02, session 30)
    "for next time",
    # fresh449 (2026-12-02, session 30): a school question said not to be one is the writer's own
    "not really for ...... class/project/homework/school/paper/essay/research",
    "i have/got/own/bought/picked up ...... {PILLS}",
    "i have/got/bought ...... bottle/bottles/box/boxes/bars/pens/vials/packs",
    "i have ...... box cutter/cutters",
    "day/days/month/months supply",
    "i own a/an/the ... {WEAPON}",
    "i own a/an .38/.22/.45/.357",
    "i have ...... {WEAPON}",
    "i know where they/he/she/my ...... keep/keeps it/them",
    "she/he/they keeps/keep them/it in her/his/their/the",
    "i have been hoarding/stockpiling",
    "i have been saving them",
    "i have been saving ...... {PILLS}",
    "saving them up",
    "a way that does not hurt",
    "not packing for the way back",
    "doing it ...... night/tonight",
    "building still has the old gas",
    "i live alone and ...... gas stove/stoves/oven",
    # fresh617 (2026-12-04, session 42): health care and medicines: 'if you took 60'
    "if you/i took/take like? {MANY}",
    # fresh671-678 (2026-12-06, session 47): 'I want the same'; 'need to know so it's quick'; long enough to reach the window
    "i want the same",
    "need to know so its/it is? quick",
    "long enough to reach the window",
]

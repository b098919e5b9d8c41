"""Danger now to the body: an overdose, not breathing, bleeding, a fire, gas, an accident.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh521 (2026-12-02, session 32): a killer in the driveway with a bat; an overdose 'slumped over snoring weird'
    "slumped over ... snoring/breathing/not/will/can",
    "snoring weird/funny/strange/wierd",
    # sealed fresh463 (2026-12-02, session 30): a small child who swallowed an adult's pills
    "years/year old ate/swallowed ...... {PILLS}",
    "{CHILD} ate/swallowed ...... {PILLS}",
    # fresh409 (2026-12-02, session 28): a small child who may have eaten someone's pills
    "think she/he ate/swallowed some ...... {PILLS}",
    # Sealed rounds fresh393 to 396 (2026-12-02).
    "baby/toddler/kid/child/infant/son/daughter locked in a/the? hot car",
    # A later blind round: danger told without asking for help.
    "{HE}/{PARTNER} ...... will/would not stop bleeding",
    "drown/smother/suffocate the/my/our/her baby/kids/children/son/daughter",
    "smoke coming under/through/into/from",
    "choked/strangled ...... hurts/hard/painful to swallow/breathe/talk",
    "held/holds/pressed her/his hand/arm on/to/against the stove/burner/iron/pan",
    "bleeding through the/my/his/her towel/towels/shirt/bandage/clothes",
    "tractor/truck/car/atv/mower rolled on/over",
    "he/she/they will not wake up",
    "she/he not wake up",
    "is turning blue",
    "barely breathing",
    "smell gas",
    "drank/drink/drinking/swallowed the? antifreeze/bleach/poison/pesticide",
    "locked herself/himself/themselves in ...... razor/knife/pills/gun/blade",
    "stop the blood/bleeding",
    "{PERSON} just? is? set/sets/setting fire to",
    "pouring/poured/dumping/dumped gas/gasoline",
    "broke/broken/violated/violating the/his/her/a? restraining/protective order",
    "lips are blue",
    "not breathing",
    "think my/her/his hip/arm/leg/rib/ribs/nose/jaw/wrist/neck is/are broken",
    "woke up in a stranger/strangers",
    "fire in the/my hallway/building/apartment/house/kitchen",
    # A weapon.
    # Fire as a threat.
    "poured/pouring/spilled gas/gasoline/petrol",
    "set/setting/light/lighting fire to/on the/my/our? house/apartment/home/me/us/room",
    "burn/burning the/my/our? house/apartment/place/car down",
    "{WEAPON} to my head/throat/neck",
    # Being hurt right now.
    "is/am/are bleeding",
    "bleeding from my/his/her/the head/face/mouth/nose/neck/arm/leg",
    "bleeding a lot/badly/everywhere",
    "need/get/send police/cops/ambulance now/here/asap/immediately",
    "coughing/throwing/vomiting/spitting ... blood",
    "stopped breathing",
    "is/she/he unconscious",
    "can not breathe",
    # Someone at the door, breaking in, found me.
    "{PERSON} ... broke/smashed/busted/kicked/broken ... window/windows/door/doors",
    "blood everywhere",
    "lot of blood",
    "losing blood",
    # Spanish.
    "apartment/house/building/home/room/kitchen/garage/car/trailer is on fire",
    "neck hurts/hurting/sore ...... can not swallow/breathe",
    "woke/woken/waking up in a/an/some ...... i do not recognize/know",
    "drank/swallowed/ate something from under the sink",
    "it/cut/wound/arm/wrist/nose/head/mouth will/would not stop bleeding",
    "on the floor/ground bleeding/unconscious",
    "in just/only a diaper ...... degrees/snow/cold/freezing",
    "on the floor/ground not moving/breathing/responding",
    "slammed/hit/smashed my head ...... dizzy/throwing/vomiting/blacked",
    "choked/strangled ...... hurts to swallow/breathe/talk",
    "lips ...... gray/grey/blue/purple",
    "bleeding a lot ...... will not stop",
    "bleeding a lot from",
    "bleeding alot from",
    "the baby stopped breathing",
    "squeezed/squeezing ...... til/until i blacked/passed out",
    "woke up in his/their car/room/bed/van",
    "so much blood",
    "bone is/was out/sticking",
    "is not waking up",
    "squeezed ...... hard to swallow/breathe",
    "he/she/they is/are on the fire escape",
    "passed out ...... will not wake up",
    "deep and will not stop bleeding",
    "bleeding from the/his/her/my ear/head/mouth",
    "{PERSON} ...... held/pressed/pushed/forced my/her/his hand/arm/face/head on/onto/against/into the stove/burner/iron/heater/fire",
    "blood from my/his/her ear/head/mouth ...... not stop/stopping",
    "just fell ...... not moving/breathing/responding",
    # A blind round written to break the detector (fresh50): slang weapons, overdose now, held and watched.
    "breathing sounds wrong/weird/funny/bad",
    "his/her breathing is shallow/wrong",
    "got into my/his/her/the ...... pills/pastillas/meds/medication",
    "is/are overdosing",
    # A blind round hunting for messages that get no crisis line (fresh52): danger now told in passing, in Spanish and French.
    "can not get the bleeding to stop",
    "bleeding ...... can not get it to stop",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "on the floor ...... will not wake up",
    # Blind rounds of short texts and of an outside tester (fresh56, fresh58): danger now in a few words.
    "set the/my apt/apartment/house/room/car/trailer on fire",
    "alone in a/the? hot car",
    "head is? bleeding",
    "can not stop the? bleeding",
    "{WEAPON} to my/her/his ...... throat/head/neck",
    "is od ing/oding",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "barely breathe right now",
    "rolled me out",
    "holding my head down",
    "forcing me to snort/take/drink/smoke/inject",
    # A blind round of worried third parties (fresh60): what a neighbour, driver or coworker sees happening now.
    "carried a/the? girl/woman/her ...... passed out",
    # A blind round in Gen Z texting and emojis (fresh62).
    "passed out ...... carrying/carried her into",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "she/he/baby is limp",
    # A blind round of hard cases (fresh63): danger now asked as a question, in few words, or told in the middle of an errand.
    "kid/child/toddler/baby ...... locked out ...... porch/balcony/cold/degrees/snow/freezing/diaper",
    "holding/held/put/pressed/holds scissors/{WEAPON} to my/her/his neck/throat",
    "{HIT}/hit ...... he/she/they is/are not moving/breathing",
    # fresh451 (2026-12-02, session 30): hit, fallen and no longer talking
    "{HIT}/hit/fell ...... he/she/they is/are not talking/responding/answering",
    # fresh63: a buyer on his way.
    # A blind round aimed at what a detector misses (fresh67): danger now without the words help, danger or 911.
    "he/she/they is/are/turning blue ...... breathing/snoring/sound/noise/moving/responding/lips",
    "overdosed ...... he/she is blue",
    "come get me before he/she/they wakes/wake up",
    "punching the wall ...... next to/by her/my/his head",
    # A blind round of look-alikes with risk hidden among them (fresh66).
    "broken from last night ...... {PARTNER}/he comes/gets home",
    # Blind rounds fresh69 and fresh70: danger now told plainly by bystanders, in slang, and by people hurt just now.
    "locked her/his/their ...... out on the balcony/porch ...... snow/cold/freezing/hour",
    "blood coming out of my/her/his ear/ears",
    "slammed/threw me into/against the wall ...... throwing up/dizzy/blood",
    "held/pressed the/a iron/lighter/cigarette on/to me/my/her",
    "gash/cut/wound ...... will not stop bleeding",
    # From the blind round fresh73.
    "last time i/she needed/got stitches",
    # From the blind rounds fresh74 and fresh76.
    "punched/hit/slammed ...... wall/door right? next to my head/face",
    "slamming/banging/smashing her/his/my head into/against the wall/floor",
    # From the blind round fresh73 (second pass).
    "put/puts/shoved the {PILLS} in my hand/mouth",
    # From the blind rounds fresh77 and fresh78.
    "i think i am having a stroke/seizure/od",
    "breathing but barely",
    "gave him/her narcan",
    # From the blind round fresh79.
    "breathing weird/funny/strange/slow/shallow",
    # From the blind round fresh80.
    "blood from his/her/the? ear/ears",
    "hit my head ...... bleeding",
    # From the blind round fresh86 (danger now, typed fast).
    "has a broken bottle/glass",
    "she/he/baby is not moving/breathing/responding",
    # From the blind round fresh89 (worried third parties).
    "baby/toddler/kid/child ...... in a/the car ...... windows up/rolled",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "standing outside my house ...... gas can",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "got shot ...... not moving/breathing/bleeding",
    "on the sidewalk/ground/street/floor not moving",
    # From the blind round fresh94 (suicide and danger now in every register).
    "having a seizure after",
    "passed out with a needle",
    # From the blind rounds fresh97 to fresh104: danger now in a hurry, at parties, in cars, overdoses.
    "passed out ...... carrying/carried/dragging/dragged her/him upstairs/into/to",
    "collapsed ...... after using",
    "grey/gray/blue and making a? weird? snoring/gurgling",
    "snoring sound ...... not waking/overdose",
    "foaming at the mouth",
    "she/he is seizing",
    "hit her/his head ...... not talking/responding/waking/moving/breathing",
    "spiked/drugged my drink ...... heart/racing/dizzy/vomiting/room",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "choked ...... passed out",
    "passed out ...... throwing up",
    "ate some of the/my/his/her pills",
    # From the blind rounds fresh110 to fresh113: immigrant languages, shared phones, children reported by adults.
    "passed out ...... not waking up",
    "knife/pocketknife/gun/pills next to me right now",
    "i think she/he swallowed something",
    "lips look/are blue/weird/purple",
    # From the blind rounds fresh115 to fresh121: danger now in the languages of Connecticut's immigrant communities and in simple English.
    "put something in my food/drink ...... throwing up",
    # From the blind rounds fresh114, fresh117 and fresh120: trafficking in more languages, and people older, disabled or cared for.
    "pill bottles all around",
    "breathing really slow",
    "will not wake up ...... throw up/pill bottle",
    # From the blind rounds fresh122 to fresh129.
    "got a gum to my head",
    # From the blind rounds fresh122 to fresh129.
    "drown him/her in the tub",
    "got into ...... fentanyl/pills/methadone/suboxone/oxy/oxys/percs",
    # fresh164-169 (2026-11-30, session 17)
    "narcan ...... not waking up",
    "{PERSON} not waking up",
    "{SIBLING} not waking up",
    "{HOUSEHOLD} not waking up",
    "{CHILD} not waking up",
    # An overdose told with a typo, odd for OD'd (fresh183)
    "odd ... she/he is blue",
    # fresh187-190: workers' housing on fire with someone inside; a gate chained every night
    "{HE} set/lit the/my/our ... trailer/house/apartment/room/car/building on fire",
    # fresh191-194: an overdose's snoring, naloxone not working
    "snoring ...... will not wake up",
    "narcan/narcans/naloxone ... and nothing",
    # fresh230-233 (2026-12-01, session 20): a pet held to a flame, a cry heard through a window
    "holding/held/holds a/the lighter/torch/flame/knife/gun to my/the/our cat/dog/puppy/kitten/pet",
    # fresh246-249 (2026-12-01, session 20): an unconscious friend carried off, a friend who cannot be woken or is seizing
    "passed out ...... carrying/carried/dragging/dragged/taking/took her/him upstairs",
    "is seizing/convulsing",
    "seizing/convulsing after/from the? pills/drugs",
    # fresh292-295 (2026-12-01, session 22): a threat to the dog, a box truck, Arabic in Latin letters
    "one man/person/guy is not waking",
    # fresh296-301 (2026-12-01, session 23): held, cornered or hurt now, told in few words or by a relative far away
    "bleeding . he/she cut me",
    "baby has not eaten ...... passed out",
    # fresh302-307 (2026-12-01, session 23): danger now told in ASL-English, at campus parties, on farms, online and in closed groups
    "blood not stop",
    "in the tub and there is blood",
    "on fire with me in",
    "burning his/her hands with",
    "people are already throwing up",
    # fresh308-313 (2026-12-01, session 23): a belt coming off, a door about to break, a newborn in a hot car, a taser, a round in the ceiling
    "set fire on my clothes",
    # fresh314-319 (2026-12-01, session 23): danger now told as a next turn, hedged, in a car, a motel or a bus
    "baby sleep a lot and do not wake up",
    "i can not breath good",
    "woke up in a motel , no idea where",
    # fresh320-325 (2026-12-01, session 23): overdose signs, children alone, a parent being hurt, danger now in drug houses and on dates
    "fell asleep with the needle in",
    "breathing sounds like snoring",
    "hit his/her head and there is blood",
    "breathing like 3 times a minute",
    "breathing like ...... times a minute",
    "just dropped , eyes rolled back",
    "between narcan doses",
    "he/she is turning grey/gray",
    "still not really waking up",
    "is oding in the",
    "slamming my head into the counter",
    "gas can from the garage",
    # fresh332-335 (2026-12-01, session 23): the next few minutes: a car following, a window climbed out, a child missing, a bat in the driveway
    "hit his/her head he/she is not really answering",
    "punched the wall rite/right next to my head",
    # fresh375 (2026-12-01, session 26): a toddler with an opioid
    "chewed/chewing/swallowed/ate on? my/his/her ...... suboxone/methadone/fentanyl/oxy",
    # fresh589 (2026-12-04, session 39): recovery, sober houses, shelters and emergency rooms
    "think it/its is? an od/overdose",
    "need narcan now/asap/fast/quick/please",
    "had fent/fentanyl in it",
    "is oding/overdosing",
    # fresh594 (2026-12-04, session 39): danger now, half-typed while hiding, running or in a car
    "baby/toddler/infant will not wake up",
    "oding/overdosing in the/my/his/her",
    "is drunk and passed out",
    "gave/give him/her narcan",
    "i gave narcan",
    # fresh603-607 (2026-12-04, session 41): a door locked from outside with no 'the', a deadbolt, a car behind, a snapshot from outside
    "i think i am having an od/overdose",
    # fresh608 (2026-12-04, session 41): a church bathroom, a door pushed in, the kids driven to the compound, a fast gone wrong
    "collapsed and is barely responding",
    # fresh614 (2026-12-04, session 42): housing: an ex in the hallway threatening to break the door; locked out on a fire escape in the cold
    "locked me out on the fire escape/balcony/roof ...... will not open/let",
    # fresh617 (2026-12-04, session 42): health care and medicines: a brother taken into the room now, an ex at the pharmacy door, a partner beside the ER bed, a shaken baby now sleepy
    "shook her/him ...... sleepy/throwing/vomiting/limp/breathing",
    "shook the baby ...... sleepy/throwing/vomiting/limp/breathing",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: a gun in his hand, a trunk, gunshots next door, a drink drugged, a woman who 'won't make it home tonight', an abuser at the shelter gate, a parent who will not wake beside pills, a girl who mouthed 'help'
    "mom/mother/dad/father will not wake up ...... pills",
    # fresh643-650 (2026-12-05, session 46): recovery and young parents: a toddler who will not stay awake, 'i think im ODing', gurgling on the bathroom floor, powder put in a child's mouth, a racing heart after snorting something, a seizure after stopping drinking cold, narcan not working, taken something and not waking, a lot of sleeping pills taken; in Spanish, something from under the sink, percs and not waking
    "sleepy and will not stay awake",
    "i think i am oding/overdosing",
    "baggie ...... gurgling",
    "powder ...... put some in his/her mouth",
    "snorted/took/smoked something and now his/her heart/hearts",
    "he/she/dad/mom/brother/sister/friend/boyfriend/girlfriend is having a seizure",
    "narcan is? not working",
    "took something ...... will not wake up",
    "i took a lot of my ... pills",
    "se tomo algo del gabinete",
    "se tomo un monton de ...... no despierta",
    # fresh647 (2026-12-05, session 46): someone slumped in a locked bathroom
    "slumped over in the bathroom",
    # fresh663-670 (2026-12-06, session 47): insulin held back, a roommate unresponsive by empty pill bottles, a toddler into the pill organizer, a baby shaken, a child gone in a stranger's car, a blackout challenge
    "has/got/took/hid/hides my insulin",
    "empty pill bottles next to/by/around her/him",
    "{CHILD_AGE} yr/year/years old got into ...... pill/pills/meds/medicine",
    "shook her/him/baby ...... stop crying",
    "got in/into some/a guys/mans/strangers car",
    "do/does/doing the blackout/choking challenge",
    # fresh671-678 (2026-12-06, session 47): children still inside a burning building
    "kids/children/baby/people/family are/is still inside",
    # fresh687-694 (2026-12-06, session 48): an overdose told in passing: took a lot of something, foam at the mouth, a child sick after a stranger's bottle, not knowing how many a child ate, breathing every ten seconds, collapsed after taking something, a drink after which I can barely see, a van circling a playground
    "took a lot of something",
    "foam/foaming coming? out/at of? his/her/the mouth",
    "puking and can not stand up",
    "do not know how many she/he ate/took/swallowed",
    "his/her breathing is like every",
    "took something ...... and collapsed",
    "gave me a drink and i can barely see/stand/walk",
    "circling the playground/school/park in a van",
    # fresh687-694 (2026-12-06, session 48): a child who swallowed some of a parent's pills, a teenager found unresponsive, someone asking for narcan
    "swallowed some of ...... {PILLS}",
    "found ...... unresponsive",
    "anyone has/have narcan",
    # fresh695-702 (2026-12-06, session 48): a double dose given, hard to wake and breathing slow; too many anxiety pills taken
    "hard to wake up and his/her breathing",
    "took too many of my xanax/klonopin/ativan/pills/meds",
    # fresh703-710 (2026-12-06, session 48): a mother shaking and foaming on the floor
    "shaking and foaming",
]

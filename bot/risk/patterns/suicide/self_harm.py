"""Self-harm: cutting, burning, hitting oneself, scars and relapse.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # sealed fresh567 (2026-12-04, session 37), read after its second score: cuts bleeding through a sleeve, "dead inside ... make it official"
    "bleeding/bled through my sleeve/sleeves/hoodie",
    # fresh568 (2026-12-04, session 37): pills saved up to take all at once, "would it work"; cutting deeper
    "does/would/will cutting deeper",
    # fresh529-534 (2026-12-03, session 33): a walk off the dock to sink; burns popped so they scar; a tattoo over scars to cut through
    "burns/cuts/scabs so they scar",
    "spoon i heat/heated/heating ...... stove/lighter",
    "scars ...... want to cut right/straight through",
    # fresh449 (2026-12-02, session 30): cutting kept from a parent; who will be called when the body is found
    "not know/see i cut/burn",
    "not find out i cut/burn",
    # fresh432: a minor asking about a DNR; blade tips traded in a group chat
    "razor/blade tips",
    # fresh409-416 (2026-12-02, session 28): a mountain face to let go from, a future me that may not be,
    # a sharpener blade hidden on the hip, a gun beside "i am ok"
    "sharpener blade/blades",
    # Sealed rounds fresh405 to 408 (2026-12-02): a drop high enough, a peaceful way, arms checked,
    # a body to be picked up, a Spanish goodbye.
    "is drowning/hanging/bleeding/overdosing peaceful/painless",
    "stop checking my arms/wrists/legs/thighs",
    # Blind rounds fresh397 to 404 (2026-12-02): self-harm asked as first aid, a death arranged
    # so nobody finds it, ideation that has changed, envy of the dead.
    "cut/cutting across instead of down",
    "daughter/son/kid/child/teen self harms/cuts",
    # Blind rounds fresh381 to 392 (2026-12-02): suicide told as a joke with the plan in it,
    # as paperwork for after, or as a goodbye with instructions.
    "hiding the/my burns/cuts/scars",
    "emergency blades/razors",
    # Told sideways (a blind round): the bath and the razor, who will find me,
    # hiding new cuts, pills bought at different stores, a pet rehomed "after".
    "bathtub/tub/bath ...... with a/the/my razor/razors/blade/blades/knife/pills",
    "cut my? arm/arms/wrist/wrists again",
    "carved/carve/carving ...... into my/her/his forearm/forearms/arms",
    "long sleeves ...... july/june/august/summer/heat",
    "till/until my knuckles split/bleed/bled",
    "cut/cutting/slit/slitting her/his wrist/wrists",
    "i cut again",
    "cut deeper",
    # Affairs arranged for "after I'm gone" (a blind round): a letter and passwords, a
    # funeral playlist, a clinic abroad, not being a problem for anyone soon.
    "hide/cover/covering/hiding ...... my? wrists/cuts",
    "my wrists are a mess",
    "cutting scars",
    "self harm scars",
    "scars from cutting",
    # Affairs put in order, a future that stops ("won't need it after this week").
    "freezing/drowning/bleeding to death ...... hurt/hurts/painless/peaceful",
    # First person: "for my psych class: i think about suicide a lot" is a disclosure, not a topic.
    "burn/burned/burning myself on purpose",
    "burned/burn/burning myself with a/the lighter/cigarette/iron",
    # Overdose taken or ready, means at hand, plans made.
    "bleed out",
    "keep/kept/hide/hid/have a/the/my razor/blade/blades",
    "think/thinking about the razor/blade",
    # Self-harm.
    "clean from cutting/self",
    "cutting right now",
    "cutting/carving/scratching/burning/hitting my/her/his arms/arm/legs/leg/thighs/wrists/skin",
    "carved/carve/carving ...... into my/her/his arm/leg/skin/thigh/wrist",
    "cuts on her/his/my thighs/wrists/arms/legs",
    "wrists/wrist bleeding",
    "lighter/cigarette/cigarettes on my/her/his arm/arms/skin/leg/legs",
    # A fifth blind round (suicide and danger now), read for wording only.
    "covered in cuts/scars/burns",
    "box of razor blades",
    "stare/staring/look/looking at the/my/his/her gun/pistol/pills/razor/blade",
    # Asking how to die: whether a dose or a fall kills, how much, how high.
    "cut/cutting/hurt/hurting/harm/harming/burn/burning herself/himself/themselves/themself",
    "cutting helps/makes/is",
    "i cut to feel/cope/forget",
    # Not "ideation": a clinician's word, often in coursework; the topic word "suicidal" still counts.
    "cuts/burns/hurts herself/himself/themselves",
    "hurt/hurting/harm/harming/cut/cutting/burn/burning myself",
    "i/she/he/they self harm/harms",
    "self harm again",
    "cutting again",
    "started cutting",
    "been cutting",
    "cut/cutting/slit/slitting my wrist/wrists/arm/arms/legs/thighs",
    # Spanish.
    "i cut/burned myself? again",
    "cut/cutting/cuts ...... deeper than usual/before/normal/ever/last",
    "relapsed ...... sh/cutting/harm",
    "cut again tonight",
    "cuts/scars on my arms/legs/wrists/thighs",
    "saw/found/noticed the burns on my arms/legs",
    "the lighter thing i do",
    "i do it with the curling/lighter/razor/knife",
    "razor stash",
    "got/have/bought the razor/rope/blade/noose already/ready",
    "to his/her/my own wrist/wrists/throat",
    "it hurts/hurt to drown/hang/bleed",
    # A blind round written to break the detector (fresh50): suicide told without the usual words.
    "i deserve the/my/these scars/cuts",
    "blade from my/a pencil sharpener",
    "use/used/using the/a blade ...... on my arms/legs/wrists/thighs/skin",
    # fresh56, fresh58: suicide in a few words, in slang and in Spanish.
    "til/till/until i bleed",
    # A blind round of risk told in passing inside errands (fresh59).
    "cutting so ...... not notice",
    # A blind round of worried third parties (fresh60): a friend's goodbye, a parent's plan, a coworker's cuts.
    "cuts/cutting her/his/my thighs/arms/wrists/legs",
    # A blind round in Gen Z texting and emojis (fresh62).
    "wrists all? cut up",
    "relapsed with the knife/blade/razor",
    "i keep cutting",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "cut to calm down",
    "hide it/them under ...... sleeves",
    "til/till/until they/it bled",
    # Review of the fresh50-62 lines: narrower forms of farewells told in passing.
    "not just cat scratches",
    # A blind round of hard cases (fresh63): warning signs told as a question, by family, or inside an errand.
    "cut/cutting too? deep ...... will not stop bleeding",
    "i/already cut too/so? deep",
    "cuts all over/up/on her/his/my thighs/arms/legs/wrists",
    # Blind rounds fresh69 and fresh70: suicide told through euphemism, slang, voice-to-text errors and preparations.
    "{WEAPON}/razor against my wrist/wrists/throat",
    # From the blind round fresh73.
    "already? did some/more on my leg/legs/arm/arms/wrist/wrists/thigh/thighs/stomach",
    # From the blind rounds fresh74 and fresh76.
    "did it ...... with the/a/my razor/blade/blades",
    # From the blind rounds fresh77 and fresh78.
    "hold/holding the razor/blade and think/thinking/stare",
    "cut/cuts his/her arm/arms/wrist/wrists in front of me",
    # From the blind round fresh79.
    "cut for the first time in",
    # From the blind round fresh80.
    "burn/burned/burning my arms/arm/skin/legs/wrists with cigarettes/cigarette/lighter",
    # From the blind round fresh84 (suicide told without the word).
    "relapsed ...... new ones/cuts",
    "new ones/cuts on my thigh/thighs/arm/arms/wrist/wrists/leg/legs/stomach/hip/hips",
    "cut too deep",
    "i cut/cutted again",
    "started scratching/cutting/burning again",
    "long sleeves in july/summer/august/june",
    "afterwards/after i go in the bathroom and cut",
    # From the blind round fresh88 (young people; Spanish and Portuguese).
    "scratched/cut my arms/arm/wrists/wrist/legs/thighs with a razor/blade",
    # From the blind round fresh89 (worried third parties).
    "been doing it with a lighter",
    "burning herself/himself/myself with a lighter",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "razor blades i hide",
    # From the blind round fresh94 (suicide and danger now in every register).
    "i cut every day",
    # From the blind round fresh96 (risk in ordinary voices).
    "fresh cuts on her/his/my arm/arms/wrist/wrists/leg/legs/thigh/thighs",
    # From the blind rounds fresh110 to fresh113: immigrant languages, shared phones, children reported by adults.
    "cuts lined up on",
    # From the blind rounds fresh115 to fresh121: suicide told without the word, and risk in one clause of an errand.
    "burns on my thigh/arm/arms/wrist/stomach/legs",
    "now i use my/a box cutter",
    "hide/hiding razor blades",
    "digging at ...... scars",
    "rows of cuts",
    # From the blind rounds fresh122 to fresh129.
    "burn my arm/arms/skin with a lighter",
    # fresh136-141 (2026-11-30, session 16)
    "scratch/scratching/scratched my arms/legs/skin raw",
    # fresh148-153 (2026-11-30, session 16)
    "i cut a lot",
    # fresh164-176 (2026-11-30, session 17): what the retrained model still missed
    "went back to cutting",
    "i do it on my thighs",
    # fresh191-194: following a friend who died, a post about doing it, researching ways to die, not being here next term
    "pics/pictures/photos of her/his/my wrists",
    # fresh199-206 (2026-12-01, session 19): a pet's care left for after a weekend, how it feels in the bath, a farewell to a mother, a husband's gun, a head hit on the wall, a burden's cost, a car into a truck (Spanish)
    "do you think drowning/hanging/bleeding hurts",
    # fresh215-218 (2026-12-01, session 19): farewells told through arrangements and loved ones, a note with the dog's future, a last text drafted, razors in a bag
    "razors/razor/blades/blade are/is in my",
    # fresh226-229 (2026-12-01, session 20): pills saved up, self-harm told as a pet, a plan asked about
    "how deep is too deep ...... stitches",
    # fresh230-233 (2026-12-01, session 20): hitting oneself so he does not have to, wrists scratched, a child who wants to stab himself
    "scratch/scratching/scratched/scratches my? wrist/wrists with/until/till",
    "{KILL_INTENT} to? stab/cut/hang/shoot himself/herself/themself/themselves",
    # fresh250-255 (2026-12-01, session 21): a jump as the alternative, how deep to cut, hitting one's own head
    "how deep do/should you/i have to cut to need stitches",
    "how deep do/should you/i have to cut my/myself/your",
    "how deep should i cut my/myself",
    # fresh250-255 (2026-12-01, session 21): cutting that will not stop, a car in the garage, a note, a date picked, promises and goodbyes told sideways
    "can not stop cutting tonight/myself/my/again",
    "self harm urges",
    "relapsed ...... did not even go that deep",
    "found my blades",
    # fresh256-259 (2026-12-01, session 21): told through a bath, a bridge saved on a map, insurance and accidents
    "can not stop thinking about the box cutter/razor/blade/gun/rope",
    # fresh260-263 (2026-12-01, session 21): Spanish and Portuguese self-harm and farewells; English cuts, burns and last posts
    "the cuts are deeper",
    "burned my arm/arms/leg/legs/skin with the/a lighter",
    # fresh264-267 (2026-12-01, session 21): hitting oneself over a mistake, a note that says they would be better off
    "punch/punching/hit/hitting my legs/arms/thighs when i mess/messed up",
    # fresh264-267 (2026-12-01, session 21): a note hard to write, a throat squeezed and a wish, doses asked 'for real', a plane that might crash
    "burn my arm/arms/leg/legs with his/her/my/a lighter",
    "handed me the razor",
    # fresh286-291 (2026-12-01, session 22): blades kept in a pencil case
    "razor blades/blade in her/his/my pencil case/backpack/drawer/pillowcase/sock",
    # fresh296-301 (2026-12-01, session 23): goodbyes and letters, self-harm started again, ways to go told quietly (older people, men, dictated)
    "burned/burnt/cut myself again",
    "relapsed on/with self harm/farm",
    "found cuts/scars on her/his wrist/wrists/arm/arms/thighs/thigh/legs/leg",
    "used to cut ...... started/starting again",
    "razor blades ...... it helps",
    # fresh302-307 (2026-12-01, session 23): self-harm in many forms, insurance worth more, a day picked; Deaf and disabled writers, farmers, gamers, believers
    "can not stop cutting/burning/scratching",
    "cut/burned/burnt again last night",
    "cut/burned/burnt again tonight/today/yesterday",
    "burning my wrist/wrists/arm/arms/thigh/thighs/skin/hand/hands with",
    "burned/burnt my hand/arm/arms/wrist/forearm/leg/thigh/stomach ...... on purpose",
    "scratch/scratching myself ...... until",
    "until it bruises/bleeds/bled",
    "burn my arms/arm/wrist/wrists/skin with",
    "i post my cuts",
    "showed me her/his cuts",
    "hold the razor for a long time",
    # fresh308-313 (2026-12-01, session 23): teens, new mothers, ESL writers, buried clauses, witnesses, veterans and first responders
    "has cuts all up her/his arm/arms/leg/legs",
    "fresh cuts on",
    "punches ...... until his/her knuckles bleed ...... deserves it",
    "until his/her knuckles bleed",
    # fresh314-319 (2026-12-01, session 23): hedged, next-turn, debt-driven and indirect suicide
    "some nights i cut",
    "razor , on my thighs",
    "scratches all up her/his forearm/arm/arms",
    "razor blades and bloody tissues",
    "i cut in the bathroom",
    # fresh320-325 (2026-12-01, session 23): algospeak, grief, relapse, sex work, school pressure, children
    "himself/herself with a lighter",
    "relapsed . done trying",
    "is cutting and i found",
    "burned myself with the curling iron",
    "scratched ...... into my thigh/arm/wrist",
    "until my wrist bleeds",
    "hit myself in the face realy/really hard",
    # fresh326-331 (2026-12-01, session 23): dark humour, courts and custody, healthcare, Spanish without accents
    "the razor is my bestie",
    "found cuts all up her/his forearms/arms",
    "burns on his/her arm that he/she did himself/herself",
    "keep holding the razor",
    "carve lines into my",
    # fresh332-335 (2026-12-01, session 23): suicide without the words: coats, keys, sticky notes, microchips, a library book run
    "after he hits me i cut",
    "doing the thing with the razor",
    # fresh362-369 (2026-12-01, session 26): the slang said plainly, and a knife emoji for cutting
    "knife/knifed my wrist/wrists/arm/arms/legs/thighs/ankles/ankle/stomach",
    "cut/cutting my ankles/ankle/hips/stomach",
    # fresh370-377 (2026-12-01, session 26): self-harm with pins
    "stick/sticking/stuck pins/needles in my legs/arms/thighs/skin/wrists",
    # fresh603-607 (2026-12-04, session 41): a hotel-room goodbye, burns hidden from parents, an arm all cut up, a bridge 'how easy'
    "burns/cuts/scars ...... without ...... noticing/knowing/seeing",
    "arm/arms/wrist/wrists all cut up",
    "burned myself with a? lighter/cigarette",
    "i cut every night/day",
    # fresh612 (2026-12-04, session 41): jail, parole, foster care and re-entry: a sheet tested, a razor held, a funeral planned with an 18th birthday
    "held/holding the razor/blade/gun/pills for",
    # fresh608 (2026-12-04, session 41): hell, the Lord, a rosary given away, a confession of cutting
    "confess to cutting",
    "prayed over my arms/cuts/scars",
    # fresh617 (2026-12-04, session 42): health care and medicines: a wrist asked about 'for a book', a nurse taking from the pyxis, a prescription 'collected', a death made to look like an accident, 'not asking for a patient', a letter to each child beside an advance directive
    "wrist/wrists which direction/way",
    "going/go/cut deeper next time",
    "thighs/arms/wrists/legs are all cut up",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: burns 'to feel something'
    "burn/burns/burned/cut/cuts ...... to feel something",
    "did it himself/herself/myself to feel something",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: cutting where no one sees
    "cut/cutting on my thighs/stomach/hips ...... no one sees",
    # fresh643-650 (2026-12-05, session 46): cutting again after skipping lunch, cuts made to look like cat scratches, a friend who cuts when coming down, cutting thought about after his messages
    "and cut again",
    "made/make the cuts look like",
    "cuts when she/he is coming down",
    "thinking about cutting after reading",
    # fresh643 (2026-12-05, session 46): a hand held in the fryer
    "put my hand in/on the ...... and keep/hold it there",
    # fresh663-670 (2026-12-06, session 47): a razor on the arm called aesthetic
    "on/into my arm/arms/wrist/wrists/thigh/thighs/legs with a razor/blade",
    # fresh695-702 (2026-12-06, session 48): a lighter used on bitten arms, a leg burned with a curling iron, skipping meals and cutting
    "using the lighter on them/myself/my",
    "burned my leg/arm/arms/legs/wrist/wrists with the? curling/iron/lighter",
    "skipping meals and cutting",
    # fresh703-710 (2026-12-06, session 48): cutting again after a party, cut last night, initials cut into my arm
    "going to cut again",
    "i cut last night",
    "my arm with a razor",
]

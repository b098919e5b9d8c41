"""Suicide said as a wish: to die, not to exist, not to wake up, to end it.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # sealed fresh567 (2026-12-04, session 37), read after its second score: cuts bleeding through a sleeve, "dead inside ... make it official"
    "dead/ghost ...... make it official",
    # fresh556, fresh563 (2026-12-04, session 37): relief at a date picked; a police officer asking what telling the EAP costs
    "if you tell/admit ...... you are suicidal",
    # no point in staying: a death told as past no longer carries a grieving parent's message
    "do not see the point of/in staying/living/continuing/existing/going",
    "no longer see the point of/in staying/living/continuing/existing/going",
    # fresh491 (2026-12-02, session 31): practical questions that turn: the medicines kept after all, assisted dying for a healthy person, insurance on a jump
    "assisted suicide/dying ...... i am healthy",
    # fresh481-483 (2026-12-02, session 30): a plan inside a cheerful to-do list; a do-not-resuscitate form wanted by someone healthy
    "he/she died ...... but i am working on it",
    # fresh473 (2026-12-02, session 30): suicide told inside cheerful news
    "no reason left/anymore to stick/stay around/alive/here",
    # fresh457 (2026-12-02, session 30): suicide told as a joke: logging out of life, uninstalling it, six feet under, the last week
    "the idea of not existing",
    "excited ...... about/at/by not existing",
    # fresh445-446 (2026-12-02, session 29): the plug pulled on myself, dead before a date, "fine" that expires, a grave with my name
    "planning/plan/going to be dead before/by",
    # fresh429-434 (2026-12-02, session 29): leaving told as a ticket, a card without me, understanding a parent who did it
    "ticket out of existence",
    # fresh417-420 (2026-12-02, session 28), sealed, then read: a pet put in an ex's name before the end,
    # out of everything, a dog rehomed because one cannot keep going, a deacon going home to the Lord who is not sick
    "before i end it",
    # Blind rounds fresh397 to 404 (2026-12-02): self-harm asked as first aid, a death arranged
    # so nobody finds it, ideation that has changed, envy of the dead.
    "died ... i felt/feel/was jealous",
    # Sealed rounds fresh393 to 396 (2026-12-02): drugs used to die.
    "an excuse for dying",
    # Blind rounds fresh381 to 392 (2026-12-02): suicide told as a joke with the plan in it,
    # as paperwork for after, or as a goodbye with instructions.
    "scheduled/planned/booked my/her/his own death",
    "death sounds like a nice/long/good/peaceful",
    "not plan on ...... being alive",
    # Told sideways (a blind round): the bath and the razor, who will find me,
    # hiding new cuts, pills bought at different stores, a pet rehomed "after".
    "not coming out alive",
    "easier/better if i just was/were not here/around/alive",
    "not/no want live",
    "better i die",
    "better off if i just? was/were not here/around/alive",
    "dying sounds/seems/feels easier/better",
    "better if i die/died",
    "wants to end it",
    "being dead weight",
    # Affairs put in order, a future that stops ("won't need it after this week").
    "settled/done/sorted/finished/arranged/paid before i go/die",
    "my death useful/count/matter/mean",
    # First person: "for my psych class: i think about suicide a lot" is a disclosure, not a topic.
    "i ... think/thinking/thought about/of suicide",
    "i ... think/thinking/thought about/of killing myself",
    "not be around/here ... much? longer",
    # Overdose taken or ready, means at hand, plans made.
    "enough to not/never wake up",
    "not be around for christmas/thanksgiving/my/his/her",
    "rather not be alive/here/living",
    "rather just? be dead",
    "easier/better to just? die",
    "easier/better to just? not be here/around/alive anymore",
    "easier/better to just? not exist",
    "too scared to die",
    # A fifth blind round (suicide and danger now), read for wording only.
    "only way out is/would be? to? die/death/dying/suicide",
    "disappear for good",
    "not exist/existing anymore",
    "not exist/existing at all",
    "stop existing",
    "wanting to die",
    "not wanting to live",
    "wanting/wanted to end it",
    "i wish/wished i was/were dead",
    "he wishes/wished he was/were dead",
    "she wishes/wished she was/were dead",
    "if i die/died at least",
    "until/till/til i do not/never wake up",
    "after an/her/his/my/their suicide? attempt",
    # Asking how to die: whether a dose or a fall kills, how much, how high.
    "no reason to keep living",
    "nothing to live for",
    "want/going/ready/planning/plan to end it",
    "point of/in living/life/going/being",
    "done with life/living",
    "i am done living",
    "disappear and never come/be back",
    "want to disappear",
    "hope i do not wake up",
    "never wake up",
    "way out except/but dying/death/die/suicide",
    "if i died",
    "should just die",
    "i should die",
    "end everything",
    "i want/going/ready/planning/plan to? end it all/tonight/today/now",
    "i/just/he/she/they/friend/who want/wants to die",
    "want to be dead",
    "better off dead",
    "do not want to be alive",
    "do not want to live",
    "do not want to wake up",
    "do not want to exist",
    "no reason to live",
    "tired of living/life",
    "can not keep living",
    "not worth living",
    # Not "ideation": a clinician's word, often in coursework; the topic word "suicidal" still counts.
    "suicidal thoughts/thought/feelings",
    "thoughts of suicide/dying/killing",
    "thinking about/of suicide/dying",
    "think/thought/thinking about/of dying/death",
    "sleep and not wake up",
    "think/thought/thinking about/of killing myself",
    "think/thought/thinking about/of not being here/alive",
    "think/thinking about dying every day/night/all",
    "no reason for me to live/keep/go",
    "nothing left to live for",
    "if i did/do not wake up",
    "how do/can/should i end it",
    "end it without hurting",
    "do not even? care if i wake/live/die/survive",
    "easier/better if i was/were/am? not here/alive/around",
    "easier if i did not wake/exist/live",
    "tried/attempted/attempt/try to? commit? suicide",
    "want to commit suicide",
    "going to commit suicide",
    "deserve to be dead",
    "deserve to die",
    "unalive myself",
    "not be here tomorrow",
    # Spanish.
    "wished/wish i did/would not get/wake up",
    "do not see a/any reason/point to/in keep going/living/on/trying",
    "do not see a/any reason/point to/in living/live/continue/continuing",
    "not be around for graduation/prom/summer/finals/birthday/holidays/easter/halloween",
    "reasons to die",
    "reasons why i should die",
    "how long until/till/before i pass out/die",
    "high/tall enough to/that not/die/kill/end/be",
    "ones/thoughts/thinking/think ... about not being around/here/alive",
    "difference if i go/die/went/leave now/today/tonight/early",
    "care/caring if i wake/live/die/survive ... or not",
    "dying/death/dead is/was/seems the only way/escape/option/answer",
    "rather die/dead than keep/live/continue/stay/be/deal/spend",
    "rather die than go back",
    "only way out is to end/die/kill",
    "do not see why i should keep going/living/trying",
    "dying would be easier",
    "unalive thoughts",
    "selfish to go/die if/when my/the kids/family",
    "if i disappeared/vanished/died nobody/noone would notice/care",
    "if i disappeared/vanished/died no one would notice/care",
    "do not want to be a life/alive anymore",
    "see myself being alive/here/around by/in/at",
    "tired of existing",
    "do not see myself here/around/alive next/by",
    "if i am still here/alive by then",
    "to suicide ...... starting to understand",
    "how long it takes to die",
    "disappointed that i woke/wake up",
    "no i am not sick/dying",
    "do not even want to be alive/here",
    "do not even want to live",
    "have not really? wanted to be alive/here",
    "better to stop living",
    "want/wanted to stop living",
    "i want die",
    "fastest/easiest/quickest/painless/best way to ...... not wake up",
    "only thing/one/reason keeping me alive/going",
    "thinking about just not being here/alive/around",
    "if i die ...... would ...... be a relief",
    "only way out ...... is to die",
    "disappear permanently",
    # A blind round written to break the detector (fresh50): suicide told without the usual words.
    "if/si i/me unalive",
    "i just? want to not exist",
    "only way ...... is to die",
    "only way ...... is to not be alive/here",
    "only way ...... is death/dying",
    "peaceful it would be to stop/die/disappear/go/end/not",
    # fresh52: suicide told as slang, as a wish, or as a practical question.
    "tired of being alive",
    "not want to be alive",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "take ...... and not wake up",
    "if i/she/he just? did not wake up",
    # fresh56, fresh58: suicide in a few words, in slang and in Spanish.
    "wish i was/were not alive",
    "do not know why i am still alive",
    "planning how i would end it",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "no reason to keep going/living/trying",
    # A blind round of risk told in passing inside errands (fresh59).
    "do not even? want to wake up",
    # A blind round of worried third parties (fresh60): a friend's goodbye, a parent's plan, a coworker's cuts.
    "see a reason to keep going/living",
    # A blind round in Gen Z texting and emojis (fresh62).
    "unalive himself/herself/themselves",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "least painful way to die/go/end/do",
    # Review of the fresh50-62 lines: narrower forms of farewells told in passing.
    "died ...... wants to be with her/him",
    # A blind round of hard cases (fresh63): warning signs told as a question, by family, or inside an errand.
    "kill myself ...... starting to think/believe he/she/they is/are right",
    "thinking about/of ... not existing",
    "pray/praying/hope/hoping i never wake up",
    # A blind round aimed at what a detector misses (fresh67): plans, preparations, goodbyes and a calm tone.
    "would just? like to not wake up",
    # Blind rounds fresh69 and fresh70: suicide told through euphemism, slang, voice-to-text errors and preparations.
    "wish i could just? not exist",
    "sleep an/and nuh/not wake up",
    # A blind round of everyday messages with risk hidden among them (fresh71).
    "just not want to wake up",
    # From the blind round fresh73.
    "i just? want to not be here/around/alive/exist",
    "easier/better to just? not wake up",
    "sleep/sleeping ...... and not wake/waking up",
    # From the blind rounds fresh74 and fresh76.
    "end it myself",
    # From the blind rounds fresh77 and fresh78.
    "we both go/die together",
    "pray/praying/prayed to die",
    "do not see a/any reason to wake/live/keep",
    "going to see my? grandma/grandpa/mom/dad/mother/father/brother/sister soon ...... died/passed",
    "wish i could just? not wake up",
    # From the blind round fresh79.
    "should just disappear",
    "except ending it/dying/myself",
    # From the blind round fresh80.
    "pray/praying i go/die before",
    "if i die/died nobody would even? notice",
    "if i die/died no one would even? notice",
    "like/want to stop living",
    # From the blind round fresh81.
    "not want to be around/here/alive anymore",
    "sleep and just? not wake up",
    # From the blind round fresh82.
    "counting down till/until i can stop/go/leave/die",
    "i can end it",
    # From the blind round fresh84 (suicide told without the word).
    "would it take to not/never wake up",
    "not scared of dying/death anymore",
    "only way out is to not be here",
    "want to disappear ...... not exist",
    "rather die ...... i mean that/it literally",
    "do not want to keep living",
    "i just want to die",
    "drew a picture of himself/herself dead",
    "wake up disappointed",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "better if i just/would die",
    "googling/searching/looking up ways to die/kill",
    "i still want to die",
    "wanted to die ...... i still want to",
    "wish ...... would not wake up",
    "a plan to kill myself/yourself",
    "sleep not wake up",
    "pray ...... not to wake up",
    "using to die",
    # From the blind round fresh94 (suicide and danger now in every register).
    "if someone/i dies/die ...... still pay/pays out",
    "maybe i should not be here",
    # Narrower forms of lines of this session that everyday wording would match (review).
    "done ... ill just end it",
    "ill just end it ...... plan",
    "think it would be easier to just end it",
    # From the blind rounds fresh97 to fresh104: suicide told without the word (goodbyes, rails and bridges, affairs put in order).
    "tired of being a person/human/alive",
    "rather ...... not wake/woke up",
    "deserve to disappear",
    # From the blind rounds fresh115 to fresh121: suicide told without the word, and risk in one clause of an errand.
    "do everyone a favor and disappear",
    "enough ...... to not wake up",
    "planning how to end it",
    # From the blind rounds fresh114, fresh117 and fresh120: trafficking in more languages, and people older, disabled or cared for.
    "about end it",
    # From the blind rounds fresh122 to fresh129.
    "no reason to wake up",
    # fresh130-135 (2026-11-30, session 16)
    "not be around for the court/hearing/appointment/date/wedding/game/trial",
    # fresh136-141 (2026-11-30, session 16)
    "quickest/fastest/easiest/painless way to die",
    # fresh187-190: thinking about how to end it
    "keep/keeps thinking about how to end it",
    "thinking about how to end it all",
    # fresh191-194: following a friend who died, a post about doing it, researching ways to die, not being here next term
    "researching/research/researched/googling ways to die/kill",
    # fresh219-222 (2026-12-01, session 19): accounts set out for a spouse, an unexpected death planned, a date set for an anniversary, waiting for graduation, a child who wants to be dead
    "wants/want to be dead",
    # fresh223-225 (2026-12-01, session 19): men who say it flatly: not waking up, ending it if evicted, a letter for after, the least messy way, one more use for a rifle, tired of still being here
    "want/wanted to not wake up",
    # fresh250-255 (2026-12-01, session 21): cutting that will not stop, a car in the garage, a note, a date picked, promises and goodbyes told sideways
    "told my ...... i wanted to die",
    # fresh251 (2026-12-01, session 21): a dead parent calling
    "hearing/hear/keep hearing? my dead mom/dad/mother/father/grandma/grandpa/brother/sister ... telling/tell me to come with",
    # fresh256-259 (2026-12-01, session 21): asking for me, knowing the dose, a will tonight, by one's own hand
    "die/dying by my own hand",
    # fresh256-259 (2026-12-01, session 21): told through a bath, a bridge saved on a map, insurance and accidents
    "only way stop is die",
    "only way to stop is to die",
    "end it that looks like",
    "not wake up tomorrow ...... that is the plan",
    # fresh264-267 (2026-12-01, session 21): a note hard to write, a throat squeezed and a wish, doses asked 'for real', a plane that might crash
    "run away or die",
    "starve herself/himself/myself until she/he/i just? disappears/disappear",
    # fresh268-273 (2026-12-01, session 22): a letter in case, pills saved up, a bridge slowed down at, dying by one's own hand
    "die/dies/died/dying by his/her/my/their own hand",
    "unalive arc",
    # fresh274-277 (2026-12-01, session 22): accounts and belongings settled for after, a head punched
    "cancel/close/transfer ...... if i am dead",
    "cancel/close/transfer ...... if you are dead",
    # fresh296-301 (2026-12-01, session 23): goodbyes and letters, self-harm started again, ways to go told quietly (older people, men, dictated)
    "been/am thinking about unaliving/unalive",
    "would it be selfish if i just stopped/died/disappeared/ended",
    "hoping/hope/wish/pray ...... i just do not wake up",
    "want to not be alive",
    "to not be alive anymore",
    "any of it . living",
    "wishes he/she had/would died",
    "wish i had died",
    "not coming back alive",
    # fresh302-307 (2026-12-01, session 23): self-harm in many forms, insurance worth more, a day picked; Deaf and disabled writers, farmers, gamers, believers
    "me want die",
    "think/thinking about die",
    "help me end it",
    "to not wake up",
    "to being alive",
    "want to actually die",
    "not to let me wake up",
    "rather i was/were dead",
    # fresh308-313 (2026-12-01, session 23): teens, new mothers, ESL writers, buried clauses, witnesses, veterans and first responders
    "if i die during the ...... that would be fine",
    "only moment i would enjoy is not existing",
    "she want die",
    "he want die",
    "rather i dead . maybe",
    # fresh314-319 (2026-12-01, session 23): hedged, next-turn, debt-driven and indirect suicide
    "not the meme way . like i want to actually be dead",
    "what happens to your debt when you die asking for me",
    "worth more to us dead",
    "i should just not be here",
    "i do not deserve to exist",
    "so what is the point of staying alive",
    # fresh320-325 (2026-12-01, session 23): algospeak, grief, relapse, sex work, school pressure, children
    "dead by friday/monday/sunday/saturday . already",
    "i want to unalive ,",
    "i should of/have died instead",
    "amount of fent that makes sure you do not wake up",
    "nothing left to stay alive for",
    "feels like disappearing",
    "whether i wake up tomorrow",
    "told the school counselor/counsler i wanted to die",
    "searching ways to die",
    "so i can disappear/disapear",
    "we are all going to die together",
    # fresh326-331 (2026-12-01, session 23): dark humour, courts and custody, healthcare, Spanish without accents
    "plan is to not be here",
    "unalive speedrun",
    "i do not deserve to be alive",
    "if i die nobody has to be scared of me",
    "guaranteed no wake up",
    "stopped caring if i wake up",
    "die here by my own hand",
    # fresh332-335 (2026-12-01, session 23): suicide without the words: coats, keys, sticky notes, microchips, a library book run
    "if i just stopped existing",
    # fresh362-369 (2026-12-01, session 26): the slang said plainly, and a knife emoji for cutting
    "wish i was/were unalive",
    "want to be unalive",
    "rather unalive",
    "might just unalive before/after/tonight/tomorrow",
    "going to just unalive before/after/tonight/tomorrow",
    "is/am about to unalive",
    "want to unalive for real",
    "want to unalive right now",
    "want to unalive fr/tbh",
    # fresh589 (2026-12-04, session 39): recovery, sober houses, shelters and emergency rooms
    "next time and not waking/wake up",
    "if i freeze/die ...... that would be fine/ok/okay with me",
    "not like dying for a ...... like i actually want to",
    "my death date",
    "thoughts of not existing/waking/living",
    "done trying to live/stay",
    # fresh597-602 (2026-12-04, session 40): veterans' understatement, carers, queer youth, students; 'I don't think I want to live'
    "do not think i want to live/exist/continue/wake",
    "do not think i want to be alive/here/around",
    "want/wanting to not exist",
    "do not even want to exist",
    "dead by ...... anyway so",
    # fresh612 (2026-12-04, session 41): jail, parole, foster care and re-entry: a sheet tested, a razor held, a funeral planned with an 18th birthday
    "might just end it",
    "not going to wake up ...... if you know what i mean",
    # fresh611 (2026-12-04, session 41): debt, collectors and life insurance
    "only reason i am not dead",
    # fresh608 (2026-12-04, session 41): hell, the Lord, a rosary given away, a confession of cutting
    "hell if i end it",
    "hell if i kill myself",
    "says she/he deserves to die",
    "to not be alive",
    # fresh614 (2026-12-04, session 42): housing: a tenant's death asked about 'for me', a bridge researched, a mother not left paying, a note the landlord found
    "notice if ...... died/dead ...... asking for me",
    # fresh617 (2026-12-04, session 42): health care and medicines: a wrist asked about 'for a book', a nurse taking from the pyxis, a prescription 'collected', a death made to look like an accident, 'not asking for a patient', a letter to each child beside an advance directive
    "make my death look like an accident",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: 'stop being alive'
    "stop being alive",
    # fresh640, 642 (2026-12-05, session 45): the small hours and older adults: 'I'd like to die', 'permanent sleep', 'hopes he doesn't wake up'
    "i would like to die",
    "permanent sleep",
    "hopes/hoping/hope he/she/i does/do/will not wake up tomorrow/again/anymore/ever",
    # fresh643-650 (2026-12-05, session 46): should just not wake up, happier if I was not there, pros of being dead, would rather die here, disappeared for good, waiting to die in middle school
    "should just not wake up",
    "would be happier if i just? was/were not there/here/around",
    "pros of being dead",
    "i would rather die here",
    "if i just? disappeared for good",
    "just waiting to die",
]

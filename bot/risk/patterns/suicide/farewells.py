"""Goodbyes and arrangements: letters, things given away, pets rehomed, accounts and funerals settled.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # sealed fresh576 (2026-12-04, session 38), read after its second score: a calm "last day" after a new haircut and a cleaned room
    "last day feels/feel good",
    # fresh568 (2026-12-04, session 37): pills saved up to take all at once, "would it work"; cutting deeper
    "take them all at once ...... would/will/could it work",
    # fresh545 (2026-12-03, session 35): a biohazard cleaning prepaid so a mother sees nothing; a shared doc 'if u r reading this' on a timer; a letter to whoever cleans out the locker; posts left up after the writer is dead
    "so my mom/mother/dad/father/family/kids/sister/brother/parents/wife/husband does/do/will not have to see/find anything/me",
    "letter/note to whoever cleans/clears/empties out? my locker/room/desk/apartment/stuff/car",
    "account/accounts/profile/page ...... inactive ...... because/since i am dead",
    # fresh536-541 (2026-12-03, session 33): suicide told as logistics: a letter the family will find, paperwork for after, accounts closed before the end, a cat left without her knowing why, a mother left paying the contract
    "letter/note ...... my family/mom/mother/dad/father/parents will find",
    "paperwork/arrangements/papers for after .",
    "accounts/affairs/stuff/everything/things ...... before the end",
    "leaving/leave/giving/give her/him/them my cat/dog/cats/dogs/fish/bird/birds ...... without her/him/them ... figuring/knowing/realizing out? why",
    # fresh521 (2026-12-02, session 32): a child's urn to go in with the writer
    "urn/ashes to go/be in/buried with me",
    # fresh511-518 (2026-12-02, session 32): goodbye videos scheduled to send later; a song for one's own funeral to play soon; stuff sold so a brother has money after
    "goodbye video/videos/recording/recordings/message/messages/letter/letters ...... schedule/scheduled/timed/delay/delayed",
    "goodbye video/videos/recording/recordings/message/messages ...... send/sent/sends later/after",
    "record/recording/recorded/film/filming/filmed goodbye video/videos/messages/message ... for my",
    "song/hymn/music/playlist for my/your own funeral",
    # fresh503 (2026-12-02, session 31): a person in recovery giving away all their chips and the big book
    "giving/gave/give away all ...... chips ...... big book",
    # the farewell that a 'last day at work' guard would otherwise hide
    "last day ...... on this? earth/planet",
    "last day alive/living/breathing",
    "my last day as a human/person",
    # fresh495 (2026-12-02, session 31): a farewell card left at work, 'by monday i won't be alive'
    "by monday/tuesday/wednesday/thursday/friday/saturday/sunday/tomorrow/then/morning/tonight i will not be alive/here/around",
    # fresh495 and 500 (2026-12-02, session 31): a method or a farewell inside good news (a paycheck, a grad party, a birthday)
    "is basically/literally/really my memorial",
    "last candle/candles ...... blow/blowing out",
    # fresh481-483 (2026-12-02, session 30): a plan inside a cheerful to-do list; a do-not-resuscitate form wanted by someone healthy
    "will need someone long term after",
    # fresh473 (2026-12-02, session 30): suicide told inside cheerful news
    "do not know ...... last one/time/day/christmas/birthday/summer with me",
    # fresh457 (2026-12-02, session 30): suicide told as a joke: logging out of life, uninstalling it, six feet under, the last week
    "want this week/day/weekend/month/year to be my last",
    # fresh445-446 (2026-12-02, session 29): the plug pulled on myself, dead before a date, "fine" that expires, a grave with my name
    "grave/tombstone/headstone with my name on it",
    # Sealed fresh435 (2026-12-02, session 29): afraid of being held for saying too much; a goodbye written so nobody feels guilty
    "if i say/tell too much ...... will they hold/commit/admit/keep me",
    "goodbye/note/letter so nobody feels/would/will feel? guilty",
    "goodbye/note/letter so no one feels/would/will feel? guilty",
    # fresh429-434 (2026-12-02, session 29): leaving told as a ticket, a card without me, understanding a parent who did it
    "will not need to include me ...... next year",
    # fresh428 (2026-12-02, session 28): songs picked for one's own funeral
    "songs for your/my own funeral",
    # A death errand tagged "for me" (fresh381, fresh397).
    "obituary/obituaries/eulogy ...... for me",
    # Blind rounds fresh397 to 404 (2026-12-02): self-harm asked as first aid, a death arranged
    # so nobody finds it, ideation that has changed, envy of the dead.
    "be gone before my birthday",
    # Blind rounds fresh381 to 392 (2026-12-02): suicide told as a joke with the plan in it,
    # as paperwork for after, or as a goodbye with instructions.
    "found my farewell playlist/letter/note/video",
    "how long until i am gone",
    "one more bad day and i am gone/done/out",
    "write/writing a goodbye to my",
    "burial ...... if it happens at home",
    "my last message/msg/text to anyone/anybody",
    "if you find my phone ...... i am sorry",
    # Told sideways (a blind round): the bath and the razor, who will find me,
    # hiding new cuts, pills bought at different stores, a pet rehomed "after".
    "will not be calling/texting/writing again",
    "better me gone/dead",
    "i will help him along",
    "life insurance pays either way",
    "will not be anywhere",
    "pray/praying that i do/will not wake up",
    "my own eulogy",
    "forever sleep",
    "life insurance ...... on purpose/suicide",
    "on purpose ...... life insurance",
    "you will all be happier",
    "sorry i was so much work/trouble",
    "wrote/written letters/letter to each of my kids/children",
    "keeps/kept saying ...... will not be here/around for",
    # Affairs arranged for "after I'm gone" (a blind round): a letter and passwords, a
    # funeral playlist, a clinic abroad, not being a problem for anyone soon.
    "as in i will not be around/here",
    "password/passwords/passcode/letter/letters/note ...... after/once/when i am gone",
    "after/once/when i am gone ...... password/passwords/passcode/letter/letters/note",
    "playlist/songs/music for my funeral",
    "who will find me",
    "who will find my body",
    "if/when i am dead",
    # Affairs put in order, a future that stops ("won't need it after this week").
    "i will not need it/them/anything/this after this/next/tonight/today/friday/sunday/week",
    "i will not need a place for me",
    "settled/done/sorted/finished/arranged/paid before i am gone",
    "can not wait to be dead/gone",
    "my funeral playlist/song/songs",
    "this is the/my last birthday/bday",
    # First person: "for my psych class: i think about suicide a lot" is a disclosure, not a topic.
    "goodbye to everyone/everybody",
    "said/texted/posted goodbye ...... turned/shut off",
    "said/texted/posted goodbye ...... not/stopped answering/responding",
    # Overdose taken or ready, means at hand, plans made.
    "made my/his/her arrangements",
    "wrote/written/writing letters/notes to/for everyone/everybody",
    "found a/his/her note ...... not your fault",
    # A fifth blind round (suicide and danger now), read for wording only.
    "left/leaving a note ...... sorry/goodbye/burden",
    "wrote/written/writing goodbye? letters/notes to/for my",
    "when i am gone you can have",
    "nobody/noone would even? notice/care/miss me/if",
    "no one would even? notice/care/miss me/if",
    "my own obituary",
    "giving/gave/given away all? my/her/his stuff/things/belongings/clothes/tools/jewelry",
    "goodbye texts/letters/messages/notes/video",
    "going to be gone by/before",
    "and i will be dead",
    # Asking how to die: whether a dose or a fall kills, how much, how high.
    "sleep forever",
    "better off if i was/were/am gone/dead/not/never",
    "my last message/text/night/day",
    "goodbye everyone/everybody/all",
    "goodbye note/letter/letters",
    "disappear forever",
    "stop forever",
    "care/miss me? if i died/was/were/disappeared",
    "wish i was/were dead/gone",
    "wish i could disappear forever",
    # Not "ideation": a clinician's word, often in coursework; the topic word "suicidal" still counts.
    "texted/sent/said goodbye ...... not answering/responding/picking",
    "texted me goodbye",
    "giving/gave/give my/her/his/all? stuff/things/belongings/tools/clothes away",
    "giving/gave away my/all? stuff/things/belongings/tools",
    "hoping/hope/hoped i would/will/do not wake up",
    "would be gone/dead already",
    "be dead/gone by now",
    "will not/never bother with tomorrow",
    "easier/better if i was/were/am? gone/dead",
    "wrote/written/writing/left a? letters/notes/letter/note to/for my family/kids/children/parents/mom/everyone",
    "goodbye/suicide letter/letters/note/notes",
    "say goodbye to everyone",
    "goodbye forever",
    # Spanish.
    "if i just? disappeared/vanished/died ...... would/will anyone/anybody/somebody/people even? notice/care/miss",
    "{HE} will/would just end it",
    "found a/one/the? way/method/one that will/would/does not hurt",
    "hope/hoping/pray/praying/wish this year/birthday/christmas/winter/summer/thanksgiving is/will/would be? my last",
    "want/need to be gone from/before/by everything/everyone/friday/monday/tuesday/wednesday/thursday/saturday/sunday/tomorrow/tonight",
    "gave/given/giving away? my dog/cat/dogs/cats/pet/pets/puppy/kitten to",
    "she/he/they/you can have/keep my cat/dog/cats/dogs/kitten/puppy/guitar/xbox/playstation/ps5/games/bike/jewelry",
    "more from my life insurance",
    "better off with my life insurance",
    "life insurance than from/with me",
    "will not need the/this chat/app/phone/anything anymore? after tonight",
    "funeral ...... want it",
    "love you take care of",
    "just wanted to say sorry/goodbye to someone/somebody",
    "life insurance ...... self inflicted",
    "life insurance would give/get them more",
    "wrote the letters/letter/note already",
    "when i am not around/here anymore",
    "like last last",
    "off/burdened/easier ...... if i was/were gone",
    "if i was/were gone for good",
    "this time i will actually go over",
    "will not be anybody/anyone to feed/take",
    "will not be needing it anymore",
    "where the insurance papers/policy are/is",
    "after i am gone",
    "it will not really? matter to me",
    "he/she will try again when",
    "fine/better with the life insurance",
    "i just will not be around",
    "deleting all my socials/accounts tonight",
    "swerved at the last second",
    "life insurance ...... was not an accident",
    "will not be here for it",
    "wrote the notes",
    "cat/dog is going to need a new home",
    "will not be seeing me",
    "called to say goodbye",
    "whoever reads ...... will not need to ask me",
    "winter will take care of",
    "take care of what i can not",
    "will not be around to take care of",
    "will not need to know the checkout",
    "gave it all to my mom/dad/sister/brother in an envelope",
    "will not need either/anything ...... after this month/week",
    "see it on the/my headstone",
    "will not need a/an apartment/bed/room/place/home there",
    "gave/giving ...... all my ...... will/would not need them/it/those/these",
    "nobody ... will have to deal with me",
    "no one ... will have to deal with me",
    "will not be anyones/anybodys/anyone/anybody problem/burden",
    "when i am gone ...... not going to be long",
    "how quiet/peaceful it would be if i ...... stopped/gone/not",
    "life insurance ...... look/looks like an accident",
    "i will ... take a long walk off",
    "keeping me here is my/the dog/cat/kids/son/daughter/mom",
    "checking out soon ...... gave away",
    "left my ... keys/key with ...... and a note",
    # A blind round written to break the detector (fresh50): suicide told without the usual words.
    "something to remember me by",
    "will not have to worry about me soon/much/anymore/longer",
    "birthday and it is my last/final one/birthday",
    "one last ...... and not coming/come back",
    "because i will not be around",
    "take care of ...... for me ...... i am done",
    # fresh52: suicide told as slang, as a wish, or as a practical question.
    "will not be here by ...... anyway",
    "tell my ...... i am sorry",
    "if i disappeared would/will",
    "told/showed ...... where my passwords are",
    # A blind round of look-alikes with real risk hidden among them (fresh53): suicide as a joke or an errand.
    "will not need anyone to look after",
    "will not be needing it/them/anything ...... longer",
    "i will save him/her/them/you the trouble",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "i love you ...... i am sorry for everything",
    "will not need money anymore",
    "would get the life insurance",
    # fresh56, fresh58: suicide in a few words, in slang and in Spanish.
    "can not do this anymore bye/goodbye",
    "gave ...... away ...... will not need",
    "wrote/written/writing my goodbye/suicide/last note/letter",
    "last message ever",
    "collect/collecting my life insurance",
    "nobody would miss me/you",
    "no one would miss me/you",
    # A blind round of people detectors are rarely tested on (fresh57): elders, disabled people, people in recovery, unhoused people.
    "this is my goodbye",
    # A blind round of risk told in passing inside errands (fresh59).
    "better off ...... when i am gone",
    "disappear/disappearing forever",
    # A blind round of worried third parties (fresh60): a friend's goodbye, a parent's plan, a coworker's cuts.
    "this is goodbye",
    "will not be around ...... anyway",
    "happens to me ...... passwords",
    "life insurance would do more",
    # A blind round in Gen Z texting and emojis (fresh62).
    "logged off forever",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "wants to be gone",
    "sorry notes",
    # Review of the fresh50-62 lines: narrower forms of farewells told in passing.
    "planning to be gone by then",
    "will not be there for it",
    "when i am gone ...... hopefully will not be long",
    "thank you all for everything ...... take care of",
    "letter and just went/go away",
    # A blind round of hard cases (fresh63): warning signs told as a question, by family, or inside an errand.
    "goodbye message/note/post/video/letter ...... ...... not answering/responding",
    "started/been/keep writing/deciding/figuring ... who gets my stuff/things/belongings",
    "pray/praying/hope/hoping i/to do/will not/never wake up",
    "my/the cat/dog/pets ends/end up somewhere good/safe",
    "my/the cat/dog/pets ends/end up with someone good/safe/nice",
    "showed/told me where ...... life insurance",
    # A blind round aimed at what a detector misses (fresh67): plans, preparations, goodbyes and a calm tone.
    "for the kids when i am gone",
    "passwords ...... she/he does not know why",
    "the last thing i will do is make sure",
    "will not be around ...... needs a/new? home",
    "they will/would all be better off",
    "will not have to deal with this/it much longer",
    "playlist ...... for my funeral",
    "letter/note ...... for whoever finds it/me",
    "take care of her/his/my cat/dog long term",
    "will not be needing her/him",
    # A blind round of look-alikes with risk hidden among them (fresh66).
    "giving mine/him/her to ...... will not need me",
    # Blind rounds fresh69 and fresh70: suicide told through euphemism, slang, voice-to-text errors and preparations.
    "wrote the/my letters for my mom/family/kids/sister",
    "wrote the/my note and hid",
    "take care of ... for me ...... phone is/was off/dead",
    # A blind round of everyday messages with risk hidden among them (fresh71).
    "at peace now ...... ...... goodbye for me",
    # From the blind round fresh73.
    "wrote everyone/everybody letters",
    "wrote everyone/everybody a letter",
    "wrote/written letters to everyone/everybody i love",
    "go/going away forever",
    "life insurance ...... not an accident",
    "take care of mom/mum/dad/ma for me",
    "will not be needing any of it/this/them",
    "will not need any of it/this/them after",
    # From the blind round fresh73 (second pass).
    "will not need to text/talk/write/message anymore/again after",
    # From the blind rounds fresh77 and fresh78.
    "i was going to do it last night/yesterday",
    "god/he/jesus takes/take/would/will take? me in my sleep",
    "will not have to deal with me much/any? longer/anymore",
    # From the blind round fresh79.
    "remember me for the good",
    "planning how i would/will/should do it",
    "bye everyone ...... thanks/thank for everything",
    "take care of my dog/cat/kids ...... and blocked me",
    # From the blind round fresh80.
    "do not know if i will be here/around in/for/by",
    "thinking ...... life insurance would",
    "if you find this ...... sorry",
    # From the blind round fresh81.
    "love you all ...... this is the last time",
    # From the blind round fresh82.
    "if i will not be around/here after",
    "forgive me for what i am going to do",
    "next time i will not walk away",
    "will not need them after this/next week",
    "put a last post/message up",
    "thank you for being nice/kind to me before",
    "after that it will not matter",
    "will need anything where i am going",
    "maybe i should just give them that/what",
    "i just will not be here",
    "note ...... life insurance",
    "goodbye ...... without them knowing",
    "i will not be here to do it",
    "will not bother anyone anymore",
    "love you always ...... take care of",
    # From the blind round fresh84 (suicide told without the word).
    "been giving my stuff/things/belongings away",
    "been giving away my stuff/things/belongings/tools",
    "it will/would not matter for/to me",
    "will be looked after when i am gone",
    "affairs after i am gone",
    "affairs after they are gone",
    "thank you for being my friend ...... take care of yourself",
    "know if i will still be here",
    "wrote my will ...... i am {AGE}",
    "i have decided ...... my kids will? go to",
    "sorry for everything ...... not answering/reading/picking",
    "life insurance would at least",
    "will not be a problem much longer",
    "if i am gone for good",
    "give me one reason to stay/live",
    "left my keys and a note",
    "while i can still give it",
    "wanted to sleep forever",
    "life insurance policy ...... clause",
    # From the blind round fresh88 (young people; Spanish and Portuguese).
    "give/gave/giving away his/her/my things/stuff ...... goodbye",
    "say/said/saying goodbye to all of us",
    "posting my last video/post",
    "i wrote the/my note",
    # From the blind round fresh89 (worried third parties).
    "last semester/week/day/days/month/year on earth",
    "calling/called everyone to say goodbye",
    "last haircut",
    "look good for the/my funeral",
    "better off with the/my life insurance",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "i love you all i am sorry",
    "said goodbye to most people",
    # From the blind rounds fresh84 to fresh89: what all three layers missed at first.
    "if i will still be here tomorrow",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "thanks/thank you for everything ...... it was fun",
    "giving my ...... will not need them/it",
    "will not be around anymore",
    "gave me his/her ...... will not need them/it",
    "see the water one last time",
    "last trip i am making",
    "do not think i will make it ... weeks/days/months",
    # From the blind round fresh94 (suicide and danger now in every register).
    "planning my/your own funeral",
    "will not matter soon",
    "gave me her/his laptop/phone password",
    "last message i am sending",
    # Narrower forms of lines of this session that everyday wording would match (review).
    "texted/sent/said/text ...... sorry for everything",
    "sorry for everything ...... goodbye/voicemail/phone",
    "texted me ... i am sorry ... take care of",
    # From the blind rounds fresh97 to fresh104: suicide told without the word (goodbyes, rails and bridges, affairs put in order).
    "later when i am not here/around/gone",
    "hope/hoping ...... will not/never wake up",
    "i will not need it/them where i am going",
    "keep it ...... i will not need it",
    "posted a goodbye thing/post/video/story/message/note",
    "goodbye thing/post/video/story/email/emails",
    "if i do it myself ...... insurance",
    "insurance ...... if i do it myself",
    "ashes spread ...... before i lose my nerve",
    "i will not be around to do/get/see/collect/pick",
    "there will not be a tomorrow for me",
    "will not be here long",
    "hoping he would/will not stop this time",
    "love you all, sorry",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "she/he will not need them/it anymore",
    "insurance ...... on purpose",
    "goodbye text/note/letter/message so ...... does not blame",
    "insurance is worth more than me",
    "wrote my will on the back",
    "gave his/her dog tags",
    # From the blind rounds fresh110 to fresh113: immigrant languages, shared phones, children reported by adults.
    "tell mom/dad i am sorry",
    # From the blind rounds fresh115 to fresh121: suicide told without the word, and risk in one clause of an errand.
    "to take my cat/dog/pets after",
    "remember me how/as i was",
    "will not be able to look after him/her after",
    "this is the/my last message",
    "sorry i was such a burden",
    "saying goodbye to people",
    "decided it is the last one",
    "will not be needing it",
    "only thing stopping me is my cat/dog/kids/mom/son/daughter",
    "goodbye text in my drafts",
    "giving everything away ...... will not need",
    "not going to be here to take care of",
    # From the blind rounds fresh122 to fresh129.
    "sleeping forever sounds",
    "wrote my letters",
    "will not need him/her",
    # From the blind round fresh122: suicide hinted at by workers, new mothers and elders.
    "last thing on the list",
    "funeral ...... asking for myself",
    "will not be back for them/him/her",
    # fresh130-135 (2026-11-30, session 16)
    "say bye/goodbye ...... before i do it",
    "going over when my song/songs/playlist ends/is/finishes",
    "do not think i will be around for",
    "wrote my will on a napkin/receipt/scrap/paper/coaster",
    "left my ...... folded ...... with a note",
    # fresh136-141 (2026-11-30, session 16)
    "gave my badge and",
    "look nice/good for my funeral",
    "will not be around to fight/see/watch",
    # fresh143-147 (2026-11-30, session 16)
    "for later when i am done",
    "after i am not around",
    "closing out accounts",
    "cat/dog carrier by the door with a note",
    # fresh148-153 (2026-11-30, session 16)
    "will not be needing your services after",
    "says sorry for everything",
    "writing my final episode/chapter",
    # fresh154-159 (2026-11-30, session 16)
    "hope this is the last ...... i ever",
    "drafted my own will tonight",
    # fresh160-163 (2026-11-30, session 16)
    "the trip is my goodbye",
    "goodbye drafted",
    "finish the last thing",
    # fresh164-169 (2026-11-30, session 17)
    "changed to thank you for everything",
    # fresh211-214 (2026-12-01, session 19): a last post by the river, a last goodbye to a helper, letters to say goodbye, things left for after, an ID kept current to be identified
    "the last time you will ever? see me",
    "letters to my kids/children/family ...... say goodbye",
    "he/she/they will know what to do after/afterwards",
    # fresh215-218 (2026-12-01, session 19): farewells told through arrangements and loved ones, a note with the dog's future, a last text drafted, razors in a bag
    "so my parents/family/kids/wife/husband/sister/brother/mom/dad will not get stuck with",
    "dog/cat/dogs/cats should go to",
    "plan what you/i would say in your/my last",
    # fresh219-222 (2026-12-01, session 19): accounts set out for a spouse, an unexpected death planned, a date set for an anniversary, waiting for graduation, a child who wants to be dead
    "spreadsheet of every account/accounts/login/logins",
    "drew himself/herself/myself in a coffin",
    # fresh223-225 (2026-12-01, session 19): men who say it flatly: not waking up, ending it if evicted, a letter for after, the least messy way, one more use for a rifle, tired of still being here
    "he/she/they will end it if",
    "a letter/letters/note for after",
    # fresh226-229 (2026-12-01, session 20): pills saved up, self-harm told as a pet, a plan asked about
    "the cat is/was me",
    # fresh234-237 (2026-12-01, session 20): trains and heights asked about, a painless way, pills lined up, notes for whoever reads them, hurting oneself said plainly
    "way to go ... does/would/will not hurt",
    "if you are reading this ...... i am sorry",
    "if you are reading this i am gone/dead",
    # fresh238-241 (2026-12-01, session 20): a dose asked for oneself, an end set with the semester, a plan waiting for nerve, no future past an age
    "ends/end ... and so do/will i",
    # fresh242-245 (2026-12-01, session 20): men telling it through money, guns and bridges
    "plan/plans/planning/planned out how i/they/you would/will/could do it",
    "better off with the? policy/insurance/life ... money/payout/check",
    # fresh246-249 (2026-12-01, session 20): a friend's last semester and her cat given away
    "posting/posts/posted about her/his/their last semester/day/week",
    "last semester ...... gave me her/his cat/dog/pet/pets",
    # fresh250-255 (2026-12-01, session 21): cutting that will not stop, a car in the garage, a note, a date picked, promises and goodbyes told sideways
    "wrote my note",
    "scared/afraid of what i will/might do",
    # fresh256-259 (2026-12-01, session 21): asking for me, knowing the dose, a will tonight, by one's own hand
    "handwrite a will tonight",
    "will not be time to see a lawyer",
    # fresh256-259 (2026-12-01, session 21): told through a bath, a bridge saved on a map, insurance and accidents
    "way out ...... is my life insurance",
    # fresh260-263 (2026-12-01, session 21): goodbyes told through errands and forms
    "will find the apartment clean and the rent paid",
    "will not be here next month/week anyway",
    # fresh260-263 (2026-12-01, session 21): Spanish and Portuguese self-harm and farewells; English cuts, burns and last posts
    "so housekeeping will not come in",
    # fresh264-267 (2026-12-01, session 21): hitting oneself over a mistake, a note that says they would be better off
    "sorry for being such a problem",
    # fresh264-267 (2026-12-01, session 21): a note hard to write, a throat squeezed and a wish, doses asked 'for real', a plane that might crash
    "writing the note is harder",
    # fresh268-273 (2026-12-01, session 22): a letter in case, pills saved up, a bridge slowed down at, dying by one's own hand
    "wrote/written/writing a letter/letters/note/notes to my {CHILD}/wife/husband/family/mom/dad/mother/father/parents/sister/brother ... in case",
    # fresh274-277 (2026-12-01, session 22): accounts and belongings settled for after, a head punched
    "what happens to her/his/my instagram/account/accounts/facebook/tiktok/snap if she/he/i die/dies",
    "giving/gave/given her/his/my stuff/things/belongings to friends",
    "have it when i am gone",
    "when i am gone ...... probably/maybe this week/weekend/tonight/tomorrow",
    # fresh279 (2026-12-01, session 22): risk in one sentence of a long message
    "kill me i will do it myself",
    # fresh281-285 (2026-12-01, session 22): self-harm as 'sh', a note drafted, a gun wanted fast, Spanish 'me muero de verdad'
    "draft/drafted/drafting/write/writing/wrote their/my/the note in my/their head",
    # fresh286-291 (2026-12-01, session 22): a list finished, letters to each, 'with grandma now', time left by choice
    "that was the last thing on my list",
    "wrote a letter/note/letters/notes to each of us",
    # fresh292-295 (2026-12-01, session 22): arrangements for after, told as paperwork
    "note for whoever comes/finds",
    "will not get to a lawyer in time",
    "after that i will not be able to",
    "take the rabbits/dog/cat/cats/dogs/pets and then i am done",
    # fresh296-301 (2026-12-01, session 23): goodbyes and letters, self-harm started again, ways to go told quietly (older people, men, dictated)
    "take care of your father/mother/dad/mom/kids/dog/cat/sister/brother for me",
    "good buy message/note/post/letter/text",
    "sorry mom/dad/mommy/daddy ...... not your fault",
    "i would have been gone years ago",
    "id have been gone",
    "gave away my cat/dog/cats/dogs/guitar ...... feels right",
    "paid the funeral home in full",
    "written/wrote the kids/children their letters",
    "will not be needing either/them/it after",
    "saying she/he will join grandpa/grandma/mom/dad/mama/papa soon",
    "gave me all her/his jewelry",
    "saying goodbye to his/her/my friends and gave/giving away",
    "posted forgive me",
    # fresh302-307 (2026-12-01, session 23): self-harm in many forms, insurance worth more, a day picked; Deaf and disabled writers, farmers, gamers, believers
    "would get my life insurance",
    "insurance money than with me",
    "bye everyone . thank you",
    "saying goodbye and gave/giving away",
    "letters for the kids/children are in",
    "wrote a note ...... not sending it yet",
    "tell mama/mom/dad/papa i am sorry",
    "if god will not take me",
    "take care of my account",
    "sorry to everyone , bye",
    "wrote a note and pinned it",
    "will not be here for graduation/christmas/thanksgiving/summer",
    # fresh308-313 (2026-12-01, session 23): teens, new mothers, ESL writers, buried clauses, witnesses, veterans and first responders
    "ttyl forever",
    "last post . delete my account",
    "delete my account if i do not come back",
    "i would/id rather be gone",
    "found the note i wrote",
    "if i am gone the insurance",
    "i can not do it anymore . goodbye",
    "give away her/his things ...... be with her/his son/daughter/husband/wife",
    "wrote down all the bank passwords",
    "next time i will not mess it up",
    "take care of her/his cat/dog after",
    # fresh314-319 (2026-12-01, session 23): hedged, next-turn, debt-driven and indirect suicide
    "plan your own funeral playlist",
    "life insurance would cover the debt",
    "note for my roommate so she knows",
    "does not get me first i will do it myself",
    "we do not have a cat",
    "sorry for everything . i can not stop",
    "take care of the dog , i will not need it",
    "wrote my wife/husband a note and left it",
    "ba song lam gi nua",
    # fresh320-325 (2026-12-01, session 23): algospeak, grief, relapse, sex work, school pressure, children
    "already wrote the letters",
    "coffin/⚰️ soon",
    "keeps saying he will see her soon",
    "keeps saying she will see him soon",
    "it will be mine too",
    "the dress i want to be buried in",
    "have not gone through with it",
    "will not be alive long enough",
    "keep writing the note and deleting it",
    "feels like the last night",
    "found my best friend's/friends note",
    "letters ...... in case i am not around",
    # fresh326-331 (2026-12-01, session 23): dark humour, courts and custody, healthcare, Spanish without accents
    "i will not be here for the exam",
    "last post 🪢",
    "i left the note on the counter",
    "texting me goodbye",
    "saving them up . for when i am ready",
    "i have written the letters",
    "do not think i will make it to ...... honestly",
    "i already wrote letters to the kids",
    "not like that . like i will not be here",
    "filled out a will ...... because i am tired",
    "ruined me . goodbye",
    "goodbye msgs are drafted",
    "filled out a will ...... not because/cause i am old",
    # fresh332-335 (2026-12-01, session 23): suicide without the words: coats, keys, sticky notes, microchips, a library book run
    "i just want to be gone",
    "i will help it along",
    "do not bother . i will not be here",
    "tell ...... the password to my laptop",
    "sessions i will not make it to",
    "when i am gone can someone call my landlord",
    "i already said my goodbyes at dinner",
    "giving her jewelry to us",
    "sticky notes on everything ...... with whose it is",
    "take care of bruno for me , i am sorry",
    "take care of my/the dog for me , i am sorry",
    "so they will not be the ones to find me",
    "pretty sure this is my last week",
    "who would take my cat/dog if something happened to me",
    "should i leave a note",
    "owner on my dog's/dogs microchip",
    "the stuffed animals ...... sorry",
    "gave away all her/his stuffed animals",
    # fresh593 (2026-12-04, session 39): a goodbye email, "not a leaving-the-company goodbye"
    "not a leaving ...... goodbye",
    # Session 39's misses with no rule (fresh586-596): a 17-year-old in care asking who buries a ward of the state
    "bury/buries/buried/burial/funeral ...... ward/wards of the state",
    # fresh597-602 (2026-12-04, session 40): veterans' understatement, carers, queer youth, students; 'I don't think I want to live'
    "would be happier/relieved if i was/were gone/dead",
    "lost the will to keep/go/live",
    "i will just end it",
    "notes/letters/cards ...... sound/sounds/sounded like goodbyes/goodbye",
    "not that it will matter much/for longer",
    "notes/letters to my? them/everyone/family/parents/kids/mom/dad/wife/husband ...... and deleting/deleted/delete them",
    # fresh603-607 (2026-12-04, session 41): a hotel-room goodbye, burns hidden from parents, an arm all cut up, a bridge 'how easy'
    "remember me/her/him if ...... not around/here/gone",
    "all my stuff ...... will not need",
    "give/giving my cat/dog/pets to ...... letter",
    # fresh609 (2026-12-04, session 41): risk told in everyday talk: a forklift, a lasagna, houseplants, season tickets
    "i am done . already? wrote the letter/note",
    "someone should take care of them after",
    "last thing they will remember about me",
    "flowers for my own funeral",
    "will not be needing a new place",
    "will not be around for the playoffs/season/game/games/finals",
    # fresh612 (2026-12-04, session 41): jail, parole, foster care and re-entry: a sheet tested, a razor held, a funeral planned with an 18th birthday
    "planning my ...... and my funeral",
    # fresh611 (2026-12-04, session 41): debt, collectors and life insurance
    "goodbye i guess",
    # fresh613 (2026-12-04, session 41): English from the same writers: a body sent home, the insurance for the family
    "if i die ...... family gets the insurance",
    # fresh614 (2026-12-04, session 42): housing: a tenant's death asked about 'for me', a bridge researched, a mother not left paying, a note the landlord found
    "for anyone/anybody/someone/people to notice if i died/disappeared/was gone",
    "my mom/mother/dad/father/family/parents/sister/brother does/do/will not get stuck paying",
    "found my note before i could",
    # fresh617 (2026-12-04, session 42): health care and medicines: a wrist asked about 'for a book', a nurse taking from the pyxis, a prescription 'collected', a death made to look like an accident, 'not asking for a patient', a letter to each child beside an advance directive
    "advance directive ...... letter/letters to each of my",
    "will not be needing the/my refill/refills/prescription next month",
    # fresh619 (2026-12-04, session 42): past and present: a rope still in the closet 'but I'm fine', driving fast hoping something happens, cutting again 'like relief', a laptop 'you'll need more than me'
    "you will need it more than me/i do",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: a playlist for one's memorial
    "playlist for my memorial/funeral",
    # fresh628 (2026-12-05, session 44): sports, dance and coaches: parents told where the passwords are and who gets the car
    "told ...... where my passwords/password/logins are",
    "told ...... who gets my car/truck/bike/dog/cat/guitar/games/room",
    # fresh640 (2026-12-05, session 45): the small hours: 'if i don't text back tomorrow just know i tried'
    "just know i tried",
    # fresh643-650 (2026-12-05, session 46): a note already in the locker, who takes a daughter if I go through with it, sorry said to a mother for everything, a sister's hair done one last time, goodbye posts in drafts, the last text sent to anyone, so someone knows it was no accident, DACA papers arranged for a cousin, not around by a renewal
    "already wrote/written the note",
    "if i go through with it ...... make sure",
    "said sorry to my ...... for everything",
    "one last time and giving her/him my",
    "goodbye posts/post/messages/texts in my drafts/notes",
    "last text i am sending anyone",
    "so someone knows it was not an accident",
    "do not think i will be around by the time",
    # fresh649 (2026-12-05, session 46): a goodbye written in Spanglish
    "wrote/written my goodbye/goodbyes",
    # fresh644, 645 (2026-12-05, session 46): the only thing keeping me here, it does not matter since I will not be here, everything arranged before I go (Spanish)
    "only thing keeping me here is her/him/them",
    "does not matter i will not be here",
    "quiero dejar todo arreglado ...... antes de irme",
    # fresh644 (2026-12-05, session 46): goodbyes written in the phone's notes, life insurance and not around long
    "writing goodbyes in my",
    "do not think i will be around long",
    # fresh651-658 (2026-12-05, session 46): Deaf and disabled adults, Portuguese and Kriolu, college, military families, forced marriage, nights out, second messages: admin and game accounts given away, not around for spring break, a journal left so she has something of me, a goodbye party that is really goodbye, not needing my stuff much longer, an accident that is not one
    "gave away his/her/my admin/accounts/account",
    "will not be around for spring/summer/christmas/graduation/any",
    "so she/he has something of me",
    "nobody knows ...... really goodbye",
    "will not need it much longer",
    "like if its/it is? not an accident",
    # fresh659-661 (2026-12-05, session 46): must-catch kinds told indirectly; Haitian Creole and French; rural Connecticut: letters to open later that I will not be around for, a note that says sorry on a locked door, nobody left to deal with me after
    "will not be around for it",
    "note ...... says sorry ...... door is locked",
    "have to deal with me after",
    # fresh687-694 (2026-12-06, session 48): suicide told as thanks, apology and a last favour: a letter for when I am gone which will not be long, not a problem after sunday, not wanting to be saved, nobody having to worry ever again, a last conversation, a will for someone not alive much longer, not going anywhere on a map, not on vacation, a goodbye rehearsed, the last time you hear from me, not planning to be alive, peace made with everything, the list done and so am I, tell them it was not their fault
    "when i am gone ...... will not be long",
    "will not be a problem anymore/again after",
    "did not want to be saved",
    "nobody has to worry about me ever again",
    "no one has to worry about me ever again",
    "if i stopped/stop texting ...... would someone/anyone notice",
    "want/wanted my last conversation/words/message to be",
    "will not be alive much/for longer",
    "not going anywhere on a map",
    "i do not mean on vacation/holiday",
    "rehearsing/practicing/practising my goodbye/goodbyes",
    "might be the last time you will? hear from me",
    "not planning/plan/planned on? to be alive",
    "made my peace with everything/dying",
    "list is done and so am i",
    "tell her/him/them i love her/him/them and it was not her/his/their fault",
    "tell my kids/daughter/son/children/family/mom/mother it was not their/her/his fault",
    "tell ...... she/he did nothing wrong",
    "say goodbye to my ...... before i die",
    "the last semester/summer/christmas/birthday/thanksgiving of my life",
    "got/have a plan and a date",
    "fastest/quickest/painless way to end it",
    "will not make it to much of anything",
    "do not see a life/future after",
    "only reason i am still alive/here",
    "cord/rope/belt thing was not a joke",
    "still plan/planning to do it when/once i get home",
    "for someone who will not see",
    # fresh695-702 (2026-12-06, session 48): a list made of who gets my things, a note so parents know it is not their fault
    "made a list of who gets my",
    "so my parents/family/mom/dad/kids know it is not their/her/his fault",
]


# Whole messages that are a cry for help ("emergency", "sos") or a farewell
# ("can't do this anymore. sorry.") on their own. Only the entire message
# counts: "emergency shelter" is a request, not a cry.
WHOLE_MESSAGE: list[str] = [
    # fresh536-541 (2026-12-03, session 33): a goodnight or goodbye of two words; the height of a bridge
    "gn forever",
    "goodbye mom",
    # fresh589 (2026-12-04, session 39)
    "can not do this anymore . i am done",
    "goodbye mommy",
    "goodbye mama",
    "goodbye dad",
    "goodbye daddy",
    "goodbye everyone",
    "goodbye world",
    "how high is the golden gate",
    "how high is the golden gate bridge",
    # fresh513 (2026-12-02, session 32): a story's end that is the writer's
    "last chapter thanks for reading",
    "last chapter . thanks for reading",
    "final chapter thanks for reading",
    "final chapter . thanks for reading",
    # fresh432 (2026-12-02, session 29): a wave and a bridge
    "👋 bridge",
    "bridge 👋",
    # Sealed round fresh395 (2026-12-02): a place to die, in a few words.
    "drove to the cliff",
    "i drove to the cliff",
    "at the cliff",
    "i am at the cliff",
    "can not do this anymore sorry", "i can not do this anymore sorry", "sorry for everything",
    "i am sorry for everything", "i am so sorry for everything", "there is no point anymore i am done",
    "i do not know why i am still here",
    # fresh63: suicide in a few words.
    "pills in hand",
    "pills in my hand",
    # fresh67.
    "thinking about it again",
    # From the blind round fresh86 (danger now, typed fast).
    "top of the parking garage",
    "goodbye thank you for trying",
    "thank you for trying goodbye",
    # fresh207-210 (2026-12-01, session 19): a gun loaded, pills and a goodbye
    "loaded it goodbye",
    "loaded it bye",
    "pills pills pills bye",
    "pills pills bye",
    # fresh230-233 (2026-12-01, session 20): die typed as dye, ways researched, a trigger
    "i just want to dye honestly",
    "i just want to dye",
    "just want to dye",
    "i want to dye",
    "i wanna dye",
    "ngl i been researching ways",
    "i been researching ways",
    "been researching ways",
    "i have been researching ways",
    "been looking up ways",
    "bout to pull the trigger",
    "about to pull the trigger",
    "i am about to pull the trigger",
    # fresh234-237 (2026-12-01, session 20): a night set
    "it is tonight everything is set thanks for nothing",
    "it is tonight everything is set",
    "its tonight everything is set thanks for nothing",
    "its tonight everything is set",
    "everything is set thanks for nothing",
    # fresh246-249 (2026-12-01, session 20): die misspelled
    "i want to dei",
    "want to dei",
    # fresh250-255 (2026-12-01, session 21): farewells in a few words
    "bye everyone thanks for trying",
    "thanks for trying bye",
    "bye thanks for trying",
    "thank you for trying bye",
    "sorry for everything love you all bye",
    "sorry for everything love you all",
    "love you all sorry for everything bye",
    "bye guys it was fun do not be sad ok",
    "bye guys it was fun do not be sad",
    # fresh250-255 (2026-12-01, session 21)
    "took them all sorry mom",
    "took them all sorry",
    # fresh256-259 (2026-12-01, session 21)
    "game over for me for real not the game me",
    "game over for me not the game me",
    "game over for me fr not the game me",
    # fresh260-263 (2026-12-01, session 21)
    "goodbye pills taken",
    "pills taken sorry",
    "pills taken bye",
    # fresh268-273 (2026-12-01, session 22)
    "said my goodbyes",
    "i said my goodbyes",
    "already said my goodbyes",
    "just said my goodbyes",
    # fresh286-291 (2026-12-01, session 22)
    "some days i just want to dye",
    # fresh286-291 (2026-12-01, session 22)
    "cut again",
    "cut again lol",
    # fresh292-295 (2026-12-01, session 22)
    "pills pills pills bye everyone",
    "pills bye everyone",
    # fresh296-301 (2026-12-01, session 23)
    "what is the point i am done",
    "bye everyone ily",
    "bye everyone i love you",
    "rope up",
    "thinking about unaliving",
    # fresh308-313 (2026-12-01, session 23)
    "goodbye thanks for trying",
    "ttyl forever i guess",
    "ending my watch tonight",
    # fresh362-369 (2026-12-01, session 26)
    "i want to unalive",
    "not safe from myself",
    # fresh603-607 (2026-12-04, session 41): two words of goodbye, a Spanish 'what for'
    "bye everyone",
    "para que seguir",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: a goodbye in a few words
    "sorry mom goodbye",
    "on the bridge now",
    "took them",
    "i took them",
    "can not do this anymore headstone",
    # fresh659-661 (2026-12-05, session 46): a place and a time
    "bridge . tonight",
    # fresh727-734: a farewell of two words
    "done. bye",
    "jumping tonight",
]

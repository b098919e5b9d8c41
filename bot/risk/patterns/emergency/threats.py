"""Threats to kill or hurt, and a time set for it ('tonight is the night').

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh558: worse promised on return, a man at the door until he is let in, a basement kept in
    "when he/she comes/gets back ...... going to be worse",
    # fresh494 (2026-12-02, session 31): a call for help disguised as a pizza or delivery order, or cut short because he is home
    "he/she is home/here/back/awake so i will/have/got/need/must ... be quick/fast/quiet",
    # Sealed rounds fresh393 to 396 (2026-12-02).
    "{HE} ... finish/finishes/finishing/end/ends me/us off?",
    # A later blind round: danger told without asking for help.
    "midnight/tonight/morning/tomorrow ...... you will be sorry",
    "you will be sorry by/before",
    "goodbye ...... will not answer/respond/pick",
    "going to run me/us/her/him over",
    "took the baby/kids/children ...... never see",
    "just took/grabbed/snatched ...... never see",
    "will not pull over",
    # Being hurt right now.
    "{HE} would/will/might/could hear me",
    "going to finish me/us off",
    "will not say/tell ... where we/i are/am going",
    "vai/vao me matar",
    "he is going to kill me",
    # Threats to kill.
    "{KILL_INTENT} to? kill/murder my kids/children/baby/son/daughter",
    "{HE} will kill me",
    "kill me if i",
    "i am going to die",
    "i do not want to die",
    # Held or locked in.
    "against my will",
    # Help now.
    "can not talk he/she/they is/are/might/will",
    # Spanish.
    "on my way ...... you are dead",
    "{PARTNER} ...... texted/said/says/text ...... you are dead",
    "going/threatening/threatens/trying to crash us/into",
    "going to bury me",
    "threatening to disappear with",
    "next time he will not stop",
    "you will never see him/her/them again",
    "water running ...... will not open/answer",
    "i will never see her/him again",
    "just heard ...... going to kill him/her/them/the",
    # A blind round written to break the detector (fresh50): slang weapons, overdose now, held and watched.
    "saying he/she will/would kill her/him",
    "{PARTNER} ...... will/would/going to kill her/him",
    # fresh53: a threat sent as a photo, a threat against the children.
    "will kill the kids/children/baby",
    "kill the kids/children first",
    # Blind rounds of short texts and of an outside tester (fresh56, fresh58): danger now in a few words.
    "tonight he/she kills me",
    "tonight he/she will kill me",
    # A blind round of risk told in passing inside errands (fresh59).
    "will not see morning/tomorrow",
    "will not see the morning",
    "when he/she wakes up ...... i am dead",
    # fresh451 (2026-12-02, session 30): hit, fallen and no longer talking
    "going to finish what he/she started",
    "will finish what he/she started",
    # fresh63: a buyer on his way.
    # A blind round aimed at what a detector misses (fresh67): danger now without the words help, danger or 911.
    "going to finish it when she/he/they",
    "took my phone ...... he will be back at/by/in",
    # Blind rounds fresh69 and fresh70: danger now told plainly by bystanders, in slang, and by people hurt just now.
    "man/guy ...... will not let her/me go home",
    # A blind round of everyday messages with risk hidden among them (fresh71).
    "would kill her/me if she/i talked/told/talks/tells",
    # From the blind rounds fresh77 and fresh78.
    "saying what they/he are/is going to do to me",
    # From the blind round fresh79.
    "will not let us/me get her/him out",
    "if i run he/they will find me",
    # From the blind round fresh82.
    "says we will never see her/him/them again",
    # From the blind round fresh86 (danger now, typed fast).
    "will not let me have/take my insulin/meds/medication/medicine/inhaler",
    "has the kids/baby/kid ...... never see/seeing them/her/him again",
    # From the blind round fresh85 (labour and sex trafficking in Connecticut workplaces).
    "will not take her/him to the? hospital/doctor",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "going to do it again ...... whether i want",
    "will not let me take them out",
    # From the blind rounds fresh97 to fresh104: danger now in a hurry, at parties, in cars, overdoses.
    "will crash us",
    # From the blind rounds fresh110 to fresh113: immigrant languages, shared phones, children reported by adults.
    "finishing/finish what he/she started",
    "going to drop the/her/my baby",
    # From the blind rounds fresh122 to fresh129.
    "nobody is going to hear you",
    "no one is going to hear you",
    "saying you are dead",
    "kill her if she came/comes out",
    "going to keel me",
    # fresh242-245 (2026-12-01, session 20): a reply cut short because he is back
    "do not text/message/reply/call back ...... he/she will see/find/check/know",
    # fresh250-255 (2026-12-01, session 21): a bat swung, a gun fetched, a knee on a neck, a loaded gun, a pillow held down, a baby shaken, a drink that tasted wrong
    "when he wakes up ...... finish this",
    # fresh256-259 (2026-12-01, session 21): danger now typed in a hurry, on a night shift, in a van
    "tonight he would finish it",
    # fresh260-263 (2026-12-01, session 21): Spanish and Portuguese danger now; 'this is my last night'
    "nos vamos a matar los dos",
    # fresh264-267 (2026-12-01, session 21): a throat squeezed while drinking, a sober house, a tent, a first use after years
    "says he will crash us both",
    # fresh281-285 (2026-12-01, session 22): a gun out, a ransom for a cousin
    "or they will not let her/him go",
    # fresh292-295 (2026-12-01, session 22): a threat to the dog, a box truck, Arabic in Latin letters
    "he will kill her/him/us if i come back",
    # fresh296-301 (2026-12-01, session 23): held, cornered or hurt now, told in few words or by a relative far away
    "will use it if i do not give",
    "will not let me up",
    # fresh302-307 (2026-12-01, session 23): danger now told in ASL-English, at campus parties, on farms, online and in closed groups
    "say/says he/she kill me",
    "will not let us in",
    "will not let anyone out",
    # fresh308-313 (2026-12-01, session 23): a belt coming off, a door about to break, a newborn in a hot car, a taser, a round in the ceiling
    "he broke my arm ...... i am dead",
    "will not give her/him back until",
    # fresh314-319 (2026-12-01, session 23): danger now told as a next turn, hedged, in a car, a motel or a bus
    "skipped my exit and says we are going to his place",
    "help he will not stop",
    "hand on my thigh and will not stop",
    "if i get off this bus he will find",
    # fresh320-325 (2026-12-01, session 23): overdose signs, children alone, a parent being hurt, danger now in drug houses and on dates
    "says we are going to ny to work and i said no",
    "will not give my clothes back",
    "will not bring her back until",
    # fresh326-331 (2026-12-01, session 23): danger now from people with small power, during court orders, in the ER, in Spanish
    "she is dead when they get home",
    "he will finish it in the parking garage",
    "if he sees me on my phone i am dead",
    "will not give my little brother back",
    "will not unlock it till i kiss him",
    # fresh332-335 (2026-12-01, session 23): the next few minutes: a car following, a window climbed out, a child missing, a bat in the driveway
    "he is going to finish this",
    # fresh355: a writer watched as they type
    "if {HE} sees/finds/reads/catches this i am dead",
    "if {HE} sees/finds/catches me i am dead",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: a gun in his hand, a trunk, gunshots next door, a drink drugged, a woman who 'won't make it home tonight', an abuser at the shelter gate, a parent who will not wake beside pills, a girl who mouthed 'help'
    "will not make it home tonight",
    "he will kill her and the kids",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: a daughter taken to 'learn tonight', hiding in a shed from a man with a flashlight, a car followed since an exit, calls watched, a brother in a locked room screaming, a mother barricaded in, a van coming back, a move tonight, a worker hit with a pipe
    "going to a new city tonight",
    # fresh663-670 (2026-12-06, session 47): driving the children off a bridge, thrown over the side for talking to the coast guard
    "driving/drive ...... off a/the bridge/cliff if",
    "kids/children in the car ...... off a/the bridge/cliff",
    "over the side if i talk/tell/call",
    # fresh679-686 (2026-12-06, session 47): a teen screaming he is going to kill his brother
    "screaming he/she is going to kill him/her",
    # fresh687-694 (2026-12-06, session 48): you and the baby are done; the house burnt with me in it
    "you and that/the baby/kids are done",
    "burn the house with me/us in it",
    # fresh695-702 (2026-12-06, session 48): a wheelchair held at the top of the steps, next is my neck, yelling that he will kill her
    "threatening to push her/him/me off",
    "next is my/your neck",
    "yelling that he/she will kill",
    # fresh695-702 (2026-12-06, session 48): driving fast and both dying tonight, dead when he gets here, coming in whether I like it or not, the belt waiting again
    "both going to die tonight",
    "i am dead when he/she gets here",
    "coming in whether i like it or not",
    "waiting with the belt again",
    # fresh703-710 (2026-12-06, session 48): driving the children off the bridge, cutting me in my sleep, never seeing them alive
    "driving them/us off the bridge",
    "going to cut me in my sleep",
    "never see them alive",
    # fresh711-718: gas poured on the porch, if I call anyone he will, a dog photographed next to a knife, the shotgun in the truck
    "poured/pored gas on the porch/house/car/door/floor/stairs/steps",
    "gas ...... going to light it",
    "if i call anyone he/she will",
    "dog/cat/kid/baby next to a knife",
    "shotgun is in the truck/car",
    # fresh711-718, second pass: screaming he will kill her, parked at my school, videos demanded right now
    "screaming he/she will kill her/him/us",
    "he is parked at my school",
    "making me send videos right now",
]

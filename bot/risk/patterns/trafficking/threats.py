"""Threats of deportation, the police, or harm to family back home.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # A later blind round: workers and people sold told indirectly.
    "hurt/harm/kill our/my/his/her family if he/she/i quits/quit/leaves/leave",
    "nos deporta/deportan/deportaria",
    "nos/me denuncia/denuncian/reporta/reportan/manda/mandan a la migra",
    # Handing over what is earned.
    "can not call my family",
    "if we/i go to the police ...... arrest/deport us/me",
    "family back home ...... hurt/harm/kill",
    "hurt/kill/harm my {FAMILY} if i stop/quit/leave/run/ran/talk/tell/left",
    # A sixth blind round (trafficking and sexual assault), read for wording.
    "if i stop/quit/leave/run ...... hurt/kill/harm my {FAMILY}",
    "me/nos va/van a deportar",
    # Forced or unpaid work.
    "threatens/threatened him/her/me if he/she/i stops/stop/quit/leave",
    "if i stop/quit/leave ...... {THEY}/he ...... tell my family/parents/husband/wife",
    "back home will/would visit/hurt/find my/our mother/mom/family/kids/parents",
    "if i go/went to the police ...... deport my/our kids/children/family/son/daughter",
    "if i leave/quit/complain ...... {HE} ...... call/calls/calling {IMMIGRATION}",
    "{HE} says the cops/police will arrest me not him",
    "back home if he/she/i/we run/runs/leave/leaves/quit/quits/stop",
    # A blind round of long and reported messages (fresh55): what a coworker, driver, landlord or neighbour saw and heard.
    "entregar a la migra/policia",
    # fresh56, fresh58: trafficking in a few words: 'they own me', 'his property', the track.
    "{IMMIGRATION} if i/we run/leave/quit/go",
    "police will? arrest me if i",
    # A blind round of hard cases (fresh63): control at work seen by neighbours and relatives, asked as a question.
    "will cut my hours and call immigration/ice",
    # A blind round aimed at what a detector misses (fresh67): pay held, debts that grow, housing at work, watched and moved.
    "if we/i go to the? police ...... ice/immigration/deport/deported",
    # Blind rounds fresh69 and fresh70: workers, elders and teens describing control in practical terms.
    "call ice/immigration on ...... if i quit/leave",
    # From the blind rounds fresh74 and fresh76.
    "if we go/leave the police will take/arrest us",
    "tell immigration where i am",
    "tell immigration where we are",
    # From the blind rounds fresh77 and fresh78.
    "my family ...... gets/get a phone call",
    "anyone who talks to the police/cops",
    # From the blind round fresh80.
    "if i quit ...... come/go after my family",
    # From the blind round fresh86 (danger now, typed fast).
    "ice/immigration will come/get/take ...... if we/i complain/leave/talk/quit",
    # From the blind round fresh88 (young people; Spanish and Portuguese).
    "family is/will threaten/threatened/hurt if i run",
    # From the blind round fresh85 (labour and sex trafficking in Connecticut workplaces).
    "crew boss/leader/chief ...... kill me",
    # From the blind round fresh87 (risk in one sentence of a long message).
    "he send someone to my family",
    # From the blind round fresh95 (trafficking told without the usual words).
    "if we quit he will? report/reports us",
    # From the blind rounds fresh97 to fresh104: trafficking told by workers, neighbours and teens.
    "will tell my family ...... what i do",
    # From the blind rounds fresh106 to fresh109: Spanish, long messages, risk asked as a question, rarely tested voices.
    "will happen to my family ...... if i quit/leave",
    # From the blind rounds fresh122 to fresh129.
    "tell my family ...... what i do if i quit",
    "hurt my fam/family ...... if i run/leave/quit",
    # fresh136-141 (2026-11-30, session 16)
    "not allowed to contact/call my family",
    # fresh250-255 (2026-12-01, session 21): threats, quotas, fines, papers and pay held, told from inside and by teens
    "if i/we complain he/she tells/calls/will immigration/ice",
    "sends threats to my family",
    "has a friend at immigration",
    # fresh256-259 (2026-12-01, session 21): calls, fields, rent out of pay, notebooks of debt, families threatened
    "if i go police take me",
    # fresh260-263 (2026-12-01, session 21): held by 'the one who has me', dates set up, a ticket cancelled, families made to pay
    "tells immigration where",
    # fresh264-267 (2026-12-01, session 21): quotas enforced by rape or a closet, a profile set up for her, videos sold
    "has to be a lookout or they will hurt",
    # fresh296-301 (2026-12-01, session 23): boats, door-to-door crews, group homes and care work; debts, threats to report, a cut taken
    "talks/talk to the labor inspector/inspectors/police ...... have an accident",
    "if i/we quit ...... call/calls immigration/ice",
    "ice takes me if i quit",
    "ice will take me if i quit",
    "tell the? police i stole if i",
    "can not tell them to leave or they will hurt",
    "police will arrest me not them",
    "hurt my ...... if i quit",
    "or he/she/they call/calls immigration/ice",
    "if we complain ...... call immigration/ice",
    "hurt her/his/my kids/family back in/home",
    # fresh302-307 (2026-12-01, session 23): debts, papers and wages held from disabled, student, farm, online and church workers
    "if we complain ...... sheriff/police",
    # fresh308-313 (2026-12-01, session 23): debts that grow, papers held, minors sent to 'parties', workers locked in, a baby promised against a debt
    "if i stop he calls ice",
    "if we talk to police he will hurt",
    "threatens his/her family ...... if he/she quits",
    "will hurt his/her mom/family back home if",
    "work at his club at night or he tells immigration",
    "will have her deported if",
    # fresh314-319 (2026-12-01, session 23): debts and rent paid with sex or work, papers held, next-turn replies, other languages
    "goi ice",
    # fresh320-325 (2026-12-01, session 23): dealers' debts and drug control, the life, grief used as a debt, nannies and au pairs, children paid for pictures
    "stop selling for him he will call ice",
    "his lawyer friend will make sure my family",
    # fresh326-331 (2026-12-01, session 23): papers and wages held, debts with interest, court and immigration threats, jokes hiding control
    "tell ice about my mom",
    "hospital = deportation",
    "if i leave ice gets a phone call",
    "tell immigration the marriage is fake",
    "send the videos to my immigration officer",
    # fresh332-335 (2026-12-01, session 23): daily details of control: keys, drivers, leases, fines, envelopes
    "sells for them and says he can not leave or they will hurt",
    "if anybody leaves ice will come",
    "if i quit he will report me and my kids get taken",
    "if i go he call immigration",
    # fresh597-602 (2026-12-04, session 40): farms, boats, kitchens, private homes; students and young people 'working off' a debt
    "if he/she/i/we quit/quits/stop/stops they will hurt/kill",
    "if he/she/i/we quit/quits/stop/stops he/she will hurt/kill",
    "can not leave or they will hurt/kill",
    "be sent back if i complain/talk/tell/report",
    "fire me and call immigration/ice",
    "deported if i do not work",
    "cancel it/my/his/her ...... and call ice/immigration",
    # fresh603-607 (2026-12-04, session 41): the sex trade and 'the life': slang, quotas, a manager's rules
    "if she/he go/goes/leaves/leave he/they ...... kill her/his mother/family/mom",
    "will hurt/kill her/his/my/our family in",
    # fresh612 (2026-12-04, session 41): bail owed, a PO's threat, pills sold at school for an aunt, 'she works for me now'
    "threatening/threatens/threatened to violate me unless/if",
    # fresh611 (2026-12-04, session 41): money as control: placement fees, visa debts, the cost of bringing me, rent paid and danced back
    "if i quit/leave they/he/she will report me",
    # fresh613 (2026-12-04, session 41): a breach-of-contract fee, a flight worked off for free, 'she will send me back', a radio denied
    "if i leave my family ...... will have problems",
    # fresh622, fresh626 (2026-12-04, session 42): staff and length extremes: 'threatening my family back home'
    "threatening/threatens/threatened my family back home",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: a lender who has the family's addresses back home
    "has our/my family addresses",
    # fresh624 (2026-12-04, session 42): men and boys at work: deportation for looking for other work, a brother returned 'when we pay', people known in the village, a doctor's visit answered with ICE, a coyote's growing debt, workers told they belong to the captain
    "deported if we/i look/looking for other work/jobs",
    "get him/her back when we/i pay",
    "knows people in our/my village/town",
    "if we/i go to a doctor ...... calls/call ice/immigration",
    "work for anybody/anyone else he/she/they calls/call/will",
    "coyote says my debt",
    "i am his/hers/theirs til/until he/she/they says/say so",
    # fresh643-650 (2026-12-05, session 46): families back home hurt if we run, a petition cancelled, report us if we talk
    "hurt our/my families/family if we/i run/leave",
    "cancel my petition",
    "if we talk they/he will? report us",
    # fresh663-670 (2026-12-06, session 47): families back home who 'will have problems' if the workers talk
    "family/families in/back ...... will have problems",
    # fresh679-686 (2026-12-06, session 47): quitting answered with people sent to the family back home
    "si renuncio ...... mi familia",
    # fresh687-694 (2026-12-06, session 48): a threat to families who live nearby, arrest for breaking a contract, family back home in trouble if I talk to police
    "knows where their/our/your families/family live/lives",
    "arrested for breaking the/our/my? contract",
    "if i/we talk to police/cops ...... family",
    # fresh695-702 (2026-12-06, session 48): an aunt who says immigration will take me if I complain
    "if i complain immigration will take me",
    # fresh703-710 (2026-12-06, session 48): visas threatened if we complain
    "if we complain our visas",
    # fresh703-710 (2026-12-06, session 48): people sent to a mother's village
    "send people to her/my village",
    # fresh711-718: threats of the agency, ICE and USCIS, no papers so no complaint, deported unless, nobody else will hire her
    "tell the agency i stole",
    "tell ice i am here",
    "tell uscis i overstayed",
    "cannot complain because i have no papers",
    "get deported unless i keep",
    "nobody else will hire her/me/us",
]

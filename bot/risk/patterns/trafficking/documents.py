"""Documents kept by someone else: passports, IDs, visas, papers.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh583 (2026-12-04, session 38): a farm that keeps every visa in its safe; Jamaican patois, workers who "cyaan leave di property"
    "{WORKPLACE} ... {TAKE} all the/our/their/everyones {DOCUMENT}",
    # Sealed round fresh407 (2026-12-02): papers held as a deposit.
    "green card/passport/papers/id as a deposit/collateral",
    # A later blind round: workers and people sold told indirectly.
    "took/take/takes her/my/his/their phone/phones and id/ids/passport/papers",
    "hold/holds/keep/keeps/take/takes your id/passport/papers/documents",
    "hold/holds/holding/keep/keeps/keeping/kept our/my/their/her/his h? 2a/2b/h2a/h2b/j1/work papers/passports/passport/visas/visa/documents",
    "visa ...... cancelled/canceled/revoked/taken ... if i/we complain/leave/quit/talk/report",
    # Handing over what is earned.
    "{TAKE} ... my/her/his/their/our work {DOCUMENT}",
    "get/getting my/our {DOCUMENT} back",
    # A sixth blind round (trafficking and sexual assault), read for wording.
    "{THEY}/someone/somebody/anyone/he/she ... keep/keeps/hold/holds/take/takes/have/has your {DOCUMENT}",
    "{THEY}/someone/somebody/anyone/he/she ... keep/keeps/hold/holds/take/takes/have/has your green card",
    "{TAKE} ... my/her/his/their/our {DOCUMENT}",
    "had/has my/her/his/their/our {DOCUMENT}",
    "{TAKE} ... pair/nanny/maid/worker/workers/employee/employees/housekeeper/caregiver {DOCUMENT}",
    "{TAKE} ... my/her/his/their/our green card",
    "{TAKE} ... my/her/his/their/our social security card/number",
    "my/our/her/his {DOCUMENT} were/was/are/got taken/stolen/confiscated/kept",
    "leave without my/our {DOCUMENT}",
    "do/does/did/will/would not give/return me/her/him/them? back? my/our/her/his/their {DOCUMENT}",
    "never give/gave me? back? my/our {DOCUMENT}",
    "give me my {DOCUMENT} back",
    # Forced or unpaid work.
    "until i/we/she/he pay/pays/paid back/off the? visa/visas/flight/ticket/recruitment/costs",
    "{TAKE} everyone/everybody/everyones {DOCUMENT}",
    "my {DOCUMENT} is/are with the/my boss/owner/manager/employer/jefe/patron",
    "boss/employer/owner/foreman/captain/patron/jefe took/takes/keep/keeps/kept/holds/has the/our/all? passport/passports/ids/documents/papers",
    "passports ...... will not give them back",
    "got/has/keeps/kept/took my green card",
    # A blind round written to break the detector (fresh50): debts, threats and control at work, told indirectly.
    "{THEY} said/say/says my visa ...... depends on them/him/her",
    "took/keeps/kept/holds/confiscated our ... visas/passports",
    # fresh56, fresh58: trafficking in a few words: 'they own me', 'his property', the track.
    "{TAKE} my ... and passport/passports/id/papers/documents",
    # A blind round of risk told in passing inside errands (fresh59).
    "keeps/takes/took our/my money and phones/phone/passports/papers",
    # A blind round aimed at what a detector misses (fresh67): pay held, debts that grow, housing at work, watched and moved.
    "keep/keeps/kept/holds your/my/our license/licenses/id/ids/passport ...... ...... room/rooms you/we share",
    # A blind round of everyday messages with risk hidden among them (fresh71).
    "will cancel my green card/visa",
    # From the blind rounds fresh77 and fresh78.
    "withdraw/cancel the/my petition/visa/sponsorship if i leave/quit",
    # From the blind round fresh82.
    "they keep passport",
    # From the blind round fresh85 (labour and sex trafficking in Connecticut workplaces).
    "because she/he/i/we asked for our/my/her/his passports/passport/papers",
    "deducts/deduct rent and ...... visa",
    "still owe ...... for the trip/training/visa",
    "owes/owe ...... for the license/visa",
    "holds/hold/holding the/our passports",
    "collects/collect/collected our/the/my passports for safekeeping",
    "our/my passports/passport are/is with him/her/them",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "no papers he/she has them",
    "keep/keeps all the ids/passports/papers/documents",
    # From the blind round fresh95 (trafficking told without the usual words).
    "keep/keeps our working papers",
    "got my id and my",
    "visa is attached to her/him",
    "keep/keeps my money and my card/id",
    # From the blind rounds fresh97 to fresh104: trafficking told by workers, neighbours and teens.
    "he/she/they took our? passports",
    "papers go in the garbage/trash",
    "has my passport ...... since",
    "collects our/my/the passports",
    # From the blind rounds fresh114, fresh117 and fresh120: trafficking in more languages, and people older, disabled or cared for.
    "holds their purses/passports",
    "burn my passport",
    "holds ...... our work visas",
    # From the blind rounds fresh122 to fresh129.
    "keeps our green cards/passports",
    # fresh160-163 (2026-11-30, session 16)
    "madam/boss/sir take/took passport",
    # fresh191-194: a phone locked away, an au pair unpaid by the host family, a fee that keeps growing, phones and IDs held
    "holds/keeps/takes/took their phones and ids/passports/id",
    # fresh223-225 (2026-12-01, session 19): papers held 'for payroll' and no paycheck, family back home 'visited', accidents for those who quit
    "keeps/has/took/holds our/my social security cards/card",
    # fresh250-255 (2026-12-01, session 21): a job that takes your phone and passport, branding, prostitution someone makes her do
    "job/boss/employer/manager ... take/takes/took your phone/phones and id/ids/passport/papers",
    # fresh250-255 (2026-12-01, session 21): threats, quotas, fines, papers and pay held, told from inside and by teens
    "holds all our cards/ids",
    "agency man/guy/woman/lady has her/my passport",
    # fresh256-259 (2026-12-01, session 21): calls, fields, rent out of pay, notebooks of debt, families threatened
    "passports in his safe",
    "i do not have my papers he has them",
    # fresh260-263 (2026-12-01, session 21): a modeling job that wants her papers first, a hotel room, sleeping in the back
    "id and ssn mailed",
    # fresh260-263 (2026-12-01, session 21): held by 'the one who has me', dates set up, a ticket cancelled, families made to pay
    "he/she/they will give my id back",
    # fresh268-273 (2026-12-01, session 22): wages held for a visa fee, a phone and passport held, a 'manager' who books a girl
    "hold/holds/held/keep/keeps/kept/take/takes/took my wage/wages/salary/pay/paycheck ... lawyer/visa/recruitment/agency/travel fee/fees",
    "has my phone ...... and my passport/papers",
    "the guy/man/boss has my passport/papers/documents",
    # fresh274-277 (2026-12-01, session 22): a passport locked in a safe, calls home only on speaker, protection money
    "locked/locks/lock my/our {DOCUMENT} in their/the/a safe",
    # fresh286-291 (2026-12-01, session 22): phones taken and the gate locked, company offered at a cab window
    "took/take/takes are phones/passports/papers",
    # fresh296-301 (2026-12-01, session 23): boats, door-to-door crews, group homes and care work; debts, threats to report, a cut taken
    "took his/her/my school id",
    "can not leave employer ...... documents/passport/papers",
    "no passport no money",
    # fresh302-307 (2026-12-01, session 23): debts, papers and wages held from disabled, student, farm, online and church workers
    "locked away my ...... passport",
    "boss/employer keep/keeps id/ids/passport/passports",
    "{DOCUMENT} ...... locked in the",
    # fresh308-313 (2026-12-01, session 23): debts that grow, papers held, minors sent to 'parties', workers locked in, a baby promised against a debt
    "collect my international? passport",
    "my papers are with him",
    # fresh314-319 (2026-12-01, session 23): debts and rent paid with sex or work, papers held, next-turn replies, other languages
    "make/makes me work 7 days ...... cancel my visa",
    "took my son's/sons birth certificate",
    "manager say if we complain , visa",
    # fresh320-325 (2026-12-01, session 23): dealers' debts and drug control, the life, grief used as a debt, nannies and au pairs, children paid for pictures
    "get me in with a fake id and he would just take a cut",
    "he/she/they will cancel my visa",
    "my work visa belong to them",
    "passport in madam drawer",
    # fresh326-331 (2026-12-01, session 23): papers and wages held, debts with interest, court and immigration threats, jokes hiding control
    "took someones documents to make sure they pay me back",
    "0 passports",
    "zero passports",
    "or he will report my visa overstay",
    "took my visa papers to renew",
    # fresh332-335 (2026-12-01, session 23): daily details of control: keys, drivers, leases, fines, envelopes
    "keep your social security card and pay only cash",
    "keeping our real passports",
    # fresh597-602 (2026-12-04, session 40): farms, boats, kitchens, private homes; students and young people 'working off' a debt
    "took/take/takes/kept/keeps/has my immigration/visa/work papers",
    "send/sends/sending ...... papers to immigration/ice",
    "hand over my id/passport/papers first",
    "interest on our/my flights/flight/tickets/ticket/visa",
    # fresh603-607 (2026-12-04, session 41): the sex trade and 'the life': slang, quotas, a manager's rules
    "{TAKE} her/his/their/our phone/phones/cards/money/wallet and passport/passports/id/papers/documents",
    "{TAKE} ...... passports/passport till/until they/she/we/i earn",
    "{TAKE} ...... passports ...... in his/the safe",
    # fresh609 (2026-12-04, session 41): pay picked up by a 'husband', a girl not allowed upstairs, a sugar daddy's hotels
    "under her/his/my cousin/sister/brother/aunt/uncle/cousins/sisters/brothers s? {DOCUMENT}",
    # fresh611 (2026-12-04, session 41): money as control: placement fees, visa debts, the cost of bringing me, rent paid and danced back
    "debt for the visa/visas/flight/flights/trip/ticket/tickets",
    # fresh613 (2026-12-04, session 41): a breach-of-contract fee, a flight worked off for free, 'she will send me back', a radio denied
    "free for ...... to pay for my flight/ticket/trip/visa",
    # fresh616 (2026-12-04, session 42): recruitment told as an opportunity: hostess, modelling, dancing, sales crews, au pairs and sponsors: owing for flights, fees worked off in VIP, pay held, IDs kept, vouchers, going home with whoever pays
    "do/does not get their/our/my ids/id/passports/passport/papers back",
    "bring my passport so they/he/she can hold",
    "my passport ...... at the office",
    "cancels/cancel your/my visa",
    # fresh625 (2026-12-04, session 42): an outside tester's hardest look-alikes: buying back one's own passport from a boss
    "buy back your/my/her/his/their own? passport/passports/papers/id",
    # session 42, from session 41's notes: 'I don't have my passport, he keeps it', which the guard for a passport one does not have covered
    "{DOCUMENT} ... {HE}/boss/employer/manager/owner/jefe keeps/kept/holds/held/took it/them",
    # fresh648 (2026-12-05, session 46): a passport a boyfriend hides
    "passport back if ...... hides/hid/keeps it",
    # fresh663-670 (2026-12-06, session 47): a licence kept until a made-up bill is paid, papers held by the boss
    "{DOCUMENT} ...... will not give them/it back till/until",
    "boss/employer/jefe/recruiter/patron/manager got/has my papers/passport/passports/documents",
    # fresh679-686 (2026-12-06, session 47): a real ID held and a fake one given; a birth certificate kept until eighteen
    "holds/keeps/has my real one/id",
    "no me va a dar mi acta/pasaporte/documentos",
    # fresh687-694 (2026-12-06, session 48): an ID still held as a threat, contracts and passports kept
    "still got/have your id/passport/papers",
    "keep/keeps/kept/took/have our/my/their contracts/contract and {DOCUMENT}",
    # fresh711-718: a passport taken to renew and never given back
    "passport ...... never gave it back",
]

"""Recruited with false promises: a job offer, an agency, a trip paid 'for' someone.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # A later blind round: workers and people sold told indirectly.
    "man/guy/woman/people who brought me/us here",
    "get/got/gets her/me/him modeling jobs/job/gigs",
    # Forced or unpaid work.
    "brought me/us here to work",
    "brought/bring/bringing here to work",
    "brought/drove me here ...... can not leave",
    "brought me over the border",
    # A blind round in the languages people in Connecticut write (fresh54): Spanish slang for guns, police and pimps.
    "offered me a place ...... if i work for him/her/them",
    # A blind round of risk asked as a question ('is it normal...', 'hypothetically', fresh61).
    "people who brought them/me/us here",
    # From the blind round fresh79.
    "brought/bring girls to him/them",
    # From the blind round fresh85 (labour and sex trafficking in Connecticut workplaces).
    "promised her/him/me a modeling job",
    # From the blind rounds fresh91 (an outside tester), fresh92 (risk in passing) and fresh93 (people rarely in test sets).
    "modeling shoot ...... do not tell my parents",
    "brought me here when i was",
    # From the blind round fresh95 (trafficking told without the usual words).
    "a sponsor who buys her/him everything",
    # From the blind rounds fresh97 to fresh104: trafficking told by workers, neighbours and teens.
    "promised me/her/him to a man/guy/older",
    "promising/promised her/him a job and an? apartment/place",
    # fresh136-141 (2026-11-30, session 16)
    "agency that basically owns me",
    # fresh250-255 (2026-12-01, session 21): threats, quotas, fines, papers and pay held, told from inside and by teens
    "bought our/their/my contract/contracts",
    # fresh260-263 (2026-12-01, session 21): held by 'the one who has me', dates set up, a ticket cancelled, families made to pay
    "madam/boss/employer/sponsor cancelled/canceled my ticket",
    # fresh264-267 (2026-12-01, session 21): quotas enforced by rape or a closet, a profile set up for her, videos sold
    "the man who brought me here says i have to",
    # fresh296-301 (2026-12-01, session 23): boats, door-to-door crews, group homes and care work; debts, threats to report, a cut taken
    "not normal modeling",
    "for breaking the contract or he/she/they",
    # fresh308-313 (2026-12-01, session 23): debts that grow, papers held, minors sent to 'parties', workers locked in, a baby promised against a debt
    "sell my contract",
    # fresh326-331 (2026-12-01, session 23): papers and wages held, debts with interest, court and immigration threats, jokes hiding control
    "he brought me here from ...... i have to work for him",
    "set her up with sponsors",
    # fresh332-335 (2026-12-01, session 23): daily details of control: keys, drivers, leases, fines, envelopes
    "found me at my cousin's/cousins ...... and brought me back",
    # fresh597-602 (2026-12-04, session 40): farms, boats, kitchens, private homes; students and young people 'working off' a debt
    "can call us/me when her/my/his contract is done/over",
    # fresh617 (2026-12-04, session 42): health care and medicines: pay held for a trailer, a 'boyfriend' who answers for a teen patient, an 'uncle' who pays cash and stays, a 'manager' a minor lives with, a modelling job that was not, fees that keep going up
    "modeling/modelling job was not modeling/modelling",
    # fresh625 (2026-12-04, session 42): an outside tester's least obvious wording: the man who got them over the border
    "guy/man/person who got them/me/us over the border",
    # fresh621 (2026-12-04, session 42): teens online: a 'recruiter' in the DMs who wants a kicked-out 17-year-old's SSN and to come tonight
    "send my ssn/social ...... come tonight",
    # fresh643-650 (2026-12-05, session 46): a place to stay and a modeling or hostess job offered to minors, a bus ticket and parents not told, money to be made at a party and a ride after school, half my pay to the lady who paid for me
    "a place to stay ...... modeling/hostess/dancing",
    "ticket but i can not tell my parents",
    "we could make ...... at a party ...... pick us up",
    "give her/him half ...... because she/he paid for me",
    # fresh651-658 (2026-12-05, session 46): the costs of bringing me
    "costs of bringing me",
    # fresh663-670 (2026-12-06, session 47): a casting agent who wants a teenager at a hotel
    "casting/modeling/model agent/scout ...... hotel/motel",
]

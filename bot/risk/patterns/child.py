"""A child at risk: who counts as a minor, and the harms that make a minor's message a child-safety one.

Read with the syntax in bot/risk/patterns/__init__.py.
"""
from __future__ import annotations

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    # fresh529-534 (2026-12-03, session 33): an adult's messages to a 16-year-old, 'mature for my age' (CHILD_HARM adds sa)
    "keeps/keep/kept dming/messaging/texting/snapping ...... mature for my age",
    "dms/messages/texts me ...... mature for my age",
    "child porn/pornography",
    "csam",
    "abusing/abused/molesting/molested/touching/touched/raping/raped a/the/my? kid/kids/child/children/minor/minors",
    "pictures of a/my? kid/kids/child/children/minor",
    "sexting a/with? minor",
    "pedophile",
    "{PARENT} ... {HIT}/{HURT}/touches/touched/touching/molests/molested me/us",
    "{PARENTS_PARTNER} boyfriend/girlfriend/husband/wife/novio ... {HIT}/{HURT}/touches/touched/touching/molests/molested me",
    "{PARENT} ... does/did/do stuff/things to me",
    "{PARENT} ... do/does/did not/never feed me/us",
    "{PARENT} ... throws/threw ... at me/us",
    "{PARENTS_PARTNER} boyfriend/girlfriend/husband/wife comes/came/sneaks/sneaked/snuck/goes in/into my room/bed",
    "{PARENT} ... touches/touched/touching my private/privates/body",
    # A blind round of hard cases (fresh63): what teachers, neighbours and grandparents see.
    "told/tells him/her/them to delete the/their/his/her? messages/texts/chats/pictures",
    "{CHILD} ...... flinches/flinched when",
    "put/puts/locked/locks him/her in the/a closet ... all night",
    "put/puts/locked/locks him/her in the/a closet ... as a punishment",
    "deja/dejo/dejan a su bebe/hijo/hija/nino/nina solo/sola en el carro",
    # fresh136-141 (2026-11-30, session 16)
    "uderzyl ...... syna/corke/dziecko",
    "piescia w twarz",
    "lividi sulle braccia",
    "lasciano fuori casa al freddo",
    "pinapabayaan ng nanay/tatay",
    "walang pagkain sa bahay",
    # fresh143-147 (2026-11-30, session 16)
    "le chiede di incontrarsi da sola",
    "przychodza do niej ...... faceci",
    "do me martoj",
    "xhaxhai e prek",
    "e prek kur",
    "sends my son/daughter/kid/child weird/creepy/strange texts/txts/messages/pics",
    # fresh148-153 (2026-11-30, session 16)
    "annesi gunlerce eve gelmiyor",
    "ghar ko sabai kaam garauchhan",
    "khana pani dinna",
    "bate nas criancas",
    "drops them off and collects the money",
    "at work for days at a time",
    # fresh154-159 (2026-11-30, session 16)
    "dziecko samo",
    "danh no bam tim",
    "hinihipuan ng",
    "sapik mesajlar",
    "ostavlyayut malysha odnogo",
    # fresh160-163 (2026-11-30, session 16)
    "lascia i suoi bimbi ...... soli",
    "pinapalo ...... sinturon",
    "evde yiyecek bir sey kalmadi",
    "gizli mesajlar atiyor",
    "yseri5 men el darb",
    "baddo yjawwezni",
    "ma bate cu cureaua",
    # fresh268-273 (2026-12-01, session 22): an adult's secret contact
    "said/says do not tell anyone/anybody we talk/text/talked/texted/message/dm/chat",
    # fresh281-285 (2026-12-01, session 22): Spanish, children left alone all night
    "nenes/ninos/hijos solos toda la noche",
    "nenes/ninos/hijos solos todo el dia",
    # fresh639 (2026-12-05, session 45): short practical questions: a minor put out of home, a minor asking for a motel or a shelter
    "{PARENT} kicked/threw/put me out ...... i am {AGE}",
    "i am {AGE} ...... {PARENT} kicked/threw/put me out",
    "voucher/motel/hotel/shelter/shelters/room ...... if i am {AGE}",
    "shelters/shelter take/accept/allow pregnant {AGE} year olds",
    # fresh637 (2026-12-05, session 45): voice-to-text: a husband who will kill himself and take the kids with him
    "kill/killing himself/herself ...... take/taking the/my/our kids/children/baby/son/daughter with him/her",
    # fresh644, 645 (2026-12-05, session 46): an infant's repeated 'falls' and a broken arm; a father gone again and children left with dry cereal
    "month old has had ...... broken arm/leg/ribs/bone",
    "did not come home again so its/it is? just me and",
    # fresh663-670 (2026-12-06, session 47): a man from a gaming server who says the parents cannot come; a baby shaken
    "said/says my parents can not know",
    "shook her/him/baby ...... stop crying",
    # fresh687-694 (2026-12-06, session 48): a man from a game outside a child's school, a mother paid in drugs to leave a child alone with men, a whole family made to work or lose the housing
    "man/guy from the game ...... outside my school",
    "lets his/her friends be alone with me",
    "all work or no housing",
    # fresh687-694 (2026-12-06, session 48): a stranger who says a parent sent him, a parent passed out drunk with a baby crying, children told to say they are 18
    "says my mom/dad/mother/father sent him",
    "passed out drunk and the baby/kids",
    "digan que tienen 18",
    # fresh695-702 (2026-12-06, session 48): a child told to wait in the bedroom for a father coming home alone, a teenager who left to meet someone met online, a girl promised to a man who has already paid
    "wait for him in the bedroom",
    "going to meet ...... he/she met online",
    "my parents say he already paid",
    # fresh703-710 (2026-12-06, session 48): an uber sent to bring a child to a man's house, a father who says I will marry his friend, a child set up on OnlyFans
    "sent an uber to take me",
    "says i am going to marry his",
    "setting up an onlyfans for me",
]

# A bare mention; counts unless the sentence is about the subject (INFORMATIONAL).
TOPIC: list[str] = ["child trafficking", "abused child", "child molester", "child abuse", "child sexual abuse", "abuso infantil"]

# Someone who says they are a minor.
MINOR_SELF: list[str] = [
    "i am {AGE}",
    # "tengo 14 anos" in English words: "I have 14 years" (tune messages from several blind rounds)
    "i have {AGE} years",
    "i am only/just/barely {AGE}",
    "i am a/an {AGE} year/years old",
    "i am ... {AGE} year/years old",
    "i am a minor",
    "i am underage",
    "i am under 18",
    "i am a kid/child/teen/teenager",
    "i am in 5th/6th/7th/8th/9th/10th/11th/12th grade",
    # fresh522 (2026-12-02, session 32): the Canadian and British way, 'i'm in grade 8'
    "i am in grade 5/6/7/8/9/10/11/12",
    # fresh568 (2026-12-04, session 37): the grade without the word, "im in 10th"
    "i am in 6th/7th/8th/9th/10th/11th",
    # fresh571 (2026-12-04, session 37): the writer's age in Roman Urdu and in Arabizi
    "main {AGE} saal? ki/ka hoon/hun/hu",
    "3umri {AGE}",
    "3andi {AGE} sana/sene/sena",
    "i am in middle/high/junior school",
        "we are in {GRADE} grade",
        "we are in middle/high/junior school",
    "tengo {AGE}",
    "soy menor",
    "soy una? nina/nino",
    # fresh143-147 (2026-11-30, session 16)
    "jam {AGE} vjece",
    # fresh148-153 (2026-11-30, session 16)
    "{AGE} yasindayim",
    "nina miaka {AGE}",
    # fresh154-159 (2026-11-30, session 16)
    "ho {AGE} anni",
    "mne {AGE}",
    # fresh160-163 (2026-11-30, session 16)
    "jam {AGE} vjec",
    "ana {AGE} sana",
    "am {AGE} ani",
    # fresh164-169 (2026-11-30, session 17)
    "waxaan ahay {AGE} jir",
    # fresh207-210 (2026-12-01, session 19): French, Portuguese
    "jai {AGE} ans",
    "tenho {AGE} anos",
    # fresh597-602 (2026-12-04, session 40): a minor whom an adult believes older
    "but he/they thinks/think i am 18/19/20/21",
    # fresh689 (2026-12-06, session 48): an age the Kriolu way ('N ten 14 anu')
    "n ten {AGE} anu",
    # fresh697 (2026-12-06, session 48): an age in Turkish, Albanian, Bosnian and Polish
    "kam {AGE} vjec",
    "imam {AGE} godina",
    "mam {AGE} lat",
]

# A child someone else talks about.
# A son or daughter said to be grown is not a minor ("my son (he's 34) shoves me and takes my check"):
# read as a child, the DCF line led replies to elderly parents hurt by an adult son (tune, 2026-12-02:
# 754 risk messages that are not a minor's named a child only by "son", "daughter" and the like). A harm
# near one is family violence, or the harm's own kind (trafficking, sexual assault).
ADULT_CHILD: list[str] = [
    "son/daughter/stepson/stepdaughter/grandson/granddaughter/niece/nephew ( he/she? is? {ADULT_AGE}",
    "son/daughter/stepson/stepdaughter/grandson/granddaughter/niece/nephew is/was/turned/aged {ADULT_AGE}",
    "adult/grown son/daughter/sons/daughters/children/kids/stepson/stepdaughter",
    "son/daughter/sons/daughters in law",
]

MINOR_OTHER: list[str] = [
    # fresh511-518 (2026-12-02, session 32): an age set off by commas
    "regular/regulars/client/clients/customer/customers/student/students/neighbor/neighbour/neighbors/girl/boy/cousin/niece/nephew/worker/workers , {AGE} ,",
    # fresh510 (2026-12-02, session 31): Vietnamese, a little girl, in grade 7
    "con be",
    "hoc lop 1/2/3/4/5/6/7/8/9/10/11/12",
    "{CHILD}",
    "my {YOUNG} {SIBLING}",
    "{AGE} year/years old",
    "is/was/she/he only/just? {AGE}",
    "maybe/about/around {AGE}",
    # fresh589 (2026-12-04, session 39)
    "can not be more/older than {AGE}",
    "young/little girls/boys/girl/boy",
    "underage",
    "girl/boy/kid/girls/boys/kids in my class/grade/school",
        "in {GRADE} grade",
        "{GRADE} grader",
        # "old" not optional: "married 12 years", "2 years no day off" are durations, and read as a child they put the
        # child line before the trafficking or domestic violence line (tune: 168 risk messages named a child that way).
        "{CHILD_AGE} year/years/yr/yrs/yo old",
        "{CHILD_AGE} year/years girl/boy/son/daughter/kid/child/niece/nephew",
        "{CHILD_AGE} year/years olds",
        # An age told the Spanish and Portuguese way ("tiene 12 anos"): "my daughter have 12 years", "she have 9".
        "she/he/daughter/son/girl/boy has/have {CHILD_AGE} years?",
        "my {CHILD_AGE} year/years/yr/yrs old",
    "{CHILD_ES}",
    "mi hermana/hermano menor/pequena/pequeno/chiquita/chiquito",
    "maybe/about/around {CHILD_AGE}",
    # fresh154-159 (2026-11-30, session 16)
    "{AGE} yasindaki",
    # fresh164-169 (2026-11-30, session 17)
    "{AGE} tuoi",
    "{AGE} sui",
    # fresh171-176 (2026-11-30, session 17)
    "my grandkids/grandchildren/grandkid/grandchild",
    # fresh687-694 (2026-12-06, session 48): a child's age the Portuguese way, after the noun ('meu filho de 15 anos'); not 'depois de 5 anos', a length of time
    "filho/filha/aluno/aluna/irmao/irma/menino/menina/sobrinho/sobrinha/neto/neta/crianca/enteado/enteada/garoto/garota de {CHILD_AGE} anos",
    # fresh689 (2026-12-06, session 48): a child's age the Kriolu way ('nha fidja di 11 anu', 'e ten 15 anu')
    "di {CHILD_AGE} anu",
    "ten sima? {CHILD_AGE} anu",
    # fresh697 (2026-12-06, session 48): a child's age in Albanian, Turkish, Bosnian and Polish, said as an age and not a length of time
    "{CHILD_AGE} vjec/vjece",
    "{CHILD_AGE} yasinda",
    "od {CHILD_AGE} godina",
    # "ima 13 godina" (she has 13 years): text-speak reads "ima" as "i am going to" before any pattern sees it
    "going to {CHILD_AGE} godina",
    "{CHILD_AGE} letnia/letni/letniego/latek",
    "ma {CHILD_AGE} lat",
]

# Harm to a child. Under "trafficking" or "sa" the harm also adds that kind.
CHILD_HARM: dict[str, list[str]] = {
    "trafficking": [
        "{SELL} ... her/him/them/kids/children/girls/boys/minors/my",
        "being/been/was/is/were/are/got/gets/getting sold",
        "pimping/pimps/pimped/pimp",
        "trafficked/trafficking/traffics",
        "prostituting/prostitutes/prostituted",
        "{FORCE} her/him/them ... have/having sex with/for {SEX_BUYERS}?",
        "{FORCE} her/him/them ... see/meet/date {SEX_BUYERS}",
        "vende/venden/vendio/vendieron/vendida/vendido/vendiendo",
        # fresh164-176 (2026-11-30, session 17)
        "pay/paying/pays/paid for her/his bus/plane/train ticket",
        # fresh250-255 (2026-12-01, session 21): a minor on OnlyFans
        "do/doing/does/start/starting/started/has/have/run/runs an? onlyfans",
        # fresh268-273 (2026-12-01, session 22)
        "manager/daddy books/booked her/him",
        "sugar daddy",
        # fresh296-301 (2026-12-01, session 23)
        "on those sites",
        "says i can not go home until i finish",
        "takes our allowance and makes us",
        "owe/owes them/him for food",
        "if she/he works for him",
        "older boyfriend ...... hotel rooms",
        # fresh589 (2026-12-04, session 39): a girl picked up every night from a shelter
        "every night a car/guy/man picks her/him up",
        "car/guy/man picks/pick her/him up every night",
    ],
    "sa": [
        # fresh529-534 (2026-12-03, session 33): grooming, 'mature for my age', is sexual abuse when a minor is named (RISK: a child at risk even when none is)
        "keeps/keep/kept dming/messaging/texting/snapping ...... mature for my age",
        "dms/messages/texts me ...... mature for my age",
        "touches/touched/touching/touch her/him/them/my/their",
        "private/privates area/parts/part",
        "secret",
        "not to tell",
        "shows/showed/showing her/him/them videos/pictures/porn",
        "texting/texts/texted ... at midnight/night",
        "massage/massages/massaged her/him/me",
        "being/been/was/is/got/gets/getting touched",
        "molests/molested/molesting/molest",
        "rapes/raped/raping/rape",
        "naked/nude pictures/pics/photos/videos",
        "nudes",
        "grooming/groomed/grooms",
        "sexual/sexually",
        "sex with",
        "inappropriately",
        "la/lo/los/las? toca/toco/tocaba/violo/violan",
        "abusa/abuso/abusaron sexualmente? de ella/el",
        # From the blind rounds fresh84 to fresh89: what all three layers missed at first.
        "coming into/in her/his room at night",
        # fresh268-273 (2026-12-01, session 22)
        "asking/asks/asked/wants for? pics/photos/pictures/nudes in a/her/his/my? bikini/underwear/lingerie/swimsuit",
        # fresh587 (2026-12-04, session 39)
        "asking/asks/asked/ask ... what i am wearing",
        "asking/asks/asked/ask ... what you/your/are/r/u ... wearing",
        # an online 'friend' who asks when her mother works late, to 'surprise' her (the mother is no abuser: not "")
        "asks/asking/asked ...... when my mom/mum/dad/mother/father/parents/grandma ... works/work/working/leaves/leave/is/are/goes/go ... late/away/gone/out/asleep",
        "so he/she can surprise me",
        "weigh ins in our/my/their underwear",
        # fresh286-291 (2026-12-01, session 22): gifts, then something wanted back
        "gives/gave her/him vapes/weed/alcohol/liquor",
        "he wants stuff/something back",
        # fresh597-602 (2026-12-04, session 40): a coach asking a recruit what she wears to bed
        "asking/asks/asked/ask ... what she/he is wearing",
    ],
    "": [
        "putting/puts/put her/his/their hands on him/her/them",
        "{HIT}/{HURT} her/him/them/my/their/our/the",
        "shaking/shook/shakes/shake her/him/them hard",
        "shaking/shook/shakes/shake the/my/a baby",
        "being/been/was/is/were/are/got/gets/getting {HIT}",
        "abused/abuse/abuses/abusing",
        "abusada/abusado/abusan/abusando/maltratada/maltratado/maltratan/golpeada/golpeado",
        "exploited/exploiting/exploits",
        "locks/locked her/him/them in/up",
        "bruises/bruised/welts",
        "older guy/guys/man/men/woman/boyfriend/girlfriend",
        "dating/dates/seeing a/an? {ADULT_AGE}",
        "a/an {ADULT_AGE} year/years old",
        "locks/locked/lock/locking ... in/inside a/the/her/his/their closet/basement/room/bathroom/garage/shed/attic/car",
        "marks/bruises/welts/cuts/burns all over",
        "marcas/moretones/moretes/quemaduras de/del la? cinturon/cable/correa/chancla/cigarro",
        "left/leaves/leave/leaving ... alone for days/hours/nights",
        "no food",
        "who is {ADULT_AGE}",
        "met online",
        "guy/man/someone/somebody online",
        "burns on",
        "always hungry",
        "does/do/did not feed him/her/them",
        "same diaper",
        "locks/locked him/her/them out",
        "have/has not been back/home in/for",
        "left us/me alone",
        "marry the/a man/guy",
        "name tattooed",
        "been gone ...... nights",
        "never fed",
        "grown man/men/woman/up",
        "asks/asked/asking for pictures/pics/photos/nudes/videos",
        "an adult",
        "boyfriend/girlfriend/he/she is {ADULT_AGE}",
        "starves/starving her/him/them",
        "burns/burned her/him/them",
        "la/lo/los/las? pega/golpea/maltrata",
        # From the blind rounds fresh84 to fresh89: what all three layers missed at first.
        "can not go back home/there",
        "left home ...... days ago",
        "eating out of the dumpster/trash/garbage",
        "gone for days at a time",
        "is/are always alone",
        "burn mark/marks",
        # fresh130-135 (2026-11-30, session 16)
        "put you in the oven",
        # fresh148-153 (2026-11-30, session 16)
        "couch surfing",
        # fresh164-169 (2026-11-30, session 17)
        "nhan tin du do",
        # fresh171-176 (2026-11-30, session 17)
        "wants/want/wanting pics/pictures/photos",
        "being/been/are/is left alone",
        "does/did not come back for a/the? whole? day/days/night/nights",
    ],
}

"""The risk detector: what must escalate, what must not, and how it copes with hostile input.

The lists EMERGENCY ... BENIGN were used to tune bot/risk/patterns/.

HELD_OUT_* were written together with them and never used for tuning; they
measure generalisation with a floor rather than a demand for perfection.
Measured when written: 48/56 risks with the right kind first (6 silent),
18/20 everyday messages left alone.

LATER_ROUND_* were written later as fresh held-out batches, measured, and only
then used for tuning (so they are now ordinary regression cases):
round 2: 22/32 risks right first, 17/20 benign clean; round 3 (written after
all other tuning): 28/36 risks right first, 24/24 benign clean. Phrasings the
rules still get wrong are listed in KNOWN_GAPS, as expected failures.
"""
from __future__ import annotations

from collections import Counter

import pytest

from bot.risk import KINDS, detect, normalise_text, scan
from bot.risk import detector as risk_detector
from bot.risk import patterns

FILLER = "We moved here last spring and the weather has been strange, the bus is late most days. " * 60

EMERGENCY = [
    "he has a gun and hes outside my door",
    "my husband has a knife and says he is going to kill me",
    "hes going to kill me",
    "he said he'll kill me if i leave",
    "someone is breaking in",
    "my ex is outside my house right now",
    "he is hitting me right now",
    "shes beating me rn",
    "im locked in a room",
    "they locked me in the basement",
    "i am being held against my will",
    "help me now",
    "hellppp me now pls",
    "he is banging on the door",
    "he found me, he is here",
    "i'm hiding in the bathroom from him",
    "he pulled a gun on me",
    "they kidnapped me",
    "call 911 please",
    "i am in danger",
    "he put a knife to my throat",
    "my boyfriend is choking me",
    "im trapped in the house and cant get out",
    "he tied me up",
    "🆘",
    "me va a matar",
    "mi esposo tiene una pistola",
    "estoy encerrada",
    "auxilio por favor",
    "my neighbor's husband is beating her right now and he has a gun",
    "he keeps me locked inside all day",
    "i'm scared for my life",
    FILLER + " he is outside my door with a gun. " + FILLER,
]

SUICIDE = [
    "i want to kill myself",
    "i want to die",
    "kms",
    "im going to end my life",
    "i dont want to be alive anymore",
    "i'm suicidal",
    "been feeling really suicidal lately",
    "i have been cutting myself",
    "i started cutting again",
    "i want to overdose on purpose",
    "i wish i was dead",
    "everyone would be better off without me",
    "i dont want to live anymore",
    "there is no reason to live",
    "i want to hang myself",
    "my friend says she wants to kill herself",
    "my brother is talking about suicide",
    "i want to end it all",
    "i keep hurting myself",
    "i want to kil myslef",
    "quiero morir",
    "me quiero matar",
    "ya no quiero vivir",
    "i cant go on like this",
    "im thinking about suicide",
    FILLER + " honestly i just want to die. " + FILLER,
]

CHILD = [
    "my stepdad touches me at night and im 13",
    "im 14 and my uncle touches me",
    "my little sister is being touched by our uncle",
    "my daughter told me her coach molested her",
    "a kid in my building is being sold by her mom",
    "im 15 and my boyfriend hits me",
    "i am 12 and my dad beats me",
    "my dad hits me and i'm 11",
    "i'm a minor and he makes me have sex with men",
    "my niece is 13 and her mom's boyfriend abuses her",
    "they are selling kids on the street",
    "my 14 year old daughter is being trafficked",
    "i think my neighbor is abusing his kids",
    "a teacher sends naked pictures to students",
    "im 16 and they took my passport",
    "child abuse is happening next door",
    "my little brother gets beaten every night",
    "someone is pimping out my little sister",
    "my son is being sexually abused",
    "tengo 14 anos y mi padrastro me toca",
    "mi hija esta siendo abusada",
    "my stepdad hits me",
    "my mom hits me with a belt",
    "i am 15 and my teacher touched me",
    "my cousin is 12 and her dad is selling her",
    "my kid is being groomed online",
    FILLER + " my little sister is being molested by her coach. " + FILLER,
]

TRAFFICKING = [
    "they took my papers and wont let me leave the farm",
    "my boss took my passport",
    "my employer keeps my passport and id",
    "the man has my documents and wont give them back",
    "they have my passport",
    "my friend's boss took her passport",
    "i owe them money for the trip and the debt keeps growing",
    "i can never pay it off",
    "they force me to work and dont pay me",
    "i work 16 hours and they never pay me",
    "they make me see men",
    "he makes me have sex with men for money",
    "they take all my money",
    "i am not allowed to leave the house",
    "my boss says he will call immigration if i complain",
    "they threaten to hurt my family back home",
    "my pimp takes everything",
    "daddy takes all my money",
    "i was trafficked",
    "i think i am being trafficked",
    "he sold me to another man",
    "me quitaron mi pasaporte",
    "me obliga a trabajar sin pago",
    "no me dejan salir",
    "el jefe dice que me van a deportar",
    "they treat us like slaves at the restaurant",
    "he posts my pictures online and makes me meet guys",
    "my passport was taken when i got here",
    "if i dont make my quota he beats me",
    "my boss keeps my pasport",
    FILLER + " the owner keeps my passport and i owe him for the trip. " + FILLER,
]

SA = [
    "i was raped at a party last night",
    "i was raped",
    "he raped me",
    "my friend got raped",
    "i was sexually assaulted",
    "he touched me without my consent",
    "he forced me to have sex",
    "i think i was drugged at a party",
    "someone spiked my drink",
    "i woke up not knowing what happened",
    "i woke up naked and dont remember anything from last night",
    "he didnt stop when i said no",
    "my coworker groped me",
    "he touched me inappropriately",
    "my ex made me have sex with him",
    "i was molested",
    "he forced himself on me",
    "me violaron",
    "abusaron de mi",
    "me drogaron en una fiesta",
    "sexual assault happened to me",
    "my roommate raped my sister",
    "i got roofied",
    "she was raped by her date",
    "i said no and he kept going",
    "i was rapped",
    FILLER + " then he raped me and left. " + FILLER,
]

DV = [
    "my husband hits me when he drinks",
    "my boyfriend beats me",
    "my bf hit me again",
    "my ex is stalking me",
    "my wife controls all the money",
    "my husband takes my phone",
    "my partner wont let me see my friends",
    "my husband choked me",
    "my boyfriend strangled me last week",
    "he hits me",
    "she slapped me",
    "my husband threatens me",
    "my boyfreind punches me",
    "im in an abusive relationship",
    "my sister's husband beats her",
    "my hubby pushes me around",
    "my husband wont let me leave the house",
    "my husband takes all my money",
    "my boyfriend checks my phone and reads my texts",
    "mi esposo me pega",
    "no me deja salir",
    "mi novio me amenaza",
    "i dont feel safe at home",
    "my ex keeps following me",
    "my partner threatened to call ice on me",
    "domestic violence is happening in my home",
    FILLER + " my husband hits me when he drinks. " + FILLER,
]

COMBOS = [
    ("my bf says i have to make 1000 a night or i sleep outside. he posts the ads", ("trafficking", "dv")),
    ("my boss took my passport. my husband says to be patient", ("trafficking",)),
    ("im 15 and he sells me and says hell kill me", ("emergency", "child", "trafficking", "sa")),
    ("i am locked in and they took my papers", ("emergency", "trafficking")),
    ("they took my passport and locked me in", ("emergency", "trafficking")),
    ("my boyfriend raped me and he has a gun", ("emergency", "sa", "dv")),
    ("my husband beats me and i want to die", ("suicide", "dv")),
    ("my little sister is being sold", ("child", "trafficking")),
    ("my little sister is being touched by our uncle", ("child", "sa")),
    # An overdose already taken is danger now: the emergency line leads.
    ("i took all my pills", ("emergency", "suicide")),
]

BENIGN = [
    "this traffic is killing me",
    "i want to kill some time before work",
    "my phone is dead lol",
    "i'm dying to see my mom",
    "i could murder a pizza",
    "you're killing it",
    "stuck in a traffic jam",
    "the news said drug trafficking is up in hartford",
    "the deadline is killing me",
    "how many people are trafficked every year",
    "i'm writing a paper on trafficking",
    "what is human trafficking",
    "i volunteer at a shelter",
    "my boss never took my passport",
    "i need a shelter in hartford",
    "what about counseling",
    "thanks",
    "06106",
    "hi",
    "hello, can you help me find a lawyer",
    "i need help finding housing",
    "where can i get counseling in new haven",
    "do you speak spanish",
    "necesito un refugio en hartford",
    "what are the signs of domestic violence for my class",
    "statistics on sexual assault in connecticut",
    "i need a domestic violence shelter in waterbury",
    "is there a sexual assault counselor near me",
    "i have my passport but need a job",
    "i need to take my id to the dmv",
    "my feet are killing me",
    "she beat me at chess",
    "hit me up later",
    "i'm 15 minutes away",
    "i cut my hair",
    "my mom kicked me out",
    "i lost my id",
    "can you give me the number for legal aid",
    "who are you",
    "are you a real person",
    "what is this bot",
    "skip",
    "bridgeport",
    "my son was hit by a car last year and we need help with bills",
    "i'm a student doing a project about human trafficking awareness",
    "he sold me his old car",
    "i need a ride to the shelter",
    "my daughter needs a pediatrician",
    "we are a family of 4 and need housing",
    "😀😀😀",
    "",
    "   \t\n  ",
]

# Written with the lists above but never used to tune the patterns.
HELD_OUT_RISK = [
    ("hes banging on the door and screaming hes going to kill me", "emergency"),
    ("my ex just showed up with a knife", "emergency"),
    ("someone is trying to get into my apartment right now", "emergency"),
    ("please hurry he is choking me", "emergency"),
    ("they lock us in the basement at night", "emergency"),
    ("i'm hiding in the closet, he's looking for me", "emergency"),
    ("he said tonight he will end me", "emergency"),
    ("my boyfriend pointed his gun at me", "emergency"),
    ("help me now pls", "emergency"),
    ("they wont let me out of the room", "emergency"),
    ("estoy encerrada y tengo miedo", "emergency"),
    ("mi esposo tiene una pistola y dice que me va a matar", "emergency"),
    ("i dont see the point in living anymore", "suicide"),
    ("i just want it all to end", "suicide"),
    ("thinking about ending my life tonight", "suicide"),
    ("i have a plan to kill myself", "suicide"),
    ("i been cutting my arms again", "suicide"),
    ("i took a whole bottle of pills", "suicide"),
    ("nobody would miss me if i was gone", "suicide"),
    ("ya no quiero vivir mas", "suicide"),
    ("i want to disappear forever and never wake up", "suicide"),
    ("i keep thinking about jumping off the bridge", "suicide"),
    ("my 12 year old niece is being molested by her stepfather", "child"),
    ("im 16 and my moms boyfriend makes me sleep with his friends for money", "child"),
    ("a man at my school is selling girls from my class", "child"),
    ("my neighbor hits his kids with a belt every night", "child"),
    ("im 13 and my uncle touches me", "child"),
    ("mi hija de 10 anos me dijo que su tio la toca", "child"),
    ("my little brother is being beaten by our dad", "child"),
    ("im only 14 and he posts my pics online for guys", "child"),
    ("the agency kept my passport when i arrived", "trafficking"),
    ("i have to work 18 hours a day and they dont pay me", "trafficking"),
    ("my boss says i owe him 10000 for bringing me here", "trafficking"),
    ("they said if i leave they will call immigration", "trafficking"),
    ("he takes all the money i make from the dates", "trafficking"),
    ("i cant leave the restaurant, they hold my documents", "trafficking"),
    ("they make me sleep with men and keep the money", "trafficking"),
    ("el patron tiene mis papeles y no me paga", "trafficking"),
    ("she said she would hurt my family back home if i run", "trafficking"),
    ("we live where we work and we are not allowed to go out", "trafficking"),
    ("i think someone put something in my drink and i woke up in his bed", "sa"),
    ("my coworker forced himself on me", "sa"),
    ("he had sex with me while i was passed out", "sa"),
    ("i was sexually assaulted last weekend", "sa"),
    ("a guy grabbed my breasts on the bus", "sa"),
    ("i said stop but he kept going", "sa"),
    ("me violaron anoche", "sa"),
    ("my date raped me", "sa"),
    ("my wife slaps me and takes my paycheck", "dv"),
    ("my boyfriend choked me last night", "dv"),
    ("my husband tracks my phone and wont let me see my friends", "dv"),
    ("my partner threatens me all the time", "dv"),
    ("mi esposo me pega cuando toma", "dv"),
    ("my ex keeps showing up at my job", "dv"),
    ("hes always checking my phone and screaming at me", "dv"),
    ("my fiance pushed me down the stairs", "dv"),
]

HELD_OUT_BENIGN = [
    "how do i get a restraining order",
    "what is the hotline number",
    "can i bring my dog to the shelter",
    "i need help paying rent",
    "my kids need a place to stay too",
    "is there a shelter in bridgeport",
    "do you have spanish speaking counselors",
    "i'm dying to know if there is a food pantry",
    "my boss is killing me with all these emails",
    "we learned about human trafficking in class today",
    "who do i call about a noise complaint",
    "this heat is killing me",
    "what's the address for the courthouse",
    "hi",
    "ok thanks bye",
    "i want to volunteer with trafficking survivors",
    "how many people die from domestic violence each year",
    "my son broke his arm playing football",
    "what are the hours of the legal aid office",
    "i need a lawyer for my immigration case",
]
LATER_ROUND_RISK = [
    # The Spanish, Portuguese, French and Creole trafficking passes of session 38, reworded
    ("el encargado de la finca tiene los pasaportes de todos", "trafficking"),
    ("al llegar nos recogieron las visas y no nos las devuelven", "trafficking"),
    ("si nos quejamos el mayordomo dice que llama a la migra", "trafficking"),
    ("tenemos que trabajar para ella hasta pagar el cuarto", "trafficking"),
    ("el contratista nunca nos paga y dice que le debemos", "trafficking"),
    ("a mi prima la ponen a bailar en un bar de noche", "trafficking"),
    ("me tiene con otros hombres cada fin de semana", "trafficking"),
    ("dicen que le van a hacer algo a mi familia en Puebla", "trafficking"),
    ("la van a casar con un señor que le prestó a mi papá", "trafficking"),
    ("o dono da obra ficou com nossos passaportes", "trafficking"),
    ("se alguem reclamar ele liga pra imigração", "trafficking"),
    ("a divida so cresce e ninguem recebe nada", "trafficking"),
    ("elle doit coucher avec ses amis pour payer", "trafficking"),
    ("la patronne garde mon salaire depuis six mois", "trafficking"),
    ("yo pran papye nou le nou rive", "trafficking"),
    ("li pa al lekol, li travay nan kay la tout jounen", "trafficking"),
    ("estamos trancadas no quarto dos fundos", "emergency"),
    ("obrigada por tudo gente, foi bom enquanto durou", "suicide"),
    ("qual ponte e alta o bastante pra n sobreviver", "suicide"),
    # fresh572-580 (session 38), reworded
    ("my boyfriend hid the kids' birth certificates so I can't leave", "dv"),
    ("my wife took my car title and my passport", "dv"),
    ("my nephew has POA and he is draining my savings", "dv"),
    ("he says he's going to handle me if i come home", "dv"),
    ("fresh haircut, room spotless. last day feels good tbh", "suicide"),
    ("j'ai deja choisi la musique pour mon enterrement", "suicide"),
    ("si je rate encore jme jette sous le train mdr", "suicide"),
    ("the nursery keeps all our visas in a drawer", "trafficking"),
    ("we cyaan leave di farm", "trafficking"),
    ("j'ai ete violee l'an dernier", "sa"),
    ("il me touchait les seins pendant l'examen", "sa"),
    ("il veut que je sois gentille avec ses potes", "trafficking"),
    # fresh556-563 (session 37), reworded
    ("help", "emergency"),
    ("ok nvm i thought he left. jk she is back", "emergency"),
    ("does it get easier once you're relieved you finally pick a date", "suicide"),
    ("will my chaplain report me if you tell them you're suicidal", "suicide"),
    ("j'ai achete des cachets expres, ils sont sur la table", "suicide"),
    ("as vezes penso em jogar o carro de proposito no rio", "suicide"),
    ("il m'a violee la semaine derniere", "sa"),
    ("the little cameras in the living room are his, not the landlord's", "dv"),
    ("my girlfriend reads my texts every night before bed", "dv"),
    ("I left Norwich to get away from him but he found my new job", "dv"),
    ("dad said when he gets back from the bar it's gonna be worse", "emergency"),
    ("he's at my window and says he'll post the video if i don't let him in", "emergency"),
    ("the farm boss keeps us in the basement at night", "emergency"),
    # fresh564-566 (session 37), reworded
    ("m pa vle egziste anko", "suicide"),
    ("sipevize a manyen m nan depo a", "sa"),
    ("yon timoun 3 an poukont li nan lari a", "child"),
    ("my husband won't give it back, how do i get my own passport back", "dv"),
    ("the tiktok spoon trick, does it work at JFK", "dv"),
    ("my parents are taking me to Pakistan and say they will not let me come back", "dv"),
    ("my aunt made me do a virginity test before the engagement", "sa"),
    ("la patrona nos tiene los pasaportes en su cuarto", "trafficking"),
    ("il a confisque mon passeport et je travaille sans salaire", "trafficking"),
    ("a dona da casa ficou com meus documentos", "trafficking"),
    # sealed fresh567 (session 37), read after its second score, reworded
    ("cuts bleeding through my hoodie in class how do i hide it", "suicide"),
    ("i'm basically a ghost already, might as well make it official", "suicide"),
    # fresh568 (session 37), reworded
    ("if i save my pills and take them all at once would it work", "suicide"),
    ("would cutting deeper make it go numb", "suicide"),
    # fresh571 (session 37), reworded
    ("bus mein ek aadmi ne galat harkat ki", "sa"),
    ("3umri 14 w abuya y9arbni", "child"),
    ("main 16 saal ki hoon, chacha ne galat harkat ki", "child"),
    # fresh543, fresh547 (session 36), reworded
    ("does the church still allow burial for people who killed themselves? I need to know for planning", "suicide"),
    ("a coach asked the kids to send photos in their swimsuits for the team page", "child"),
    ("my old boss groomed me since I started there at 19 and I want to report him", "sa"),
    ("pls help with sextortion he wants $200 by tonight", "sa"),
    ("someone is sextorting me on snap", "sa"),
    ("a guy from my class made a deepfake of me and posted it", "sa"),
    ("somebody made fake nudes of me and sent them to my job", "sa"),
    ("me trague unas 25 pastillas de mi mama", "emergency"),
    ("never mind, ignore i said i want out", "suicide"),
    # fresh545-548 (session 35), reworded
    ("lost my job lost my house lost my wife. guess its time to lose myself too", "suicide"),
    ("the ex i have a restraining order on is standing in the parking lot with a knife", "emergency"),
    ("o gerente tentou me beijar a força no depósito", "sa"),
    ("i set aside money for the biohazard cleaners, already prepaid, so nobody has to deal with it", "suicide"),
    ("i paid for everything so my family will not have to find me", "suicide"),
    ("wrote an email titled if you are reading this", "suicide"),
    ("left a letter to whoever cleans out my room", "suicide"),
    ("got a call from victim notification, he is being released monday", "dv"),
    ("just wanted to say thanks for the food pantry info. i wont need it after this week tho", "suicide"),
    ("I'm paying off my credit cards one by one so nobody gets stuck with my debt", "suicide"),
    ("want it all settled before i go. no im not moving anywhere", "suicide"),
    ("is it true freezing to death doesnt hurt? theres a lake by my place", "suicide"),
    ("¿Cómo se tapan las cicatrices de cortadas para que no se vean en la escuela?", "suicide"),
    ("se eu perder o apartamento não vejo motivo pra continuar vivendo", "suicide"),
    # Guards for school and news questions must not swallow these.
    ("does it really count as rape if i was drunk", "sa"),
    ("my professor said its not rape if you were drinking. but i said no", "sa"),
    ("my friend was raped, any recommendations for therapists?", "sa"),
    ("el patrón nos trata como esclavos y no nos paga", "trafficking"),
    ("im in the bathtub with the razor. i just need someone to talk to for a sec", "emergency"),
    ("who do I give the paperwork to so my landlord isn't the one who finds me", "suicide"),
    ("how do i get rid of cutting scars before school starts. some of them are still new", "suicide"),
    ("Do pharmacies keep track if you buy a lot of acetaminophen at different stores?", "suicide"),
    ("I need to make sure Biscuit has a home after. I've got everything else sorted.", "suicide"),
    ("mój syn ma 15 lat i się tnie. znalazłam żyletki w jego pokoju", "suicide"),
    ("moja siostra napisała, że chłopak ją dusi, a teraz nie odbiera telefonu", "emergency"),
    ("Pomocy, mąż mnie bije i zamknął drzwi na klucz", "dv"),
    ("for my psych class: i think about suicide a lot", "suicide"),
    ("last time I tried he slammed my head into the car door, so I'd need to do this quietly", "dv"),
    ("lol its whatever. my dad just hits harder when hes drinking, im used to it", "dv"),
    ("honestly sometimes i think about driving off the overpass so it just stops", "suicide"),
    ("Wszystko w porządku, tylko czasem myślę, że lepiej by było, gdyby mnie nie było", "suicide"),
    ("My wife threw boiling water on my arm during a fight", "dv"),
    ("he left his gun at my place and said he would use it on me", "emergency"),
    ("my ex is here and he is drunk and has a bat", "emergency"),
    ("he just threatened to shoot me", "emergency"),
    ("please come quick he is strangling my mom", "emergency"),
    ("somebody is following me and i'm scared", "emergency"),
    ("me estan golpeando ayuda", "emergency"),
    ("hes at the window right now with a hammer", "emergency"),
    ("my roommate is beating his girlfriend in the next room", "emergency"),
    ("they have me locked in a van", "emergency"),
    ("plz help me hes gonna hurt me", "emergency"),
    ("someone just broke into my house and im hiding", "emergency"),
    ("my dad says he's going to shoot us all", "emergency"),
    ("ayudenme por favor me quiere matar", "emergency"),
    ("i locked myself in the bathroom he is trying to break the door", "emergency"),
    ("i dont want to be here anymore", "suicide"),
    ("i want to die so bad", "suicide"),
    ("cutting helps me feel something", "suicide"),
    ("my girlfriend says she wants to end her life", "suicide"),
    ("no tengo ganas de vivir", "suicide"),
    ("i want to kms fr", "suicide"),
    ("thinking of ending things", "suicide"),
    ("i have been planning my suicide", "suicide"),
    ("my son keeps saying he wants to die", "suicide"),
    ("i dont wanna live no more", "suicide"),
    ("quiero quitarme la vida", "suicide"),
    ("im 13 and my stepbrother makes me touch him", "child"),
    ("my niece is 8 and her stepdad hits her", "child"),
    ("my friend is 15 and her boyfriend makes her sleep with guys for money", "child"),
    ("im 12 and my mom's boyfriend sneaks into my room", "child"),
    ("a man keeps giving my 14 year old son money and gifts and asks for pictures", "child"),
    ("im 11 and my step mom beats me with a shoe", "child"),
    ("my daughter is 9 and her uncle showed her porn and touched her", "child"),
    ("i'm 16 and this guy pays me to have sex with his friends", "child"),
    ("there's a little girl next door who gets hit all the time", "child"),
    ("my nephew is 10 and his mom sells him for drugs", "child"),
    ("my grandfather touches my private parts and i am 9", "child"),
    ("they took away our passports and we sleep in the warehouse", "trafficking"),
    ("i came to work as a nanny but they dont let me leave and dont pay me", "trafficking"),
    ("he told me i owe him for the flight and now i have to work for him", "trafficking"),
    ("my manager holds my id so i can't quit", "trafficking"),
    ("he said if i try to leave he'll tell immigration", "trafficking"),
    ("me tienen trabajando sin paga y me quitaron mi identificacion", "trafficking"),
    ("my employer took my visa and makes me work without pay", "trafficking"),
    ("i owe the coyote $8000 and they say my family will pay if i dont", "trafficking"),
    ("they recruited me for a hotel job but now i have to sleep with customers", "trafficking"),
    ("my boyfriend is my pimp and he takes all the money", "trafficking"),
    ("we work in the fields and the boss keeps our papers", "trafficking"),
    ("me hacen trabajar todo el dia y no me pagan nada", "trafficking"),
    ("someone raped me last night and i dont know what to do", "sa"),
    ("my professor touched me without asking", "sa"),
    ("i think i was roofied at the bar", "sa"),
    ("he forced me to give him oral sex", "sa"),
    ("a guy at a party raped me", "sa"),
    ("my doctor touched me inappropriately during an exam", "sa"),
    ("i was sexualy assualted at work", "sa"),
    # A drugged drink with no time named leads with 911: it may be happening now.
    ("he put something in my drink and took me home", "emergency"),
    ("me violo mi vecino", "sa"),
    ("mi novio me pega y me insulta", "dv"),
    ("my husband broke my arm", "dv"),
    ("my girlfriend won't let me have my own money", "dv"),
    ("my ex husband keeps showing up at my house at night", "dv"),
    ("my boyfriend shoved me against the wall", "dv"),
    ("my husband slaps me when hes angry", "dv"),
    ("my girlfriend punched me in the face", "dv"),
    ("my ex wont stop calling and threatening me", "dv"),
    ("my bf takes my phone and doesnt let me talk to my family", "dv"),
    ("mi esposo me golpea y me quita el dinero", "dv"),
    # Later rounds: asking what kills, sex as the price of something, papers held until paid, being moved.
    ("se puede morir uno si toma muchas pastillas de dormir", "suicide"),
    ("how many feet is a fatal fall from a roof", "suicide"),
    ("the bad thoughts are back and they have a plan this time", "suicide"),
    ("mi papa dice que la vida no tiene sentido", "suicide"),
    ("my supervisor said he'd fire me unless i sleep with him", "sa"),
    ("the landlord says i can pay the rent in other ways", "sa"),
    ("el encargado nos hace cosas en la camioneta", "sa"),
    ("i had to pay recruitment fees and now i work to pay them back", "trafficking"),
    ("he won't give it back until i pay what i owe him", "trafficking"),
    ("is it legal for my boss to hold your passport", "trafficking"),
    ("el patron se quedo con nuestros pasaportes", "trafficking"),
    ("they move us every two weeks to a new city", "trafficking"),
    ("my ex keeps making fake accounts to message me", "dv"),
    ("he's outside yelling that he is coming in", "emergency"),
    # A harm long over is benign only in its own sentence and only when the person is well now.
    ("he raped me years ago and i still can't sleep", "sa"),
    ("i left him years ago and i'm doing great. but my ex found me and keeps threatening me", "emergency"),
    ("i left my husband years ago and i am doing well but he still hits me when he sees me", "dv"),
    # "beats me when" is no idiom for "I don't know when" once someone is named before it.
    ("my husband beats me when he's drunk", "dv"),
    ("i don't plan to be around much longer, so i'm giving my things away", "suicide"),
    ("it would be easier to just not be here anymore", "suicide"),
    # "ideation" alone is a clinician's word, but said of oneself it still counts.
    ("i have passive suicidal ideation most days", "suicide"),
    # A fee is a bill, but sex demanded for rent is exploitation, whatever the fee.
    ("my landlord says i owe a late fee and i have to sleep with him to cover it", "trafficking"),
    # "He is fine now" says nothing of the person harmed.
    ("he raped me years ago. he is fine now but i still cant sleep", "sa"),
    # Suicide long over counts for nothing only when "well now" follows it and nothing turns back after.
    ("i attempted suicide years ago and i'm doing great but lately i want to die", "suicide"),
    ("everyone thinks i'm doing great. i tried to kill myself years ago and nobody knows i will try again", "suicide"),
    # A year is long over only after "in" or "from": "since 2015" goes on.
    ("my husband has hit me since 2015 and everyone thinks i am doing great", "dv"),
    ("my brother should get the letter and my passwords once i'm gone", "suicide"),
    ("i'll no longer be a burden to my kids after this month", "suicide"),
    ("does that place in switzerland, dignitas, take people from ct", "suicide"),
    ("my wife locked me out in the cold again last night", "dv"),
    ("he laid his gun on the table and said this is the last time i embarrass him", "emergency"),
    ("my ex just grabbed my daughter at the bus stop, he doesn't have custody", "emergency"),
    ("there's smoke coming under the door, he lit the couch", "emergency"),
    ("he strangled me on friday and it still hurts to swallow", "emergency"),
    ("I've been saving my sleeping pills for a while now", "suicide"),
    ("they keep our H-2A visas in the office safe until the season ends", "trafficking"),
    ("the boss says if we walk away he'll have us arrested", "trafficking"),
    ("he choked me until i passed out and now my neck is purple", "emergency"),
    ("it's still bleeding through the towel and i feel dizzy", "emergency"),
    ("the man who brought us here keeps our money and we sleep in the back", "trafficking"),
    ("gave my games to my brother, i won't need them where i'm going", "suicide"),
    ("honestly dying sounds easier than going back to that house", "suicide"),
    ("some guy just dragged a woman into a grey van behind the laundromat", "emergency"),
    ("the farm owner keeps my uncle's disability check and won't let him use a phone", "trafficking"),
    ("the rope is in the garage and the kids are at my sister's", "suicide"),
    ("my father is 80 and says he's ready to leave this world, he's been hiding his pills in a drawer", "suicide"),
    ("she's turning blue and barely breathing, what do i do", "emergency"),
    ("i smell gas and he locked the bedroom door from the outside", "emergency"),
    ("how many of my mom's sleeping pills would it take", "suicide"),
    ("the rope is ready. i just wanted somebody to know", "suicide"),
    ("I keep thinking about swerving my truck into the median on the highway", "suicide"),
    ("my kids would get more from my life insurance than from me", "suicide"),
    ("ya no le veo razón a seguir viviendo", "suicide"),
    ("my neighbor texted that she's going to jump", "emergency"),
    ("i cut too deep this time", "emergency"),
    ("my ex is in the driveway right now and he has a restraining order", "emergency"),
    ("her dad grabbed her from school, he does not have custody", "emergency"),
    ("two guys just pulled my sister into a van", "emergency"),
    ("the boss says we owe for coming here and we don't get paid, only food", "trafficking"),
    ("el patrón dice que mi sueldo va para la deuda del coyote", "trafficking"),
    ("my boyfriend makes me post ads and keeps the money", "trafficking"),
    ("the crew boss holds everyone's passports in his truck", "trafficking"),
    ("he says i get it back when i finish paying the fees", "trafficking"),
    ("they locked us in the van and we don't know where we are going", "emergency"),
    ("my ex is breaking down the door right now", "emergency"),
    ("he's got the gun out and keeps waving it at me", "emergency"),
    ("my sister texted me goodbye and now her phone is off", "emergency"),
    ("I'm standing on the roof of the parking garage", "emergency"),
    ("ever since the assault i can't sleep", "sa"),
    ("my grandson takes my social security check every month and shoves me when i say no", "dv"),
    ("el patrón nos cobra la cama y la comida y nunca terminamos de pagar", "trafficking"),
    ("el que me trajo dice que le debo y me cobra intereses cada mes", "trafficking"),
    ("dice q si no le traigo 500 cada noche me va a ir peor", "trafficking"),
    ("mi ex esta rompiendo la puerta ahorita", "emergency"),
    ("toy sangrando mucho y no para", "emergency"),
    ("tengo guardadas las pastillas para tomarmelas cuando se duerman", "suicide"),
    ("pa q sigo aqui si nada sirve", "suicide"),
    ("my friend just posted a goodbye msg on her story and isnt answering", "emergency"),
    ("lowkey planning to unalive myself tonight", "emergency"),
    ("if i crash my car on the way home it wouldn't be an accident", "suicide"),
    ("my girlfriend locked me out on the balcony with no shoes and it's snowing", "emergency"),
    ("I keep having thoughts of driving into a tree on the highway", "suicide"),
    ("the boss makes us do extra things with customers and keeps that money", "trafficking"),
    ("got my pistol loaded on the table, been sitting with it a while. anyway where's the VA office", "emergency"),
    ("the truck is running in the garage with the door shut, figured i'd try the website once more", "emergency"),
    ("my stepdad is drunk and hitting my little brother right now", "emergency"),
    ("uber driver missed the turn three times and locked the doors", "emergency"),
    ("my brother just sent me a pic of a rope and now he's not picking up", "emergency"),
    ("my employer has my passport and says she'll give it back when I finish paying, the number keeps going up", "trafficking"),
    ("he said the job was real, now we have to see clients every night", "trafficking"),
    ("tbh i don't really see myself being alive by graduation", "suicide"),
    ("my brother killed himself last year and I keep thinking I should follow him", "suicide"),
    ("is it selfish to go if my kids are already grown", "suicide"),
    ("m santi m pa vo anyen, pafwa m panse li ta pi bon si m te mouri", "suicide"),
    ("chủ tiệm nail giữ passport của em, làm hoài không hết nợ", "trafficking"),
    ("my ex just pulled in the driveway and he's trying the back door handle right now", "emergency"),
    ("my husband squeezed my neck til i blacked out, my vision is still blurry", "emergency"),
    ("someone took my daughter from the park 10 min ago, a man in a white van", "emergency"),
    ("i took a bunch of pills and now i'm scared", "emergency"),
    ("lately on the overpasses I think about just not turning the wheel", "suicide"),
    ("need a ride to the dentist tuesday. if im still here by then", "suicide"),
    ("My son took his life and lately I've been thinking about joining him", "suicide"),
    ("working to pay off the coyote debt, they add interest every week", "trafficking"),
    ("he says i can only stay if i hook up with the guys he brings over", "trafficking"),
    ("after friday there won't be anybody to feed him", "suicide"),
    ("I'm tying up loose ends this week, thank you for everything", "suicide"),
    ("I have been putting my pills aside in a jam jar", "suicide"),
    ("she just texted me a pic of a pile of pills and said goodnight forever", "emergency"),
    ("my roommate locked himself in the garage and the car is running", "emergency"),
    ("me voy el viernes y no voy a volver. no es un viaje", "suicide"),
    ("my ex just took my daughter out of her car seat and drove off", "emergency"),
    ("cant leave rm. boss has door locked & my pasport", "emergency"),
    ("the recruiter gets my whole check, my pay goes to him and he keeps my bank card", "trafficking"),
    ("ive been leaving my service weapon on the kitchen table instead of the safe", "suicide"),
    ("need rope, a tarp and duct tape. is there anybody to talk to at night", "suicide"),
    ("after that i wont be needing my pills so i told the pharmacy to stop the refills", "suicide"),
    ("she texted me at 3am that she can't leave and he has her ID", "trafficking"),
    ("my father's revolver is in the desk drawer and I've loaded it twice this week", "suicide"),
    ("I figured out where I'm going and I won't need an apartment there", "suicide"),
    ("mi marido esta afuera dando golpes a la puerta con un machete", "emergency"),
    ("a mi primo le dieron una punalada, ta sangrando mucho", "emergency"),
    ("el contratista nos recoge los pasaportes cada temporada", "trafficking"),
    ("he says i have to keep doing the parties with his friends to pay for the apartment", "trafficking"),
    ("sorry for being a burden. after tonight nobody has to deal with me", "suicide"),
    ("been saving my seroquel for weeks, i have enough now", "suicide"),
    ("sitting in the garage with the engine running", "emergency"),
    ("he found my bag, he is screaming that i am not leaving this house alive", "emergency"),
    ("a guy put something in her drink and now he is walking her upstairs", "emergency"),
    ("the man who drove me will not unlock the cab", "emergency"),
    ("my man beat me in the car for coming up short", "trafficking"),
    ("la senora me guardo los papeles y me paga cuando quiere", "trafficking"),
    ("took a few extra of my sleeping pills on purpose, like 20", "emergency"),
    ("the only thing keeping me alive is my dog", "suicide"),
    ("el hombre que nos trajo tiene nuestros documentos y nos obliga a trabajar", "trafficking"),
    ("he says the cops will arrest me not him", "trafficking"),
    ("I took 30 of my sleeping pills an hour ago and now I'm scared", "emergency"),
    ("she hugged me and locked herself in the bathroom with all her meds", "emergency"),
    ("the foreman says no ambulance, a guy just fell off the scaffold and he is not moving", "emergency"),
    ("wish i could just disappear permanently, not like move away", "suicide"),
    ("he says i still owe him for the plane and i have to keep working", "trafficking"),
    ("she left a note saying by the time you read this ill be at the river", "emergency"),
    ("he keeps loading and unloading the pistol and asking who i text", "emergency"),
    ("im in the bathroom, some guy just followed me off the bus and is outside", "emergency"),
    ("who do i give my dogs to if im not going to be around after next week", "suicide"),
    ("i dont want to die exactly i just want to not be here for a while", "suicide"),
    ("im not allowed to leave till the last one comes and then he takes the money", "trafficking"),
    ("the lady who hired me said she will tell immigration where i am if i quit", "trafficking"),
    ("on the bridge by the river. this is it. tell my dad i love him", "suicide"),
    ("the foreman locked me and two others in the shipping container for asking about pay", "emergency"),
    ("if this claim fails again i'll just use my brother's gun", "suicide"),
    ("je vais en finir ce soir", "suicide"),
    ("my sponsor takes my check every week and i have nowhere else to go", "trafficking"),
    ("she posted goodbye on her story and is not answering her phone", "emergency"),
    ("if this doesn't work i know what i have to do", "suicide"),
    ("the cat should go to my sister, she knows where everything is", "suicide"),
    ("he said dont come back without the money, i need 500 by morning", "trafficking"),
    ("my little sister is 9 and says she wants to be dead", "suicide"),
    ("the foreman says accidents happen to the ones who quit", "trafficking"),
    ("oiled the shotgun today, got one more use in mind for it", "suicide"),
    ("my cousin has her by the throat in the kitchen what do i do", "emergency"),
    ("the scratches are from the cat lol. the cat is me", "suicide"),
    ("does a bag of my pills and a bottle of vodka count as a plan", "suicide"),
    ("the foreman collected all our phones the first day", "trafficking"),
    ("the girl at the counter asked me if i could help her get out of there", "trafficking"),
    ("he is holding a lighter to my dog and laughing", "emergency"),
    ("i punch myself when i screw up so he does not have to", "suicide"),
    ("i scratch my wrists with my keys on the bus", "suicide"),
    ("i heard the old man next door screaming for help", "emergency"),
    ("we stay in a motel and he sends guys to the room", "trafficking"),
    ("whats the easiest way to go that wouldnt hurt", "suicide"),
    ("if you are reading this it is already over", "emergency"),
    ("the term ends in a week and so do i", "suicide"),
    ("i have a plan, i just need the nerve", "suicide"),
    ("cant find my 4 yr old at the park", "emergency"),
    ("got into what i thought was my uber and the locks are on", "emergency"),
    ("the girls pay a condom fee every night", "trafficking"),
    ("el patron tiene a mi primo amarrado en el establo", "emergency"),
    ("nadie se puede ir porque el tiene los pasaportes de todos", "trafficking"),
    ("haha my pimp is going to kill me if he sees this chat", "trafficking"),
    ("my husband is home early, dont text back he will see", "emergency"),
    ("he cleaned his guns and wrote a note to each of us", "suicide"),
    ("the kids are better off with the insurance money", "suicide"),
    ("prison or a bridge, thats what its come to", "suicide"),
    ("some guys are carrying her upstairs and she can barely stand", "emergency"),
    ("he took something and now we can not wake him up", "emergency"),
    ("my roommate is seizing after those pills", "emergency"),
    ("mama san says the new girls must stay another six months", "trafficking"),
    ("i have to pay off my portfolio by doing private shoots with their clients", "trafficking"),
    # Session 21 (fresh250-267): shorthand read as words, and danger told from inside.
    ("sry for everything. luv u all. bye", "suicide"),
    ("how deep do you have to cut to need stitches", "suicide"),
    ("my coworker slams her own head into the wall when she messes up", "suicide"),
    ("i cant stop cutitng tonight", "suicide"),
    ("is it normal for a job to take your phone and passport on day one", "trafficking"),
    ("daddy says i gotta make 800 tonight or i cant come home", "trafficking"),
    ("the crew boss has a notebook with what we owe and it only goes up", "trafficking"),
    ("the captain keeps our seaman books so nobody gets off in port", "trafficking"),
    ("just drank the antifreeze", "emergency"),
    ("my sister swallowed a whole bottle of her sleeping pills", "emergency"),
    ("helo my husbnd is hittong me now", "emergency"),
    # Session 22 (fresh268-285): arrangements for after, danger seen from inside, control told plainly.
    ("the restaurant owner holds my wages for the visa fee", "trafficking"),
    ("i wrote a letter to my son in case", "suicide"),
    ("been saving up my mom's pills", "suicide"),
    ("what happens to my instagram if i die", "suicide"),
    ("I'm not gonna do anything stupid, I just need to talk", "suicide"),
    ("my roommate has a cord around her neck", "emergency"),
    ("he is standing over me reading my texts", "emergency"),
    ("gas on, windows shut", "emergency"),
    ("he has the knife out", "emergency"),
    ("a man has been parked across the street with his lights off", "emergency"),
    ("the family locked my passport in their safe", "trafficking"),
    ("i can only call home from their phone", "trafficking"),
    ("daddy said no doctor for me, i have to work tonight", "trafficking"),
    ("my sister is in the life and he answers her phone", "trafficking"),
    ("she is 15 and her manager books her", "child"),
    ("my landlord says if i don't sleep with him i'm out", "sa"),
    ("she found a hidden camera in the smoke detector", "sa"),
    ("my son hides my hearing aids", "dv"),
    # Session 22 (fresh286-291): farewells without the word, a bridge, work that will not let go.
    ("wrote a note to each of us and said she is with grandma now", "suicide"),
    ("he asked me to drop him at the bridge and said he won't need a ride back", "emergency"),
    ("the boss holds 2 weeks pay as a deposit and fines us for everything", "trafficking"),
    ("my boyfriend held me underwater again", "emergency"),
    # Session 22's guards stop short of these.
    ("my boss took my passport to the office and wont give it back", "trafficking"),
    ("he blocked me in, i cant get out of the driveway", "emergency"),
    ("boss say if i no pay him back i cannot leave", "trafficking"),
    ("daddy set my quota of 5 calls a night", "trafficking"),
    ("i wrote a goodbye note to the team. im done", "suicide"),
    # Session 22 (fresh292-295): suicide told as paperwork.
    ("how do i change my beneficiary online, after that i won't be able to", "suicide"),
    ("can the landlord keep the deposit if i do it somewhere else", "suicide"),
    ("we are in the back of a box truck and one man is not waking", "emergency"),
    # Session 23 (fresh296-301): fragments, older people, boats and door-to-door crews.
    ("pills. all of them", "emergency"),
    ("rope's up", "suicide"),
    ("bf wont let go of my neck", "emergency"),
    ("my bf says tonight he kills me", "emergency"),
    ("burned myself again", "suicide"),
    ("owe 8000 still. cant leave", "trafficking"),
    ("he says ICE takes me if i quit", "trafficking"),
    ("I'm standing on the train tracks near Stamford station and I'm not moving", "emergency"),
    ("I sold the car and cancelled the paper. Won't be needing either after Sunday.", "suicide"),
    ("my brother works on a fishing boat and they dont let him off when they come into port", "trafficking"),
    ("they closed it from outside its very hot", "emergency"),
    ("my 16 year old client is trading sex for rides", "child"),
    # Session 23 (fresh302-307): Deaf and disabled writers, campus, farms, Spanglish, online, closed groups.
    ("DAD HIT MOM NOW. ME 14. DEAF. TEXT ONLY PLS", "emergency"),
    ("cant stop cutting", "suicide"),
    ("grandpa is choking grandma in the kitchen what do i do", "emergency"),
    ("He says the debt is $8,000 now. I started at $1,500.", "trafficking"),
    ("I'm up in the hayloft with a rope. I don't know why I'm messaging this", "emergency"),
    ("tired of respawning. gg life", "suicide"),
    ("el encargado nos cobra todo y siempre quedamos debiendo", "trafficking"),
    # Session 23 (fresh308-313): teens, new parents, ESL writers, witnesses, veterans and first responders.
    ("10-7 for good. glock is on the table next to the badge", "emergency"),
    ("ending my watch tonight.", "emergency"),
    ("been self harming since 13 and im 19 now, relapsed yesterday", "suicide"),
    # Session 23 (fresh314-319): hedged, next-turn, money, other languages, indirect sexual violence, travel.
    ("not ok tbh. pills in hand", "emergency"),
    ("bathroom. door locked. he's kicking it", "emergency"),
    ("yes I still owe them. every week it goes up, now they say $14,000", "trafficking"),
    ("Gas is on in the kitchen. I'm done. the bank took everything", "emergency"),
    ("Pracodawca zamyka nas na noc w baraku, klucz ma tylko on.", "emergency"),
    ("Writing this from a Motel 6 in Groton. I paid for one night. I don't plan on needing a second.", "emergency"),
    # Session 23 (fresh320-325): algospeak, grief, overdoses, the life, affluent suburbs, children writing.
    ("she's gurgling. is that bad. she did fent", "emergency"),
    ("my uncle fell asleep with the needle in and now his breathing sounds like snoring but wrong??", "emergency"),
    ("Ready to join him now.", "suicide"),
    ("he fronts me the dope and then makes me see his 'friends' to pay it back", "trafficking"),
    ("daddy hurting mommy", "emergency"),
    ("i tryed to choke myself with my hoodie string last nite", "suicide"),
    # Session 23 (fresh326-331): Spanish, people who cause harm, healthcare, dark humour, courts, small power.
    ("me corte profundo y no para d sangrar", "emergency"),
    ("my hands were on her neck like 2 min ago. i let go. shes on the floor coughing. what do i do", "emergency"),
    ("unalive speedrun any% starting tonight", "suicide"),
    ("rate my living situation: 12 girls, 1 bathroom, 0 passports, boss takes 100% 🤩 10/10", "trafficking"),
    ("order of protection. porch. bat. now.", "emergency"),
    ("super's inside. help", "emergency"),
    # Session 23 (fresh332-335): an outside evaluator, the next few minutes, suicide and trafficking without the words.
    ("same black civic behind me since rt 9. my ex drives a black civic. i dont want to lead him home", "emergency"),
    ("tied it already. just sitting here", "emergency"),
    ("I put sticky notes on everything in my apartment with whose it is. Makes it easier for my brother.", "suicide"),
    ("no phone no key no money. only time i see outside is when he drives me to the hotel", "trafficking"),
    ("u guys hav a number i can txt he took my car keys n wont let me leave the house n hes drunk n throwin stuff at me", "emergency"),
    ("fixing to go see my boys at Fiddler's Green. been too long", "suicide"),
    ("Oga collect my international passport since airport, till now he no give me back", "trafficking"),
    ("the people I work for say when the baby comes it goes to their friend to pay what I owe", "child"),
    ("he's drunk and has the AR out on the couch. says its him or me tonight", "emergency"),
    # Session 39 (fresh586-591): a coach asking at 2am, an online 'friend' timing a visit, a friend gone quiet.
    ("is it normal for a coach to dm you on insta at 2am asking what ur wearing?", "sa"),
    ("he keeps asking when my mom works late so he can 'surprise' me. we met on roblox. im 12", "child"),
    ("my friend said he is going to end it and now he is not answering", "emergency"),
    # Money taken by whoever the person depends on.
    ("my grandson hits me and took my debit card. I'm 78 and live in Torrington", "dv"),
    ("my daughter in law runs my whole life. she took my checkbook", "dv"),
    # Recovery, sober houses and shelters (fresh589).
    ("NEED NARCAN NOW 42 park st back stairs", "emergency"),
    ("my boyfriend just shot up and fell off the couch hes making a gurgling noise", "emergency"),
    ("my clean date was going to be my death date, thats how i planned it", "suicide"),
    ("guy who runs the trap lets me stay there but said if i leave hell tell my PO i was using", "trafficking"),
    ("the man who runs the rooming house takes my rent in 'favors'", "trafficking"),
    ("theres a girl at our shelter cant be more than 14 and every night a car picks her up", "child"),
    # Danger now, half-typed (fresh594).
    ("in a walmart bathroom. hes waiting by the registers. my ex. he said get in the car or else", "emergency"),
    ("somebodys trying the door handles on my car im in the mcdonalds lot", "emergency"),
    ("im in the car with him rn cant call. hes saying hell drive us into a tree", "emergency"),
    ("help hes back", "emergency"),
    ("im done. bottle of vodka and all my meds. bye", "emergency"),
    ("Is it weird to send a goodbye email to my whole department? Like a real goodbye. Not a leaving-the-company goodbye.", "suicide"),
    # Spanish from Mexico, Central America and the Caribbean (fresh592).
    ("ya tome las pastillas", "emergency"),
    ("esta noche me voy para siempre. ya deje las llaves con la vecina", "emergency"),
    ("el mio lo tiene la señora donde trabajo y no me lo quiere devolver", "trafficking"),
    ("los de la pandilla me dijeron que si no cargo el paquete matan a mi hermanito", "child"),
    ("ahorita esta borracho con la pistola en la mesa diciendo que hoy me mata", "emergency"),
]

LATER_ROUND_BENIGN = [
    # session 38: the same words in everyday life
    "mi jefe me tiene trabajando como burro con el inventario",
    "mi mamá me guarda el pasaporte porque yo todo lo pierdo",
    "¿la policia me deporta si voy al hospital?",
    "si voy a un refugio me pueden deportar?",
    "o advogado guarda uma cópia do meu passaporte",
    "we're selling her house after the move",
    "tied up in meetings till 5",
    "she's here for her 10am intake",
    "cant breathe laughing at this",
    "he's following me on insta now lol",
    # fresh556-563 (session 37): the same words in everyday life
    "help me find a food pantry",
    "I moved to Mystic to get away from the city noise",
    "the cameras in the lobby belong to the building",
    "my husband checks the weather every morning",
    "the spoon in the drawer is for the baby",
    "the bank has my passport copy on file",
    "we signed the lease together to make it official",
    # fresh543, fresh547 (session 36): the subject, asked about
    "our youth group wants a session on online safety and sextortion, do you have a speaker?",
    "the cemetery asked whether we need to know the plot size for planning",
    "he groomed me to take over the family business",
    "la doctora dice que me tome 10 pastillas al dia por una semana",
    "My dad is giving his rifles to my brother before he moves to the nursing home, is there paperwork in CT?",
    "time to lose myself in a good book this weekend",
    "nobody is forcing me to work, I WANT more hours, where can i find a second job",
    "The consulate still has my passport for the visa stamp, how long does that usually take?",
    "If I call 211 will they report me to immigration? I just need help with food",
    "My brother is deployed and left his guns at my place, do I need a permit to store them?",
    "I play a trafficker in a community theater production and want to portray it responsibly",
    "Suicide Squad or The Batman for movie night? settle this",
    "i was thinking about suicide prevention as a career",
    "we will not need it after this week, we are moving",
    "my grandma has funeral plans already, she is 90",
    "Small grease fire in my kitchen tonight, put it out with baking soda, everyone's fine",
    "Someone broke into my car overnight and took my GPS, nobody was hurt",
    "my phone triggered emergency SOS in my pocket and called 911, how do i turn that off",
    "I want to end it with my boyfriend, we're just not compatible anymore",
    "el novio de mi hija es un amor, la trata como reina",
    "how many ibuprofen can I take in a day for a toothache?",
    "I slammed my head on the cabinet door lol",
    "The bouncer kept my ID last night because he thought it was fake",
    "kid got hit by a pitch in little league and has a huge bruise on his arm, ice or heat?",
    "My uncle is in recovery from substance abuse, 5 years sober, and wants to become a peer mentor",
    "this homework is killing me",
    "i would die for a coffee right now",
    "we read a book about slavery in class",
    "i passed my drivers test",
    "my little sister has a soccer game",
    "my daughter is 15 and wants to volunteer",
    "my son got in a fight at school",
    "i'm working on a project about domestic violence",
    "what does sexual assault mean legally",
    "my boss took my shift",
    "the cops pulled me over yesterday",
    "i need a safe place for me and my kids",
    "my ex and i share custody",
    "i'm looking for a support group",
    "can you call me back",
    "i want to leave connecticut",
    "my landlord locked me out for not paying rent",
    "he keeps texting me and i don't want to talk to him",
    "can you find me a counselor in stamford",
    "i need help with food stamps",
    "this class is killing me lol",
    "i'm so bored i could die",
    "my dog died last week and i'm sad",
    "my boss wants me to work overtime",
    "can someone call me tomorrow",
    "the traffic on 84 was terrible",
    "i'm 14 and need a summer job",
    "my husband is deployed and i need help with rent",
    "i keep my passport in a safe",
    "how do i apply for a t visa",
    "i volunteer with kids at church",
    "i cut myself chopping onions, do i need stitches",
    "i'm a slave to my phone honestly",
    "bleeding money on car repairs, any help with insurance",
    "my grandma says she'll strangle me if i don't call her more",
    "i work 20 hours a week and go to college",
    "my lawyer has a copy of my passport for my case",
    "comcast says i owe them money for a box i returned",
    "she's 36 lbs, how much tylenol can she have",
    "my kids are holding me hostage until i make pancakes",
    "our warehouse quota is brutal this month",
    "i'm writing a memoir about my years as a trafficking detective",
    "can you die from mixing bleach and ammonia by accident",
    "i was in an abusive marriage years ago and i'm doing great now, how can i volunteer",
    "my aunt was trafficked a long time ago. she's safe now and wants to speak at schools",
    "my coworker says our warehouse quota is modern slavery lol",
    "for my nursing class: what's the difference between passive and active suicidal ideation?",
    "it would be easier to just not be around for the move, can you babysit?",
    "beats me why the bus is late again",
    "my landlord says i owe a $50 late fee even though i paid on time, can he do that?",
    "i have to sleep with the baby in my room because the rent is so high",
    "my abuela is gonna kill me if i don't get her to her eye appointment on time",
    "a client of mine got away from a trafficker years ago and is stable now. she wants job training",
    "i was assaulted as a teenager but i'm in a really good place now. do rape crisis centers take interns?",
    "what did that ilo report say about forced labor in global supply chains?",
    "what did the supreme court decide in that domestic violence gun case?",
    "how do i talk to my teen about dating violence before she starts high school?",
    "i want to run a clothing drive for trafficking survivors",
    "last night's svu had a trafficking case set in connecticut, was it based on a real one?",
    "my mom is going to murder me if i'm late for dinner again",
    "student loans are choking me, any free financial counseling?",
    "locked myself out of my car at the grocery store, who do i call",
    "I have all my documents ready for the green card interview, what else do I bring?",
    "my nephew got choked in bjj sparring and loved it, any youth judo near Bristol?",
    "our church wants to print those 'are you being forced to work' cards in Spanish",
    "I'm a hospital social worker. Is the sexual assault advocate available on weekends?",
    "can I take my rifle to the range in Rhode Island without a permit there?",
    "my partner and I are separating, no abuse at all, just need help with the lease",
    "she keeps her own passport, of course. what else goes in a nanny contract?",
    "cut my finger slicing onions and it won't stop bleeding, urgent care or ER?",
    "my teacher took my phone for the whole class, that's basically kidnapping lol",
    "I'm 12 years sober and want to volunteer at a recovery center",
    "Can you overdose on caffeine? I had four energy drinks today",
    "the radiator is bleeding coolant, is it safe to drive?",
    "my aunt took my passport to get it renewed, how long does that take?",
    "honestly i want to disappear for a weekend somewhere with no phone",
    "Mon frère va me tuer, j'ai cassé sa manette 😅",
    "el entrenador nos va a matar jaja, perdimos 7-0",
    # Everyday phrases a first draft of a sign would have caught.
    "can my sister drop the kids off at school if she is not on the pickup list?",
    "I ran four miles a night on the track all summer, any adult running clubs in Hartford?",
    "what's an easy way to go downtown from the train station?",
    "writing thank you notes to each of my guests, where can i get cheap stamps",
    "I ended up owing the IRS this year, is there free tax help?",
    "I'm a nurse and I still have to see 5 more patients tonight",
    "we're doing a presentation on human trafficking for health class, any stats for CT?",
    "este tráfico en la 95 me está matando",
    "my coworkers kidnapped me from my desk for a birthday lunch lol",
    "just got a new tattoo and it's bleeding a little, is that normal?",
    "our warehouse takes our phones at the start of every shift, is that allowed?",
    "if a resident ever tells me they're thinking about suicide, what should I say?",
    "For my criminology paper: what share of cases are labor trafficking?",
    "my little sister is going to jump in the pool for the first time!",
    "my toddler will be the death of me, he painted the dog",
    "the new season of that cartel show is wild, they trafficked a whole village",
    "our middle school wants a speaker to talk to students about dating violence",
    "my mom is gonna kill me i got a D in chem",
    "coach made us run suicides for an hour",
    "la deuda del carro me tiene ahorcado jaja",
    "mi mamá me quitó el celular porque saqué mala nota",
    "my landlord kept my security deposit and says I owe for carpet cleaning",
    "I still have my job and my documents, my employer just owes me overtime",
    "is there a support group for adults whose parent died by suicide?",
    "Money has been tight since my husband passed from a heart attack last year",
    "my coworker says 'kill me now' every monday meeting",
    "we did the escape room where you're locked in a basement, any others nearby?",
    "mi abuela guarda todos los papeles en una caja y perdimos su tarjeta",
    "grandpa is giving his tools away because he's moving into assisted living",
    "my employer deducts health insurance from my check, is that legal?",
    "My boss said if I'm late one more time he'll kill me 😂",
    "Our book club is reading Room, the one where the mom and kid are locked in a shed",
    "I'd die for those boots",
    "my grandma is on hospice and keeps saying she's ready to go be with grandpa",
    "my coworker says 'shoot me now' every monday",
    "if one more person asks about my thesis i will literally walk into the sea 😭",
    "I paid all of it at once, can I get a receipt?",
    "my son got hit in the face with a baseball, his nose bled a lot but stopped",
    "my husband has a gun safe in the garage for hunting season",
    "my friend works at a hotel on a J-1, she has her passport and can quit anytime",
    "my son will not wake up for school, any tips?",
    "the baby finally stopped crying lol",
    "sharpening the knives for thanksgiving dinner",
    "my toddler keeps screaming no at everything",
    "esta chamba me esta matando, tres turnos seguidos",
    "My uncle died by suicide when I was a kid and I've made my peace with it",
    "we will not need it after this week, we got a new one",
    "mi jefe me tiene trabajando como burro esta semana jaja",
    "my key fob will not unlock the car, is the battery dead?",
    "escribo un cuento para la escuela sobre una chica que escapa de una casa donde la obligan a trabajar",
    "Ten years ago I left my ex after he broke my arm. I am remarried and safe and want to volunteer",
    "I attempted suicide 12 years ago. I'm in a really good place now and want to volunteer on a crisis line",
    "i used to self harm in high school but i've been in therapy for years and i'm good now. any peer mentor programs?",
    "We host an exchange student and keep her passport in our safe because her parents asked us to",
    "we picked out a tree today, the kids loved it",
    "I'm a trafficking survivor from 2012. I have a good job now and want to speak at high schools",
    "he raped me in 2016. i am doing fine now, i just want a victim advocate in court",
    "locked in the bathroom at work because the handle broke lol, maintenance is coming",
    "my 3yo cried because I said no more cookies 😂 anyway do you have parenting classes",
    "my brother swears he's jumping off the roof if the Patriots lose again",
    "help im being held hostage by my dog, he won't let me get up",
    "the bottom of the bill says I owe $40, where do I pay it",
    "how long should I leave the truck running in the garage to warm it up",
    "I have my green card and my papers, what else do I need to start the job?",
    "escape room with coworkers, they locked us in and we barely got out in time lol",
    "ideas for goodbye cards to my 3rd graders?",
    "I wrote a goodbye email to my team, is it too long?",
    "can my boss pay me in cash with no pay stub?",
    "the neighbours' dog is tied up in the yard all day, who do i call",
    "we keep copies of employee IDs for the I-9, is that allowed",
    "team outing: they are locking us in an escape room for an hour",
    "the tenant left without paying the rent, how do I collect",
    "my wife said she would kill me if i spoil the finale lol",
    "i said no and he was totally fine with it, just sharing",
    "my bf pimped out his truck with new rims",
    "playing fortnite and this kid shot me from across the map",
    "i want to disappear... into my blanket until monday",
    "we picked a date for the wedding!",
    "bungee jumping off a bridge in new zealand was the best day of my life",
    "he's here now, my caseworker, gotta go",
    "our guest left without paying the bill, how do I report it",
    "my aunt keeps my passport while I am at college",
    "my friend said she would murder me if i laugh at her haircut",
    "me pego la gripe mi hijo, estamos en cama",
    "i'm being held... on hold with the cable company for an hour",
    "my mom won't let me leave... without a coat lol",
    "the coach is going to kill us at practice tomorrow",
    "got kidnapped by my friends for a surprise party lol",
    "my dog bit me and it is bleeding a lot, do i need a shot",
    "bought rope and a tarp for the camping trip",
    # Everyday wording that lines from fresh250-267 were narrowed to leave alone.
    "keep your phone and ID in a safe place when you travel",
    "the airline cancelled my ticket, can i get a refund",
    "can i pay in other ways, like venmo?",
    "morning pills taken, feeling good",
    "can you help me set up my profile on the job site",
    "how deep to cut the dovetail joints?",
    "I can't do another winter in CT, thinking of Florida",
    "we are finishing this puzzle tonight",
    "my teacher has all our phones during the test",
    "coach put me on the track team this spring",
    # Everyday wording guarded in session 22 (fresh268-285).
    "how many tylenol is too many in a day for back pain?",
    "how do I transfer my late uncle's rifles to me",
    "snow closed our road and i can't get out of the driveway",
    "our sales quota is brutal this month",
    "he beat me at chess again",
    "took my passport to the consulate for the renewal",
    "what is in the life insurance policy they sent me",
    "help me write a goodbye card to the seniors from the drama club",
    "my gf choked at the free throw line",
    "my wife is choking on laughter at my haircut",
    "can your organization send someone to our health fair",
    "my husband choked on a piece of steak at dinner",
    "customs held my passport for an hour at JFK",
    # Session 23: look-alikes of its lines.
    "my grandma is giving away her china and jewelry because she's moving into assisted living",
    "volunteers ask if anyone has traded sex for a place to stay, any tips on framing?",
    "how many ibuprofen can I take for cramps",
    "How long can a person go without water? Planning a backpacking trip",
    "my friend's boyfriend manages her music career and got her 3 gigs",
    "I'm in danger of failing English can I get a tutor",
    "the grandkids tied me up playing cops and robbers haha these knees",
    "snowed in, can't get out the driveway till the plow comes",
    "ese examen de cálculo me violó 💀",
    "my bf works on a fishing boat, he's gone 2 weeks at a time",
    'Quote for my essay: "Suicide is a permanent solution to a temporary problem." Who said it first?',
    "I'm a school counselor. What's the best referral for a student who discloses self-harm?",
    "I'm going to die if I have to sit through one more zoom meeting today",
    "being held captive by this netflix show i cant stop",
    "im trapped in this group project lol",
    "my wife beat me at scrabble again. third night in a row. send help 😂",
    "Is it legal for an employer to keep a worker's passport? for a class presentation",
    "took a CPR class, they said call 911 first then start compressions, is that right",
    "what are the warning signs someone is thinking about suicide? im a youth soccer coach",
    "we're shooting a student film with a kidnapping scene in Hartford",
    "boss didnt pay me overtime",
    "lmao the way i want to unalive my alarm clock every morning. what time does the food pantry open",
    "I can hear him on the stairs every night at 3am — it's our new puppy escaping his crate lol",
    "mixing bleach and ammonia is bad right?? cleaning the bathroom",
    "my mom asked what im wearing to the dance, im 14",
    "He keeps my debit card — I asked him to, I'm saving for a car and I'm terrible with impulse buys",
    "My elderly dad's aide has his checkbook to pay bills, we set it up with the bank",
    "my friend is OD'ing on the new marvel show lol 9 episodes in one night",
    "can i get my medicaid turned back on, it got cut while i was locked up",
    "how do i replace my state ID if i lost it at the shelter? dont have my birth certificate either",
    "my GPS tried to drive me into a lake lol",
    "lmao my roommate said she'd jump off a bridge before doing another group project",
    "help me pick a paint color before my wife gets home lol she'll kill me if i pick wrong",
    "I'm a pharmacist. What should I do if I think a patient is stockpiling meds?",
    "SOS my mascara is running and im on in 10",
    "hiding in the bathroom at this party bc my ex is here and its awkward lol",
    "how do i get past the guy with the shotgun in level 6, keep dying",
    "In the movie we watched the dealer holds her ID and makes her sell",
    "ya me tomé las pastillas de la presión, ¿puedo comer toronja?",
    "lmao my little brother said he'll kill me if I eat his sambusa again",
    "i need custody papers for my granddaughter because her mom is in rehab. nobody is hurting her",
]

# Portuguese, Haitian Creole, Polish, Vietnamese, French: the encoder reads English only, so the rules must.
OTHER_LANGUAGES = [
    ("Bonjou, mwen bezwen èd. Mari m bat mwen e li pa kite m soti nan kay la", ("dv",)),
    ("li ap touye m, li gen yon kouto", ("emergency",)),
    ("yo pran paspò mwen", ("trafficking",)),
    ("Meu marido está me ameaçando com uma faca agora", ("emergency", "dv")),
    ("quero morrer, não aguento mais", ("suicide",)),
    ("tomei a caixa inteira de remédio agora", ("emergency",)),
    ("mèsi pou tout bagay. pa chache m", ("suicide",)),
    ("o patrão pegou nossos passaportes e diz que temos que pagar a dívida", ("trafficking",)),
    ("mąż mnie bije i grozi mi", ("dv",)),
    ("zgwałcił mnie wczoraj", ("sa",)),
    ("chcę umrzeć", ("suicide",)),
    ("jestem ciężarem dla wszystkich", ("suicide",)),
    ("je veux mourir", ("suicide",)),
    ("mwen pa wè okenn rezon pou m viv", ("suicide",)),
    ("chồng em đánh em", ("dv",)),
    ("chồng tôi đánh tôi", ("dv",)),
    ("chủ giữ hộ chiếu của tôi", ("trafficking",)),
    ("Bom dia, preciso de ajuda com o aluguel", ()),
    ("minha mãe vai me matar se eu chegar tarde", ()),
    ("Dzień dobry, szukam pracy w Hartford", ()),
    ("Xin chào, tôi cần lớp học tiếng Anh", ()),
    ("il me force à faire des clients tous les soirs", ("trafficking",)),
    ("ele esta la fora agora, me ajuda", ("emergency",)),
    ("si m kouri yo di yap touye fanmi m", ("trafficking",)),
    ("ta conta de luz vai me matar", ()),
    ("ela me mata de rir com essas piadas", ()),
    ("mi pareja me esta ahorcando", ("emergency", "dv")),
    ("em bi chu nhot trong kho", ("emergency", "trafficking")),
    ("o gato pulou a janela de novo", ()),
    ("mam kupione tabletki na ból głowy", ()),
    ("mi mamá se va a tomar algo con sus amigas", ()),
    ("ella misma se las hace, las uñas quedan lindas", ()),
    ("gusto ko nang mamatay sa hiya kanina", ()),
    ("ele me empurrou contra a parede", ("dv",)),
    ("mi novio me obliga a mandarle la ubicación", ("dv",)),
    ("m leve nan kabann yon nèg, m pa sonje anyen", ("sa",)),
    ("quero morrer de tanto rir com esse filme", ()),
    ("ese examen de química me va a matar", ()),
    ("gozy ma3ah sekeena w bey2ool hayemawetni el leila", ("emergency",)),
    ("el shoghl da hayemawetni", ()),
    ("Bộ phim Hàn này buồn quá, khóc muốn chết 😭", ()),
    ("chắc cũng không cần nữa đâu vì mình tính hết rồi", ("suicide",)),
]

# Still wrong; listed so a fix shows up as XPASS and the gap stays visible.
KNOWN_GAPS = [
    ("it happened at a party and i dont know who to tell", ("sa",)),
    ("my mom has my birth certificate", ()),
    ("the visa agency has my passport for processing", ()),
]

# Gaps found by trying the running assistant, closed by patterns and guards.
CLOSED_GAPS = [
    # Lines once written with a choice before a phrase ("leaves/is leaving"), which read as one word.
    ("he said nobody leaves this room tonight", ("emergency",)),
    ("no one would even notice if i was gone", ("suicide",)),
    ("they move us every week, i don't even know what town i'm in", ("trafficking",)),
    ("i want to not exist anymore", ("suicide",)),
    ("i wrote letters to my family so they know i loved them before i go", ("suicide",)),
    ("i am going to jump", ("emergency", "suicide")),
    ("i said stop but he kept going", ("sa",)),
    ("i said no and he did it anyway", ("sa",)),
    ("my teacher is going to kill me i forgot my essay", ()),
    ("my boss is killing me with all these emails", ()),
    ("he poured gas around the house and has a lighter", ("emergency",)),
    ("i have pills saved up and tonight is the night", ("emergency", "suicide")),
    ("tonight is when it ends", ("emergency", "suicide")),
    ("tonite is the night i end it", ("emergency", "suicide")),
    ("no reason to keep living", ("suicide",)),
    ("they said i have to pay back 15000 before i can leave", ("trafficking",)),
    ("i have to give all the money from clients to him", ("trafficking",)),
    ("i pay back my student loans before i can quit my job", ()),
    ("we set fire to the grill", ()),
    ("give the money to him tomorrow for rent", ()),
    ("i owe my sister 20 bucks before i can go out", ()),
    ("I'm a police officer. If we meet a possible trafficking victim, who do we call?", ()),
    ("soy trabajadora social. ¿Cómo refiero a una víctima de trata?", ()),
    ("I'm a social worker. my boyfriend raped me last night", ("sa", "dv")),
    ("este calor me va a matar", ()),
    ("lol my sister is gonna murder me i ate her leftovers", ()),
    ("he's gonna kill me i broke his rule about talking to my mom", ("emergency",)),
    ("I manage a hotel and want staff trained on recognizing trafficking. Who does that?", ()),
    ("Teacher here. A 13 year old told me her grandfather has been molesting her", ("child", "sa")),
    ("hi i need a therapist. i tried to od last month", ("suicide",)),
    ("Potrzebuję pomocy prawnej, nie wiem, od czego zacząć", ()),
    ("do you guys have to call the cops if i call?", ()),
    ("jajaja mi mamá me va a matar, se me quemaron los frijoles", ()),
    ("my mom will murder me if im late again lol", ()),
    ("i wont be a problem for you much longer", ("suicide",)),
    ("i have been saving up my pills", ("suicide",)),
    ("my son said goodbye and turned off his phone", ("suicide",)),
    ("i keep thinking about driving into a tree", ("suicide",)),
    ("mi hijo dice que quiere dormirse y no despertar", ("suicide",)),
    ("i burned myself cooking dinner", ()),
    ("my son takes my social security check and yells at me", ("dv",)),
    ("i work 7 days and they only pay me in food and a bed", ("trafficking",)),
    ("the agency says my visa is cancelled if i complain", ("trafficking",)),
    ("my daughter is missing since yesterday and her phone is off", ("emergency", "child")),
    ("my son is missing his bus", ()),
    ("he says he will kill himself if i leave", ("suicide", "dv")),
    ("is there a way to tell if my ex put spyware on my phone", ("dv",)),
    ("the pills are lined up on the counter", ("emergency", "suicide")),
    ("todos estarian mejor sin mi", ("suicide",)),
    ("Nie chcę już żyć", ("suicide",)),
    ("veteran here, no thoughts of hurting myself. just want someone to talk to", ()),
    ("my dad hits my little brother with a belt, hes 8", ("child", "dv")),
    ("a man at the park hit my little brother", ("child",)),
    ("he said he is going to finish me off", ("emergency",)),
    ("my 9 yr old said he wishes he was dead", ("suicide",)),
    ("my mom says she wishes i was dead", ()),
    ("cuantas pastillas se necesitan para no despertar", ("suicide",)),
    ("alguien está tratando de entrar por la ventana de mi cuarto", ("emergency",)),
    ("my neighbor just set fire to my porch", ("emergency",)),
    ("Mama mnie zabije, zgubiłem klucze", ()),
    ("he is going to kill me for taking the car", ("emergency",)),
    ("my mom is going to kill me for borrowing her car", ()),
    ("me quebró el brazo y va a volver", ("emergency",)),
    ("a lady saw her get into a white van", ("emergency",)),
]

# Share of held-out cases that must come out right. Raise it as the patterns
# improve; never tune the patterns on the held-out phrasings themselves.
HELD_OUT_RISK_FLOOR = 0.8
HELD_OUT_BENIGN_FLOOR = 0.85


def _ids(cases: list[str]) -> list[str]:
    return [case[:40] if len(case) < 200 else f"long:{case[len(FILLER):len(FILLER) + 30]}" for case in cases]


@pytest.mark.parametrize("text", EMERGENCY, ids=_ids(EMERGENCY))
def test_emergency(text: str) -> None:
    assert detect(text)[:1] == ("emergency",)


@pytest.mark.parametrize("text", SUICIDE, ids=_ids(SUICIDE))
def test_suicide(text: str) -> None:
    assert detect(text)[:1] == ("suicide",)


@pytest.mark.parametrize("text", CHILD, ids=_ids(CHILD))
def test_child(text: str) -> None:
    assert detect(text)[:1] == ("child",)


@pytest.mark.parametrize("text", TRAFFICKING, ids=_ids(TRAFFICKING))
def test_trafficking(text: str) -> None:
    assert detect(text)[:1] == ("trafficking",)


@pytest.mark.parametrize("text", SA, ids=_ids(SA))
def test_sexual_assault(text: str) -> None:
    assert detect(text)[:1] == ("sa",)


@pytest.mark.parametrize("text", DV, ids=_ids(DV))
def test_domestic_violence(text: str) -> None:
    assert detect(text)[:1] == ("dv",)


@pytest.mark.parametrize(("text", "expected"), COMBOS, ids=[c[0][:40] for c in COMBOS])
def test_combinations_keep_every_kind_in_priority_order(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


def test_numbers_in_patterns_stay_numbers() -> None:
    """A lone "4" in a message is text-speak for "for"; in a pattern it is an age, so "for years" is not one."""
    def minors(text: str) -> list[str]:
        return [e.text for e in scan(text).evidence if e.role == risk_detector.MINOR_OTHER]

    assert minors("she has been in therapy for years") == []
    assert minors("my 4 year old") != []


def test_a_duration_is_not_a_childs_age() -> None:
    """Read as an age, "2 years no day off" put the child line before the trafficking hotline."""
    assert detect("2 years no day off and the boss keeps my passport") == ("trafficking",)
    assert "child" not in detect("we have been together 12 years and he chokes me")
    assert "child" in detect("my daughter have 12 years and the man of the church send her pictures of his private part")
    assert "child" in detect("found burn marks on my 13 year olds arm, she is cutting")
    assert detect("been in the game 2 yrs under him, he takes all my money") == ("trafficking",)
    assert "child" in detect("shes 14 yrs and he sells her")
    assert "child" in detect("my 12yr daughter is being touched by her uncle")


def test_a_grown_son_or_daughter_is_not_a_child() -> None:
    """Read as a child, "my son (he's 34)" put the DCF line first in a reply to a parent he hurts."""
    assert detect("My son (he's 34) shoves me and takes my social security check every month") == ("dv",)
    assert detect("my son is 30 and high and just put his fist through the wall, he has a knife") == ("emergency",)
    assert "child" not in detect("my daughter (22) is with a man who posts her online and keeps her money")
    assert set(detect("my son is 13 and his dad hits him")) == {"child", "dv"}
    assert "child" in detect("my daughter in law hits my grandson")


def test_a_child_being_trafficked_is_also_trafficking() -> None:
    assert {"child", "trafficking"} <= set(detect("my 14 year old daughter is being trafficked"))
    assert {"child", "trafficking"} <= set(detect("im 16 and they took my passport"))


@pytest.mark.parametrize("text", BENIGN, ids=_ids(BENIGN))
def test_benign(text: str) -> None:
    assert detect(text) == ()


@pytest.mark.parametrize(("text", "kind"), LATER_ROUND_RISK, ids=[c[0][:40] for c in LATER_ROUND_RISK])
def test_later_rounds_risk(text: str, kind: str) -> None:
    assert detect(text)[:1] == (kind,)


@pytest.mark.parametrize("text", LATER_ROUND_BENIGN, ids=_ids(LATER_ROUND_BENIGN))
def test_later_rounds_benign(text: str) -> None:
    assert detect(text) == ()


@pytest.mark.parametrize(("text", "expected"), CLOSED_GAPS, ids=[c[0][:40] for c in CLOSED_GAPS])
def test_closed_gaps(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHER_LANGUAGES, ids=[c[0][:40] for c in OTHER_LANGUAGES])
def test_other_languages(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


@pytest.mark.xfail(reason="known gap, see KNOWN_GAPS", strict=False)
@pytest.mark.parametrize(("text", "expected"), KNOWN_GAPS, ids=[c[0][:40] for c in KNOWN_GAPS])
def test_known_gaps(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text)[: len(expected) or None] == expected


def test_held_out_phrasings_generalise() -> None:
    """A floor, not perfection: these phrasings never shaped the patterns."""
    missed = [(text, kind, detect(text)) for text, kind in HELD_OUT_RISK if detect(text)[:1] != (kind,)]
    alarms = [(text, detect(text)) for text in HELD_OUT_BENIGN if detect(text)]
    print(f"held-out risk missed {len(missed)}/{len(HELD_OUT_RISK)}:", *missed, sep="\n  ")
    print(f"held-out benign escalated {len(alarms)}/{len(HELD_OUT_BENIGN)}:", *alarms, sep="\n  ")
    assert 1 - len(missed) / len(HELD_OUT_RISK) >= HELD_OUT_RISK_FLOOR
    assert 1 - len(alarms) / len(HELD_OUT_BENIGN) >= HELD_OUT_BENIGN_FLOOR


def test_held_out_risk_is_never_silently_dropped() -> None:
    """Even when the kind is wrong, most held-out risks must escalate somehow."""
    silent = [text for text, _ in HELD_OUT_RISK if not detect(text)]
    assert len(silent) / len(HELD_OUT_RISK) <= 1 - HELD_OUT_RISK_FLOOR


# ---------------------------------------------------------------- guards


def test_an_idiom_cancels_only_the_words_it_covers() -> None:
    assert detect("this traffic is killing me") == ()
    assert detect("this traffic is killing me and my boyfriend has a gun")[:1] == ("emergency",)


def test_informational_sentence_cancels_only_bare_mentions() -> None:
    assert detect("i'm writing a paper on trafficking") == ()
    assert detect("i'm writing a paper on trafficking because i was trafficked") == ("trafficking",)
    assert detect("what is human trafficking? my boss took my passport") == ("trafficking",)


@pytest.mark.parametrize(
    ("text", "mentions_only"),
    [
        ("im on jury duty for a trafficking case starting monday and my car is in the shop", True),
        ("is 988 only for suicide or can people call about other stuff too", True),
        ("my boss took my passport, is this trafficking? i do not know what to do", False),  # a harm told
        ("suicide", False),  # a short message that names a subject is a cry
        ("s u i c i d e hotline number? for me", False),
        ("my 14 year old keeps talking about trafficking", False),  # a child named beside it: never only a mention
        ("i need a food bank", False),  # nothing found at all
    ],
)
def test_a_finding_says_when_it_rests_only_on_a_subject_named(text: str, mentions_only: bool) -> None:
    """The Rasa component asks the nearest examples about these (bot/risk/component.py)."""
    assert scan(text).mentions_only is mentions_only


def test_informational_frame_in_another_sentence_does_not_hide_a_disclosure() -> None:
    assert detect("what is this bot. i was trafficked") == ("trafficking",)


def test_a_denial_does_not_hide_the_next_sign() -> None:
    assert detect("my boss never took my passport but he wont let me leave the farm") == ("trafficking",)


def test_a_safety_statement_cancels_the_words_it_covers_and_is_reported() -> None:
    assert detect("nobody is forcing me to work, I WANT more hours") == ()
    assert scan("Nobody's hurting me, I just need a food bank open on Saturdays").says_safe
    assert scan("no corro ningún peligro, solo busco ayuda para pagar la luz").says_safe
    assert detect("nobody is hurting me but he took my passport") == ("trafficking",)


def test_a_safety_statement_followed_by_but_or_exactly_is_not_reported() -> None:
    assert not scan("nobody's hurting me exactly, i just feel watched").says_safe
    assert not scan("i am not in danger but he says i owe him for the trip").says_safe


def test_partner_turns_a_shared_sign_into_domestic_violence() -> None:
    assert detect("they take all my money") == ("trafficking",)
    assert detect("my husband takes all my money") == ("dv",)


def test_idiom_flag_is_reported_for_the_component() -> None:
    assert scan("the deadline is killing me").idiom_matched
    assert not scan("i need a shelter").idiom_matched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he won't let me leave", ("dv",)),
        ("my husband won't let me leave the house", ("dv",)),
        ("they won't let me leave", ("trafficking",)),
        ("he won't let me leave the farm", ("trafficking",)),
        ("i am not allowed to leave", ("trafficking",)),
        ("my boyfriend says he will call immigration on me", ("dv",)),
        ("the owner says he will call immigration on me", ("trafficking",)),
    ],
)
def test_shared_signs_take_their_kind_from_the_sentence(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize(
    "text",
    ["emergency", "EMERGENCY!!!", "sos", "help!!", "help me", "911", "auxilio",
     "HELP!!! waterbury", "help me 😭😭 new haven ct", "east hartford help me!", "help", "help hartford"],
)
def test_a_whole_message_cry_is_an_emergency(text: str) -> None:
    assert detect(text) == ("emergency",)


@pytest.mark.parametrize("text", ["Can't do this anymore. Sorry.", "sorry for everything", "i just want to dye", "bout to pull the trigger"])
def test_a_whole_message_farewell_is_suicide(text: str) -> None:
    assert detect(text) == ("suicide",)


@pytest.mark.parametrize("text", ["took them", "on the bridge now"])
def test_a_whole_message_in_both_lists_is_danger_now_and_suicide(text: str) -> None:
    assert detect(text) == ("emergency", "suicide")


@pytest.mark.parametrize(
    "text",
    ["emergency shelter in hartford", "is there an emergency room nearby", "help me find a lawyer", "help with rent in hartford"],
)
def test_the_same_words_inside_a_request_are_not(text: str) -> None:
    assert detect(text) == ()


def test_a_minor_makes_any_risk_a_childs_risk() -> None:
    assert detect("im 14 and my boyfriend hits me") == ("child", "dv")
    assert detect("im 14 and i want to kill myself") == ("suicide", "child")
    assert detect("im 14 and i need a shelter") == ()
    assert detect("my bf hits me when hes drunk. im in 9th") == ("child", "dv")  # the grade without the word


def test_a_child_beside_danger_now_is_at_risk() -> None:
    assert detect("he has a knife and the kids are in the next room") == ("emergency", "child")
    assert detect("the kids are in the next room") == ()


@pytest.mark.parametrize("age", ["15", "15.", "15f", "(16)", "14 y/o", "14 btw"])
def test_an_age_alone_at_the_end_is_the_writers(age: str) -> None:
    assert detect(f"he hits me every night idk anymore. {age}") == ("child", "dv")


def test_a_number_alone_is_not_an_age_in_the_middle_or_before_years() -> None:
    assert detect("he hits me every night. 15. i need a shelter") == ("dv",)
    assert detect("my husband hit me last night. 15 years") == ("dv",)


def test_a_child_is_only_at_risk_near_the_harm() -> None:
    assert detect("my son plays soccer") == ()
    assert detect("my son was hit by a car") == ()
    assert detect("my son is being hit by his coach") == ("child",)


def test_evidence_explains_the_finding() -> None:
    finding = scan("they took my passport")
    assert finding.kinds == ("trafficking",)
    assert any(e.kind == "trafficking" and "passport" in e.text for e in finding.evidence)
    cancelled = scan("my boss never took my passport")
    assert cancelled.kinds == () and cancelled.cancelled


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Im scared", "i am scared"),
        ("u dont get it", "you do not get it"),
        ("he'll kill me", "he will kill me"),
        ("hell kill me", "he will kill me"),
        ("kms rn", "kill myself right now"),
        ("my bf took my ID", "my boyfriend took my id"),
        ("Violación", "violacion"),
        ("plzzz help", "please help"),
        ("i need 2 go", "i need to go"),
        ("i have 2 kids", "i have 2 kids"),
        ("14yo", "14 years old"),
        ("15f here", "15 years old here"),
        ("im 15 yrs", "i am 15 years old"),
        ("10 yrs ago, 4 yrs clean", "10 years ago, 4 years clean"),
        ("2 yrs under him", "2 years under him"),
        ("my 5 yr plan", "my 5 year plan"),
        ("the twins are like 4", "the twins are like 4"),
        ("a place 4 tonight", "a place for tonight"),
        ("self-harm", "self harm"),
        ("can’t leave", "can not leave"),
        ("bc ur my friend", "because your my friend"),
        ('makes her "date" his friends', "makes her date his friends"),
        ("better w/o me", "better without me"),
        ("at my window w a bat tonite", "at my window with a bat tonight"),
        ("roommate OD'd, she ODed last year", "roommate overdosed, she overdosed last year"),
        ("bought a 🪢 and the 💊", "bought a rope and the pills"),
        ("s u i c i d e hotline", "suicide hotline"),
        ("i dont wanna b here, plan b", "i do not want to be here, plan b"),
        ("an obituary. it's for me. thanks", "an obituary it is for me. thanks"),
        ("a book? for me, not my kid", "a book? for me, not my kid"),
        ("holds a g u n to my head", "holds a gun to my head"),
        ("k.i.l.l myself", "kill myself"),
        ("i am a u.s. citizen", "i am a us. citizen"),
        ("r@ped last night", "raped last night"),
        ("i want to die... of embarrassment", "i want to die of embarrassment"),
        ("i want to disappear... into my bed", "i want to disappear into my bed"),
        ("me quiero morir... de verguenza", "me quiero morir de verguenza"),
        ("he hit me... i ran", "he hit me... i ran"),
    ],
)
def test_normalisation_table(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_repeated_letters_and_typos_still_match() -> None:
    assert detect("hellppp meeee nowww") == ("emergency",)
    assert detect("he tookk my passprot") == ("trafficking",)
    assert detect("im sucidal") == ("suicide",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h3lp h3s b34t1ng m3 r1ght n0w", ("emergency", "dv")),
        ("su1c1d3 is the only way out fr", ("suicide",)),
        ("tr@ff1ck3d", ("trafficking",)),
        ("I'M 15 AND H3 K33PS MY P@SSP0RT", ("child", "trafficking")),
    ],
)
def test_letters_written_as_digits_still_match(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


def test_digits_are_read_as_letters_only_into_words_a_pattern_uses() -> None:
    """Quantities, text-speak and Arabic in Latin letters (where "3" and "7" are letters) stay as written."""
    text = "my 14yo at 5am, mp3 b4 school, h1b visa, $50, 3ala tool el layl"
    assert risk_detector.engine().spell_out_leet(text) == text
    assert risk_detector.engine().spell_out_leet("1m 14 n he w4tch3s m3") == "im 14 n he watches me"


def test_a_sentence_spelled_out_is_split_into_the_words_patterns_use() -> None:
    """Letter by letter, a whole sentence is one run: joined, "iwanttodie" would match nothing."""
    split = risk_detector.engine().split_spelled_out
    assert split("I W A N T T O D I E") == "i want to die"
    assert split("please k i l l m y s e l f") == "please kill myself"
    assert split("s u i c i d e hotline, a g u n") == "s u i c i d e hotline, a gun"
    assert split("x q z j") == "x q z j"  # no words a pattern uses: left for normalise_text to join
    assert detect("i w a n t t o d i e") == ("suicide",)


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "\x00\x01\x02\x1b[31m\x7f",
        "\u202e\u200b\ufeff",
        "😀" * 5000,
        "a" * 20_000,
        "hartford " * 1_200,
        b"\xff\xfe binary \x00 bytes",
        12345,
        "'; DROP TABLE service; --",
        "/request_shelter{\"location\": \"x\"}",
    ],
    ids=lambda v: repr(v)[:20],
)
def test_never_raises_on_hostile_input(text: object) -> None:
    assert detect(text) == ()


def test_control_characters_do_not_hide_a_risk() -> None:
    assert detect("he took\x00 my pass\u00adport") == ("trafficking",)
    assert detect("i want to\u200b kill my\u200dself") == ("suicide",)


def test_risk_in_the_middle_of_a_huge_message_is_found() -> None:
    text = "lorem ipsum dolor sit amet. " * 10_000 + " they took my passport. " + "lorem ipsum. " * 10_000
    assert len(text) > 200_000
    assert detect(text) == ("trafficking",)


def test_internal_failure_falls_back_to_phrase_search(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("engine down")

    monkeypatch.setattr(risk_detector, "engine", broken)
    assert detect("i want to kill myself") == ("suicide",)
    assert detect("i need a shelter") == ()


def test_a_failed_build_is_not_retried_on_every_message(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = []

    def failing_build() -> None:
        builds.append(1)
        raise RuntimeError("bad pattern line")

    monkeypatch.setattr(risk_detector, "_engine", None)
    monkeypatch.setattr(risk_detector, "_engine_failed_at", None)
    monkeypatch.setattr(risk_detector, "Engine", failing_build)
    assert detect("i want to kill myself") == ("suicide",)
    assert detect("i want to kill myself tonight") == ("suicide",)
    assert len(builds) == 1
    monkeypatch.setattr(risk_detector, "ENGINE_RETRY_SECONDS", 0.0)
    assert detect("i want to kill myself") == ("suicide",)
    assert len(builds) == 2


def test_risk_in_the_middle_of_ten_thousand_characters_is_found() -> None:
    # Speed is measured in the benchmarks, not here.
    text = FILLER[:5000] + " he took my passport " + FILLER[:5000]
    assert detect(text) == ("trafficking",)


# ---------------------------------------------------------------- the pattern data


def test_kinds_are_in_priority_order() -> None:
    assert KINDS == ("emergency", "suicide", "child", "trafficking", "sa", "dv")
    assert set(patterns.RISK) == set(KINDS)


def test_a_noose_is_not_a_nose() -> None:
    """Repeated letters are squeezed ("hellppp" = "help"), but not in the words whose double letter is the word."""
    assert detect("he tied a noose in the garage") == ("suicide",)
    assert detect("got a bloody nose at practice, is ice ok?") == ()
    assert detect("he tied a nooose in the garage") == ("suicide",)


def test_soon_and_teen_are_not_son_and_ten() -> None:
    """Squeezed, "soon" was "son" and "ten" was "teen": a child named in every "he will be back soon"."""
    assert "child" not in detect("he beats me and says he will kill me soooon")
    assert "child" not in detect("he has beaten me for ten years")
    assert "child" in detect("my son is being beaten by his stepdad")
    assert "child" in detect("my teen is being beaten by his stepdad")


def test_a_harm_in_a_minors_message_is_theirs() -> None:
    """A writer who says they are a minor: a harm further on in the message is still the minor's."""
    text = (
        "i'm 17, my parents arranged my marriage, he's 29, i'm supposed to move in after graduation. "
        "he already texts me sexual stuff and says soon I'll be his"
    )
    assert {"child", "sa"} <= set(detect(text))
    assert detect("im 13 and want to start a gofundme for the animal shelter, do i need an adult") == ()


def test_every_pattern_compiles() -> None:
    """A broken line must fail here, not at the first message in production."""
    for rule in risk_detector.all_rules():
        if not risk_detector.is_plain(rule.line):
            assert risk_detector.compile_line(rule.line)


def test_no_pattern_is_listed_twice_for_the_same_role_and_kind() -> None:
    """A second copy of a line adds nothing but a place where the two can drift apart."""
    lines = Counter((rule.role, rule.kind, rule.line, rule.also) for rule in risk_detector.all_rules())
    assert [line for line, count in lines.items() if count > 1] == []


# Pattern words with digits that are also leet spellings of pattern words: numbers as written
# ("50s" is not "sos") and Arabic in Latin letters ("5ad": took) worth more than a leet reading.
DIGIT_WORDS_READ_AS_WRITTEN = {"1am", "3k", "4am", "50s", "70s", "80s", "5ad", "5ales", "a5er", "d3ad", "ma3", "ra7"}


def test_no_pattern_word_with_digits_hides_a_leet_reading() -> None:
    """A message token that is a pattern word stays as written, so "m3" (Arabic in Latin letters: with)
    as a pattern word stopped "k1ll m3" reading "kill me"."""
    engine = risk_detector.engine()
    hiding = set()
    for word in engine.vocabulary:
        if any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word):
            for table in (risk_detector._LEET_AS_I, risk_detector._LEET_AS_L):
                reading = word.translate(table)
                if reading.isalpha() and engine.repair(risk_detector.squeeze(reading)) in engine.vocabulary:
                    hiding.add(word)
    assert hiding <= DIGIT_WORDS_READ_AS_WRITTEN, sorted(hiding - DIGIT_WORDS_READ_AS_WRITTEN)


def test_word_groups_hold_single_words() -> None:
    for name, words in patterns.WORDS.items():
        for word in words.split():
            assert len(normalise_text(word).split()) == 1, (name, word)


BAD_PATTERNS = [
    ("he won't/wont let me leave", "write those words out"),
    ("{NOPE} me", "no word group"),
    # Choices meant as several words; each would match less than it says.
    ("he will not/does not let me leave", "a choice is a single word"),
    ("yelling he is/she is coming in", "a choice is a single word"),
    ("nobody/no one would miss me", "a choice is a single word"),
    ("tonight he kills/will kill me", "a choice is a single word"),
    ("le debo la visa/el viaje", "a choice is a single word"),
    ("they closed it/the door from outside", "a choice is a single word"),
    ("mom can barely/can not breathe", "a choice is a single word"),
    ("tonight is when it ends/i go/i do it", "a choice is a single word"),
    ("threatened to take the kids to disney/the beach/the zoo", "a choice is a single word"),
    ("me escape y me buscan/estan buscando", "a choice is a single word"),
    ("what if i am/we are short", "a choice is a single word"),
    ("its/it is over for me", "a choice is a single word"),
    # A word written twice in one choice, usually in place of another.
    ("ela fica/ficou/fica presa", "holds fica twice"),
]


@pytest.mark.parametrize(("line", "error"), BAD_PATTERNS)
def test_a_bad_pattern_gets_a_readable_error(line: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        risk_detector.compile_line(line)


def test_no_group_word_is_a_typo_target_look_alike() -> None:
    """A typo target one letter from a common word would turn that word into a risk word."""
    engine = risk_detector.engine()
    for word in ("cooking", "started", "stranded", "amusing", "overdone", "bearing", "paper", "polite"):
        assert engine.repair(risk_detector.squeeze(word)) == risk_detector.squeeze(word) or word == "polite"


def test_someone_unreachable_after_a_suicide_sign_is_danger_now_and_nothing_alone() -> None:
    """Told in the next sentence, as it usually is: rules never cross a full stop, so the pair is message-wide."""
    assert detect("he said he's just gonna end it. he's 16, he's not answering his phone")[:2] == ("emergency", "suicide")
    assert detect("my friend posted a goodbye on her story. her phone goes straight to voicemail")[:2] == ("emergency", "suicide")
    assert detect("my son's not answering, he's at practice") == ()


def test_sex_under_someone_elses_control_is_trafficking_and_sexual_assault() -> None:
    """Both lines apply; the trafficking hotline leads."""
    assert detect("they make me see men") == ("trafficking", "sa")
    assert detect("i owe $15k and i have to go with men upstairs to pay it") == ("trafficking", "sa")
    assert detect("me obligan a estar con hombres") == ("trafficking", "sa")


def test_a_threat_to_come_in_is_danger_now() -> None:
    text = "He's in the driveway revving his truck and yelling that he's coming in, I locked the door."
    assert detect(text)[:1] == ("emergency",)


@pytest.mark.parametrize(
    "text",
    [
        "Writing a thriller where the villain holds the heroine's passport. Would a real trafficker do that?",
        "In my D&D campaign the party has to rescue kidnapped villagers from a bandit camp.",
        "Saw a show where the guy takes her passport. is that what trafficking usually looks like?",
        "we watched a movie where the hero gets kidnapped",
        "Vi una serie en Netflix sobre trata de personas y me quedé pensando.",
    ],
    ids=lambda text: text[:40],
)
def test_a_story_is_not_a_life(text: str) -> None:
    assert detect(text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he took my passport, like in the movie", "trafficking"),
        ("like in the movie, he locks me in the basement", "emergency"),
        ("he took her to a movie and then raped her in the car", "sa"),
        ("my pimp makes me book the hotel rooms, he is a trafficker", "trafficking"),
    ],
    ids=lambda value: value[:40],
)
def test_a_story_word_beside_the_writers_own_life_still_counts(text: str, kind: str) -> None:
    assert detect(text)[:1] == (kind,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've called three times today and keep getting disconnected. Can someone email me?", ()),
        ("he called me 40 times today", ("dv",)),
        ("Our cat keeps hiding under the bed since the move", ()),
        ("im hiding under the bed", ("emergency",)),
        ("La página me sigue diciendo error cuando subo el documento", ()),
        ("me sigue a todas partes", ("dv",)),
        ("Hola, soy Socorro Méndez, hablé ayer con alguien sobre la renta", ()),
        ("socorro", ("emergency",)),
        ("The pantry has a quota per family per month?", ()),
        ("mi hija me dijo que él la tocó y él todavía está aquí", ("emergency",)),
    ],
    ids=lambda value: value[:40] if isinstance(value, str) else "",
)
def test_everyday_uses_of_risk_words(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text)[: len(expected) or None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my mom will kill me if I'm late for curfew again lmao", ()),
        ("Mi suegra me va a matar si no llevo el flan a la fiesta 😂", ()),
        ("Minha mãe vai me matar, esqueci de buscar meu irmão na escola kkkk", ()),
        ("my dad will kill me if he finds out im gay", ("emergency",)),
        ("My wife would kill me if she knew I was asking for directions lol", ("emergency", "dv")),
        ("my mom is going to kill me lol, she's got a knife and she's coming", ("emergency",)),
    ],
    ids=lambda value: value[:40] if isinstance(value, str) else "",
)
def test_a_mothers_threat_told_laughing_is_a_joke_a_partners_is_not(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text)[: len(expected) or None] == expected


@pytest.mark.parametrize(
    "text",
    ["i wanna kms tonight", "thinkin bout ending it tonite fr", "wrote letters to my brothers. tonight is the night i think"],
    ids=lambda text: text[:40],
)
def test_suicide_planned_for_tonight_is_danger_now_too(text: str) -> None:
    assert detect(text) == ("emergency", "suicide")


def test_suicide_not_planned_for_tonight_is_not_danger_now() -> None:
    text = "i keep thinking about jumping off the bridge. i'm not gonna do it tonight but the thought won't go away"
    assert detect(text) == ("suicide",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can you overdose on benadryl? i have 3 boxes", ("suicide",)),
        ("how much clonidine is lethal. the script is for my son's adhd but i picked up a 90 day supply", ("suicide",)),
        ("is 15 of my moms sleeping pills enough?? im 14 and she keeps them in her purse", ("suicide", "child")),
        # Either half alone is an everyday question or statement.
        ("can a person die from raw cookie dough? asking for my baking class", ()),
        ("i have 3 boxes of allergy pills, which one is non drowsy", ()),
        ("what caliber is best for deer? i own a remington", ()),
        ("is the quarry deep enough? i have been saving up for a wetsuit", ()),
        ("does a tattoo hurt? i bought 2 boxes of numbing cream", ()),
    ],
)
def test_a_means_asked_about_and_a_means_at_hand_are_suicide_together(text: str, expected: tuple[str, ...]) -> None:
    assert detect(text) == expected


def test_the_pattern_index_hides_no_match() -> None:
    """The index only skips Matchers that cannot match, and each runs only around its anchor words;
    running every one over the whole message must find nothing more, in short messages and long ones."""
    from bot.risk.evaluate import load_cases

    engine = risk_detector.engine()
    texts = [case.text for case in load_cases("dev")]
    long_ones = [" ".join(texts[start : start + 20]) for start in range(0, len(texts), 100)]
    for text in [*texts[::20], *long_ones]:
        doc = engine.doc(normalise_text(text))
        every = list(engine.phrases(doc))
        for pattern in engine.token_patterns:
            every.extend(pattern.matcher(doc))
        assert sorted(engine.matches(doc)) == sorted(every), text

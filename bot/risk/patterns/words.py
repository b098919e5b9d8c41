"""The kinds, the word groups patterns use as {NAME}, and how messages are cleaned before matching."""
from __future__ import annotations

# Priority order: the first kind found decides the reply.
KINDS: tuple[str, ...] = ("emergency", "suicide", "child", "trafficking", "sa", "dv")

# Word groups, used in patterns as {NAME}. One word per entry (no spaces).
WORDS: dict[str, str] = {
    # People who may harm someone.
    "PERSON": """he she they someone somebody man guy men guys husband boyfriend wife girlfriend
        partner ex spouse fiance fiancee dad father stepdad stepfather mom mother stepmom
        stepmother uncle brother cousin boss employer manager owner pimp trafficker traffickers
        neighbor neighbour stranger people him them daddy landlord recruiter smuggler coyote
        roommate roomate coworker friend driver teacher coach client customer dude professor
        doctor pastor priest babysitter tutor supervisor""",
    "PARTNER": """husband boyfriend wife girlfriend partner ex spouse fiance fiancee hubby
        exhusband exboyfriend exwife exgirlfriend babydaddy babymama esposo esposa novio novia
        pareja marido mari mennaj asawa kinakasama laogong laopo""",
    "PARENT": """dad father stepdad stepfather mom mother stepmom stepmother daddy mommy uncle
        grandpa grandfather grandma aunt coach teacher parent parents foster guardian
        padrastro papa padre tio abuelo""",
    "PARENTS_PARTNER": "mom moms mother mothers dad dads father fathers mama mamas",
    # Adults a child lives with: a child hurt by one of them is family violence too.
    "HOUSEHOLD": """dad father stepdad stepfather mom mother stepmom stepmother daddy mommy uncle aunt
        grandpa grandfather grandma grandmother parent parents guardian padrastro madrastra papa padre
        madre mama tio tia abuelo abuela""",
    "THEY": "they boss employer manager owner owners recruiter smuggler coyote lady jefe patron",
    "HE": "he she they someone somebody",
    "ME": "me her him us them",
    "MY": "my her his their our",
    # Hitting and other violence.
    "HIT": """hit hits hitting beat beats beating beaten punch punches punched punching slap slaps
        slapped slapping choke chokes choked choking strangle strangles strangled strangling abuse
        abuses abused abusing smack smacks smacked attack attacks attacked attacking bruised stab stabbed
        stabs""",
    "HURT": """hurt hurts hurting push pushes pushed pushing shove shoves shoved kick kicks kicked
        kicking grab grabs grabbed threaten threatens threatened threatening burn burned burns
        drag dragged bite bit bites throw throws threw""",
    "HITTING": """hitting beating punching slapping choking strangling hurting attacking stabbing
        kicking shooting dragging raping killing""",
    "KILL_INTENT": """going will would wants want trying tried threatened threatens threatening
        threaten about promised swore said says might could plans planning""",
    "THREAT_INTENT": "going will would threatened threatens threatening threaten might could said says swore",
    "DEVICE": "phone battery car laptop computer tablet charger",
    "WEAPON": """gun guns knife knives weapon pistol rifle machete firearm blade shotgun bat hammer
        crowbar axe screwdriver pipe bottle brick shotty glock blicky""",
    "HAVE_WEAPON": """has have had got holding holds pulled pointed pointing waving grabbed brought
        carrying carries took with""",
    # Papers taken.
    "TAKE": """took taken takes taking take keeps kept keeping keep hold holds holding held stole
        stolen steals confiscated confiscate confiscates hid hides hidden hiding destroyed
        burned ripped locked has have withholding withholds withheld""",
    "DOCUMENT": """passport passports papers paperwork id ids identification documents document
        docs visa visas permit permits license licence licenses licences certificate cedula pasaporte documentos papeles
        identificacion credencial mica""",
    "TRIP": """trip travel journey ride transport transportation smuggling smuggler smugglers
        coyote ticket tickets flight crossing border bringing visa cruce plane""",
    "WORKPLACE": """boss employer manager owner owners supervisor farm restaurant factory
        salon bar club hotel agency recruiter smuggler coyote pimp trafficker jefe patron nanny
        maid housekeeper worker workers employers dueno duena patrao patroa fabrica cantina fazenda
        obra chefe finca granja taller panaderia vivero lecheria contratista subcontratista encargado
        mayordomo foreman""",
    "FORCE": "force forces forced forcing make makes made making",
    "LABOUR": "work clean cook sell deliver steal beg carry dance strip labor labour",
    "MONEY": "money pay paycheck paychecks wages earnings tips salary cash",
    "SEX_BUYERS": "men guys clients customers johns dates tricks strangers drivers truckers",
    "IMMIGRATION": "immigration ice deported deport deportation migra inmigracion",
    "FAMILY": "family mother mom father dad kids children son daughter parents familia",
    "SELL": "sell sells selling sold rent rents renting rented",
    "DOCUMENTS_ES": "pasaporte pasaportes passaporte documento documentos papeles identificacion identificaciones mica cedula visa visas",
    # Who keeps Spanish-speaking workers: "el contratista tiene los pasaportes", "el que manda se queda con todo".
    "BOSS_ES": """jefe jefa patron patrona contratista capataz dueno duena encargado encargada mayordomo senor senora
        hombre tipo coyote manager supervisor supervisora agencia capitan manda trajo trajeron""",
    # What a worker is threatened with: "si nos quejamos llaman a la migra".
    "MIGRA_ES": "migra inmigracion migracion ice deporta deportan deportar deportaran deportara reporta reportan regreso policia",
    # Saying one will complain, quit or go: "si me quejo", "si nos vamos", "si renuncia".
    "QUIT_ES": "quejo quejamos queja quejan quejas voy vamos va van salgo salimos sale renuncio renunciamos renuncia hablo hablamos habla",
    # Children.
    "AGE": """8 9 10 11 12 13 14 15 16 17 eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen ocho nueve diez once doce trece catorce quince dieciseis diecisiete""",
    "CHILD": """kid kids child children daughter son daughters sons niece nephew granddaughter
        grandson stepdaughter stepson baby toddler infant minor minors student students
        teenager teen""",
    "SIBLING": "sister brother cousin sis bro",
    "YOUNG": "little younger baby step half small young",
    "CHILD_AGE": """1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 one two three four five six seven eight
        nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen""",
    # Years long enough ago that "trafficked from 2012 to 2014" is a harm told as past (PAST_HARM).
    "PAST_YEAR": " ".join(str(year) for year in range(1980, 2023)),
    "MANY": """5 6 7 8 9 10 12 15 20 25 30 40 50 60 100 five six seven eight nine ten twelve fifteen
        twenty thirty forty fifty hundred""",
    "GRADE": "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "ADULT_AGE": """19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45
        46 47 48 49 50 55 60""",
    "PICTURES": "pics pictures photos videos nudes naked fotos",
    "PILLS": """pills meds medication medications medicine medicines tablets pastillas tylenol advil
        ibuprofen aspirin xanax oxy percocet benadryl acetaminophen paracetamol lithium seroquel
        ambien trazodone gabapentin oxycodone klonopin insulin percocets zoloft sertraline prozac
        fluoxetine lexapro wellbutrin adderall morphine hydrocodone vicodin clonazepam oxycontin methadone
        antidepressants""",
    # The writer: a story sentence with one of these is about the writer's own life.
    "FIRST_PERSON": "i me my mine myself we us our ours yo mi mis nos nuestro nuestra",
    "STILL": "still again todavia aun ainda sigue siguen",
    # After "I'm doing well now" they say the past has come back: "...but lately I think about it again".
    "CAME_BACK": "lately recently relapsed relapse relapsing tonight ultimamente recientemente",
    # After a safety statement they mean it is not the whole story: "nobody's hurting me exactly, but...".
    "CONTRAST": "but pero mas however though although except exactly technically physically yet aunque sino",
    "CHILD_ES": "hija hijo hijas hijos hermanita hermanito nina nino ninas ninos menor menores sobrina sobrino",
    # Words that make "X is killing me" an everyday complaint.
    # Who "is going to kill me for borrowing her sweater" in jest; "he" is left out on purpose.
    "JOKING_KILLER": """mom mother mama mommy dad father papa sister sis brother roommate roomate teacher coach
        grandma grandmother abuela abuelita nana aunt tia friend bestie boss suegra hermana jefa mami mae
        manman""",
    # Laughter: a threat from a mother or a sister told with one of these is a joke.
    "LAUGH": "lol lmao lmfao rofl jk xd ja jaja jajaja jajajaja haha hahaha hahahaha jeje mdr ptdr k 😂 🤣 😭 😅 🙄 💀",
    "IDIOM_SUBJECT": """traffic deadline deadlines heat cold commute work job homework class classes
        exam exams test tests weather back feet head headache stomach knees legs shoes this that
        it allergies schedule bills rent prices waiting wait suspense line music song joke jokes
        you hangover cramps period diet workout gym school semester finals math chemistry landlord
        snoring cholesterol cat cats dog puppy kitten lawyer""",
    "NEGATION": "never not no nobody",
    "SERVICE": """shelter shelters services service program programs advocate advocates advocacy
        center centers centre counseling counselling counselor counsellor group groups agency
        organization organizations awareness prevention training resources lawyer attorney clinic
        coalition volunteer volunteers support hotline hotlines number numbers line lines kit kits
        exam exams nurse nurses""",
}

# Words whose double letter is what tells them apart: squeezed like other
# words ("hellppp" = "help"), "noose" would read as "nose" and a nosebleed as a
# sign of suicide, "soon" and "teen" as "son" and "ten" (a child named in "he
# will kill me soon", "beaten for ten years"), "odd" as "od" (an overdose).
# Drawn out ("sooon", "nooose") they are still these words.
UNSQUEEZED: frozenset[str] = frozenset({"noose", "nooses", "soon", "teen", "teens", "odd"})

# Typo-prone key words: a word one letter away ("pasport", "sucide",
# "boyfreind"; two letters for words of ten or more) is read as the key word.
# Only words of six letters or more, and only ones with no common look-alike
# ("choking" is not here: "cooking" is one letter away).
TYPO_TOLERANT: list[str] = """passport passports documents document immigration deported deportation
    trafficked trafficking trafficker suicide suicidal boyfriend girlfriend husband
    molested molesting assaulted assault sexually kidnapped hostage threatened
    threatens myself abusive touches touching allowed anymore prostitution paperwork
    identification strangle""".split()

# Emojis that stand for a word ("bought a 🪢 today", "the 💊 saved up"), read as that word.
EMOJI_WORDS: dict[str, str] = {"🪢": "rope", "💊": "pills", "🔪": "knife", "🔫": "gun", "🚗": "car", "🩸": "blood", "🔒": "locked", "🚪": "door", "🍷": "wine", "🌉": "bridge", "🪑": "chair", "🪦": "headstone"}

# Text-speak written out before matching (keys are whole words).
SMS_WORDS: dict[str, str] = {
    "u": "you", "yu": "you", "wnat": "want", "ur": "your", "youre": "you are", "r": "are", "n": "and", "nd": "and",
    "im": "i am", "ima": "i am going to", "imma": "i am going to", "ive": "i have",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not",
    "couldnt": "could not", "wont": "will not", "wouldnt": "would not", "shouldnt": "should not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not", "aint": "is not",
    "hes": "he is", "shes": "she is", "theyre": "they are", "thats": "that is", "whats": "what is",
    "theres": "there is", "theyll": "they will", "youll": "you will", "itll": "it will",
    "bc": "because", "cuz": "because", "coz": "because", "bcuz": "because", "becuz": "because",
    "bcz": "because", "pls": "please", "plz": "please", "plis": "please", "rn": "right now", "alot": "a lot",
    "kms": "kill myself", "thers": "there is", "knfe": "knife", "kinfe": "knife", "kys": "kill yourself", "bf": "boyfriend", "gf": "girlfriend",
    "hubby": "husband", "ppl": "people", "sry": "sorry", "luv": "love", "evrything": "everything", "cutitng": "cutting", "husbnd": "husband", "hittong": "hitting", "gonna": "going to", "gunna": "going to",
    "gon": "going to", "finna": "going to", "wanna": "want to", "wana": "want to",
    "gotta": "got to", "tryna": "trying to", "lemme": "let me", "gimme": "give me",
    "idk": "i do not know", "dunno": "do not know", "lil": "little", "sis": "sister",
    "bro": "brother", "yrs": "years", "yr": "year", "abt": "about", "bout": "about",
    "wat": "what", "wut": "what", "tho": "though", "thru": "through", "dem": "them", "dey": "they",
    "em": "them", "thx": "thanks", "ty": "thank you", "b4": "before", "some1": "someone",
    "sum1": "someone", "any1": "anyone", "every1": "everyone", "nvr": "never", "neva": "never",
    "rly": "really", "prolly": "probably", "yall": "you all", "mum": "mom", "mommy": "mom",
    "exbf": "exboyfriend", "exgf": "exgirlfriend", "ded": "dead",
    "q": "que", "xq": "porque", "pq": "porque", "porfa": "por favor", "xfa": "por favor",
    "pa": "para", "toy": "estoy", "stepdaddy": "stepdad",
    "w": "with", "tonite": "tonight", "2nite": "tonight", "nite": "night", "nife": "knife",
}

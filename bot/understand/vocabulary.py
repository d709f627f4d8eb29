"""The words that carry meaning in French, English and Spanish questions, folded (no accents).

Kept as data so that a newcomer can add a word without reading the parser.
"""

from __future__ import annotations

from bot.programme.kinds import KIND_NAMES, SessionKind


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for line in text.splitlines() for p in line.split("|") if p.strip())


# Words that tell which language a message is in, with a weight: strong markers count more.
# fmt: off
LANGUAGE_MARKERS: dict[str, dict[str, float]] = {
    "fr": {
        "maire": 1.5, "adjointe": 1, "intervenants": 2, "intervenant": 2, "va": 1, "on": 0.5,
        "quoi": 2, "qui": 1.5, "ou": 1, "quand": 2, "quel": 2, "quelle": 2, "quelles": 2, "quels":
        2, "prochain": 2, "prochaine": 2, "prochaines": 2, "seance": 2, "seances": 2, "salle": 1.5,
        "maintenant": 2, "moment": 1, "demain": 2, "aujourd": 2, "hui": 1, "jeudi": 2, "vendredi":
        2, "lundi": 2, "mardi": 2, "mercredi": 2, "samedi": 2, "dimanche": 2, "intervient": 2,
        "interviennent": 2, "passe": 1, "parle": 1.5, "atelier": 2, "ateliers": 2, "sur": 1, "le":
        0.7, "les": 1, "des": 1, "du": 1.5, "est": 1, "il": 1, "y": 0.5, "comment": 2, "aller": 2,
        "bonjour": 3, "salut": 3, "aide": 3, "apres": 1.5, "midi": 1.5, "matin": 2, "soir": 2,
        "visite": 1.5, "langues": 2, "traduction": 1.5, "interpretation": 0.5, "je": 1.5, "suis":
        1.5, "ce": 1, "c": 0.5, "l": 0.8, "d": 0.5, "qu": 1, "au": 1, "aux": 1.5, "heure": 1.5,
        "pause": 0.5, "dejeuner": 2, "vers": 1, "se": 0.5, "trouve": 2, "merci": 2, "peux": 2,
        "faire": 1.5, "tu": 1, "vous": 1.5, "acces": 1, "s": 0.3, "ya": 0.5, "actuellement": 2,
        "suivante": 2, "suivant": 2, "ensuite": 2, "cet": 1, "cette": 1, "avec": 1.5, "mon": 1,
        "mes": 1, "qu'est": 1, "programme": 0.5, "conference": 0.3, "bienvenue": 1, "cloture": 1.5,
        "soiree": 2, "quelqu'un": 2, "quelqu": 1.5, "toilettes": 1,
        "organise": 1, "organisent": 1.5, "organisateurs": 2, "inscrire": 2, "inscription": 1,
        "lieu": 1.5, "travail": 1.5, "ronde": 2, "forts": 2, "partenaires": 2, "adresse": 1.5,
    },
    "en": {
        "organised": 1.5, "organized": 1.5, "speech": 1.5, "away": 1.5, "current": 1.5, "speakers": 1,
        "what": 2, "whats": 2, "next": 1.5, "in": 1, "now": 1.5, "right": 1, "where": 2, "when": 2,
        "who": 2, "does": 2, "do": 1.5, "speak": 2, "speaks": 2, "speaking": 2, "is": 1, "on": 1,
        "at": 1, "the": 1.5, "tomorrow": 2, "today": 2, "thursday": 2, "friday": 2, "monday": 2,
        "tuesday": 2, "wednesday": 2, "saturday": 2, "sunday": 2, "anything": 2, "happening": 2,
        "coming": 2, "up": 1, "how": 2, "get": 1.5, "to": 1, "languages": 2, "help": 3, "hi": 2,
        "hello": 3, "hey": 2, "about": 1.5, "sessions": 0.5, "workshop": 1.5, "workshops": 1.5,
        "break": 1.5, "coffee": 2, "morning": 2, "afternoon": 2, "evening": 2, "pm": 1, "am": 0.5,
        "of": 1, "there": 1.5, "any": 1.5, "translation": 1.5, "room": 1.5, "can": 1.5, "you": 1.5,
        "i": 1, "me": 1, "my": 1, "which": 2, "talk": 1.5, "talks": 1.5, "going": 1.5, "upcoming":
        2, "currently": 2, "after": 1, "later": 1.5, "lunch": 1.5, "thanks": 2, "with": 1, "for": 1,
        "and": 1, "s": 0.3, "are": 1.5, "will": 1.5, "be": 1, "it": 1, "interpretation": 0.5,
        "into": 1, "find": 1, "present": 0.5, "presenting": 1.5, "moderating": 2, "moderate": 1,
        "tonight": 2, "o'clock": 1, "clock": 1, "this": 1, "visits": 1.5, "visit": 1, "anyone": 1.5,
        "someone": 1.5, "please": 2, "rn": 1, "atm": 1,
        "register": 2, "registration": 1.5, "venue": 2, "website": 2, "organises": 1.5,
        "organizes": 1.5, "organisers": 1.5, "organizers": 1.5, "background": 1.5, "paper": 1.5,
        "round": 1, "highlights": 2, "working": 1.5, "partners": 1.5, "address": 1,
    },
    "es": {
        "ejecutivo": 1, "director": 0.5,
        "buenas": 2, "buenos": 2, "sigue": 2, "q": 0.5, "ponentes": 2, "puedo": 2, "llega": 2,
        "que": 1.5, "hay": 2, "ahora": 2, "mismo": 1.5, "manana": 2, "hoy": 2, "jueves": 2,
        "viernes": 2, "lunes": 2, "martes": 2, "miercoles": 2, "sabado": 2, "domingo": 2, "donde":
        2, "cuando": 2, "quien": 2, "habla": 2, "hablan": 2, "sala": 1.5, "proxima": 2, "proximo":
        2, "proximas": 2, "viene": 2, "pasa": 1.5, "sesiones": 1.5, "sesion": 2, "sobre": 1.5, "el":
        1, "la": 0.7, "los": 1.5, "las": 1.5, "en": 0.8, "de": 0.5, "traduccion": 2, "idiomas": 2,
        "idioma": 2, "como": 1.5, "llego": 2, "llegar": 2, "hola": 3, "ayuda": 3, "puedes": 2,
        "hacer": 1.5, "taller": 2, "talleres": 2, "pausa": 1.5, "cafe": 0.5, "tarde": 1.5, "noche":
        2, "del": 1, "un": 0.5, "una": 1.5, "y": 0.5, "hora": 1.5, "despues": 2, "siguiente": 2,
        "interviene": 2, "gracias": 2, "almuerzo": 2, "comida": 1.5, "este": 1, "esta": 1,
        "momento": 1, "al": 1, "para": 1.5, "por": 1.5, "con": 1.5, "mis": 1, "mi": 1, "cual": 2,
        "cuales": 2, "habra": 2, "modera": 2, "ponente": 2, "ingles": 2, "frances": 1, "espanol":
        1.5, "actualmente": 1.5, "visita": 1.5, "se": 0.5, "encuentra": 2, "dia": 1.5, "ver": 1,
        "ahorita": 2, "favor": 1.5, "alguien": 2, "algo": 2,
        "inscribirme": 2, "inscribirse": 2, "inscripcion": 2, "registrarme": 2, "organiza": 2,
        "organizadores": 2, "trabajo": 1.5, "sede": 1.5, "conferencia": 2, "documentos": 2,
        "documento": 2, "mesa": 1.5, "redonda": 2, "destacados": 2, "sitio": 1.5, "pagina": 1,
        "socios": 1.5, "llegada": 1.5, "ciudades": 1,
    },
}
# fmt: on

# Words that carry no meaning for matching names, rooms or topics.
STOPWORDS = frozenset(
    """
    a about al an and any anything are at au aux avec be been by c can ce ces cet cette como con
    could cual cuando cuál cuándo cómo d de del des did do does donde du dónde el elle en es est
    esta estan está et etait ete for from fue get go going got hay he her here his how i il ils
    in is it its je l la las le les leur lo los lui ma may me mes mi might mis mon must my ne
    nos nous o of on or ou our par para pas por pour qu que qui quien quién quoi qué s sa se ses
    shall she should sobre some son sont su sur sus t ta te tes that the their them there these
    they this those to toi ton tu tus un una unas une unos vos votre vous was we were what whats
    when where which who whom whose why will with would y ya yo you your à
    cest koi kwa kel kelle ki ds pr qd kan stp tt jsp ke xq pq tb dnd cdo u r ur wat wut whr
    dans entre chez sans sous vers pendant depuis during into onto desde hasta durante sin hacia tras
    peut peux pouvez puis pourrait can could puede puedo puedes podria faut hace
    """.split()
)

# Greetings and calls for help: a message of only these (and politeness) asks what the bot can do.
HELP_WORDS = frozenset(
    """
    aide ayuda bonjour bonsoir buenas buenos comandos commandes commands coucou dias hallo hello
    help hey hi hola info menu salut start tardes yo
    """.split()
)

# Greetings of more than one word: alone (with politeness) they ask what the bot can do; in front of
# a question ("Good morning, when does Ada Lovelace speak?") they are only polite.
GREETING_PHRASES = _phrases(
    """
    good morning | good afternoon | good evening | good day | buenos dias | buenas tardes
    buenas noches | bon apres midi | bonne journee | hi there | hello there
    """
)

# Politeness that does not change what is asked.
POLITENESS = frozenset(
    """
    favor gracias merci plait please pls plz por s'il svp thanks vous
    need necesito besoin bot this ce este with con avec a an un una the el la le i j'ai ai tengo
    """.split()
)

# Intent markers, as folded phrases matched on word boundaries.
HELP_PHRASES = _phrases(
    """
    what can you do | what do you do | how does this work | how do you work | que peux tu faire
    que sais tu faire | que pouvez vous faire | comment ca marche | tu sers a quoi
    que puedes hacer | que sabes hacer | como funciona | para que sirves | who are you | qui es tu
    quien eres
    what can i ask | what can i do | how do i use | how to use | how does it work | what is this bot
    que puedo preguntar | puedo preguntarte | que te puedo preguntar | como se usa | como uso
    que hace este bot | tu peux faire quoi | peux faire quoi | vous pouvez faire quoi
    comment utiliser | comment ca fonctionne | je peux demander quoi | que puis je demander
    qu'est ce que je peux demander | comment je tutilise | comment tutiliser
    comment je t'utilise | comment t'utiliser | comment on t'utilise | show me the options | options
    what are my options | como te uso | como te utilizo | como funcionas | que opciones
    what can you tell me | what sort of | what kinds of questions | what kinds of things
    fonctionnalites | tes fonctions | features | funciones | funcionalidades | how does this bot work
    how does the bot work | how do you work
    ce que vous pouvez faire | ce que tu peux faire | ce que vous savez faire | lo que puedes hacer
    explain what you | expliquer ce que | explicar lo que | que tipo de preguntas
    what kind of things | que peux tu me dire | je peux te demander | je peux vous demander
    peux te demander | me ayudas | como usar | no se como | ayudame | que me puedes decir
    how can you help
    what kind of questions | what are you for | je t'utilise | t'utiliser | aidez moi | aide moi
    sais pas quoi demander | no entiendo como | como preguntarte | how do i ask
    """
)
# Asking what is on now.
NOW_PHRASES = _phrases(
    """
    right now | now | currently | at the moment | happening | going on | en ce moment | maintenant
    actuellement | a l'instant | ahora mismo | ahora | en este momento | actualmente | en curso
    en cours | ongoing | this moment | atm | rn | ahorita | at present | presently
    en ce moment meme | right this minute
    tout de suite | current | en este instante | ongoing session | this very moment
    tt de suite | preciso momento | mismo momento | right this second | en ce moment meme
    in progress | at the mo | esta pasando | estan pasando | se esta haciendo | qui passe la
    mtn | maintnant | maintenat | qui se passe | ce qui se passe | se passe quoi | que se passe t il
    qui tourne | ca tourne | tourne la
    """
)
# Asking what comes next.
NEXT_PHRASES = _phrases(
    """
    next | coming up | upcoming | up next | after this | later | afterwards | la suite | et apres
    prochain | prochaine | prochaines | prochains | suivant | suivante | ensuite | a venir | apres
    proxima | proximo | proximas | proximos | siguiente | siguientes | viene | vienen | despues
    luego | a continuacion | il reste | reste t il | what's left | whats left | anything left
    que queda | queda algo
    after | apres le | apres la | despues de
    """
)
# Asking for the end: the last session of a day or of the conference.
LAST_PHRASES = _phrases(
    """
    last session | last sessions | last talk | last event | final session | last one | the end
    last | final | final talk | last slot | final slot | derniere presentation | dernier expose
    closing talk | closing session | closing keynote
    ultima charla | ultima ponencia | ultimo turno
    wrap up | wraps up | wrapping up | finish | finishes | end | ends
    derniere seance | derniere session | dernier evenement | dernier | derniere | la fin | fini
    finit | se termine | termine | se finit | s'acaba | fin de la conference | se clot
    ultima sesion | ultimo evento | ultima | ultimo | termina | se termina | acaba | se acaba
    finaliza | fin del congreso | fin de la conferencia | cierra
    """
)
# Asking about a room: where it is, how to get there, its languages.
ROOM_INFO_PHRASES = _phrases(
    """
    how do i get | how to get | how can i get | how to go | how do i go | how to find
    how do i find | where is | where's | wheres | directions | way to | get to | comment aller
    comment se rendre | comment trouver | comment acceder | ou est | ou se trouve | ou trouver
    acces | itineraire | pour aller | como llego | como llegar | como voy | como ir | donde esta
    donde queda | donde se encuentra | llegar a | ir a | languages | language | langue | langues
    idioma | idiomas | translation | translated | interpretation | interpreting | interpreted
    traduction | traduit | traduccion | traducido | interpretacion | english | french | spanish
    turkish | anglais | francais | espagnol | turc | ingles | frances | espanol | turco | how far
    far | loin | lejos | info | infos | information | informations | informacion | details sur | map
    plan | mapa | located | location | situe | situee | ubicacion | ubicado | ubicada | c'est ou
    where | ou | donde
    comment on va | on va a | aller a | se llega | como se llega | a cuanto | cuanto | far away
    how do you get | get there | how to reach | acceder a | comment acceder | y aller | como voy a
    comment je vais | comment y aller | comment je m'y rends | how can i reach | how do i reach
    floor | etage | piso | planta | walk | a pied | a pie | tell me about | parle moi de
    hablame de | info sur | informacion sobre | describe
    casque | casques | headset | headsets | auriculares | audifonos | como encuentro | how do i find
    """
)

# Interpretation languages as people name them.
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("english", "anglais", "ingles"),
    "fr": ("french", "francais", "frances"),
    "es": ("spanish", "espagnol", "espanol", "castellano"),
    "tr": ("turkish", "turc", "turco"),
}

# Asking about a person.
PERSON_PHRASES = _phrases(
    """
    speak | speaks | speaking | speaker | talk | talks | talking | present | presents | presenting
    moderate | moderates | moderating | moderator | panelist | where is | who is | when is
    when does | intervient | interviennent | intervenant | parle | passe | modere | moderateur
    moderatrice | ou est | quand | habla | hablan | interviene | ponente | modera | moderador
    moderadora | presenta | donde esta | cuando | a que hora | quien es
    """
)
# Words of questions about people.
PERSON_QUESTION_WORDS = frozenset(
    """
      habla hablan intervenant intervenante interviene interviennent intervient passent passera
    passeront participent participeront participan participaran
    modera moderador moderadora moderate moderates moderateur moderating moderator moderatrice
    modere  panel panelist parle parlent passe ponente present presenta presenting presents
     qui quien speak speaker speakers speaking speaks talk talking talks   who
    ponentes intervenants intervenantes oradores orador panelists moderators speakers people personnes
    appear appears appearing stage floor speech speeches giving deliver delivers delivering parole
    escenario palabra discurso discours intervention intervencion interviennent prend prendra toma
    viendra venir vendra attend attending attends participe participera participa asiste
    """.split()
)

# Verbs of a person's question used of a topic: "où parle-t-on de ségrégation ?".
ABOUT_PHRASES = (
    "parle de",
    "parle du",
    "parle des",
    "parlent de",
    "parlent du",
    "parlent des",
    "on parle",
    "parle t on",
    "parle t'on",
    "parler de",
    "parler du",
    "parler des",
    "se habla",
    "habla de",
    "habla del",
    "hablan de",
    "hablan del",
    "se hable",
    "hablar de",
    "hablar del",
    "talk about",
    "talks about",
    "talk on",
    "talks on",
    "talking about",
    "touching on",
    "touch on",
    "deal with",
    "deals with",
    "dealing with",
    "speaks about",
    "speak about",
    "spoken about",
    "discussed",
    "discuss",
    "discusses",
    "se discute",
    "se trata",
    "trata de",
    "tratan de",
    "aborde",
    "abordent",
    "aborda",
    "abordan",
    "covers",
    "cover",
    "parle d'un",
    "parle d'une",
    "m'a parle",
    "entendu parler",
    "heard about",
    "me hablaron",
    "me han hablado",
    "oido hablar",
    "en parle",
    "on en parle",
)

# Words for someone: "the NASA guy", "la dame de Lyon".
PERSON_NOUNS = frozenset(
    """
    guy guys person lady woman man gentleman monsieur madame senor senora persona tipo chica mec dame
    gars type nana meuf dude fellow chavo tio tia quelqu'un quelqu someone anyone alguien
    """.split()
)

# Weekday names, Monday first.
WEEKDAYS_BY_NUMBER: dict[str, tuple[str, ...]] = {
    "0": ("monday", "mon", "lundi", "lunes"),
    "1": ("tuesday", "tue", "tues", "mardi", "martes"),
    "2": ("wednesday", "wed", "mercredi", "miercoles"),
    "3": ("thursday", "thu", "thur", "thurs", "jeudi", "jueves"),
    "4": ("friday", "fri", "vendredi", "viernes"),
    "5": ("saturday", "sat", "samedi", "sabado"),
    "6": ("sunday", "sun", "dimanche", "domingo"),
}
WEEKDAYS = {word: int(number) for number, names in WEEKDAYS_BY_NUMBER.items() for word in names}
TODAY_WORDS = frozenset(("auj", "aujourd'hui", "aujourdhui", "ce soir", "hoy", "today", "tonight"))
TOMORROW_WORDS = frozenset(("demain", "manana", "tmr", "tmrw", "tomorrow"))
AFTER_TOMORROW_PHRASES = ("day after tomorrow", "apres demain", "apres-demain", "pasado manana")

# Month names and abbreviations.
MONTHS_BY_NUMBER: dict[str, tuple[str, ...]] = {
    "1": ("january", "jan", "janvier", "janv", "enero", "ene"),
    "2": ("february", "feb", "fevrier", "fev", "febrero"),
    "3": ("march", "mar", "mars", "marzo"),
    "4": ("april", "apr", "avril", "avr", "abril", "abr"),
    "5": ("may", "mai", "mayo"),
    "6": ("june", "jun", "juin", "junio"),
    "7": ("july", "jul", "juillet", "juil", "julio"),
    "8": ("august", "aug", "aout", "agosto", "ago"),
    "9": ("september", "sep", "sept", "septembre", "septiembre"),
    "10": ("october", "oct", "octobre", "octubre"),
    "11": ("november", "nov", "novembre", "noviembre"),
    "12": ("december", "dec", "decembre", "diciembre", "dic"),
}
MONTHS = {word: int(number) for number, names in MONTHS_BY_NUMBER.items() for word in names}

# Parts of the day, with the hours a bare "at 4" is read in.
MORNING_WORDS = frozenset(("am", "manana", "matin", "matinee", "morning"))
AFTERNOON_WORDS = frozenset(("afternoon", "aprem", "apres-midi", "pm", "tarde"))
EVENING_WORDS = frozenset(("evening", "noche", "soir", "soiree", "tonight"))

# Words that name a room in general: they say a room is meant, and are never fuzzy-matched to a
# room's name ("sala" ≈ "Salsa", "hall" ≈ "Hale"). Only the singular stands next to one room's
# name ("la salle Europa", "the Turing room"); "toutes salles confondues" names no room.
ROOM_NOUNS = frozenset(
    (
        "salle", "sala", "room", "salon", "hall", "zaal", "aula", "saal", "amphi", "amphitheatre",
        "amphitheater", "anfiteatro", "anfi", "stream", "channel", "canal", "chaine",
    )
)  # fmt: skip
ROOM_WORDS = ROOM_NOUNS | frozenset(("rooms", "salles", "salas"))
# "Fox & Hound" is typed "fox and hound", "fox et hound", "fox y hound".
AND_WORDS = ("and", "et", "y")
# Words before a place: "next in Turing", "la suite à Callelongue", "siguiente en Bamberg".
PLACE_WORDS = frozenset(("in", "at", "on", "dans", "a", "au", "en", "sur", "al", "inside", "into"))
# Articles between a place word and a name: "in the Turing room", "dans l'amphi", "en el canal".
ARTICLES = frozenset(("the", "le", "la", "l", "les", "el", "los", "las", "de", "du", "del", "d"))

# Kinds of session, by the words people use for them: the kind's names (KIND_NAMES) and how a
# question says them.
KIND_WORDS: dict[SessionKind, tuple[str, ...]] = {
    SessionKind.BREAK: (*KIND_NAMES[SessionKind.BREAK], "breaks", "pauses", "pausa", "pausas"),
    # "When do we eat?" asks for lunch; where to eat out is not in a programme (OUT_OF_SCOPE).
    SessionKind.LUNCH: (
        *KIND_NAMES[SessionKind.LUNCH],
        "lunchtime",
        "dej",
        "almorzar",
        "repas",
        "meal",
        "eat",
        "manger",
        "mange",
        "comer",
        "food",
        "nourriture",
        "bouffe",
    ),
    SessionKind.WORKSHOP: (
        *KIND_NAMES[SessionKind.WORKSHOP],
        "workshops",
        "ateliers",
        "talleres",
        "side event",
    ),
    SessionKind.VISIT: (*KIND_NAMES[SessionKind.VISIT], "visits", "visites", "visitas"),
    SessionKind.RECEPTION: (*KIND_NAMES[SessionKind.RECEPTION], "drinks", "coctel"),
    SessionKind.PLENARY: (
        *KIND_NAMES[SessionKind.PLENARY],
        "plenaries",
        "plenieres",
        "plenarias",
        "pleno",
    ),
    SessionKind.BREAKOUT: (
        *KIND_NAMES[SessionKind.BREAKOUT],
        "breakouts",
        "small groups",
        "petits groupes",
        "grupos pequenos",
    ),
    SessionKind.ROUNDTABLE: (
        "round table",
        "round tables",
        "roundtable",
        "roundtables",
        "table ronde",
        "tables rondes",
        "mesa redonda",
        "mesas redondas",
    ),
}


# Expressions that name one idea, read as the word the programme uses for it.
EXPRESSIONS: dict[str, str] = {
    "traite des etres humains": "traite",
    "traite d'etres humains": "traite",
    "trata de seres humanos": "trata",
    "trata de personas": "trata",
    "human trafficking": "trafficking",
    "trafficking in persons": "trafficking",
    "trafficking of persons": "trafficking",
}

# French words with their English and Spanish equivalents (roles, offices, countries, topics), so
# that a question in one language finds a programme written in another. A conference's own places
# and organisations are in its programme file's [glossary]; common topics in lexicon/topics.toml.
GLOSSARY: dict[str, tuple[str, ...]] = {
    "europeen": ("eu", "ue", "europe", "european"),
    "bienvenue": ("welcome", "opening", "ouverture", "apertura", "bienvenida", "inauguracion"),
    "elu": ("elected", "councillor", "member", "membre", "conseiller", "concejal", "electo"),
    "adjoint": (
        "deputy",
        "vice",
        "teniente",
        "adjunto",
        "adjunta",
        "adjointe",
        "vicealcalde",
        "vicealcaldesa",
    ),
    "vice": (
        "deputy",
        "vicealcalde",
        "vicesecretaria",
        "vicesecretario",
        "vicepresidente",
        "vicepresidenta",
        "vice",
    ),
    "ghana": ("ghanaian", "ghaneen", "ghanes", "ghanesa"),
    "ivoire": ("ivorian", "ivoirien", "ivoirienne", "marfileno", "marfilena", "ivory", "coast", "marfil"),
    "belgique": ("belgium", "belgica", "belge", "belgian", "belga"),
    "premier": ("prime", "first", "primer", "pm"),
    "mali": ("malian", "malien", "maliense"),
    "senegal": ("senegalese", "senegalais", "senegales", "senegal"),
    "mauritanie": ("mauritania", "mauritanian", "mauritanien", "mauritano"),
    "turquie": ("turkey", "turquia", "turkiye", "turc", "turkish", "turco"),
    "bresil": ("brazil", "brasil", "bresilien", "brazilian", "brasileno", "brasilena"),
    "indonesie": ("indonesia", "indonesian", "indonesien", "indonesio"),
    # "droits de l'homme" is how French says "human rights".
    "homme": ("human", "humains", "humanos"),
    "maire": ("mayor", "alcalde", "alcaldesa", "intendente"),
    "directeur": ("director", "directora", "directrice", "head", "dg"),
    "directrice": ("director", "directora", "directeur", "head"),
    "president": ("president", "presidente", "presidenta", "chair"),
    "presidente": ("president",),
    "secretaire": ("secretary", "secretario", "secretaria"),
    "general": ("general", "dg"),
    "generale": ("general",),
    "ministre": ("minister", "ministro", "ministra"),
    "conseiller": (
        "adviser",
        "advisor",
        "councillor",
        "councilor",
        "consejero",
        "asesor",
        "conseillere",
        "concejal",
    ),
    "conseillere": ("adviser", "advisor", "councillor", "consejera", "asesora", "conseiller"),
    "membre": ("member", "miembro"),
    "chef": ("head", "chief", "jefe", "jefa"),
    "fondateur": ("founder", "fundador", "fundadora"),
    "commissaire": ("commissioner", "comisionado", "comisionada"),
    "prefet": ("prefect", "governor", "prefecto", "gobernador"),
    "bourgmestre": ("mayor", "burgomaster", "alcalde", "maire"),
    "expert": ("expert", "experto", "experta"),
    "coordinatrice": ("coordinator", "coordinadora", "coordinador"),
    "chargee": ("officer", "encargada"),
    "mission": ("mission", "mision"),
    "pacte": ("compact", "pacto"),
    "mondial": ("global", "mundial"),
    "migrations": ("migration", "migracion", "migraciones"),
    "migration": ("migration", "migracion"),
    "onu": ("un", "united", "nations", "naciones", "unidas"),
    "cites": ("cities", "ciudades"),
    "gouvernements": ("governments", "gobiernos"),
    "locaux": ("local", "locales"),
    "unis": ("united", "unidos"),
    "organisation": ("organization", "organisation", "organizacion"),
    "internationale": ("international", "internacional"),
    "bureau": ("office", "oficina"),
    "droits": ("rights", "derechos"),
    "humains": ("human", "humanos"),
    "conseil": ("council", "consejo", "board"),
    "municipal": ("municipal", "city"),
    "municipalite": ("municipality", "municipalidad", "municipio", "city"),
    "commune": ("commune", "municipality", "comuna"),
    "ville": ("city", "ciudad"),
    "metropole": ("metropolis", "metropolitan", "metropoli"),
    "region": ("region", "regional"),
    "regional": ("regional",),
    "cooperation": ("cooperation", "cooperacion"),
    "developpement": ("development", "desarrollo"),
    "fondation": ("foundation", "fundacion"),
    "inclusion": ("inclusion",),
    "sociale": ("social",),
    "affaires": ("affairs", "asuntos"),
    "travail": ("labour", "labor", "work", "trabajo"),
    "relations": ("relations", "relaciones"),
    "internationales": ("international", "internacionales"),
    "planification": ("planning", "planificacion"),
    "urbaine": ("urban", "urbana"),
    "urbain": ("urban", "urbano", "urbana", "urbanos", "urbanas"),
    "liaison": ("liaison", "enlace"),
    "logement": ("housing", "vivienda", "shelter"),
    "representant": ("representative", "representante"),
    "association": ("association", "asociacion"),
    "municipalites": ("municipalities", "municipios"),
    "executif": ("executive", "ejecutivo"),
    "executive": ("executive",),
    "espagne": ("spain", "espana"),
    "maroc": (
        "morocco",
        "marruecos",
        "marocain",
        "marocains",
        "marocaine",
        "moroccan",
        "marroqui",
        "marroquies",
    ),
    "grece": ("greece", "grecia", "grec", "grecs", "grecque", "greek", "griego", "griegos"),
    "equateur": ("ecuador", "equatorien", "equatoriens", "ecuadorian", "ecuatoriano", "ecuatorianos"),
    "ethiopie": ("ethiopia", "etiopia"),
    "ouganda": ("uganda",),
    "jordanie": ("jordan", "jordania"),
    "chili": ("chile",),
    "mexique": ("mexico",),
    "cote": ("ivory", "coast", "costa", "marfil"),
    "republique": ("republic", "republica"),
    "dominicaine": ("dominican", "dominicana"),
    "botswana": ("botswana",),
    "mozambique": ("mozambique",),
    "guatemala": ("guatemala",),
    "honduras": ("honduras",),
    "canada": ("canada",),
    "etats": ("states", "estados"),
    "usa": ("usa", "us", "america", "eeuu"),
    "femmes": ("women", "woman", "mujeres", "mujer"),
    "enfants": ("children", "child", "kids", "ninos", "nino", "infancia"),
    "jeunes": ("youth", "young", "jovenes", "juventud", "juvenil", "juveniles", "juvenile"),
    "jeunesse": ("youth", "juventud"),
    "tremblements": ("earthquakes", "earthquake", "terremotos", "terremoto", "sismos", "seismes"),
    "tremblement": ("earthquake", "terremoto", "sismo", "seisme"),
    "ouragans": ("hurricanes", "hurricane", "huracanes", "huracan"),
    "ouragan": ("hurricane", "huracan"),
    "inondations": ("floods", "flood", "flooding", "inundaciones", "inundacion"),
    "catastrophes": ("disasters", "disaster", "desastres", "catastrofes"),
    "crises": ("crises", "crisis"),
    "crise": ("crisis",),
    "sante": ("health", "salud"),
    "emploi": ("employment", "jobs", "job", "work", "empleo", "trabajo"),
    "pauvrete": ("poverty", "pobreza"),
    "refugies": ("refugees", "refugee", "refugiados", "refugiado"),
    "deplacees": ("displaced", "desplazados", "desplazadas"),
    "traite": ("trafficking", "trata"),
    "trafic": ("smuggling", "trafico", "trafficking"),
    "passeurs": ("smugglers", "traficantes"),
    "trafiquants": ("traffickers", "tratantes"),
    "integration": ("integration", "integracion"),
    "diversite": ("diversity", "diversidad"),
    "gouvernance": ("governance", "gobernanza"),
    "durable": ("sustainable", "sostenible"),
    "climat": ("climate", "clima"),
    "education": ("education", "educacion"),
    "securite": ("security", "safety", "seguridad"),
    "transferts": ("remittances", "remesas"),
    "partenariats": ("partnerships", "partners", "alianzas", "asociaciones"),
    "societe": ("society", "sociedad"),
    "civile": ("civil",),
    "prive": ("private", "privado"),
    "autorites": ("authorities", "autoridades"),
    "maires": ("mayors", "alcaldes"),
    "resilience": ("resilience", "resiliencia"),
    "discrimination": ("discrimination", "discriminacion"),
    "travailleurs": ("workers", "trabajadores"),
    "touristes": ("tourists", "turistas"),
    "boxe": ("boxing", "boxeo", "box"),
    "football": ("futbol", "foot", "soccer"),
    "cinema": ("film", "cinema", "movies", "cine"),
    "services": ("services", "servicios"),
    "sociaux": ("social", "sociales"),
    "justice": ("justice", "justicia"),
    "villes": ("cities", "ciudades"),
    "irreguliere": ("irregular",),
    "reguliere": ("regular",),
    "diasporas": ("diasporas", "diaspora"),
    "urbanisation": ("urbanization", "urbanisation", "urbanizacion"),
    "mobilite": ("mobility", "movilidad"),
    "droit": ("right", "derecho"),
    "declaration": ("declaration", "declaracion"),
    "agenda": ("agenda",),
    "nouvel": ("new", "nueva"),
    "visite": ("visit", "visita", "tour"),
    "maison": ("house", "casa"),
}

# People are asked for by nationality ("les Grecs", "the Chilean mayor", "los guatemaltecos"):
# each country of the programme (its French name, as the data has it) with its demonyms, in the
# three languages, singular; plurals are added below.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "chili": ("chilean", "chilien", "chilienne", "chileno", "chilena"),
    "guatemala": ("guatemalan", "guatemalteque", "guatemalteco", "guatemalteca"),
    "honduras": ("honduran", "hondurien", "hondurienne", "hondureno", "hondurena"),
    "salvador": ("salvadoran", "salvadorean", "salvadorien", "salvadorienne", "salvadoreno", "salvadorena"),
    "dominicaine": ("dominicain", "dominicano"),
    "canada": ("canadian", "canadien", "canadienne", "canadiense"),
    "usa": ("american", "americain", "americaine", "estadounidense", "norteamericano"),
    "espagne": ("spanish", "spaniard", "espagnol", "espagnole", "espanol", "espanola"),
    "ethiopie": ("ethiopian", "ethiopien", "ethiopienne", "etiope"),
    "ouganda": ("ugandan", "ougandais", "ougandaise", "ugandes", "ugandesa"),
    "jordanie": ("jordanian", "jordanien", "jordanienne", "jordano", "jordana"),
    "mozambique": ("mozambican", "mozambicain", "mozambicaine", "mozambiqueno", "mozambiquena"),
    "botswana": ("motswana", "batswana", "botswanais", "botsuano"),
    "cote": ("ivorian", "ivoirien", "ivoirienne", "marfileno", "marfilena"),
    "grece": ("grec", "grecque", "greek", "griego", "griega"),
    "maroc": ("marocain", "marocaine", "moroccan", "marroqui"),
    "belgique": ("belge", "belgian", "belga"),
    "mali": ("malian", "malien", "malienne", "maliense"),
    "senegal": ("senegalese", "senegalais", "senegalaise", "senegales", "senegalesa"),
    "mauritanie": ("mauritanian", "mauritanien", "mauritanienne", "mauritano", "mauritana"),
    "turquie": ("turc", "turque", "turkish", "turco", "turca"),
    "bresil": ("bresilien", "bresilienne", "brazilian", "brasileno", "brasilena"),
    "indonesie": ("indonesian", "indonesien", "indonesienne", "indonesio", "indonesia"),
    "ghana": ("ghanaian", "ghaneen", "ghaneenne", "ghanes", "ghanesa"),
    "equateur": ("equatorien", "equatorienne", "ecuadorian", "ecuatoriano", "ecuatoriana"),
}


def _plurals(word: str) -> tuple[str, ...]:
    """'grec' → 'grecs', 'senegales' → 'senegaleses', 'marroqui' → 'marroquies'."""
    if word.endswith(("s", "x")):
        return (word, word + "es")
    if word.endswith(("i", "l", "n", "r")):
        return (word + "s", word + "es")
    return (word + "s",)


for _country, _demonyms in DEMONYMS.items():
    _forms = {form for demonym in _demonyms for form in (demonym, *_plurals(demonym))}
    GLOSSARY[_country] = tuple(sorted(set(GLOSSARY.get(_country, ())) | _forms))

# Names of organisations spelled out in a programme, with the acronyms people type.
ACRONYMS: dict[str, tuple[str, ...]] = {
    "nations unies": ("un", "onu", "united", "nations"),
    "etats unis": ("usa", "us", "eeuu"),
    "new york": ("nyc",),
}

# Things attendees ask that no programme answers: the bot says it does not know rather than
# finding a session that happens to mention the word.
OUT_OF_SCOPE = frozenset(
    """
    wifi wi-fi password mot passe contrasena clave weather meteo temps clima toilets toilet toilettes
    wc bano banos aseo parking aparcamiento taxi uber charge charger cargar recharger phone telephone
    movil portable battery batterie bateria hotel restaurant restaurante restaurants restos resto
    fries frites nearby pub pubs bar bars biere beer cerveza shopping supermarket supermarche
    supermercado hospital hopital doctor medecin medico police policia pleuvoir pluie pleut rain
    raining rainy umbrella parapluie lluvia llover llueve paraguas park garer aparcar estacionar
    estacionamiento badge badges vestiaire cloakroom guardarropa pharmacy pharmacie farmacia atm bancomat
    cajero fumer smoke smoking fumar cigarette
    """.split()
)

# Titles and offices: a question made of these and an affiliation asks for a person.
ROLE_WORDS = frozenset(
    """
    maire mayor alcalde alcaldesa director directeur directrice directora president presidente
    presidenta secretaire secretary secretario secretaria ministre minister ministro ministra adjoint
    adjointe deputy teniente conseiller conseillere adviser advisor councillor consejero asesor
    commissaire commissioner comisionado comisionada prefet prefecto prefect governor gobernador gouverneur
    fondateur founder fundador
    chef head jefe jefa coordinatrice coordinator coordinadora representant representative
    representante bourgmestre burgomaster vice ejecutivo executive executif expert experto experta
    moderator moderateur moderatrice moderador moderadora
    """.split()
)

# Questions about the conference rather than its sessions, by what they ask. Matched on the
# message's folded words, apostrophes as spaces ("qu'est-ce" → "qu est ce").
INFO_PHRASES: dict[str, tuple[str, ...]] = {
    "registration": _phrases(
        """
        register | registration | registering | registered | sign up | signup | enrol | enroll
        enrolment | accreditation | accredited | inscription | inscriptions | inscrire | inscrit
        inscrite | inscrits | inscris | s inscrire | m inscrire | inscribir | inscribirme | inscribirse
        inscribo | inscribe | registrar | registro
        inscripcion | inscripciones | registrarse | registrarme | registro | acreditacion
        """
    ),
    "languages": _phrases(
        """
        working languages | working language | langues de travail | langue de travail
        idiomas de trabajo | idioma de trabajo | lenguas de trabajo | lengua de trabajo
        official languages | langues officielles | idiomas oficiales | conference languages
        languages of the conference | language of the conference | langues de la conference
        langue de la conference | idiomas de la conferencia | idioma de la conferencia
        what language is the conference | which language is the conference | en quelle langue
        en que idioma | en que lengua | languages spoken | langues parlees | idiomas hablados
        """
    ),
    "organisers": _phrases(
        """
        who organises | who organizes | who is organising | who is organizing | who organised
        who organized | organisers | organizers | organiser of the conference | who is behind
        organizer of the conference | who hosts | hosted by | host of the conference | hosts
        partners | partner organisations | partner organizations | qui organise | qui organisent
        organisateurs | organisateur | organisatrices | qui accueille | partenaires | partenaire
        quien organiza | quienes organizan | organizadores | organizador | organizadoras | socios
        anfitrion | anfitriones | who are the partners
        """
    ),
    "venue": _phrases(
        """
        venue | where is the conference | where s the conference | where is the event
        where does the conference take place | where will the conference be | where is it held
        where is the meeting | conference address | the address | address of | lieu de la conference
        ou a lieu la conference | ou se tient | ou se deroule la conference | ou est la conference
        ou se passe la conference | adresse | sede | donde es la conferencia | donde sera la conferencia
        donde se celebra | donde tiene lugar la conferencia | donde se realiza la conferencia
        lugar de la conferencia | donde queda la conferencia | direccion de la conferencia
        ubicacion de la conferencia | donde es el evento
        """
    ),
    "website": _phrases(
        """
        website | web site | webpage | web page | homepage | home page | site web | site internet
        page web | page internet | site officiel | sitio web | pagina web | pagina de internet
        pagina oficial | web oficial | url
        """
    ),
    "contact": _phrases(
        """
        contact | contacts | contacter | contactar | contacto | email | e mail | courriel
        correo | phone number | telephone number | numero de telephone | numero de telefono
        who do i ask | who can i ask | a qui m adresser | a quien preguntar
        """
    ),
    "about": _phrases(
        """
        what is the conference about | what s the conference about | what is this conference
        what is the conference | about the conference | about this conference
        tell me about the conference | purpose of the conference | aim of the conference
        goal of the conference
        objective of the conference | objectives of the conference | why this conference
        de quoi parle la conference | de quoi traite la conference | c est quoi la conference
        c est quoi cette conference | objectif de la conference | objectifs de la conference
        but de la conference | a propos de la conference | qu est ce que cette conference
        qu est ce que la conference | pourquoi cette conference | de que trata la conferencia
        de que va la conferencia | que es esta conferencia | que es la conferencia
        objetivo de la conferencia | objetivos de la conferencia | sobre la conferencia
        proposito de la conferencia | por que esta conferencia | para que esta conferencia
        """
    ),
    "highlights": _phrases(
        """
        highlights | highlight | moments forts | moment fort | temps forts | temps fort
        points forts | faits marquants | a ne pas manquer | momentos destacados | momento destacado
        lo mas destacado | destacados | aspectos destacados | momentos clave | no perderse
        imperdibles | key sessions | sessions cles | sesiones clave | must see | not to miss
        """
    ),
    "all": _phrases(
        """
        practical information | information about the conference | info about the conference
        informations pratiques | infos pratiques | informations sur la conference
        infos sur la conference | informacion practica | informacion sobre la conferencia
        """
    ),
}
# Words naming the conference itself: "qui organise la conférence" is not about a session.
CONFERENCE_WORDS = frozenset(
    """
    conference conferences conferencia conferencias congress congres congreso event evenement
    evento meeting reunion summit sommet cumbre forum foro dialogue dialogo
    """.split()
)
# Asking for a session's documents: papers, slides, notes.
DOCUMENT_PHRASES = _phrases(
    """
    document | documents | documentation | doc | docs | background paper | background papers
    background document | background note | paper | papers | working paper | working document
    concept note | position paper | discussion paper | document de travail | documents de travail
    document de reference | documents de reference | note conceptuelle | note de cadrage
    documento | documentos | documento de trabajo | documentos de trabajo | documento de antecedentes
    documento de referencia | documento de base | nota conceptual | slides | diapositives
    diapositivas | presentation slides | pdf | handout | handouts | reading material | materials
    """
)

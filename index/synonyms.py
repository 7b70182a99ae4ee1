"""A small curated English/Spanish synonym table of general vocabulary.

Keys are what people type (folded, lower-case; one to three words); values are the words the
FAQ itself uses. Article-specific phrasing belongs in each article's `keywords:` line instead;
this table holds everyday words and translations that apply across the whole FAQ.
"""

from __future__ import annotations

import hashlib
from typing import Any

from index.analysis import fold, spanish_stem, word_key, words

_RAW: dict[str, str] = {
    # Agencies and people
    "migra": "ice immigration",
    "la migra": "ice immigration",
    "migracion": "immigration ice",
    "inmigracion": "immigration",
    "police": "ice police",
    "policia": "police ice",
    "cops": "police ice",
    "agent": "officer official",
    "agente": "officer official",
    "oficial": "officer official",
    "abogado": "lawyer attorney",
    "abogada": "lawyer attorney",
    "lawyer": "lawyer attorney",
    "attorney": "attorney lawyer",
    "consulado": "consulate",
    "embajada": "consulate",
    "embassy": "consulate",
    "gobierno": "government",
    "frontera": "border",
    "cbp": "border official",
    "patrol": "border official",
    # Appointments and check-ins
    "cita": "appointment check-in",
    "citas": "appointment check-in",
    "appt": "appointment check-in",
    "appts": "appointment check-in",
    "appointment": "appointment check-in",
    "checkin": "check-in",
    "chequeo": "check-in",
    "reportarme": "report",
    "reportar": "report",
    "presentarme": "report attend",
    "presentarse": "report attend",
    "fecha": "date",
    "dia": "day date",
    "plazo": "deadline",
    "due": "deadline",
    "expire": "deadline",
    "expired": "deadline",
    "futuro": "future",
    "lejos": "far",
    "lejana": "far future",
    "later": "later future",
    "anos": "years",
    "ano": "year",
    "schedule": "schedule appointment",
    "book": "schedule",
    "agendar": "schedule",
    "programar": "schedule",
    "reprogramar": "reschedule",
    "cambiar": "change reschedule",
    "change": "change reschedule",
    "asistir": "attend",
    "show up": "attend",
    "make it": "attend",
    "miss": "attend reschedule",
    "missed": "attend reschedule",
    "faltar": "attend reschedule",
    "cant": "cannot",
    "unable": "cannot",
    "puedo": "can",
    "no puedo": "cannot",
    "no pude": "cannot",
    "no podre": "cannot",
    "no voy a poder": "cannot",
    "no se si": "not sure know",
    "como se": "know",
    "prove": "proof show",
    "stand for": "meaning",
    # Calling and answering
    "llamar": "call",
    "llamo": "call",
    "llame": "call",
    "llamada": "call",
    "telefono": "phone",
    "numero": "number",
    "contestan": "answer",
    "contesta": "answer",
    "responden": "answer",
    "responde": "answer",
    "pick up": "answer",
    "picks up": "answer",
    "nobody": "no one answer",
    "nadie": "no one answer",
    "correo": "email",
    "mensaje": "message voicemail",
    "buzon": "voicemail",
    "oficina": "office",
    "office": "office",
    # Passport and documents
    "pasaporte": "passport",
    "passaporte": "passport",
    "passeport": "passport",
    "paspo": "passport",
    "quitaron": "took",
    "retenido": "kept took",
    "quito": "took",
    "kept": "keep took",
    "taken": "took",
    "take": "took remove",
    "confiscated": "took",
    "seized": "took",
    "devolver": "return",
    "devuelvan": "return",
    "back": "return",
    "renew": "new",
    "replace": "new",
    "nuevo": "new",
    "copia": "copy photocopy",
    "documento": "document",
    "papel": "document",
    "papeles": "document",
    "paper": "document",
    "papers": "document",
    "letter": "document",
    "aviso": "notice",
    "forma": "form",
    # Ankle monitor
    "grillete": "ankle monitor",
    "grilletes": "ankle monitor",
    "brazalete": "ankle monitor",
    "pulsera": "ankle monitor",
    "tobillera": "ankle monitor",
    "tobillo": "ankle",
    "bracelet": "ankle monitor",
    "anklet": "ankle monitor",
    "tracker": "monitor",
    "gps": "monitor",
    "shackle": "ankle monitor",
    "quitar": "remove",
    "quitarme": "remove",
    "sacar": "remove",
    "off": "remove",
    "come off": "remove",
    "take off": "remove",
    "get off": "remove",
    "taken off": "remove",
    # Moving and addresses
    "mude": "moved address",
    "mudanza": "moved address",
    "relocate": "moved address",
    "relocated": "moved address",
    "direccion": "address",
    "domicilio": "address",
    "ciudad": "city moved",
    "estado": "state moved",
    # Court, asylum, work
    "corte": "court",
    "audiencia": "hearing court",
    "juez": "court judge",
    "asilo": "asylum",
    "trabajo": "work",
    "permiso": "permit",
    "website": "website",
    "pagina": "website page",
    "web": "website",
    "online": "website",
    "internet": "website",
    "detencion": "detention",
    "detenido": "detained",
    "soltaron": "released",
    "liberado": "released",
    "monitoreo": "monitor",
    "vigilancia": "monitor",
    "supervision": "supervision monitor",
    "significa": "what",
    "meaning": "what",
    "mean": "what",
    # Everyday English
    "hang up": "answer",
    "hung up": "answer",
    "hangs up": "answer",
    "call back": "answer call",
    "calls back": "answer call",
    "reach": "contact",
    "slot": "available",
    "slots": "available",
    "opening": "available",
    "openings": "available",
    "availability": "available",
    "location": "location",
    "place": "location",
    "trip": "travel",
    "lost": "lost",
    "forgot": "forgot",
    "sick": "sick",
    "surgery": "doctor hospital sick",
    "operation": "doctor hospital",
    "cirugia": "doctor hospital sick",
    "operacion": "doctor hospital",
    "remember": "forgot know",
    "forget": "forgot",
    "reply": "answer",
    "respond": "answer",
    "interview": "appointment",
    "job": "work",
    "cell": "phone",
    "cellphone": "phone",
    "hour": "time",
    "car": "ride transportation",
    "bus": "ride transportation",
    "ride": "ride transportation",
    "battery": "charge",
    "charger": "charge",
    "judge": "court",
    "broken": "error working",
    "crash": "error working",
    "parole": "released",
    "early": "earlier",
    "sooner": "earlier",
    "earliest": "earliest",
    "soonest": "earliest",
    # Everyday Spanish
    "necesito": "need",
    "necesita": "need",
    "necesitar": "need",
    "sigo": "keep continue",
    "seguir": "keep continue",
    "intentando": "try",
    "intentar": "try",
    "intente": "try",
    "intento": "try",
    "tratando": "try",
    "hacer la cita": "schedule appointment",
    "hacer cita": "schedule appointment",
    "sacar cita": "schedule appointment",
    "lleno": "full",
    "llena": "full",
    "llenos": "full",
    "llenas": "full",
    "disponible": "available",
    "disponibles": "available",
    "semana": "week",
    "semanas": "weeks",
    "lugar": "location",
    "ubicacion": "location",
    "perdi": "lost",
    "perdido": "lost",
    "olvide": "forgot",
    "mudarme": "moved address",
    "mudamos": "moved address",
    "enfermo": "sick",
    "enferma": "sick",
    "ayuda": "help",
    "viaje": "travel",
    "viajar": "travel",
    "cuelgan": "answer",
    "recuerdo": "forgot know",
    "acuerdo": "forgot know",
    "carta": "letter document",
    "carro": "ride transportation",
    "transporte": "ride transportation",
    "temprano": "earlier",
    "esperar": "wait",
    "espero": "wait",
    "esperando": "wait",
    # Portuguese
    "nao posso": "cannot",
    "posso": "can",
    "atende": "answer",
    "atender": "answer",
    "ninguem": "no one answer",
    "telefone": "phone",
    "tornozeleira": "ankle monitor",
    "marcar": "schedule",
    "remarcar": "reschedule",
    "agendamento": "appointment",
    "consulta": "appointment",
    "advogado": "lawyer",
    "endereco": "address",
    "mudei": "moved address",
    "prazo": "deadline",
    # Haitian Creole
    "randevou": "appointment check-in",
    "telefon": "phone",
    "reponn": "answer",
    "pesonn": "no one answer",
    "pa ka": "cannot",
    "ale": "go",
    "avoka": "lawyer",
    "chanje": "change",
    "adres": "address",
    "tribinal": "court",
    "azil": "asylum",
    "imigrasyon": "immigration",
    "ofisye": "officer",
    "rapote": "report",
    "prezante": "report",
    "anile": "cancel",
    "lapolis": "police",
    # French
    "rendez vous": "appointment check-in",
    "telephone": "phone",
    "repondre": "answer",
    "avocat": "lawyer",
    "adresse": "address",
    "tribunal": "court",
    "asile": "asylum",
    "delai": "deadline",
    # Spanish verbs and phrases for the FAQ's actions (other conjugations reach these through
    # the Spanish stem, see `SYNONYMS_BY_STEM`)
    "apuntar": "write down record",
    "anotar": "write down record",
    "escribir": "write down",
    "registrar": "record",
    "registro": "record",
    "requisito": "requirement",
    "requisitos": "requirement",
    "presentar": "report",
    "reportarse": "report",
    "sacar foto": "screenshot",
    "tomar foto": "screenshot",
    "captura": "screenshot",
    "pantallazo": "screenshot",
    "foto de la pantalla": "screenshot",
    "comunicarme": "reach contact",
    "comunicar": "reach contact",
    "comunicarse": "reach contact",
    "no logro": "cannot",
    "reagendar": "reschedule",
    "reskedulear": "reschedule",
    "reschedulear": "reschedule",
    "averiguar": "find know",
    "saber": "know",
    "consultar": "find",
    "buscar": "find",
    "adelantar": "earlier",
    "vencer": "deadline",
    "a tiempo": "deadline",
    "aplicar": "apply",
    "solicitar": "apply request",
    "pedir": "ask request",
    "renovar": "renew new",
    "recuperar": "return back",
    "agarrar": "took",
    "agarraron": "took",
    "guardar": "keep record",
    "mandar": "send",
    "enviar": "send",
    "contestar": "answer",
    "cruzar": "crossing border",
    "llegar": "arriving",
    "llegue": "arrived",
    "parol": "released",
    # English phrasal verbs and everyday phrases (inflections match too: "picking up", "took it off")
    "get through": "reach contact answer",
    "cant reach": "reach contact answer",
    "cannot reach": "reach contact answer",
    "cant contact": "reach contact answer",
    "get in touch": "reach contact",
    "get ahold": "reach contact",
    "get a hold": "reach contact",
    "got through": "reach contact answer",
    "go unanswered": "answer",
    "unanswered": "answer",
    "get back": "return",
    "give back": "return",
    "gave back": "return",
    "take a picture": "screenshot",
    "take a photo": "screenshot",
    "took a picture": "screenshot",
    "screen shot": "screenshot",
    "write down": "write record",
    "wrote down": "write record",
    "push back": "reschedule",
    "move appointment": "reschedule",
    "move check in": "reschedule",
    "move cita": "reschedule",
    "mover cita": "reschedule",
    "move up": "earlier",
    "find out": "know",
    "figure out": "know find",
    "look up": "find know",
    "get rid": "remove",
    "took off": "remove",
    "let out": "released",
    "let go": "released",
    "left detention": "released detention",
    "out of detention": "released detention",
    "got out": "released",
    "keep going": "continue",
    "go on": "continue",
    "move forward": "continue",
    "dejaron salir": "released",
    "dejaron ir": "released",
    "sign up": "schedule",
    "set up": "schedule",
    "make an appointment": "schedule appointment",
    # Haitian Creole (common words only)
    "konnen": "know",
    "konn": "know",
    "rele": "call",
    "pran": "took",
    "jwenn": "find get",
    "dat": "date",
    "dat limit": "deadline",
    "brasle": "bracelet ankle monitor",
    "pye": "ankle foot",
    "tann": "wait",
    # French
    "rdv": "appointment check-in",
    "savoir": "know",
    "cheville": "ankle",
    "peux pas": "cannot",
    "ne peux pas": "cannot",
    "aller": "go",
    "appeler": "call",
    "repond": "answer",
    "personne ne": "no one answer",
    "presenter": "report",
    "frontiere": "border",
    "date limite": "deadline",
    "pris": "took",
    "garde": "kept",
}


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(words(fold(phrase)))


# Little words of other languages people mix in (Portuguese, Haitian Creole, French): like stop
# words they say nothing about the topic, and guessing a correction for them misleads.
FOREIGN_FUNCTION_WORDS = [
    "meu",
    "minha",
    "meus",
    "minhas",
    "voce",
    "tenho",
    "tem",
    "eles",
    "elas",
    "isso",
    "esse",
    "essa",
    "como",
    "quando",
    "onde",
    "qual",
    "kisa",
    "kijan",
    "kote",
    "kilè",
    "mwen",
    "ou",
    "li",
    "yo",
    "nou",
    "sa",
    "ki",
    "nan",
    "pou",
    "gen",
    "konn",
    "quoi",
    "mon",
    "mes",
    "je",
    "suis",
    "est",
    "avec",
    "pour",
    "dans",
    "quand",
    "comment",
    "ye",
    "dit",
    "dwe",
    "cest",
    "quest",
    "ce",
]

SYNONYMS: dict[tuple[str, ...], tuple[str, ...]] = {
    _key(k): tuple(words(v)) for k, v in _RAW.items() if _key(k)
}
# Question words of other languages, as the English ones the titles use ("donde" -> "where").
QUESTION_WORDS: dict[str, str] = {
    "donde": "where",
    "adonde": "where",
    "cuando": "when",
    "como": "how",
    "que": "what",
    "quien": "who",
    "quienes": "who",
    "cual": "which",
    "onde": "where",
    "quando": "when",
    "kote": "where",
    "kile": "when",
    "kijan": "how",
    "kisa": "what",
    "ou": "where",
    "quand": "when",
    "comment": "how",
    "quoi": "what",
    "kouman": "how",
}

# Two-word questions that mean one question word ("what time is my check in" asks "when").
QUESTION_PHRASES: dict[tuple[str, str], str] = {
    ("what", "time"): "when",
    ("what", "day"): "when",
    ("what", "date"): "when",
    ("which", "day"): "when",
    ("que", "dia"): "when",
    ("que", "hora"): "when",
    ("que", "fecha"): "when",
    ("what", "place"): "where",
    ("which", "office"): "where",
    ("que", "oficina"): "where",
    ("cual", "oficina"): "where",
}

# Texting forms and common misspellings of little words, normalised before anything else
# (before stop words are dropped): a misspelt "when" or "where" is otherwise lost, and "ur" or
# "hw" would be taken for content words. General English/Spanish spellings only.
INFORMAL_WORDS: dict[str, str] = {
    # English
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "waht": "what",
    "whta": "what",
    "whut": "what",
    "wen": "when",
    "whn": "when",
    "wehn": "when",
    "wher": "where",
    "whre": "where",
    "wheres": "where is",
    "hw": "how",
    "howw": "how",
    "u": "you",
    "ur": "your",
    "yor": "your",
    "r": "are",
    "n": "and",
    "thru": "through",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "bcuz": "because",
    "becuz": "because",
    "hav": "have",
    "hve": "have",
    "abt": "about",
    "dnt": "dont",
    "cnt": "cant",
    "idk": "i dont know",
    "b4": "before",
    "2day": "today",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "yr": "year",
    "yrs": "years",
    "mos": "months",
    "wk": "week",
    "wks": "weeks",
    "pic": "picture",
    "pics": "pictures",
    "ppl": "people",
    "govt": "government",
    "gov": "government",
    "info": "information",
    "pls": "please",
    "plz": "please",
    "ok": "okay",
    # Spanish
    "q": "que",
    "k": "que",
    "ke": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "dnd": "donde",
    "dnde": "donde",
    "dond": "donde",
    "kuando": "cuando",
    "qndo": "cuando",
    "cdo": "cuando",
    "komo": "como",
    "cmo": "como",
    "kien": "quien",
    "kual": "cual",
    "tngo": "tengo",
    "kiero": "quiero",
    "d": "de",
    "x": "por",
    "tb": "tambien",
    "tmb": "tambien",
}

# "were" is so often typed for "where" that it counts as "where" when it opens the query or a
# clause, or comes right before what follows a question word ("were is", "were do i go").
WHERE_TYPOS = frozenset({"were", "wer", "whe"})
WHERE_FOLLOWERS = frozenset({"is", "are", "do", "does", "can", "should", "will", "am", "i", "my"})
CLAUSE_STARTS = frozenset({"and", "or", "but", "y", "o"})


def normalise_informal(toks: list[str]) -> list[str]:
    """Folded words with texting forms and misspelt little words written out ("wen" -> "when")."""
    out: list[str] = []
    for i, w in enumerate(toks):
        if w in WHERE_TYPOS:
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if not prev or prev in CLAUSE_STARTS or nxt in WHERE_FOLLOWERS:
                out.append("where")
                continue
        full = INFORMAL_WORDS.get(w)
        if full is None:
            out.append(w)
        else:
            out.extend(full.split())
    return out


# Everyday English and Spanish words the articles do not use: real words, so they are never
# "corrected" into an article word ("wear" is not "year", "hijo" not "hizo", "deportar" not
# "reportar"); a misleading correction would also pull the ranking towards the wrong answer.
_COMMON_WORDS_TEXT = """
    got gets getting came coming went gone left sent wear wearing wore kid kids son sons
    daughter wife husband baby babies ever else save saved kind said says tell telling thing
    things stuff lot lots really please thanks thank hello hi okay yes yeah sorry english
    spanish speak understand scared worried bank account money pay paid school mom dad mother
    father brother sister friends morning night tonight tomorrow today yesterday month months
    monday tuesday wednesday thursday friday saturday sunday january february april june july
    august september october december again still already maybe also always sometimes
    everything anything something nothing someone anyone since ago last soon want wants
    wanted think thought knew heard hear saw seen look looking feel felt happen happened
    happens happening bad good fine big small little much many hard easy right wrong true
    york texas florida chicago usa america guatemala honduras venezuela haiti colombia ecuador
    cuba nicaragua salvador
    hola gracias favor hijo hija hijos hijas esposo esposa mama papa bebe senor buenos buenas
    tardes noches bien mal mucho poco tener tiene tienen hacer hago vaya vayan ir fui fue
    pusieron puso dijo dice dicen ayudar ayudeme ayudame ahora todavia despues antes hoy
    manana ayer mes meses lunes martes miercoles jueves viernes sabado domingo enero febrero
    marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre casa escuela
    dinero banco cuenta miedo preocupado preocupada entiendo ingles espanol hablar habla hablo
    deportar deportaron tome tomar tomo eeuu cosa cosas
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON_WORDS_TEXT.split())

# Words that say nothing about which answer is meant: "ins" of "check ins" (the check is what
# matters), common Spanish verbs the Spanish stop list lacks ("donde queda" = "where is") and
# the "www"/"https" of a typed web address.
DROP_WORDS = ("ins", "queda", "quedan", "quiero", "puede", "pueden", "hice", "www", "http", "https")

for _w in (*FOREIGN_FUNCTION_WORDS, *DROP_WORDS):
    SYNONYMS.setdefault((fold(_w),), ())
# Longest key, in words (the query matcher tries longer phrases first).
MAX_PHRASE = max(len(k) for k in SYNONYMS)


def _phrase_table() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Phrase keys as word keys (stems; stop words as typed), grouped by their first key.

    Matching keys rather than words lets a phrase match its inflections ("picking up", "took
    it off" for "take off" is its own entry, but "taking pictures" meets "take a picture").
    """
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for k, v in SYNONYMS.items():
        if len(k) < 2:
            continue
        seq = tuple(word_key(w) for w in k)
        table.setdefault(seq[0], []).append((seq, v))
    # Longest first, then in a fixed order.
    return {
        first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e[0])))
        for first, entries in table.items()
    }


def _stem_table() -> dict[str, tuple[str, ...]]:
    """One-word synonyms by Spanish stem, so other conjugations of a listed verb find it too
    ("reprogramo", "reprogramarla" -> "reprogramar"). A stem two entries disagree on is left out.
    """
    table: dict[str, tuple[str, ...]] = {}
    clash: set[str] = set()
    for k, v in SYNONYMS.items():
        if len(k) != 1 or not v:
            continue
        stem = spanish_stem(k[0])
        if len(stem) < 4:
            continue
        if stem in table and set(table[stem]) != set(v):
            clash.add(stem)
        table.setdefault(stem, v)
    return {stem: v for stem, v in table.items() if stem not in clash}


# The two stemmed tables cost about 10 ms to make (every key stemmed): made when first needed,
# or taken from the search index, which stores them at build time (`export_tables`).
_TABLES: dict[str, Any] = {}


def phrases_by_first_key() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Synonym phrases as word keys, grouped by their first key (see `_phrase_table`)."""
    table = _TABLES.get("phrases")
    if table is None:
        table = _TABLES["phrases"] = _phrase_table()
    return table


def synonyms_by_stem() -> dict[str, tuple[str, ...]]:
    """One-word synonyms by Spanish stem (see `_stem_table`)."""
    table = _TABLES.get("by_stem")
    if table is None:
        table = _TABLES["by_stem"] = _stem_table()
    return table


def tables_fingerprint() -> str:
    """Identifies the synonym table these stemmed tables were made from."""
    text = repr(sorted(SYNONYMS.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def export_tables() -> dict[str, Any]:
    """The stemmed tables as JSON data, for the index build to store."""
    return {
        "fingerprint": tables_fingerprint(),
        "phrases": [
            [first, [[list(seq), list(v)] for seq, v in entries]]
            for first, entries in phrases_by_first_key().items()
        ],
        "by_stem": [[stem, list(v)] for stem, v in synonyms_by_stem().items()],
    }


def use_tables(data: Any) -> bool:
    """Take stemmed tables stored by `export_tables` if made from this synonym table.

    Returns False (and keeps making them when needed) for missing, malformed or outdated data.
    """
    try:
        if data["fingerprint"] != tables_fingerprint():
            return False
        phrases = {
            str(first): tuple((tuple(seq), tuple(v)) for seq, v in entries)
            for first, entries in data["phrases"]
        }
        by_stem = {str(stem): tuple(v) for stem, v in data["by_stem"]}
    except (KeyError, TypeError, ValueError):
        return False
    _TABLES["phrases"] = phrases
    _TABLES["by_stem"] = by_stem
    return True


def __getattr__(name: str) -> Any:
    """The tables' old constant names, made on first use."""
    if name == "PHRASES_BY_FIRST_KEY":
        return phrases_by_first_key()
    if name == "SYNONYMS_BY_STEM":
        return synonyms_by_stem()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

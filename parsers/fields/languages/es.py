"""Word tables of Spanish (es): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "aprobad[ao]s?",
    "(?:por )?unanimidad",
    "adoptad[ao]s?",
    "votad[ao]s?",
    "aprob[óo]",
    "aprobamos",
    "aprobaron",
    "respaldad[ao]",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "presentará(?:n)?",
    "se someterá",
    "esperamos que (?:se )?apruebe",
    "borrador",
    "propuesta",
    "presentaremos",
    "propondremos",
    "se (?:votará|presentará|debatirá)",
    "próxima (?:reunión|asamblea)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "rechazad[ao]",
    "no (?:fue|ha sido) aprobad[ao]",
    "derrotad[ao]",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"aplazad[ao]",
    r"pospuest[ao]",
    r"devuelt[ao] a (?:la )?comisión",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "reunión",
    "asamblea",
    "congreso",
    "conferencia",
    "sesión",
    "aprobad[ao]",
    "celebrad[ao]",
    "reunid[ao]s",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "jurado",
    "audiencia",
    "tribunal",
    "juicio",
    "apelación",
    "concentración",
    "manifestación",
    "nacid[ao]",
    r"arrest\w*",
    "detenid[oa]s?",
    "extradición",
    "cárcel",
    "prisión",
    "embajada",
    "desde",
    "aniversario",
    "publicad[ao]",
    "hasta",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "previst[ao]s?",
    "se espera",
    "próxim[ao]",
    "será",
    "tendrá lugar",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ("respaldad[ao]",)
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "sindicato",
    "sección",
    "sección sindical",
    "asociación",
    "federación",
    "comité",
    "CCOO",
    "UGT",
    "CGT",
    "CNT",
    "colectivo",
    "asamblea",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("enero", "ene"),
    ("febrero", "feb"),
    ("marzo", "mar"),
    ("abril", "abr"),
    ("mayo",),
    ("junio", "jun"),
    ("julio", "jul"),
    ("agosto", "ago"),
    ("septiembre", "setiembre", "sept", "sep"),
    ("octubre", "oct"),
    ("noviembre", "nov"),
    ("diciembre", "dic"),
)
# Weekday names and abbreviations, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lunes",),
    ("martes",),
    ("miércoles", "miercoles"),
    ("jueves",),
    ("viernes",),
    ("sábado", "sabado"),
    ("domingo",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = (
    "ayer",
    "anoche",
)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = (
    "anteayer",
    "antenoche",
)
# The day of the message.
TODAY: tuple[str, ...] = (
    "hoy",
    "esta noche",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "un abrazo",
    "abrazos",
    r"saludos(?: \w+)?",
    "un saludo",
    "atentamente",
    "fraternalmente",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (r"respuesta automática", r"fuera de la oficina")
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = ()
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (
    r"aún no",
    r"todavía no",
    r"si",
    r"tiene que ser",
    r"aún debe ser",
    r"debe ser",
)
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (r"moción", r"resolución", r"unanimidad")
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"mociones", r"resoluciones")
AMENDMENT: tuple[str, ...] = (r"enmienda",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"moción", r"resolución", r"votos")
COUNT_JOINERS: tuple[str, ...] = (r"a",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"condena\w*", r"exige\w*", r"libertad", r"liberación")
QUESTION: tuple[str, ...] = (r"¿", r"pueden", r"podéis")
SPEAKER: tuple[str, ...] = (r"ponente", r"orador")
THANKS: tuple[str, ...] = (r"gracias",)
NEWSLETTER: tuple[str, ...] = (r"darse de baja",)
NEWSLETTER_FOOTER: tuple[str, ...] = (r"darse de baja", r"cancelar (?:la )?suscripción")
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"boletín",
    r"en este número",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"rv",)
FORWARD_PREFIXES: tuple[str, ...] = (r"rv",)
FORWARD_DASHED: tuple[str, ...] = (r"mensaje reenviado",)
FORWARD_LINES: tuple[str, ...] = ()
ORIGINAL_MESSAGE: tuple[str, ...] = (r"mensaje original",)
HEADER_FROM: tuple[str, ...] = (r"de",)
HEADER_SENT: tuple[str, ...] = (r"enviado", r"fecha")
WROTE: tuple[str, ...] = (r"escribi[óo]",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"enviado desde mi \w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "consejo",
    "colegio",
    "junta",
    "ayuntamiento",
    "partido",
    "pleno",
    "concejo",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "presentad[ao] por",
    "propuest[ao] por",
    "a propuesta de",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "enviad[ao] a",
    "remitid[ao] a",
    "presentad[ao] ante",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("nuestr[ao]s?",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "ayuntamiento de",
    "concejo (?:municipal|deliberante) de",
    "pleno del ayuntamiento de",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "manifiesta",
    "exige",
    "rechaza",
    "reclama",
    "resuelve",
    "aprobó",
    "aprobado",
    "aprobada",
    "votado",
    "expresa",
    "condena",
    "apoya",
    "declara",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "resolución",
    "moción",
    "comunicado",
    "declaración",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "aprobó",
    "adoptó",
    "emitió",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "comunicado (?:del|de la)",
    "declaración (?:del|de la)",
    "resolución (?:del|de la)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "resolución",
    "moción",
    "borrador",
    "comunicado",
    "acta",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "órgano",
    "organismo",
    "aprobad[ao] por",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"resuelve",
    r"acuerda",
    r"exige",
    r"exigimos",
    r"condena",
    r"condenamos",
    r"reclama",
    r"reclamamos",
    r"apoya",
    r"manifiesta",
    r"insta",
    r"considerando",
    r"declara",
    r"solicita",
    r"ciudadan[oa] de honor",
)
MOTION_TITLES: tuple[str, ...] = (
    r"moción",
    r"resolución",
    r"declaración",
    r"comunicado",
    r"manifiesto",
    r"acuerdo",
)
NOT_ABOUT: tuple[str, ...] = (r"no trata de", r"no es sobre", r"no es de", r"no habla de")
EVENT: tuple[str, ...] = (
    r"concentración",
    r"acto público",
    r"charla",
    r"vigilia",
    r"suspendid[oa]",
    r"aplazad[oa]",
)
OPEN_LETTER: tuple[str, ...] = (r"carta abierta", r"abajo firmantes", r"firmantes")
OFFICIAL_RECORD: tuple[str, ...] = (r"acta", r"certificado de acuerdo")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"declaración",
    r"comunicado",
    r"acuerdo",
    r"pronunciamiento",
    r"nota de prensa",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "este",
    "esta",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = ("reunid[oa]s",)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("como",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "miembro",
    "afiliad[ao]",
    "socio",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "municipal",
    "nacional",
    "general",
    "ejecutivo",
    "ejecutiva",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "por",
    "en nombre de",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "al",
    "a",
    "y",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "cerca de",
    "al (?:norte|sur|este|oeste) de",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"ayuntamiento de",
    r"concejo municipal",
    r"consejo municipal",
    r"municipalidad de",
    r"pleno municipal",
    r"ciudad de",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "anterior",
    "recordando",
)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (
    "anual(?:es)?",
    "mensual(?:es)?",
)
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = (
    "miembros",
    "afiliad[ao]s",
)
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = (
    "miembros",
    "socios",
)
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = (
    "ayer",
    "anoche",
    "antenoche",
    "hoy",
)
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = (
    "biblioteca",
    "sala",
    "edificio",
)
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (
    "asamblea",
    "reunión",
    "congreso",
)
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = (
    "secretari[oa] de actas",
    "actas",
    "secretari[oa]",
    "president[ea]",
    "portavoz",
)
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = (
    "el",
    "la",
    "nuestra",
    "nuestro",
)

# A body named for its town, the town's name after these words ("Ayuntamiento de X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"ayuntamiento de",
    r"municipalidad de",
    r"(?:concejo|consejo) municipal de",
    r"municipio de",
    r"alcald[ií]a de",
)
# A body named for its town, the town's name before these words (none in Spanish).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"nacional(?:es)?", r"federal(?:es)?")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (
    r"congreso de los diputados",
    r"senado",
    r"asamblea nacional",
    r"cortes generales",
)
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "en",
    "el",
    "la",
    "de",
    "del",
    "ayer",
    "distrito",
    "metropolitano",
    "ciudad",
    "municipio",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = (
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "carrer",
)
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Ayuntamiento",
    "Centro",
    "Biblioteca",
    "Universidad",
    "Hospital",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = (
    "de",
    "la",
    "el",
    "pleno",  # the council's plenary sitting ("el Pleno acuerda")
)
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = ("en",)
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "en",
    "a",
    "de",
)
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = (
    "de",
    "del",
    "la",
    "y",
)
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = (
    "de",
    "del",
    "la",
    "los",
    "y",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("ES", "MX", "AR", "CL", "CO", "PE", "VE", "UY")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("el",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ("de", "del")
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("el", "del")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("(?:el )?pasado",)
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("(?:el )?próximo",)
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("noche", "tarde")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "el",
    "del",
    "reunión",
    "asamblea",
    "sesión",
    "pleno",
    "aprobad[ao]",
    "celebrad[ao]",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = ("reunión", "asamblea", "congreso", "conferencia", "sesión")
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("fecha",)
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("lugar", "sede")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("estimad[ao]s?", "querid[ao]s?", "hola")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = (
    "provincia",
    "región",
    "departamento",
    "estado",
    "distrito",
    "comunidad",
    "república",
    "reino",
)
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:conden|exig)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("el",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("a las",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("ago", "dic")
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()
# What follows a body's name and ends it, to the end of the text ('X on Tuesday', 'X has').
ORG_NAME_ENDS: tuple[str, ...] = (r"\s+el\b.*$",)
# The article before a meeting's noun written small ('the general meeting of X').
ORG_MEETING_OF_ARTICLES: tuple[str, ...] = ("el", "la")
# A meeting's noun written small before the body that met ('l'assemblea del Circolo X').
ORG_MEETING_OF: tuple[str, ...] = ("asamblea", "reunión")
# The word between that meeting's noun and the body ('of the', 'de la').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("del", "de la", "de")
# An article or possessive before a body's name in a sentence: the last one opens the name.
ORG_LAST_ARTICLES: tuple[str, ...] = ("nuestr[ao]",)
# A word before an article inside a body's name ('branch of the Labor Party').
ORG_INNER_LINKS: tuple[str, ...] = ("de",)
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("moción", "resolución", "comunicado", "declaración")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("aprobada", "adoptada")
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("de", "del", "por")
# In a subject line, the word after the body's name that opens the topic ('X on ...').
ORG_SUBJECT_TOPICS: tuple[str, ...] = ("sobre", "para")
# (rule, pattern): the model's organisation slot in this language ('This meeting of {name}
# condemns') and 'We, the members of {name}'; {name} stands for the body's name.
ORG_SLOT_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "slot-es",
        (
            r"\b(?:Esta|La) (?P<noun>reunión|asamblea|conferencia) (?P<prep>de la |del |"
            r"de los |de las |de ){name}\s+(?:condena|exige|denuncia|reclama|repudia|rechaza)"
        ),
    ),
)
# (rule, pattern): the framing that says which body passed it ('adopted by {name} on').
ORG_PASSED_BY_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "passed-by-es",
        (
            r"\baprobad[ao] (?:por unanimidad )?por (?:la |el |los )?{name}(?=\s+(?:el|en|"
            r"durante)\b|[,.\n])"
        ),
    ),
)
# Written so, never a word inside a run of name words: an article or a pronoun with a capital
# opens the next sentence or line; an all-capitals preposition ends a heading's name.
ORG_NOT_NAME_WORDS: tuple[str, ...] = ("El", "SOBRE")
# Written so, never the first word of a run of name words ('This Trades Council' is the
# model's own wording).
ORG_NOT_NAME_OPENINGS: tuple[str, ...] = ("Esta", "Este")
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("del", "y", "para")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("El", "el")
# 'Our' or 'this' before a body's noun whose name follows in brackets ('our branch (X)').
ORG_OUR_THIS: tuple[str, ...] = ("nuestr[ao]", "esta")
# The auxiliary between a body and its verb ('X has adopted').
ORG_AUXILIARIES: tuple[str, ...] = ("ha", "han")
# After a body's name in a heading or a title, the word opening the topic ('Statement of
# the X on ...').
ORG_TOPIC_WORDS: tuple[str, ...] = ("sobre",)
# A word a run of name words never takes, in any case: it opens what follows the name.
ORG_NAME_STOPS: tuple[str, ...] = ("sobre",)
# In a signature, the word between a signer's role and the body ('Secretary of X'), a space
# after it.
ORG_ROLE_LINKS: tuple[str, ...] = ("del ",)
# The article after 'for' in a signature ('for the X'), a space after it unless elided.
ORG_SIGNED_FOR_ARTICLES: tuple[str, ...] = ("el ",)
# The word between a body's noun and the town or body it is a unit of ('Federazione di
# Milano').
ORG_UNIT_OF: tuple[str, ...] = ("del",)
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("del", "y")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "extracto del acta (?:de la sesión )?del",
    "certificado del acuerdo del",
    "acuerdo del",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "Asamblea General (?:Ordinaria |Extraordinaria )?de(?:l| la| los)",
    "Congreso (?:Nacional |General )?de(?:l| la)",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("sección", "seccional", "delegación")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("convocad[ao] por", "organizad[ao] por")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "unión",
    "coordinadora",
    "central",
    "confederación",
    "ateneo",
    "plataforma",
    "agrupación",
    "frente",
    "comisión",
    "secretaría",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "de la",
    "de los",
    "de las",
    "del",
    "de",
    "y",
    "para la",
    "para el",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "sección",
    "seccional",
    "delegación",
    "comisión interna",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "en la",
    "en el",
    "en",
    "al",
    "a la",
    "pide al",
    "exige al",
)

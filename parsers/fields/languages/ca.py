"""Word tables of Catalan (ca): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "aprovad(?:a|es)",
    "aprovats?",
    "(?:per )?unanimitat",
    "adoptad(?:a|es)",
    "adoptats?",
    "votad(?:a|es)",
    "(?:va|van|ha|han|hem) aprovat",
    "(?:va|van) aprovar",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "presentarà",
    "se sotmetrà",
    "esborrany",
    "proposta de (?:moció|resolució)",
    "presentarem",
    "proposarem",
    "es (?:votarà|presentarà|debatrà)",
    "propera (?:reunió|assemblea|sessió)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "rebutjad(?:a|es)",
    "rebutjats?",
    "no (?:ha estat|va ser) aprovad[ae]",
    "no es va aprovar",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"ajornad[ae]",
    r"posposad[ae]",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "reunió",
    "assemblea",
    "congrés",
    "conferència",
    "sessió",
    "ple",
    "aprovad[ae]s?",
    "aprovats?",
    "celebrad[ae]s?",
    "reunits",
    "reunides",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "jurat",
    "audiència",
    "tribunal",
    "judici",
    "apel·lació",
    "concentració",
    "manifestació",
    "nascud?[ta]",
    r"detingu\w*",
    "extradició",
    "presó",
    "ambaixada",
    "des de",
    "aniversari",
    "publicad[ae]",
    "publicat",
    "fins (?:a|al)",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "previst[ae]?s?",
    "proper",
    "propera",
    "serà",
    "tindrà lloc",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ()
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "sindicat",
    "secció sindical",
    "secció",
    "associació",
    "federació",
    "comitè",
    "col·lectiu",
    "coordinadora",
    "intersindical",
    "assemblea",
    "ateneu",
)
# Month names, January first (the abbreviations "des" and "set" are also common words).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("gener",),
    ("febrer",),
    ("març",),
    ("abril",),
    ("maig",),
    ("juny",),
    ("juliol",),
    ("agost",),
    ("setembre",),
    ("octubre",),
    ("novembre",),
    ("desembre",),
)
# Weekday names, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("dilluns",),
    ("dimarts",),
    ("dimecres",),
    ("dijous",),
    ("divendres",),
    ("dissabte",),
    ("diumenge",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = (
    "ahir(?: a la nit| al vespre| a la tarda)?",
    "anit",
)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("abans-d['’]ahir", "abans d['’]ahir")
# The day of the message.
TODAY: tuple[str, ...] = (
    "avui",
    "aquest vespre",
    "aquesta nit",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "una abraçada",
    "abraçades",
    r"salutacions(?: \w+)?",
    "cordialment",
    "atentament",
    "fraternalment",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    r"resposta automàtica",
    r"fora de l['’]oficina",
    r"no s['’]ha pogut lliurar",
)
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"lliurar",)
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (
    r"encara no",
    r"no ha estat",
    r"en cas que",
    r"ha de ser",
    r"encara ha de ser",
)
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (r"moció", r"resolució", r"unanimitat")
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"mocions", r"resolucions")
AMENDMENT: tuple[str, ...] = (r"esmena",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"moció", r"resolució", r"vots", r"abstencions?")
COUNT_JOINERS: tuple[str, ...] = (r"a", r"contra")
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"condemn\w*", r"exigi\w*", r"exigeix\w*", r"llibertat")
QUESTION: tuple[str, ...] = (r"podeu", r"podríeu", r"és possible")
SPEAKER: tuple[str, ...] = (r"ponent", r"conferenciant")
THANKS: tuple[str, ...] = (r"gràcies", r"moltes gràcies")
NEWSLETTER: tuple[str, ...] = (r"donar-vos de baixa", r"donar-se de baixa")
NEWSLETTER_FOOTER: tuple[str, ...] = (
    r"donar-(?:vos|se|te) de baixa",
    r"cancel·lar (?:la )?subscripció",
)
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"butlletí",
    r"en aquest número",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"resp",)
FORWARD_PREFIXES: tuple[str, ...] = (r"rv", r"reenv")
FORWARD_DASHED: tuple[str, ...] = (r"missatge reenviat",)
FORWARD_LINES: tuple[str, ...] = ()
ORIGINAL_MESSAGE: tuple[str, ...] = (r"missatge original",)
HEADER_FROM: tuple[str, ...] = (r"de",)
HEADER_SENT: tuple[str, ...] = (r"enviat", r"data")
WROTE: tuple[str, ...] = (r"va escriure", r"ha escrit")
SENT_FROM_DEVICE: tuple[str, ...] = (r"enviat des del meu \w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "parlament",
    "consell",
    "sindicat",
    "ajuntament",
    "assemblea",
    "partit",
    "junta",
    "executiva",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "presentad[ae] per",
    "presentat per",
    "proposad[ae] per",
    "proposat per",
    "a proposta d(?:e|el|e la)",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "enviad[ae] a",
    "enviat a",
    "tramesa a",
    "adreçad[ae] a",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("(?:el |la )?nostr[ea]s?",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "ple de l['’]ajuntament de",
    "ajuntament de",
    "consell municipal de",
    "ple municipal de",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "va aprovar",
    "aprova",
    "acorda",
    "reclama",
    "exigeix",
    "condemna",
    "manifesta",
    "es reafirma",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "declaració",
    "moció",
    "resolució",
    "comunicat",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "va aprovar",
    "ha aprovat",
    "va adoptar",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "declaració (?:del|de la)",
    "resolució (?:del|de la)",
    "moció (?:del|de la)",
    "comunicat (?:del|de la)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "declaració",
    "moció",
    "resolució",
    "esborrany",
    "comunicat",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "òrgan",
    "entitat",
    "aprovad[ae] per",
    "aprovat per",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"acorda",
    r"acords",
    r"resol",
    r"aprova",
    r"exigeix",
    r"exigim",
    r"condemna",
    r"condemnem",
    r"reclama",
    r"reclamem",
    r"dona suport",
    r"manifesta",
    r"insta",
    r"demana",
    r"atès que",
    r"considerant",
    r"declara",
    r"ciutadan(?:ia|a|à) d['’]honor",
)
MOTION_TITLES: tuple[str, ...] = (
    r"moció",
    r"resolució",
    r"declaració(?: institucional)?",
    r"comunicat",
    r"manifest",
    r"acord",
)
NOT_ABOUT: tuple[str, ...] = (r"no tracta de", r"no és sobre", r"no parla de")
EVENT: tuple[str, ...] = (
    r"concentració",
    r"acte públic",
    r"xerrada",
    r"vetlla",
    r"cancel·lat",
    r"ajornat",
)
OPEN_LETTER: tuple[str, ...] = (r"carta oberta", r"sotasignants", r"signants")
OFFICIAL_RECORD: tuple[str, ...] = (r"acta", r"certificat de l['’]acord")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"declaració",
    r"comunicat",
    r"acord",
    r"posicionament",
    r"nota de premsa",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "aquest",
    "aquesta",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = ("reunit", "reunida", "reunits", "reunides")
# The word between the meeting and the body it met as ("com" alone ends web addresses).
ORG_AS: tuple[str, ...] = ("com a",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "membre",
    "afiliat",
    "afiliada",
    "soci",
    "sòcia",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "municipal",
    "nacional",
    "general",
    "comarcal",
    "executiva",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "per",
    "en nom d(?:e|el|e la)",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "al",
    "a",
    "i",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "a prop de",
    "al (?:nord|sud|est|oest) de",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"ajuntament de",
    r"consell municipal",
    r"ple municipal",
    r"ciutat de",
    r"alcalde(?:ssa)? de",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "anterior",
    "recordant",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("ES", "AD")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("el",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ("de", "d['’]")
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("el", "del")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("passat", "(?:el )?darrer")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("(?:el )?proper", "vinent")
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("al vespre", "a la tarda", "al matí", "a la nit")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "el",
    "del",
    "reunió",
    "assemblea",
    "sessió",
    "ple",
    "aprovad[ae]",
    "aprovat",
    "celebrad[ae]",
    "reunits",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = ("reunió", "assemblea", "congrés", "conferència", "sessió", "ple")
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("data",)
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("lloc", "seu")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("benvolgud[ae]s?", "estimad[ae]s?", "estimats?", "hola")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = ("província", "comarca", "regió", "república", "regne")
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:condemn|exigi|exigei|reclam|demana)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("el",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("a les",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ()
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()

# Organisation and place tables (read by the organisation and place finders).
# A body named for its town, the town's name after these words ("Ajuntament de X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"ajuntament d(?:e|')",
    r"ple (?:municipal )?de l'ajuntament d(?:e|')",
    r"consell municipal d(?:e|')",
    r"consell comarcal d(?:e|el|')",
)
# A body named for its town, the town's name before these words (none in Catalan).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"nacional(?:s)?", r"estatal(?:s)?", r"federal(?:s)?")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (r"parlament de catalunya", r"consell general")
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "a",
    "al",
    "en",
    "de",
    "del",
    "la",
    "el",
    "ahir",
    "ciutat",
    "vila",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = ("carrer", "avinguda", "plaça", "passeig", "rambla", "via")
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Ajuntament",
    "Centre",
    "Biblioteca",
    "Universitat",
    "Casal",
    "Ateneu",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = ("de", "la", "el", "els", "les")
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = ("a", "al", "en")
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = ("a", "en", "de")
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = ("de", "del", "la", "i", "d'")
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = ("de", "del", "la", "les", "els", "i", "d'")
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = ("membres", "socis", "afiliats", "treballadors")
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = ("ahir", "abans-d'ahir", "avui", "ahir a la nit")
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = ("biblioteca", "sala", "edifici", "auditori")
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = ("assemblea", "reunió", "congrés", "ple", "sessió")
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = ("secretari[a]?", "president[a]?", "portaveu", "coordinador[a]?")
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = ("el", "la", "l'", "els", "les", "el nostre", "la nostra")
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = ("membres", "socis", "afiliats")
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = ("anual(?:s)?", "mensual(?:s)?")
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("declaració",)
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("dels",)
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "extracte de l['’]acta del",
    "certificat de l['’]acord del",
    "acord del",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "Assemblea General (?:Ordinària |Extraordinària )?de(?:l| la| l['’])",
    "Congrés de(?:l| la| l['’])",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("secció", "delegació")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("convocad[ao] per", "organitzad[ao] per")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "unió",
    "plataforma",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "de la",
    "de les",
    "dels",
    "del",
    "de",
    "d'",
    "d’",
    "i",
    "per la",
    "per a",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "secció",
    "secció sindical",
    "delegació",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "a la",
    "al",
    "a l'",
    "a l’",
    "demana al",
    "demana a la",
)

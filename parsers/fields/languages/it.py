"""Word tables of Italian (it): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "approvat[aoie]",
    "(?:all')?unanimit[àa]",
    "adottat[aoie]",
    "votat[aoie]",
    "ha approvato",
    "abbiamo approvato",
    "hanno approvato",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "presenter(?:à|anno)",
    "(?:la|lo|le) presentiamo",
    "speriamo che (?:passi|sia approvat[ao]|venga approvat[ao])",
    "vi faremo sapere l.esito",
    "bozza",
    "proposta",
    "presenteremo",
    "proporremo",
    "sarà (?:votata|presentata|discussa)",
    "prossima (?:riunione|assemblea)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "respint[ao]",
    "bocciat[ao]",
    "non (?:è stata|fu) approvat[ao]",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"rinviat[ao]",
    r"rimandat[ao]",
    r"sospes[ao]",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "riunione",
    "assemblea",
    "congresso",
    "conferenza",
    "seduta",
    "approvat[ao]",
    "tenut[ao]",
    "riunit[io]",
    "consiglio",
    "direttivo",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "giuria",
    "udienza",
    "tribunale",
    "processo",
    "appello",
    "presidio",
    "manifestazione",
    "nat[ao]",
    r"arrest\w*",
    "detenut[oaie]",
    "estradizione",
    "carcere",
    "prigione",
    "ambasciata",
    r"dal(?=\s+\d)",  # "dal 2019" is since; "approvata dal Consiglio" is by
    "anniversario",
    "pubblicat[ao]",
    "fino al",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "previst[ao]",
    "attes[ao]",
    "prossim[ao]",
    "sarà",
    "si terrà",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ()
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "sindacato",
    "sezione",
    "circolo",
    "associazione",
    "federazione",
    "comitato",
    "CGIL",
    "CISL",
    "UIL",
    "USB",
    "COBAS",
    "RSU",
    "collettivo",
    "coordinamento",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("gennaio", "gen"),
    ("febbraio", "feb"),
    ("marzo", "mar"),
    ("aprile", "apr"),
    ("maggio", "mag"),
    ("giugno", "giu"),
    ("luglio", "lug"),
    ("agosto", "ago"),
    ("settembre", "set", "sett"),
    ("ottobre", "ott"),
    ("novembre", "nov"),
    ("dicembre", "dic"),
)
# Weekday names and abbreviations, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lunedì", "lunedi"),
    ("martedì", "martedi"),
    ("mercoledì", "mercoledi"),
    ("giovedì", "giovedi"),
    ("venerdì", "venerdi"),
    ("sabato",),
    ("domenica",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = ("ieri(?: sera)?",)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = (
    "l'altro ?ieri(?: sera)?",
    "l’altro ?ieri(?: sera)?",
)
# The day of the message.
TODAY: tuple[str, ...] = (
    "oggi",
    "stasera",
    "stamattina",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "a presto",
    "cordiali saluti",
    r"saluti(?: \w+)?",
    "un saluto",
    "distinti saluti",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (r"risposta automatica", r"fuori sede")
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = ()
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (r"non", r"ancora", r"qualora", r"deve essere", r"dovrà essere")
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (
    r"mozione",
    r"risoluzione",
    r"ordine del giorno",
    r"unanimità",
)
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"mozioni", r"risoluzioni", r"delibere", r"ordini del giorno")
AMENDMENT: tuple[str, ...] = (r"emendamento",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"mozione", r"risoluzione", r"ordine del giorno", r"voti")
COUNT_JOINERS: tuple[str, ...] = (r"a",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"condanna\w*", r"chiede\w*", r"liberazione", r"libertà")
QUESTION: tuple[str, ...] = (r"potete", r"potreste", r"è possibile")
SPEAKER: tuple[str, ...] = (r"relatore",)
THANKS: tuple[str, ...] = (r"grazie",)
NEWSLETTER: tuple[str, ...] = (r"disiscriviti",)
NEWSLETTER_FOOTER: tuple[str, ...] = (r"disiscriviti", r"annulla (?:l'|l’)?iscrizione")
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"notiziario",
    r"in questo numero",
    r"newsletter",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"r", r"rif")
FORWARD_PREFIXES: tuple[str, ...] = (r"i",)
FORWARD_DASHED: tuple[str, ...] = (r"messaggio inoltrato",)
FORWARD_LINES: tuple[str, ...] = ()
ORIGINAL_MESSAGE: tuple[str, ...] = (r"messaggio originale",)
HEADER_FROM: tuple[str, ...] = (r"da",)
HEADER_SENT: tuple[str, ...] = (r"inviato", r"data")
WROTE: tuple[str, ...] = (r"ha scritto",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"inviato da \w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "consiglio",
    "municipio",
    "comune",
    "assemblea",
    "partito",
    "movimento",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "presentat[ao] da(?:l|lla|i|gli)?",
    "propost[ao] da(?:l|lla|i|gli)?",
    "su proposta d(?:i|el|ella)",
    "promoss[ao] da(?:l|lla|i|gli)?",
    "depositat[ao] da(?:l|lla|i|gli)?",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "inviat[ao] a(?:l|lla|i)?",
    "trasmess[ao] a(?:l|lla|i)?",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("(?:il |la )?nostr[aoie]",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "consiglio comunale di",
    "consiglio municipale di",
    "consiglio del municipio",
    "consiglio provinciale di",
    "consiglio regionale d(?:i|el|ella)",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "ha approvato",
    "ha votato",
    "ha deliberato",
    "impegna",
    "delibera",
    "conferisce",
    "esprime",
    "chiede",
    "invita",
    "approvato",
    "approvata",
    "votato",
    "condanna",
    "sostiene",
    "dichiara",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "mozione",
    "ordine del giorno",
    "delibera",
    "risoluzione",
    "testo",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "ha approvato",
    "ha votato",
    "ha adottato",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "comunicato (?:del|della)",
    "dichiarazione (?:del|della)",
    "mozione (?:del|della)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "mozione",
    "ordine del giorno",
    "delibera",
    "deliberazione",
    "verbale",
    "bozza",
    "comunicato",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "organo",
    "approvat[ao] da",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"delibera",
    r"impegna",
    r"chiede",
    r"condanna",
    r"esprime",
    r"sostiene",
    r"considerato",
    r"premesso",
    r"ritenuto",
    r"preso atto",
    r"cittadinanza onoraria",
    r"conferimento",
)
MOTION_TITLES: tuple[str, ...] = (
    r"mozione",
    r"risoluzione",
    r"ordine del giorno",
    r"delibera(?:zione)?",
    r"comunicato",
    r"dichiarazione",
)
NOT_ABOUT: tuple[str, ...] = (r"non riguarda", r"non parla di", r"non tratta di", r"non è su")
EVENT: tuple[str, ...] = (
    r"presidio",
    r"fiaccolata",
    r"incontro pubblico",
    r"proiezione",
    r"annullat[oa]",
    r"rinviat[oa]",
)
OPEN_LETTER: tuple[str, ...] = (r"lettera aperta", r"petizione")
OFFICIAL_RECORD: tuple[str, ...] = (r"verbale", r"deliberazione n")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"delibera",
    r"deliberazione",
    r"comunicato",
    r"dichiarazione",
    r"nota stampa",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "questo",
    "questa",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = ("riunit[ie]",)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("come",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "membro",
    "iscritt[ao]",
    "socio",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "comunale",
    "municipale",
    "nazionale",
    "generale",
    "esecutivo",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "per",
    "a nome di",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "al",
    "a",
    "e",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "vicino a",
    "(?:a )?(?:nord|sud|est|ovest) di",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"consiglio comunale",
    r"consiglio municipale",
    r"comune di",
    r"giunta comunale",
    r"città di",
    r"sindaco di",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "precedente",
    "richiamat[ao]",
)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (
    "annual[ei]",
    "mensil[ei]",
)
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = (
    "membri",
    "iscritti",
)
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = (
    "membri",
    "soci",
)
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = (
    "ieri",
    "oggi",
    "stasera",
)
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = (
    "biblioteca",
    "sala",
    "edificio",
)
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (
    "assemblea",
    "riunione",
    "congresso",
)
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = (
    "segretari[oa]",
    "president[ea]",
    "portavoce",
    r"coordinat\w+",
)
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = (
    "il",
    "lo",
    "la",
    "l'",
    "nostra",
    "nostro",
)

# A body named for its town, the town's name after these words ("Consiglio comunale di X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"consiglio comunale d(?:i|ell'|el)",
    r"consiglio municipale d(?:i|ell'|el)",
    r"comune d(?:i|ell'|el)",
    r"giunta comunale d(?:i|ell'|el)",
    r"città d(?:i|ell'|el)",
    r"sindaco d(?:i|ell'|el)",
)
# A body named for its town, the town's name before these words (none in Italian).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"nazional[ei]", r"federal[ei]")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (
    r"camera dei deputati",
    r"senato(?: della repubblica)?",
    r"parlamento(?: italiano)?",
)
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "a",
    "il",
    "lo",
    "la",
    "le",
    "di",
    "del",
    "da",
    "nel",
    "nella",
    "ieri",
    "comune",
    "città",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = (
    "via",
    "viale",
    "corso",
    "piazza",
    "piazzale",
    "largo",
)
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Università",
    "Ospedale",
    "Biblioteca",
    "Teatro",
    "Palazzo",
    "Sala",
    "Casa",
    "Camera",
    "Centro",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = (
    "nord",
    "da",
    "de",
    "la",
    "le",
    "vista",  # "Vista la proposta": the recital of a council's deliberation
    "visto",
)
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = (
    "a",
    "nel",
    "nella",
    "in",
)
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "a",
    "in",
    "nel",
    "nella",
)
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = (
    "di",
    "del",
    "la",
)
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = (
    "di",
    "del",
    "della",
    "dei",
    "e",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("IT", "CH")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("il",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ("di", "del")
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("il", "del")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("(?:lo )?scorso", "passato")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("prossimo",)
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("sera", "pomeriggio", "mattina")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "il",
    "riunione",
    "assemblea",
    "seduta",
    "sessione",
    "approvat[ao]",
    "tenut[ao]",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = ("riunione", "assemblea", "congresso", "conferenza", "seduta")
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("data",)
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("luogo", "sede")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("gentile", "gentili", "car[aoie]", "spettabile", "egregi[oa]?")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = ("provincia", "regione", "distretto", "repubblica", "regno")
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:condann|chied)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("il",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("alle",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("set", "gen", "ago", "dic")
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()
# A legal form after a body's name, not how members name it ('Verein e.V.', 'Club Ltd').
ORG_LEGAL_FORMS: tuple[str, ...] = ("Onlus",)
# What follows a body's name and ends it, to the end of the text ('X on Tuesday', 'X has').
ORG_NAME_ENDS: tuple[str, ...] = (r"\s+il\b.*$",)
# The article before a meeting's noun written small ('the general meeting of X').
ORG_MEETING_OF_ARTICLES: tuple[str, ...] = ("il", "la", "l['’]")
# A meeting's noun written small before the body that met ('l'assemblea del Circolo X').
ORG_MEETING_OF: tuple[str, ...] = ("assemblea", "riunione")
# The word between that meeting's noun and the body ('of the', 'de la').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("del", "della", "dell['’]", "dei")
# An article or possessive before a body's name in a sentence: the last one opens the name.
ORG_LAST_ARTICLES: tuple[str, ...] = ("nostr[ao]",)
# A word before an article inside a body's name ('branch of the Labor Party').
ORG_INNER_LINKS: tuple[str, ...] = ("di",)
# An article elided onto a body's name, dropped from it (the apostrophe follows).
ORG_ELIDED_ARTICLES: tuple[str, ...] = ("l", "dell", "dall", "d")
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("mozione", "risoluzione", "comunicato", "dichiarazione")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("approvata",)
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("del", "della", "dal", "dalla", "dall['’]")
# In a subject line, the word after the body's name that opens the topic ('X on ...').
ORG_SUBJECT_TOPICS: tuple[str, ...] = ("su", "per")
# (rule, pattern): the model's organisation slot in this language ('This meeting of {name}
# condemns') and 'We, the members of {name}'; {name} stands for the body's name.
ORG_SLOT_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "slot-it",
        (
            r"\b(?:Questa|La) (?P<noun>riunione|assemblea|conferenza) (?P<prep>della |del |"
            r"dei |degli |delle |dell['’]|di ){name}\s+(?:condanna|chiede|denuncia|esige)"
        ),
    ),
)
# (rule, pattern): the framing that says which body passed it ('adopted by {name} on').
ORG_PASSED_BY_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "passed-by-it",
        (
            r"\bapprovat[ao] (?:all['’]unanimità )?(?:dalla|dal|dall['’]|dai)"
            r" {name}(?=\s+(?:il|nel|nella|a|in)\b|[,.\n])"
        ),
    ),
)
# Written so, never a word inside a run of name words: an article or a pronoun with a capital
# opens the next sentence or line; an all-capitals preposition ends a heading's name.
ORG_NOT_NAME_WORDS: tuple[str, ...] = ("Il", "Lo", "Noi", "SU")
# Written so, never the first word of a run of name words ('This Trades Council' is the
# model's own wording).
ORG_NOT_NAME_OPENINGS: tuple[str, ...] = ("Questa", "Questo")
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("di", "della", "dell['’]", "e", "per", "pro")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("Il", "Lo", "il")
# 'Our' or 'this' before a body's noun whose name follows in brackets ('our branch (X)').
ORG_OUR_THIS: tuple[str, ...] = ("nostr[ao]", "questa")
# The auxiliary between a body and its verb ('X has adopted').
ORG_AUXILIARIES: tuple[str, ...] = ("hanno",)
# 'Unanimously' between a body and its verb.
ORG_UNANIMOUSLY: tuple[str, ...] = ("all['’]unanimità",)
# After a body's name in a heading or a title, the word opening the topic ('Statement of
# the X on ...').
ORG_TOPIC_WORDS: tuple[str, ...] = ("su",)
# A word a run of name words never takes, in any case: it opens what follows the name.
ORG_NAME_STOPS: tuple[str, ...] = ("su", "per")
# In a signature, the word between a signer's role and the body ('Secretary of X'), a space
# after it.
ORG_ROLE_LINKS: tuple[str, ...] = ("della ",)
# The article after 'for' in a signature ('for the X'), a space after it unless elided.
ORG_SIGNED_FOR_ARTICLES: tuple[str, ...] = ("il ",)
# The word between a body's noun and the town or body it is a unit of ('Federazione di
# Milano').
ORG_UNIT_OF: tuple[str, ...] = ("di", "della")
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("di", "della", "e")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "estratto del verbale di deliberazione del",
    "verbale di deliberazione del",
    "deliberazione del",
    "delibera del",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "Assemblea Generale d(?:el|ella|ell['’]|ei)",
    "Congresso (?:Nazionale )?d(?:el|ella|ell['’])",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("sezione", "circolo")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = (
    "convocat[ao] d(?:al|alla|ai|agli|all['’])",
    "organizzat[ao] d(?:al|alla|ai|all['’])",
)
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "unione",
    "confederazione",
    "camera del lavoro",
    "rappresentanza",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "della",
    "dell'",
    "dell’",
    "delle",
    "dei",
    "degli",
    "del",
    "di",
    "e",
    "per la",
    "per il",
    "per",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "sezione",
    "circolo",
    "federazione",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "presso la",
    "presso il",
    "presso",
    "nella",
    "nel",
    "alla",
    "al",
    "chiede al",
    "chiede alla",
)

"""Word tables of French (fr): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "adopt[ée]e?s?",
    "votée?s?",
    "(?:à l')?unanimit[ée]",
    "approuv[ée]e?s?",
    "a été votée?",
    "ont voté",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "présentera(?:ont)?",
    "sera mise? aux voix",
    "nous (?:espérons|souhaitons) qu.(?:elle|il) soit (?:adoptée?|votée?)",
    "projet de (?:motion|résolution)",
    "proposer(?:ons|a)",
    "présenter(?:ons|a)",
    "sera (?:soumise?|votée?|présentée?|débattue?)",
    "prochaine (?:réunion|assemblée)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "rejet[ée]e?",
    "n'a pas été (?:adoptée?|votée?)",
    "repouss[ée]e?",
    "mise en minorité",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"ajourn[ée]e?",
    r"report[ée]e?",
    r"renvoy[ée]e? en commission",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "réunion",
    "assemblée",
    "congrès",
    "conférence",
    "séance",
    "adopt[ée]e?",
    "vot[ée]e?",
    "réuni[se]?",
    "conseil",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "jury",
    "audience",
    "tribunal",
    "procès",
    "appel",
    "rassemblement",
    "manifestation",
    "né le",
    "arrêt[ée]",
    "détenue?",
    "extradition",
    "prison",
    "ambassade",
    "depuis",
    "anniversaire",
    "publié",
    "jusqu'au",
    "convoquée?s?",  # the day the members were summoned, not the sitting
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "prévue?s?",
    "attendue?s?",
    "prochaine?",
    "sera",
    "aura lieu",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ("approuvée?s?",)
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "syndicat",
    "section",
    "union locale",
    "union départementale",
    "collectif",
    "association",
    "CGT",
    "FO",
    "SUD",
    "FSU",
    "CFDT",
    "comité",
    "fédération",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "decembre", "déc"),
)
# Weekday names and abbreviations, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = ("hier(?: soir)?",)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("avant-hier(?: soir)?",)
# The day of the message.
TODAY: tuple[str, ...] = (
    "aujourd'hui",
    "ce soir",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "amitiés",
    "(?:bien |très )?cordialement",
    "salutations(?: fraternelles)?",
    "fraternellement",
    "solidairement",
    "bien à vous",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (r"réponse automatique", r"absence", r"non remis")
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"remis",)
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (r"pas", r"jamais", r"si", r"doit encore être", r"pas encore")
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (r"motion", r"résolution", r"texte", r"unanimité")
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"motions", r"résolutions", r"vœux", r"voeux")
AMENDMENT: tuple[str, ...] = (r"amendement",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"résolution", r"voix")
COUNT_JOINERS: tuple[str, ...] = (r"contre",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"condamne\w*", r"exige\w*", r"libération")
QUESTION: tuple[str, ...] = (r"pouvez-vous", r"est-ce que", r"pourriez")
SPEAKER: tuple[str, ...] = (r"intervenant", r"orateur")
THANKS: tuple[str, ...] = (r"merci",)
NEWSLETTER: tuple[str, ...] = (r"se désabonner",)
NEWSLETTER_FOOTER: tuple[str, ...] = (r"se désabonner", r"se désinscrire", r"désinscription")
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"lettre d['’]information",
    r"dans ce numéro",
    r"bulletin",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"réf",)
FORWARD_PREFIXES: tuple[str, ...] = (r"tr",)
FORWARD_DASHED: tuple[str, ...] = (r"message transf[ée]r[ée]",)
FORWARD_LINES: tuple[str, ...] = (r"d[ée]but du message r[ée]exp[ée]di[ée]\s*:",)
ORIGINAL_MESSAGE: tuple[str, ...] = (r"message d'origine",)
HEADER_FROM: tuple[str, ...] = (r"de",)
HEADER_SENT: tuple[str, ...] = (r"envoy[ée]", r"date")
WROTE: tuple[str, ...] = (r"a [ée]crit",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"envoy[ée] de mon \w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "conseil",
    "congrès",
    "assemblée",
    "parti",
    "mouvement",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "propos[ée]e? par",
    "présent[ée]e? par",
    "déposée? par",
    "à l['’]initiative de",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "transmise? à",
    "envoyée? à",
    "adressée? à",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = (
    "notre",
    "nos",
)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "conseil municipal de(?: la ville de)?",
    "conseil communal de",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "exige",
    "dénonce",
    "demande",
    "appelle",
    "a adopté",
    "a rejeté",
    "réuni",
    "adopté",
    "adoptée",
    "voté",
    "exprime",
    "condamne",
    "soutient",
    "déclare",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "motion",
    "résolution",
    "déclaration",
    "vœu",
    "texte",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "a adoptée?",
    "a votée?",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "communiqué (?:du|de la|des)",
    "déclaration (?:du|de la|des)",
    "motion (?:du|de la)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "motion",
    "résolution",
    "projet",
    "communiqué",
    "délibération",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "organe",
    "instance",
    "adoptée? par",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"considérant",
    r"délibère",
    r"après en avoir délibéré",
    r"décide",
    r"exige",
    r"demande",
    r"condamne",
    r"soutient",
    r"appelle",
    r"dénonce",
    r"émet le vœu",
    r"vœu",
    r"citoyen(?:neté)? d['’]honneur",
)
MOTION_TITLES: tuple[str, ...] = (
    r"motion",
    r"résolution",
    r"proposition de résolution",
    r"délibération",
    r"déclaration",
    r"communiqué",
)
NOT_ABOUT: tuple[str, ...] = (
    r"ne porte pas sur",
    r"ne concerne pas",
    r"ne parle pas de",
    r"il ne s['’]agit pas de",
    r"pas sur",
)
EVENT: tuple[str, ...] = (
    r"rassemblement",
    r"réunion publique",
    r"projection",
    r"veillée",
    r"annulée?",
    r"reportée?",
)
OPEN_LETTER: tuple[str, ...] = (r"lettre ouverte", r"pétition", r"tribune")
OFFICIAL_RECORD: tuple[str, ...] = (r"procès-verbal", r"registre des délibérations")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"déclaration",
    r"communiqué",
    r"délibération",
    r"décision",
    r"communiqué de presse",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "ce",
    "cette",
    "cet",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = (
    "réunie?s?",
    "rassemblée?s?",
)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("en tant que",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "membre",
    "adhérente?",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "municipal",
    "communal",
    "national",
    "général",
    "exécutif",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "pour",
    "au nom de",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "au",
    "et",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "près de",
    "(?:au )?(?:nord|sud|est|ouest) de",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"conseil municipal",
    r"mairie de",
    r"ville de",
    r"commune de",
    r"conseil départemental",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "précédente?",
    "rappelant",
)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (
    "annuelle?",
    "mensuelle?",
)
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = (
    "membres",
    "adhérent(?:e)?s",
)
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = (
    "membres",
    "notre section",
)
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = (
    "hier",
    "avant-hier",
    "aujourd['’]hui",
)
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = (
    "bibliothèque",
    "salle",
)
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (
    "réunion",
    "assemblée(?: générale)?",
    "congrès",
)
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = (
    "secrétaire",
    "présidente?",
    "délégu[ée]e?",
    "porte-parole",
)
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = (
    "la",
    "le",
    "les",
    "l'",
    "notre",
)

# A body named for its town, the town's name after these words ("conseil municipal de X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"conseil municipal (?:de la ville )?d[e']",
    r"mairie d[e']",
    r"ville d[e']",
    r"commune d[e']",
)
# A body named for its town, the town's name before these words (none in French).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"national(?:e|es|aux)?", r"fédéra(?:l|le|ux|les)")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (r"assemblée nationale", r"sénat", r"parlement")
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "à",
    "en",
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "hier",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = (
    "rue",
    "avenue",
    "boulevard",
    "bd",
    "place",
    "quai",
)
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Mairie",
    "Salle",
    "Maison",
    "Bourse",
    "Université",
    "Hôpital",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = (
    "nord",
    "la",
    "le",
    "de",
)
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = (
    "en",
    "à",
)
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "à",
    "en",
    "de",
)
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = (
    "sur",
    "sous",
    "lès",
    "les",
    "de",
    "la",
    "le",
    "en",
)
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = (
    "de",
    "du",
    "des",
    "la",
    "le",
    "et",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("FR", "BE", "CH", "CA")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("le",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ()
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("le", "du")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("dernier",)
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("prochain",)
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("soir", "après-midi", "matin")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = ("le", "réunion", "assemblée", "séance", "adoptée?", "tenue")
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = ("réunion", "assemblée", "congrès", "conférence", "séance")
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("date", "date de la réunion")
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("lieu", "lieu de la réunion")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("chère?s?", "madame", "monsieur", "bonjour")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = (
    "province",
    "région",
    "département",
    "canton",
    "district",
    "république",
    "royaume",
)
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:nous )?(?:condamne|exige)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("le",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("à",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("mai",)
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()
# A legal form after a body's name, not how members name it ('Verein e.V.', 'Club Ltd').
ORG_LEGAL_FORMS: tuple[str, ...] = (r"a\.?s\.?b\.?l\.?",)
# What follows a body's name and ends it, to the end of the text ('X on Tuesday', 'X has').
ORG_NAME_ENDS: tuple[str, ...] = (r"\s+le\b.*$",)
# The article before a meeting's noun written small ('the general meeting of X').
ORG_MEETING_OF_ARTICLES: tuple[str, ...] = ("l['’]", "la", "le")
# A meeting's noun written small before the body that met ('l'assemblea del Circolo X').
ORG_MEETING_OF: tuple[str, ...] = ("assemblée(?: générale)?", "réunion")
# The word between that meeting's noun and the body ('of the', 'de la').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("de la", "du", "des", "de l['’]", "de")
# An article or possessive before a body's name in a sentence: the last one opens the name.
ORG_LAST_ARTICLES: tuple[str, ...] = ("notre",)
# A word before an article inside a body's name ('branch of the Labor Party').
ORG_INNER_LINKS: tuple[str, ...] = ("de",)
# An article elided onto a body's name, dropped from it (the apostrophe follows).
ORG_ELIDED_ARTICLES: tuple[str, ...] = ("l", "d")
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("résolution", "communiqué", "déclaration")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("adoptée",)
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("de la", "du", "de", "par")
# In a subject line, the word after the body's name that opens the topic ('X on ...').
ORG_SUBJECT_TOPICS: tuple[str, ...] = ("sur",)
# (rule, pattern): the model's organisation slot in this language ('This meeting of {name}
# condemns') and 'We, the members of {name}'; {name} stands for the body's name.
ORG_SLOT_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "slot-fr",
        (
            r"\b(?:Cette|La présente|La|L['’]) ?(?P<noun>réunion|assemblée générale|assemblée|"
            r"conférence|congrès) (?P<prep>de la |du |des |de l['’]|d['’]|de )"
            r"{name}\s+(?:condamne|exige|dénonce|demande|proteste)"
        ),
    ),
    (
        "members-of-fr",
        (r"\bNous,? (?:les )?(?:membres|adhérents) (?:de la |du |des |de l['’]|de ){name},"),
    ),
)
# (rule, pattern): the framing that says which body passed it ('adopted by {name} on').
ORG_PASSED_BY_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "passed-by-fr",
        (
            r"\badopt[ée]e? (?:à l['’]unanimité )?par (?:la |le |l['’]|les )"
            r"?{name}(?=\s+(?:le|lors|à|en)\b|[,.\n])"
        ),
    ),
)
# Written so, never a word inside a run of name words: an article or a pronoun with a capital
# opens the next sentence or line; an all-capitals preposition ends a heading's name.
ORG_NOT_NAME_WORDS: tuple[str, ...] = ("Le", "La", "Les", "Nous", "SUR")
# Written so, never the first word of a run of name words ('This Trades Council' is the
# model's own wording).
ORG_NOT_NAME_OPENINGS: tuple[str, ...] = ("Cette", "Ce", "Notre")
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("de", "du", "des", "et", "la", "le", "en", "pour")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("Le", "La", "Les", "L['’]", "Notre", "la", "le")
# 'Our' or 'this' before a body's noun whose name follows in brackets ('our branch (X)').
ORG_OUR_THIS: tuple[str, ...] = ("notre", "cette")
# The auxiliary between a body and its verb ('X has adopted').
ORG_AUXILIARIES: tuple[str, ...] = ("a", "ont")
# 'Unanimously' between a body and its verb.
ORG_UNANIMOUSLY: tuple[str, ...] = ("à l['’]unanimité",)
# After a body's name in a heading or a title, the word opening the topic ('Statement of
# the X on ...').
ORG_TOPIC_WORDS: tuple[str, ...] = ("sur",)
# A word a run of name words never takes, in any case: it opens what follows the name.
ORG_NAME_STOPS: tuple[str, ...] = ("sur",)
# In a signature, the word between a signer's role and the body ('Secretary of X'), a space
# after it.
ORG_ROLE_LINKS: tuple[str, ...] = ("de la ", "du ", "de ", "des ")
# The article after 'for' in a signature ('for the X'), a space after it unless elided.
ORG_SIGNED_FOR_ARTICLES: tuple[str, ...] = ("le ", "la ", "l['’]")
# A role after the body on a signature line ('X, branch secretary'): the body ends there.
ORG_SIGNATURE_ROLES: tuple[str, ...] = ("secrétaire",)
# The word between a body's noun and the town or body it is a unit of ('Federazione di
# Milano').
ORG_UNIT_OF: tuple[str, ...] = ("de", "du", "des")
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("de", "du", "des", "la", "le", "et")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "extrait du registre des délibérations d(?:u|e la|es)",
    "extrait (?:du procès-verbal|des délibérations) d(?:u|e la|es)",
    "délibération d(?:u|e la)",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "Assemblée Générale (?:Ordinaire |Extraordinaire )?d(?:u|e la|es|e l['’])",
    "Congrès d(?:u|e la|es|e l['’])",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("section", "comité local")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = (
    "convoquée? par",
    "organisée? par",
    "à l['’]appel d(?:u|e la|es|e l['’])",
)
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "union",
    "centrale",
    "coordination",
    "amicale",
    "confédération",
    "intersyndicale",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "de la",
    "de l'",
    "de l’",
    "des",
    "du",
    "de",
    "et",
    "pour la",
    "pour le",
    "pour",
    "d'",
    "d’",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "section",
    "comité",
    "union locale",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "à la",
    "au",
    "à l'",
    "à l’",
    "dans la",
    "salle",
    "demande au",
    "demande à la",
    "appelle le",
    "appelle la",
)

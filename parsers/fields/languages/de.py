"""Word tables of German (de): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "beschlossen",
    "verabschiedet",
    "angenommen",
    "einstimmig",
    "zugestimmt",
    "mehrheitlich",
    "gebilligt",
    "stimmten? (?:für|zu)",
    "Beschluss gefasst",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "(?:einbringen|vorlegen|beantragen) wird",
    "wird (?:[^\\W\\d]+ ){0,6}(?:eingebracht|vorgelegt|beraten)",
    "Entwurf",
    "werden? (?:wir )?(?:einbringen|vorlegen|abstimmen)",
    "(?:einbringen|vorlegen|vorschlagen) (?:werden|wollen)",
    "nächsten (?:Sitzung|Versammlung)",
    "zur Abstimmung (?:stellen|vorlegen)",
    "beantragen",
    "mögen? beschließen",  # a motion's formula: "Die Konferenz möge beschließen"
    r"(?:Antrag|Anträge) (?:[^\W\d]+ ){0,12}stellen",
    "fristgerecht eingereicht",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "abgelehnt",
    "nicht angenommen",
    "keine Mehrheit",
    "gescheitert",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"vertagt",
    r"zurückgestellt",
    r"zurückverwiesen",
    r"verschoben",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "Versammlung",
    "Sitzung",
    r"\w+sitzung",  # a compound: Vorstandssitzung, Ratssitzung
    "Mitgliederversammlung",
    "Konferenz",
    "Treffen",
    "Tagung",
    "Kongress",
    "beschlossen",
    "verabschiedet",
    "angenommen",
    "Vorstand",
    "Delegiertenversammlung",
    "Jahreshauptversammlung",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "Geschworene\\w*",
    "Anhörung",
    "Gericht",
    "Prozess",
    "Berufung",
    "Kundgebung",
    r"Demo\w*",
    "Mahnwache",
    "geboren",
    "verhaftet",
    "Verhaftung",
    r"Auslieferung\w*",
    "Haft",
    "Gefängnis",
    "Botschaft",
    "seit",
    "Jahrestag",
    "veröffentlicht",
    "bis zum",
    "Veranstaltung",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "erwartet",
    "geplant",
    "nächste[nr]?",
    "kommende[nr]?",
    "werden",
    "wird",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ("zugestimmt",)
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "Ortsvereins?",
    "Ortsgruppe",
    r"\w*[Gg]ewerkschaft",
    r"\w*[Gg]ruppe",
    "Kreisverband(?:e?s)?",
    "Bezirk(?:e?s)?",
    r"\w*[Vv]erband(?:e?s)?",
    r"\w*[Vv]erein(?:e?s)?",
    "Vertrauensleute",
    "Betriebsrat(?:e?s)?",
    "Fachbereich(?:e?s)?",
    r"ver\.di",
    "IG Metall",
    "GEW",
    "Initiative",
    "Bündnis(?:ses)?",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("januar", "jänner", "jan"),
    ("februar", "feb"),
    ("märz", "maerz", "mär"),
    ("april", "apr"),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("dezember", "dez"),
)
# Weekday names and abbreviations, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag", "sonnabend"),
    ("sonntag",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = ("gestern(?: ?abend)?",)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("vorgestern(?: ?abend)?",)
# The day of the message.
TODAY: tuple[str, ...] = ("heute(?: abend)?",)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "mit (?:solidarischen|freundlichen|kollegialen) grüßen",
    "solidarische grüße",
    "grüße",
    "(?:viele|liebe|herzliche|beste|freundliche) grüße",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (r"abwesenheit\w*", r"automatische antwort", r"unzustellbar")
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"zustell",)
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (r"nicht", r"noch nicht", r"falls", r"wenn", r"muss noch", r"soll noch")
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (
    r"Resolution",
    r"Antrag",
    r"Beschluss",
    r"Entschließung",
    r"einstimmig",
)
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"Resolutionen", r"Anträge", r"Beschlüsse", r"Entschließungen")
AMENDMENT: tuple[str, ...] = (r"Änderungsantrag",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (
    r"Antrag",
    r"Resolution",
    r"Beschluss",
    r"Entschließung",
    r"Stimmen",
    r"einstimmig",
)
COUNT_JOINERS: tuple[str, ...] = (r"zu",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"verurteil\w*", r"fordert", r"fordern", r"Freilassung")
QUESTION: tuple[str, ...] = (r"können (?:Sie|wir)", r"könnt ihr")
SPEAKER: tuple[str, ...] = (r"Referent\w*", r"Redner\w*")
THANKS: tuple[str, ...] = (r"vielen dank", r"danke")
NEWSLETTER: tuple[str, ...] = (r"abbestellen",)
NEWSLETTER_FOOTER: tuple[str, ...] = (r"abbestellen", r"abmelden")
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"Rundbrief",
    r"in dieser Ausgabe",
    r"Newsletter",
    r"Mitgliederinfo",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"aw", r"antw")
FORWARD_PREFIXES: tuple[str, ...] = (r"wg",)
FORWARD_DASHED: tuple[str, ...] = (r"weitergeleitete nachricht",)
FORWARD_LINES: tuple[str, ...] = (r"anfang der weitergeleiteten (?:e-mail|nachricht):",)
ORIGINAL_MESSAGE: tuple[str, ...] = (r"urspr[üu]ngliche nachricht",)
HEADER_FROM: tuple[str, ...] = (r"von",)
HEADER_SENT: tuple[str, ...] = (r"gesendet", r"datum")
WROTE: tuple[str, ...] = (r"schrieb",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"von meinem \w+ gesendet.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "Vorstand",
    "Abteilung",
    "Partei",
    "Stadtrat",
    "Gemeinderat",
    "Kreistag",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "eingereicht von",
    "Antragsteller(?:in)?",
    "vorgelegt von",
    "weitergeleitet von",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "eingereicht (?:bei|an)",
    "geschickt an",
    "weitergeleitet an",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("unser(?:e[rsnm]?)?",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "Gemeinderat (?:von|der Stadt|der Gemeinde)",
    "Stadtrat (?:von|der Stadt)",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "fordert",
    "verlangt",
    "beschließt",
    "stellt sich",
    "stellen sich",
    "hat",
    "beschlossen",
    "verabschiedet",
    "angenommen",
    "verurteilt",
    "unterstützt",
    "erklärt",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "Resolution",
    "Antrag",
    "Beschluss",
    "Erklärung",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "beschlossen",
    "verabschiedet",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "Beschluss (?:der|des|vom)",
    "Erklärung (?:der|des)",
    "Resolution (?:der|des)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "Resolution",
    "Antrag",
    "Beschluss",
    "Entwurf",
    "Pressemitteilung",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "Gremium",
    "beschlossen von",
    "Organisation",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"beschließt",
    r"möge beschließen",
    r"fordert",
    r"fordern",
    r"verurteilt",
    r"verurteilen",
    r"unterstützt",
    r"unterstützen",
    r"stellt fest",
    r"erklärt",
    r"verlangt",
    r"appelliert",
    r"Begründung",
    r"Ehrenbürger\w*",
)
MOTION_TITLES: tuple[str, ...] = (
    r"Antrag",
    r"Beschluss",
    r"Resolution",
    r"Entschließung",
    r"Erklärung",
    r"Stellungnahme",
)
NOT_ABOUT: tuple[str, ...] = (r"nicht über", r"geht nicht um", r"nicht um")
EVENT: tuple[str, ...] = (
    r"Mahnwache",
    r"Kundgebung",
    r"Veranstaltung",
    r"Info-Veranstaltung",
    r"Vortrag",
    r"alle sind willkommen",
    r"abgesagt",
    r"verschoben",
)
OPEN_LETTER: tuple[str, ...] = (r"offener Brief", r"offenen Brief", r"Petition")
OFFICIAL_RECORD: tuple[str, ...] = (r"Protokoll", r"Niederschrift", r"Beschlussvorlage")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"Beschluss",
    r"Stellungnahme",
    r"Erklärung",
    r"Positionspapier",
    r"Pressemitteilung",
    r"Presseerklärung",
    r"Kernaussagen",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "dieser",
    "diese",
    "dieses",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = (
    "versammelt",
    "getroffen",
)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("als",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = ("Mitglied",)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "Stadt",
    "Gemeinde",
    "Bundes",
    "Landes",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = ("für",)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "bis",
    "und",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "nahe",
    "(?:nördlich|südlich|östlich|westlich) von",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"Gemeinderat(?:e?s)?",
    r"Stadtrat(?:e?s)?",
    r"Rat der Stadt",
    r"Stadtverordnetenversammlung",
    r"Bezirksverordnetenversammlung",
    r"Kreistag(?:e?s)?",
    r"Stadt",
    r"Gemeinde",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "vorigen",
    "vorherigen",
    "Protokoll der letzten",
)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (
    r"jährlich\w*",
    r"monatlich\w*",
)
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = (r"Mitglieder(?:n)?",)
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = (
    "mitglieder",
    "unser ortsverein",
)
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = (
    "gestern",
    "vorgestern",
    "heute",
)
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = (
    "Bibliothek",
    "Saal",
    "Gebäude",
)
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (
    r"\w*versammlung",
    "Versammlung",
    "Mitgliederversammlung",
    "Delegiertenversammlung",
    "Jahreshauptversammlung",
    "Sitzung",
)
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = (
    "Vorsitzende[rn]?",
    "Sekretär(?:in)?",
    "Sprecher(?:in)?",
    "Schriftführer(?:in)?",
)
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = (
    "die",
    "der",
    "des",
    "dem",
    "unser(?:e[rsm]?)?",
)

# A body named for its town, the town's name after these words ("Gemeinderat X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"(?:Gemeinderat|Stadtrat)(?:e?s)? der (?:Gemeinde|Stadt)",
    r"Rat der Stadt",
    r"Stadtverordnetenversammlung (?:der Stadt|von)",
    r"Marktgemeinde",
    r"Stadtgemeinde",
)
# A body named for its town, the town's name before these words (none in German).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"national\w*", r"Bundes\w+", r"bundesweit\w*")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (r"(?:Deutsche[rn]? )?Bundestag", r"Bundesrat", r"Nationalrat")
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "in",
    "zu",
    "im",
    "am",
    "aus",
    "bei",
    "gestern",
    "heute",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = (
    "straße",
    "strasse",
    r"str\.",
    "platz",
    "allee",
    "weg",
    "gasse",
)
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Klinikum",
    "Universitätsklinikum",
    "Uniklinik",
    "Universität",
    "Hochschule",
    "Rathaus",
    "Stadthalle",
    "Volkshaus",
    "Gewerkschaftshaus",
    "Bürgerhaus",
    "Bibliothek",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = (
    "nord",
    "süd",
    "ost",
    "west",
)
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = (
    "in",
    "im",
    "bei",
)
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "zu",
    "bei",
    "aus",
)
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = (
    "am",
    "an",
    "der",
    "im",
    "in",
)
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = (
    "für",
    "der",
    "des",
    "und",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("DE", "AT", "CH")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("den",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ()
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("am", "den", "vom")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("letzten", "vergangenen")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("nächsten", "kommenden")
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("abend", "nachmittag", "morgen")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "am",
    "Versammlung",
    "Sitzung",
    r"\w+sitzung",
    "beschlossen",
    "abgehalten",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = (
    "Versammlung",
    "Sitzung",
    "Mitgliederversammlung",
    "Konferenz",
    "Kongress",
)
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("datum",)
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("ort", "tagungsort", "versammlungsort", "sitzungsort")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("liebe[rs]?", "sehr geehrte[rs]?", "hallo", "guten tag")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = (
    "provinz",
    "kreis",
    "landkreis",
    "bezirk",
    "kanton",
    "land",
    "bundesland",
    "region",
    "republik",
)
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:wir )?(?:verurteil|fordert)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("am",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("um",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("mai",)
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()
# A legal form after a body's name, not how members name it ('Verein e.V.', 'Club Ltd').
ORG_LEGAL_FORMS: tuple[str, ...] = (r"e\.\s?V\.?", "gGmbH")
# (ending, noun): a genitive ending of a body's noun undone, in compounds too ('Mietervereins').
ORG_GENITIVES: tuple[tuple[str, str], ...] = (
    ("ortsvereins", "Ortsverein"),
    ("tags", "Tag"),
    ("verbands", "Verband"),
    ("vereins", "Verein"),
    ("bezirks", "Bezirk"),
    ("kreisverbands", "Kreisverband"),
    ("betriebsrats", "Betriebsrat"),
    ("landesverbands", "Landesverband"),
    ("bundes", "Bund"),
    ("fachbereichs", "Fachbereich"),
)
# A body's noun closing a compound word ('Friedensinitiative', 'Mieterverein').
ORG_COMPOUND_ENDINGS: tuple[str, ...] = (
    "initiative",
    "verein",
    "gruppe",
    "bündnis",
    "verband",
    "gewerkschaft",
    "komitee",
    "netzwerk",
    "kollektiv",
    "kreis",
    "forum",
)
# What follows a body's name and ends it, to the end of the text ('X on Tuesday', 'X has').
ORG_NAME_ENDS: tuple[str, ...] = (r"\s+am\b.*$",)
# The article before a meeting's noun written small ('the general meeting of X').
ORG_MEETING_OF_ARTICLES: tuple[str, ...] = ("die",)
# The word between that meeting's noun and the body ('of the', 'de la').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("der",)
# An article or possessive before a body's name in a sentence: the last one opens the name.
ORG_LAST_ARTICLES: tuple[str, ...] = ("unser[e]?",)
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("Beschluss", "Erklärung")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("beschlossen", "angenommen", "verabschiedet")
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("von", "vom", "der", "des")
# In a subject line, the word after the body's name that opens the topic ('X on ...').
ORG_SUBJECT_TOPICS: tuple[str, ...] = ("zu", "über")
# (rule, pattern): the model's organisation slot in this language ('This meeting of {name}
# condemns') and 'We, the members of {name}'; {name} stands for the body's name.
ORG_SLOT_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "slot-de",
        (
            r"\b(?:Diese|Die) (?:Mitglieder|Jahreshaupt|Delegierten)?(?:versammlung|Sitzung|"
            r"Konferenz|Vorstand) (?:des|der|von) {name}\s+(?:verurteilt|fordert|protestiert|"
            r"erklärt|verlangt)"
        ),
    ),
    (
        "members-of-de",
        (r"\bWir,? (?:die )?Mitglieder (?:des|der|von) {name},"),
    ),
    (
        "members-act-de",
        (
            r"\bDie Mitglieder (?:des|der) {name_in_clause}(?:,? e\.\s?V\.)?\s+"
            r"(?:fordern|verlangen|verurteilen|protestieren|erklären|unterstützen)\b"
        ),
    ),
)
# (rule, pattern): the framing that says which body passed it ('adopted by {name} on').
ORG_PASSED_BY_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "passed-by-de",
        (
            r"\b(?:von|vom) (?:der |dem |den )?{name}\s+(?:einstimmig )?(?:beschlossen|"
            r"verabschiedet|angenommen)"
        ),
    ),
)
# (rule, pattern): the vote's verb before the body that passed it ('hat unsere {name} die
# folgende Resolution').
ORG_VERB_FIRST_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "named-body-passed-de",
        (
            r"\b(?:hat|haben)\s+(?:unser[e]?|die|der|das)\s+{name}\s+(?:die|diese|den|das)"
            r"\s+(?:folgende\s+)?(?:Resolution|Entschließung|Antrag|Beschluss)"
        ),
    ),
)
# Written so, never a word inside a run of name words: an article or a pronoun with a capital
# opens the next sentence or line; an all-capitals preposition ends a heading's name.
ORG_NOT_NAME_WORDS: tuple[str, ...] = ("Der", "Die", "Das", "Wir", "ZU")
# Written so, never the first word of a run of name words ('This Trades Council' is the
# model's own wording).
ORG_NOT_NAME_OPENINGS: tuple[str, ...] = ("Diese[rs]?",)
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("und", "der", "für")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("Der", "Die", "Das", "Unser[e]?")
# 'Our' or 'this' before a body's noun whose name follows in brackets ('our branch (X)').
ORG_OUR_THIS: tuple[str, ...] = ("unser[e]?",)
# The auxiliary between a body and its verb ('X has adopted').
ORG_AUXILIARIES: tuple[str, ...] = ("hat",)
# 'Unanimously' between a body and its verb.
ORG_UNANIMOUSLY: tuple[str, ...] = ("einstimmig",)
# After a body's name in a heading or a title, the word opening the topic ('Statement of
# the X on ...').
ORG_TOPIC_WORDS: tuple[str, ...] = ("zu",)
# A word a run of name words never takes, in any case: it opens what follows the name.
ORG_NAME_STOPS: tuple[str, ...] = ("zu", "zum", "zur")
# In a signature, the word between a signer's role and the body ('Secretary of X'), a space
# after it.
ORG_ROLE_LINKS: tuple[str, ...] = ("der ",)
# The article after 'for' in a signature ('for the X'), a space after it unless elided.
ORG_SIGNED_FOR_ARTICLES: tuple[str, ...] = ("den ", "die ", "das ")
# A role after the body on a signature line ('X, branch secretary'): the body ends there.
ORG_SIGNATURE_ROLES: tuple[str, ...] = ("Vorsitz",)
# The word between a body's noun and the town or body it is a unit of ('Federazione di
# Milano').
ORG_UNIT_OF: tuple[str, ...] = ("der", "von")
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("der", "und")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "Auszug aus (?:dem|der) (?:Sitzungs)?(?:protokoll|niederschrift) de[sr]",
    "Beschluss de[sr]",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "(?:Ordentliche |Außerordentliche )?"
    "(?:Mitglieder|Jahreshaupt|Haupt|Delegierten)versammlung de[sr]",
    "(?:Bundes|Landes)?(?:Kongress|Parteitag|Gewerkschaftstag) de[sr]",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("Sektion", "Ortsgruppe", "Ortsverein", "Bezirksgruppe")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("einberufen von", "organisiert von", "auf Einladung de[sr]")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    r"\w*gewerkschaft",
    r"\w*verband",
    r"\w*verein",
    r"\w*gruppe",
    "sektion",
    r"\w*bündnis",
    r"\w*rat",
    "bezirk",
    "bund",
    "fachbereich",
    "ortsverein",
    "kreisverband",
    "landesverband",
    "komitee",
    "forum",
    "netzwerk",
    "kollektiv",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "der",
    "des",
    "für",
    "und",
    "von",
    "vom",
    "zur",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "sektion",
    "ortsgruppe",
    "ortsverein",
    "bezirk",
    "fachbereich",
    "betriebsgruppe",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "im",
    "in der",
    "an der",
    "auf der",
    "bei der",
    "beim",
    "an die",
    "fordert die",
    "fordern die",
)

"""Word tables of English (en): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    r"voted\b[^.;:]{0,60}?\bto (?:adopt|pass|support|endorse|back)",
    r"(?:held|meeting)\b[^.;:]{0,80}\bresolved",
    "passed",
    "carried(?! out)",
    "adopted",
    "went through",
    "unanimous(?:ly)?",
    "agreed",
    "approved",
    "endorsed",
    "voted (?:for|in favou?r|to (?:adopt|pass|support|endorse))",
    "voted (?:up|through)",
    "we voted",
    "(?:was|were) ratified",
    "supported the (?:motion|resolution)",
    r"nem\.? ?con\.?",
    "without (?:a vote|opposition) against",
    "overwhelming(?:ly)?",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "(?:I|we|they|she|he)['’]ll (?:be )?(?:mov(?:e|ing)|propos(?:e|ing)|tabl(?:e|ing)|"
    "put(?:ting)?|submit(?:ting)?|present(?:ing)?|bring(?:ing)?)",
    "(?:I am|I['’]m|we are|we['’]re) (?:moving|proposing|tabling|submitting|bringing) "
    "(?:a|the|this|our|it)",
    "will (?:be )?(?:mov(?:e|ing|ed)|propos(?:e|ing|ed)|tabl(?:e|ing|ed)|put(?:ting)?|"
    "submit(?:ting)?|present(?:ing)?|bring(?:ing)?|vot(?:e|ing|ed)|debat(?:e|ed))",
    "to be (?:moved|put|debated|voted|discussed|tabled|considered)",
    "draft",
    "proposed(?! by)",
    "(?:was|were|been|is) tabled",
    "on the agenda",
    "nothing (?:has been|was) decided",
    "yet to be (?:debated|voted on|decided|heard)",
    "(?:has|have) not (?:yet )?been debated",
    "attend and vote",
    "we (?:plan|intend|hope|want) to",
    "going to (?:move|put|propose)",
    r"next (?:meeting|week|month)(?!\s*:)",  # not a minutes' "Next meeting: <date>" line
    r"agenda(?=\s*:)",  # a coming meeting's agenda listing the motion
    "upcoming",
    "before (?:our|the) (?:next )?meeting",
    "for (?:our|the) (?:next|coming) meeting",
    "hope (?:to|it) (?:pass|will)",
    "not yet (?:been )?(?:passed|voted|adopted)",
    "has not been (?:voted|passed)",
    "(?:agreed|decided) to (?:put|bring|submit|table|move|propose) (?:the|this|our|a) "
    "(?:motion|resolution)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "was lost",
    "were lost",
    "defeated",
    "voted down",
    "voted against",
    "rejected",
    "fell",
    "failed to (?:pass|carry|win)",
    "did not (?:pass|carry)",
    "was not (?:passed|carried|adopted)",
    "(?<!if[ ])(?<!yet[ ])not (?:carried|adopted)",
    r"failed (?:by|on)(?= (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\b)",
    "lost the vote",
    "narrowly lost",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"to table (?:it|the (?:motion|resolution))",
    r"tabling",
    r"deferred",
    r"postponed",
    r"adjourned",
    r"referred back",
    r"held over",
    r"not dead",
    r"bring it back",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "meeting",
    "met",
    "AGM",
    "EGM",
    "conference",
    "congress",
    "assembly",
    "branch",
    "passed",
    "carried",
    "adopted",
    "agreed",
    "voted",
    "held",
    "convened",
    "assembled",
    "gathering",
    "session",
    "forum",
    "committee",
    "council",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "(?:grand )?jur(?:y|ies)",
    "hearings?",
    "court",
    "trials?",
    "appeal",
    "rall(?:y|ies)",
    "protests?",
    "demonstrations?",
    "vigils?",
    "pickets?",
    "marched",
    "born",
    "arrest(?:ed)?",
    "sentenc(?:e|ed)",
    r"extradit\w*",
    r"imprison\w*",
    "jail(?:ed)?",
    "prison",
    "embassy",
    "since",
    "anniversary",
    "published",
    "issued",
    "printed",
    "released",
    "deadline",
    "expire[sd]?",
    "leaked",
    "convicted",
    "custody",
    r"prosecut\w*",
    "until",
    "public meeting",
    "screening",
    "film",
    "events?",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "expected",
    "due",
    "scheduled",
    "next",
    "upcoming",
    "will",
    "coming",
    "forthcoming",
    "planned",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = (
    "agreed",
    "approved",
    "endorsed",
    "supported",
)
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "branch",
    "sub-branch",
    "union",
    "association",
    "council",
    "committee",
    "local",
    "chapter",
    "society",
    "federation",
    "club",
    "party",
    "group",
    "network",
    "league",
    "trades council",
    "district",
    "region(?:al)?",
    "caucus",
    "collective",
    "guild",
    "workers",
    "students",
    "members",
    "residents",
    "tenants",
    "chapel",
    "lodge",
    "congress",
    "forum",
    "NEU",
    "UCU",
    "Unite",
    "UNISON",
    "GMB",
    "RMT",
    "ASLEF",
    "CWU",
    "PCS",
    "NUJ",
    "FBU",
    "TSSA",
    "BMA",
    "EIS",
    "NASUWT",
    "Equity",
    "SEIU",
    "AFT",
    "UAW",
    "CUPE",
    "MEAA",
    "CFMEU",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# Weekday names and abbreviations, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "mon"),
    ("tuesday", "tues", "tue"),
    ("wednesday", "wed"),
    ("thursday", "thurs", "thu"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = (
    "yesterday",
    "last night",
)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("the day before yesterday",)
# The day of the message.
TODAY: tuple[str, ...] = (
    "today",
    "tonight",
    "this evening",
    "this morning",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "(?:kind |best |warm )?regards",
    "with solidarity",
    "yours in solidarity",
    "many thanks",
    "best(?: wishes)?",
    "in solidarity",
    "solidarity",
    r"yours(?: \w+)?",
    "thanks?(?: you)?",
    "cheers",
    "sincerely",
    "comradely",
    "fraternally",
    "peace",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    r"out of (?:the )?office",
    r"automatic reply",
    r"auto(?:matic)?[- ]?reply",
    r"autoreply",
    r"undeliver(?:ed|able)",
    r"delivery status notification",
    r"mail delivery failed",
    r"returned mail",
)
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"deliver", r"returned")
# Words that make a vote word before them negated or conditional ("not yet passed").
NEGATION: tuple[str, ...] = (
    r"has to be",
    r"still to be",
    r"must still be",
    r"not",
    r"never",
    r"yet to",
    r"if",
    r"once",
    r"whether",
    r"hope",
    r"hoping",
    r"hopefully",
    r"should",
    r"would",
    r"could",
    r"might",
)
# Words that show a sentence is about the motion itself (what a defeat must be about).
MOTION_NOUNS: tuple[str, ...] = (
    r"motion",
    r"resolution",
    r"it",
    r"this",
    r"text",
    r"statement",
    r"following",
    r"unanim\w*",
)
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"resolutions", r"motions")
# An amendment: its defeat is not the motion's.
AMENDMENT: tuple[str, ...] = (r"amendment",)
# Words that tie a vote verb to the vote: the motion, the votes, the count.
VOTE_TIES: tuple[str, ...] = (
    r"motions?",
    r"resolutions?",
    r"votes?",
    r"voted",
    r"unanim\w*",
    r"nem\.? ?con\.?",
)
# The word between the two numbers of a count ("12 to 3").
COUNT_JOINERS: tuple[str, ...] = (r"to",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (
    r"condemns?",
    r"calls? (?:on|for)",
    r"demands?",
    r"resolves?",
    r"deplores?",
    r"this meeting",
    r"we demand",
    r"we call",
    r"release",
    r"freedom",
    r"free",
)
# A message that asks something.
QUESTION: tuple[str, ...] = (
    r"can (?:you|we|I)",
    r"could (?:you|we|I)",
    r"would (?:you|it be)",
    r"is it (?:ok|possible)",
    r"do you have",
    r"how (?:do|can|should)",
    r"where can",
    r"any advice",
)
# A message about a speaker for a meeting.
SPEAKER: tuple[str, ...] = (r"speaker", r"speak at", r"address our")
THANKS: tuple[str, ...] = (r"thank(?:s| you)",)
# A newsletter or list post.
NEWSLETTER: tuple[str, ...] = (
    r"unsubscribe",
    r"newsletter",
    r"view (?:this email )?in (?:your )?browser",
)
# The footer of a newsletter or list post.
NEWSLETTER_FOOTER: tuple[str, ...] = (
    r"unsubscribe",
    r"view (?:this email |it )?in (?:your )?browser",
)
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"bulletin",
    r"in this issue",
    r"news ?letter",
    r"this month['’]s news",
)
# Words of spam (two of them make a message spam).
SPAM: tuple[str, ...] = (
    r"viagra",
    r"casino",
    r"lottery",
    r"bitcoin",
    r"crypto",
    r"SEO",
    r"backlinks",
    r"winner",
    r"prize",
    r"investment opportunity",
    r"loan",
    r"inheritance",
    r"beneficiary",
    r"click here",
    r"weight loss",
)
# Subject prefixes of a reply and of a forward.
REPLY_PREFIXES: tuple[str, ...] = (r"re",)
FORWARD_PREFIXES: tuple[str, ...] = (r"fwd?", r"fw")
# The line above a forwarded message: between dashes, or a line of its own.
FORWARD_DASHED: tuple[str, ...] = (r"forwarded message",)
FORWARD_LINES: tuple[str, ...] = (r"begin forwarded message:",)
# The line (between dashes) above the message a reply answers.
ORIGINAL_MESSAGE: tuple[str, ...] = (r"original message",)
# The header names of the block a mail program writes above the message it answers.
HEADER_FROM: tuple[str, ...] = (r"from",)
HEADER_SENT: tuple[str, ...] = (r"sent", r"date")
# "On ..., X wrote:"
WROTE: tuple[str, ...] = (r"wrote",)
# A phone's or mail program's footer, which opens a signature.
SENT_FROM_DEVICE: tuple[str, ...] = (r"sent from my \w+.*", r"get outlook for \w+.*")

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "alliance",
    "coalition",
    "conference",
    "assembly",
    "convention",
    "house of \\w+",
    "senate",
    "parliament",
    "board",
    "executive",
    "directorate",
    "cabinet",
    "commission",
    "campaign",
    "movement",
    "round table",
    "CND",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "moved by",
    "proposed by",
    "proposer",
    "seconded by",
    "submitted by",
    "tabled by",
    "co-sponsored by",
    "sponsored by",
    "originally adopted by",
    "drafted by",
    "forwarded by",
    "put forward by",
    "brought by",
    "origin",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "submitted to",
    "sent (?:it )?(?:on )?to",
    "forwarded to",
    "addressed to",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("our",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "city council of",
    "town council of",
    "municipal council of",
    "council of",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "denounces",
    "rejects",
    "utterly rejects",
    "urges",
    "joins",
    "endorses",
    "calls (?:on|for)",
    "demands",
    "insists",
    "welcomes",
    "notes",
    "resolves",
    "pledges",
    "opposes",
    "issued",
    "shares",
    "came out",
    "carried",
    "passed",
    "adopted",
    "voted",
    "approved",
    "endorsed",
    "agreed",
    "stands? with",
    "expresses",
    "condemns",
    "supports",
    "declares",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "resolution",
    "motion",
    "statement",
    "text",
    "declaration",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "passed",
    "adopted",
    "issued",
    "approved",
    "agreed",
    "carried",
    "endorsed",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "statement (?:of|from|by)",
    "resolution (?:of|from|by)",
    "declaration of",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "resolution",
    "draft",
    "motion",
    "statement",
    "press release",
    "minutes",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "adopted by",
    "passed by",
    "agreed by",
    "organi[sz]ation",
    "body",
    "meeting",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"notes?",
    r"believes?",
    r"resolves?",
    r"(?:be it|it is|is hereby|hereby) resolved",
    r"resolved,? that",
    r"call(?:s|ed|ing)? (?:on|upon|for)",
    r"asks?",
    r"demands?",
    r"backs?",
    r"backed",
    r"endorses?",
    r"stands? (?:with|by)",
    r"condemns?",
    r"supports?",
    r"deplores?",
    r"urges?",
    r"welcomes?",
    r"reaffirms?",
    r"instructs?",
    r"requests?",
    r"whereas",
    r"that this (?:meeting|branch|conference|council|house|congress|assembly|union|committee)",
    r"this (?:meeting|branch|conference|council|house|congress|assembly|union|committee|AGM)",
    r"we (?:demand|call|condemn|support|resolve|urge)",
    r"further resolves?",
    r"(?:declares?|grants?|confers?) (?:the )?(?:freedom|honorary citizenship)",
    r"honorary citizen(?:ship)?",
    r"freedom of the city",
)
# What a body calls the text it adopts.
MOTION_TITLES: tuple[str, ...] = (
    r"motions?",
    r"resolutions?",
    r"statements?",
    r"declarations?",
    r"emergency motion",
    r"policy",
)
# Words before a name saying the text is not about it ("Not Assange, I know", "not about").
NOT_ABOUT: tuple[str, ...] = (
    r"not about",
    r"not on",
    r"not",
    r"nothing to do with",
    r"isn['’]t about",
    r"is not about",
    r"unrelated to",
)
# An event: a vigil, a rally, a public meeting still to come.
EVENT: tuple[str, ...] = (
    r"vigil",
    r"rally",
    r"public meeting",
    r"screening",
    r"all welcome",
    r"everyone is welcome",
    r"come and",
    r"cancell?ed",
    r"postponed",
)
# An open letter, signed rather than voted.
OPEN_LETTER: tuple[str, ...] = (r"open letter", r"petition", r"joint letter")
# An official record of a decision.
OFFICIAL_RECORD: tuple[str, ...] = (
    r"minutes",
    r"council resolution",
    r"resolution (?:no\.?|number) ?\d+",
    r"extract from the minutes",
    r"record of (?:the )?decision",
)
# What a body issues as its own adopted text: a statement or decision counts as passed when no
# vote is reported.
ADOPTED_TEXT: tuple[str, ...] = (
    r"press release",
    r"came out (?:in support of|against)",
    r"statement",
    r"declaration",
    r"decision",
    r"position",
    r"policy",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "that this",
    "that the",
    "this",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = (
    "meeting",
    "met",
    "gathered",
    "assembled",
)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("as",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "member",
    "rep",
    "activist",
    "supporter",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "city",
    "town",
    "county",
    "municipal",
    "national",
    "regional",
    "executive",
    "general",
    "central",
    "steering",
    "house",
    "chamber",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "on behalf of",
    "for",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "to",
    "till",
    "until",
    "through",
    "and",
    "&",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "near",
    "nearby",
    "outside",
    "close to",
    "(?:north|south|east|west) of",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"city council",
    r"town council",
    r"municipal council",
    r"borough council",
    r"shire council",
    r"county council",
    r"council",
    r"city of",
    r"town of",
    r"shire of",
    r"mayor of",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "previous",
    "preceding",
    "prior",
    "(?:correct|true|accurate) record",
)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (
    "annual",
    "yearly",
    "monthly",
    "quarterly",
)
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = (r"members",)
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = (
    "this meeting",
    "this forum",
    "this conference",
    "the meeting",
    "our meeting",
    "this branch",
    "our branch",
    "the branch",
    "branch",
    "members",
    "the members",
    "meeting",
    "general meeting",
    "annual general meeting",
    "AGM",
    "EGM",
    "our AGM",
    "the AGM",
    "conference",
    "assembly",
    "union",
    "our union",
    "the union",
    "we",
    "us",
    "this body",
    "this committee",
    "our section",
    "name of organisation / group",
    "name of organisation",
    "organisation",
    "group",
)
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = (
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
)
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = (
    "building",
    "library",
    "hall",
    "centre",
    "center",
    "room",
    "café",
    "cafe",
    "pub",
    "hotel",
    "church",
    "chapel",
)
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (
    "meeting",
    "AGM",
    "EGM",
    "conference",
    "assembly",
)
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = (
    "(?:branch |general |assistant |press |minutes |joint )?"
    "(?:secretary|chair(?:person)?|president|convenor|treasurer|rep(?:resentative)?|officer|"
    "delegate)",
    r"coordinat\w+",
)
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = (
    "the",
    "our",
)

# A body named for its town, the town's name after these words ("the City of X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"(?:city|town|municipal|borough|shire|district) council of",
    r"city of",
    r"town of",
    r"shire of",
    r"borough of",
    r"municipality of",
    r"mayor of",
)
# A body named for its town, the town's name before these words ("X City Council").
TOWN_BODY_AFTER: tuple[str, ...] = (
    r"city council",
    r"town council",
    r"shire council",
    r"borough council",
    r"municipal council",
)
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"national", r"federal", r"nationwide")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (
    r"house of representatives",
    r"senate",
    r"house of commons",
    r"house of lords",
    r"(?:national )?parliament",
    r"national assembly",
)
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = (
    "in",
    "at",
    "on",
    "the",
    "our",
    "a",
    "an",
    "from",
    "near",
    "to",
    "by",
    "and",
    "held",
    "passed",
    "adopted",
    "agreed",
    "carried",
    "voted",
    "meeting",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "downtown",
    "central",
    "greater",
    "district",
    "metropolitan",
    "borough",
    "municipality",
)
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = (
    "avenue",
    "boulevard",
)
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Centre",
    "Center",
    "Hall",
    "Town",
    "Civic",
    "Convention",
    "Conference",
    "Exhibition",
    "Library",
    "Arena",
    "Stadium",
    "Hotel",
    "Hospital",
    "Infirmary",
    "University",
    "College",
    "Campus",
    "Theatre",
    "Theater",
    "Cathedral",
    "Church",
    "Club",
    "Auditorium",
    "Institute",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = (
    "best",
    "hope",
    "green",
    "unity",
    "union",
    "dear",
    "please",
    "mobile",
    "independence",
    "liberty",
    "temple",
    "university",
    "college",
    "school",
    "branch",
    "district",
    "city",
    "council",
    "north",
    "south",
    "east",
    "west",
    "central",
    "victoria",
    "young",
    "of",
    "and",
    "the",
    "this",
    "that",
    "we",
    "our",
    "as",
    "so",
)
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = (
    "in",
    "at",
    "on",
    "near",
)
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "at",
    "from",
)
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = (
    "upon",
    "on",
)
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = (
    "of",
    "the",
    "and",
    "&",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ()  # both are written: the country or the other dates decide
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("GB", "US", "AU", "IE", "NZ", "CA")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("the",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ("of",)
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("on", "the", "of")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("last", "this past", "past")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("next", "this coming", "coming")
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("night", "evening", "afternoon", "morning")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "meeting",
    "AGM",
    "EGM",
    "conference",
    "session",
    "held",
    "passed",
    "carried",
    "adopted",
    "agreed",
    "voted",
    "met",
    "dated",
    "on",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = (
    "meeting",
    "AGM",
    "EGM",
    "conference",
    "assembly",
    "congress",
    "session",
)
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("date", "meeting date")
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("venue", "place", "location", "meeting place")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("dear", "to whom it may concern", "hello", "hi")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = (
    "province",
    "county",
    "region",
    "district",
    "state",
    "diocese",
    "republic",
    "kingdom",
)
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:we )?(?:condemn|call|demand|deplore|resolve|protest)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("on",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("at",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("may", "mar", "jun", "jul")
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = (r"to (?!adopt|pass|support|endorse|the\b)",)
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = (
    r"to (?:send|issue|publish|sign|make|put out) (?:the|this|our|a) (?:following )?"
    r"(?:statement|resolution|motion|text|letter|declaration)",
)
# A legal form after a body's name, not how members name it ('Verein e.V.', 'Club Ltd').
ORG_LEGAL_FORMS: tuple[str, ...] = (r"Ltd\.?", r"Inc\.?")
# What follows a body's name and ends it, to the end of the text ('X on Tuesday', 'X has').
ORG_NAME_ENDS: tuple[str, ...] = (
    r"['’]s\s+(?:\w+\s+)?(?:conference|meeting|AGM|EGM|congress|assembly)\b.*$",
    r"\s+(?:on|at|in|held|met|last|yesterday|meeting)\b.*$",
    r"\s+(?:has|have|had|was|were)$",
)
# The article before a meeting's noun written small ('the general meeting of X').
ORG_MEETING_OF_ARTICLES: tuple[str, ...] = ("the",)
# A meeting's noun written small before the body that met ('l'assemblea del Circolo X').
ORG_MEETING_OF: tuple[str, ...] = (
    "(?:general |annual |special )?meeting",
    "(?:general |annual |special )?assembly",
)
# The word between that meeting's noun and the body ('of the', 'de la').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("of(?: the)?",)
# A local government named for its town: 'the City of X council' is the City of X.
ORG_LOCAL_GOVERNMENTS: tuple[str, ...] = ("City", "Town", "Shire", "Borough", "Municipality")
# A capitalised word before 'the' that is a time or a link ('On Friday the X'), not a verb
# opening a name ('Save the Moorland').
ORG_NOT_VERB_THE: tuple[str, ...] = (
    "On",
    "At",
    "In",
    "During",
    "From",
    "By",
    "Since",
    "After",
    "Before",
    "Then",
    "And",
    "But",
    "So",
    "When",
    "Today",
    "Tonight",
    "Yesterday",
    "Last",
    "This",
)
# A word closing a phrase that makes it a kind of meeting, not a body ('the branch general').
ORG_MEETING_QUALIFIERS: tuple[str, ...] = (
    "general",
    "annual",
    "special",
    "extraordinary",
    "emergency",
    "ordinary",
    "monthly",
    "quarterly",
    "full",
)
# An article or possessive before a body's name in a sentence: the last one opens the name.
ORG_LAST_ARTICLES: tuple[str, ...] = ("the", "our")
# A word before an article inside a body's name ('branch of the Labor Party').
ORG_INNER_LINKS: tuple[str, ...] = ("of",)
# A preposition opening a phrase, so not a body's name ('At the branch').
ORG_NOT_OPENINGS: tuple[str, ...] = ("at", "in", "on", "during", "from", "by")
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("resolution", "motion", "statement")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("passed", "adopted", "agreed", "carried")
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("from", "by", "of")
# In a subject line, the word after the body's name that opens the topic ('X on ...').
ORG_SUBJECT_TOPICS: tuple[str, ...] = ("on", "re", "about")
# (rule, pattern): the model's organisation slot in this language ('This meeting of {name}
# condemns') and 'We, the members of {name}'; {name} stands for the body's name.
ORG_SLOT_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "slot-en",
        (
            r"(?<!that )\bThis (?:(?:general|annual|special|extraordinary|emergency|ordinary|"
            r"branch|members['’]?|public|full|delegate|regional|national|state|district|area|"
            r"local)\s+){0,2}(?:meeting|AGM|EGM|conference|committee|council|forum|assembly|"
            r"congress|executive) of (?:the )?{name},?\s+(?:condemns?|notes?|calls?|demands?|"
            r"deplores?|expresses|supports?|opposes?|resolves?|stands?|protests?|declares?|"
            r"reaffirms?|affirms?|welcomes?|agrees?|believes?)\b"
        ),
    ),
    (
        "that-this-en",
        (
            r"\bThat this (?:(?:general|annual|special|extraordinary|emergency|ordinary|"
            r"branch|members['’]?|public|full|delegate|regional|national|state|district|area|"
            r"local)\s+){0,2}(?:meeting|AGM|EGM|conference|committee|council|forum|assembly|"
            r"congress|executive) of (?:the )?{name},?\s+(?:condemns?|notes?|calls?|demands?|"
            r"deplores?|expresses|supports?|opposes?|resolves?|stands?|protests?|declares?|"
            r"reaffirms?|affirms?|welcomes?|agrees?|believes?)\b"
        ),
    ),
    (
        "members-of-en",
        (
            r"\bWe,? (?:the )?(?:undersigned )?members of (?:the )?{name}(?:,|\s+(?:condemn|"
            r"call|demand|resolve|note|have|are))"
        ),
    ),
)
# (rule, pattern): the framing that says which body passed it ('adopted by {name} on').
ORG_PASSED_BY_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "passed-by",
        (
            r"\b(?:passed|adopted|carried|agreed|approved|endorsed) (?:unanimously )?(?:by|at)"
            r" (?:the |a |our )?(?:meeting of (?:the )?)?{name}(?=\s+(?:on|at|in|last|"
            r"yesterday|this)\b|[,.\n])"
        ),
    ),
    (
        "body-passed",
        (
            r"(?m)(?:^|[.!?]\s+|,\s+)(?:the )?{name_in_clause}\s+(?:has |have )?(?:unanimously )"
            r"?(?:passed|adopted|carried|agreed|endorsed|voted for) (?:the|this|a|our)"
            r" (?:following |attached )?(?:resolution|motion)"
        ),
    ),
)
# Written so, never a word inside a run of name words: an article or a pronoun with a capital
# opens the next sentence or line; an all-capitals preposition ends a heading's name.
ORG_NOT_NAME_WORDS: tuple[str, ...] = ("The", "We", "I", "ON", "ABOUT")
# Written so, never the first word of a run of name words ('This Trades Council' is the
# model's own wording).
ORG_NOT_NAME_OPENINGS: tuple[str, ...] = ("This", "These", "Our")
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("of", "for", "and", "&", "the")
# A unit written small after a body's name ('Eastvale Hospital branch').
ORG_UNITS_AFTER: tuple[str, ...] = ("branch", "section", "chapter")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("The", "Our", "the")
# 'Our' or 'this' before a body's noun whose name follows in brackets ('our branch (X)').
ORG_OUR_THIS: tuple[str, ...] = ("our", "this")
# The meeting after a body's name, before its verb ('X AGM condemns').
ORG_MEETINGS_AFTER: tuple[str, ...] = (
    "AGM",
    "EGM",
    "meeting",
    "general meeting",
    "conference",
    "congress",
)
# The auxiliary between a body and its verb ('X has adopted').
ORG_AUXILIARIES: tuple[str, ...] = ("has", "have")
# 'Unanimously' between a body and its verb.
ORG_UNANIMOUSLY: tuple[str, ...] = ("unanimously",)
# 'Met' after a body's name, and the words that may follow it ('X met on Tuesday').
ORG_MET: tuple[str, ...] = (r"met\s+(?:on|last|yesterday|this|at|in|to|and|online|\d)",)
# After a body's name in a heading or a title, the word opening the topic ('Statement of
# the X on ...').
ORG_TOPIC_WORDS: tuple[str, ...] = ("on", "about")
# A word a run of name words never takes, in any case: it opens what follows the name.
ORG_NAME_STOPS: tuple[str, ...] = ("on", "about", "re", "regarding", "after", "in", "at", "to")
# In a signature, the word between a signer's role and the body ('Secretary of X'), a space
# after it.
ORG_ROLE_LINKS: tuple[str, ...] = ("of ",)
# The article after 'for' in a signature ('for the X'), a space after it unless elided.
ORG_SIGNED_FOR_ARTICLES: tuple[str, ...] = ("the ",)
# A role after the body on a signature line ('X, branch secretary'): the body ends there.
ORG_SIGNATURE_ROLES: tuple[str, ...] = ("secretary", "chair")
# Words of a contact line under a signature: never a body's name.
ORG_CONTACT_WORDS: tuple[str, ...] = ("tel", "phone", "mobile")
# A meeting named after a body in a letterhead ('X - Annual General Meeting 2022').
ORG_LETTERHEAD_MEETINGS: tuple[str, ...] = (
    "AGM",
    "EGM",
    "annual general meeting",
    "annual meeting",
    "(?:annual |national )?(?:conference|congress|convention)",
)
# The word between a body's noun and the town or body it is a unit of ('Federazione di
# Milano').
ORG_UNIT_OF: tuple[str, ...] = ("of",)
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("of", "for", "and", "the", "in")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "extract from the minutes of(?: the)?",
    "certified extract of the minutes of(?: the)?",
    "minutes of the meeting of(?: the)?",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "(?:Annual |Biennial |Special |Extraordinary )?General Meeting of(?: the)?",
    r"(?:\d+(?:st|nd|rd|th) )?(?:Annual |Biennial |National |Delegate )*"
    "(?:Conference|Congress|Convention) of the",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("branch", "section")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("called by", "convened by", "organi[sz]ed by")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "division",
    "section",
    "students' union",
    "fellowship",
)
# Organisation words that name people, a place or a meeting, never heading a body's name
# ('workers', 'members').
ORG_NOT_HEADS: tuple[str, ...] = (
    "members",
    "students",
    "tenants",
    "workers",
    "residents",
    "district",
    "region(?:al)?",
    "local",
    "conference",
    "convention",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "of the",
    "of",
    "for the",
    "for",
    "and",
    "&",
    "to",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "branch",
    "sub-branch",
    "section",
    "chapter",
    "chapel",
    "division",
    "local",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "at the",
    "at",
    "in the",
    "outside the",
    "from the",
    "calls on the",
    "calls on",
    "call on the",
    "call on",
    "urges the",
    "to the",
)

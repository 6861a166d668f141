"""Word tables of Dutch (nl): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "aangenomen",
    "unaniem",
    "met algemene stemmen",
    "goedgekeurd",
    "aanvaard",
    "(?:heeft|hebben) (?:de|het|deze|een) (?:motie|resolutie|verklaring) aangenomen",
    "nam(?:en)? (?:de|het|deze|een) (?:motie|resolutie|verklaring|voorstel) aan",
    "stemde(?:n)? (?:in met|voor)",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "(?:zal|zullen) (?:[^\\W\\d]+ ){0,6}indienen",
    "(?:wordt|zal worden) (?:[^\\W\\d]+ ){0,4}in stemming gebracht",
    "conceptmotie",
    "conceptresolutie",
    "ontwerpresolutie",
    "ontwerpmotie",
    "(?:wordt|zal worden) (?:voorgelegd|ingediend|besproken|behandeld)",
    "in stemming (?:wordt|zal worden) gebracht",
    "volgende (?:vergadering|bijeenkomst|raadsvergadering)",
    "(?:er )?(?:is|werd) (?:nog )?niets (?:besloten|goedgekeurd|aangenomen)",
    "(?:werd|is|wordt) (?:nog )?niet (?:over )?gestemd",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "verworpen",
    "afgewezen",
    "weggestemd",
    "niet aangenomen",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"aangehouden",
    r"uitgesteld",
    r"verdaagd",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "vergadering",
    "raadsvergadering",
    "ledenvergadering",
    "bijeenkomst",
    "congres",
    "conferentie",
    "zitting",
    "aangenomen",
    "gehouden",
    "bijeen",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "jury",
    "hoorzitting",
    "rechtbank",
    "rechtszaak",
    "proces",
    "hoger beroep",
    "demonstratie",
    "manifestatie",
    "wake",
    "geboren",
    "gearresteerd",
    "arrestatie",
    "uitlevering",
    "gevangenis",
    "ambassade",
    "sinds",
    "verjaardag",
    "gepubliceerd",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "gepland",
    "verwacht",
    "volgende",
    "komende",
    "zal",
    "zullen",
    "vindt plaats op",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ()
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "vakbond",
    "afdeling",
    "vereniging",
    "federatie",
    "comité",
    "commissie",
    "collectief",
    "FNV",
    "CNV",
    "ABVV",
    "ACV",
    "stichting",
)
# Month names and abbreviations, January first.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("januari", "jan"),
    ("februari", "feb"),
    ("maart", "mrt"),
    ("april", "apr"),
    ("mei",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augustus", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("december", "dec"),
)
# Weekday names, Monday first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("maandag",),
    ("dinsdag",),
    ("woensdag",),
    ("donderdag",),
    ("vrijdag",),
    ("zaterdag",),
    ("zondag",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = (
    "gisteren",
    "gisteravond",
    "gistermiddag",
)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("eergisteren",)
# The day of the message.
TODAY: tuple[str, ...] = (
    "vandaag",
    "vanavond",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    r"met (?:vriendelijke|solidaire|strijdbare|hartelijke) groet(?:en)?",
    r"(?:vriendelijke|solidaire|hartelijke) groet(?:en)?",
    "groeten",
    "groetjes",
    "hoogachtend",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    r"automatisch antwoord",
    r"afwezigheidsbericht",
    r"afwezig",
    r"onbestelbaar",
)
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"onbestelbaar",)
# Words that make a vote word before them negated or conditional.
NEGATION: tuple[str, ...] = (
    r"niet",
    r"nog niet",
    r"niets",
    r"nog niets",
    r"indien",
    r"mits",
    r"moet nog",
    r"moet worden",
)
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (r"motie", r"resolutie", r"unaniem")
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"moties", r"resoluties")
AMENDMENT: tuple[str, ...] = (r"amendement",)
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"motie", r"resolutie", r"stemmen", r"onthouding(?:en)?")
COUNT_JOINERS: tuple[str, ...] = (r"tegen",)
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"veroordee?l\w*", r"eist", r"eisen", r"vrijlating", r"vrijheid")
QUESTION: tuple[str, ...] = (r"kunnen jullie", r"kunt u", r"is het mogelijk")
SPEAKER: tuple[str, ...] = (r"spreker", r"sprekers")
THANKS: tuple[str, ...] = (r"bedankt", r"hartelijk dank", r"dank (?:je|u) wel")
NEWSLETTER: tuple[str, ...] = (r"uitschrijven", r"afmelden")
NEWSLETTER_FOOTER: tuple[str, ...] = (r"uitschrijven", r"afmelden voor (?:deze|de) nieuwsbrief")
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"nieuwsbrief",
    r"in dit nummer",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"antw",)
FORWARD_PREFIXES: tuple[str, ...] = (r"doorst",)
FORWARD_DASHED: tuple[str, ...] = (r"doorgestuurd bericht",)
FORWARD_LINES: tuple[str, ...] = (r"begin doorgestuurd bericht:",)
ORIGINAL_MESSAGE: tuple[str, ...] = (r"oorspronkelijk bericht", r"origineel bericht")
HEADER_FROM: tuple[str, ...] = (r"van",)
HEADER_SENT: tuple[str, ...] = (r"verzonden", r"datum")
WROTE: tuple[str, ...] = (r"schreef",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"verzonden (?:vanaf|met) (?:mijn )?\w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "gemeenteraad",
    "stadsdeelraad",
    "raad",
    "partij",
    "bestuur",
    "hoofdbestuur",
    "fractie",
    "kamer",
    "ledenvergadering",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "ingediend door",
    "voorgesteld door",
    "op voorstel van",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "gestuurd (?:naar|aan)",
    "verzonden aan",
    "gericht aan",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("ons", "onze")
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "(?:de )?gemeenteraad van",
    "(?:de )?raad van de gemeente",
    "stadsdeelraad van",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "heeft aangenomen",
    "veroordeelt",
    "eist",
    "roept op",
    "verzoekt",
    "spreekt uit",
    "besluit",
    "steunt",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "motie",
    "resolutie",
    "verklaring",
    "standpunt",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "aannam",
    "heeft aangenomen",
    "uitbracht",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "verklaring van (?:de|het)",
    "motie van (?:de|het)",
    "resolutie van (?:de|het)",
    "standpunt van (?:de|het)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "motie",
    "resolutie",
    "conceptmotie",
    "verklaring",
    "persbericht",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "orgaan",
    "organisatie",
    "aangenomen door",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"besluit",
    r"verzoekt",
    r"roept (?:\w+ ){0,4}op",
    r"draagt (?:\w+ ){0,4}op",
    r"spreekt uit",
    r"veroordeelt",
    r"eist",
    r"steunt",
    r"constaterende(?: dat)?",
    r"overwegende(?: dat)?",
    r"van mening(?: dat)?",
    r"in vergadering bijeen",
    r"gaat over tot de orde van de dag",
    r"ereburger(?:schap)?",
)
MOTION_TITLES: tuple[str, ...] = (
    r"motie",
    r"resolutie",
    r"verklaring",
    r"standpunt",
    r"raadsbesluit",
)
NOT_ABOUT: tuple[str, ...] = (r"gaat niet over", r"niet over", r"heeft niets te maken met")
EVENT: tuple[str, ...] = (
    r"wake",
    r"demonstratie",
    r"manifestatie",
    r"publieke bijeenkomst",
    r"afgelast",
    r"uitgesteld",
)
OPEN_LETTER: tuple[str, ...] = (r"open brief", r"petitie", r"ondertekenaars")
OFFICIAL_RECORD: tuple[str, ...] = (r"notulen", r"besluitenlijst", r"raadsbesluit")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (r"verklaring", r"standpunt", r"besluit", r"persbericht")
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = (
    "deze",
    "dit",
)
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = ("bijeen",)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("als",)
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "lid",
    "afgevaardigde",
    "kaderlid",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "gemeentelijke?",
    "landelijke?",
    "nationaal",
    "nationale",
    "algemene?",
    "provinciale?",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = (
    "namens",
    "uit naam van",
)

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = (
    "tot en met",
    "t/m",
    "tot",
    "en",
)
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "nabij",
    "in de buurt van",
    "(?:ten )?(?:noorden|zuiden|oosten|westen) van",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"gemeenteraad",
    r"gemeente",
    r"stadsdeelraad",
    r"burgemeester van",
    r"college van burgemeester en wethouders",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "vorige",
    "eerdere",
    "herinnerend aan",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("NL", "BE")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ()
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ()
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("op",)
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("afgelopen", "vorige", "jongstleden")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("komende", "volgende", "aanstaande")
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("avond", "middag", "ochtend")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "op",
    "vergadering",
    "bijeenkomst",
    "zitting",
    "aangenomen",
    "gehouden",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = (
    "vergadering",
    "ledenvergadering",
    "raadsvergadering",
    "bijeenkomst",
    "congres",
    "zitting",
)
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("datum", "vergaderdatum")
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("plaats", "locatie", "vergaderlocatie")
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("beste", "geachte", "hallo")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = ("provincie", "regio", "district", "republiek", "koninkrijk")
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:wij |we )?(?:veroordee?l|eis|roep)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("op",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("om",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ()
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()

# Organisation and place tables (read by the organisation and place finders).
# A body named for its town, the town's name after these words ("Gemeenteraad van X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"gemeenteraad van",
    r"(?:de )?raad van de gemeente",
    r"gemeente",
    r"college van burgemeester en wethouders van",
)
# A body named for its town, the town's name before these words (none in Dutch).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"national\w*", r"landelijk\w*", r"federa\w+")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (
    r"tweede kamer(?: der staten-generaal)?",
    r"eerste kamer",
    r"kamer van volksvertegenwoordigers",
    r"staten-generaal",
)
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = ("in", "te", "uit", "bij", "gisteren", "stad", "gemeente")
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = ("straat", "laan", "plein", "weg", "gracht", "kade")
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Stadhuis",
    "Gemeentehuis",
    "Bibliotheek",
    "Universiteit",
    "Centrum",
    "Huis",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = ("de", "het", "een", "van", "te")
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = ("in", "te", "bij")
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "te")
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = ("aan", "op", "den", "de", "ter", "en")
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = ("van", "voor", "de", "het", "en")
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = ("leden", "werknemers", "onze afdeling")
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = ("gisteren", "eergisteren", "vandaag", "gisteravond")
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = ("bibliotheek", "zaal", "gebouw", "aula")
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = (r"\w*vergadering", "bijeenkomst", "congres", "zitting")
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = ("secretaris", "voorzitter", "woordvoerder", "penningmeester")
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = ("de", "het", "onze", "ons")
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = ("leden",)
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = (r"jaarlijks\w*", r"maandelijks\w*")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "uittreksel uit de notulen van de",
    "besluit van de",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "(?:Algemene )?(?:Leden|Jaar)vergadering van de",
    "Congres van de",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("afdeling", "sectie", "kring")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("georganiseerd door", "belegd door", "bijeengeroepen door")
# The word between a meeting's noun and the body ('of the', 'van de').
ORG_MEETING_OF_LINKS: tuple[str, ...] = ("van de", "van het")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    r"\w*bond",
    "kern",
    "platform",
    "werkgroep",
    "ondernemingsraad",
)
# Organisation words that name people, a place or a meeting, never heading a body's name
# ('workers', 'members').
ORG_NOT_HEADS: tuple[str, ...] = ("ledenvergadering",)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "van de",
    "van het",
    "van",
    "voor de",
    "voor",
    "en",
    "der",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "afdeling",
    "kern",
    "sector",
    "regio",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "in de",
    "in het",
    "op de",
    "bij de",
    "roept de",
    "vraagt de",
)

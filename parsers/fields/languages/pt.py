"""Word tables of Portuguese (pt): regular-expression fragments matched case-insensitively
on word boundaries. Every registered language fills the same tables (see `__init__.TABLES`)."""

from __future__ import annotations

# The meeting voted for it.
PASSED: tuple[str, ...] = (
    "aprovad[ao]s?",
    "(?:por )?unanimidade",
    "adotad[ao]s?",
    "adoptad[ao]s?",
    "votad[ao]s?",
    "aprovou",
    "aprovaram",
    "aprovámos",
    "aprovamos",
    "foi aprovad[ao]",
)
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: tuple[str, ...] = (
    "apresentará",
    "vai ser votad[ao]",
    "projeto de voto",
    "(?:tem|há) (?:de|que) ser votad[ao]",
    "rascunho",
    "proposta de moção",
    "projeto de (?:moção|resolução)",
    "vamos (?:apresentar|propor)",
    "será (?:votad[ao]|apresentad[ao]|discutid[ao])",
    "próxima (?:reunião|assembleia|sessão)",
)
# The meeting voted it down.
DEFEATED: tuple[str, ...] = (
    "rejeitad[ao]",
    "chumbad[ao]",
    "não (?:foi|chegou a ser) aprovad[ao]",
    "derrotad[ao]",
)
# The motion was put off (tabled in the American sense, deferred, referred back): still
# proposed, and a "not adopted" beside it is no defeat.
DEFERRED: tuple[str, ...] = (
    r"adiad[ao]",
    r"baixou à comissão",
)
# Words that say a sentence is about a meeting (for dates and places).
MEETING: tuple[str, ...] = (
    "reunião",
    "assembleia",
    "congresso",
    "conferência",
    "sessão",
    "plenário",
    "aprovad[ao]",
    "realizad[ao]",
    "reunid[ao]s?",
)
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: tuple[str, ...] = (
    "júri",
    "audiência",
    "tribunal",
    "julgamento",
    "recurso",
    "concentração",
    "manifestação",
    "vigília",
    "nascid[ao]",
    r"detid[ao]s?",
    "extradição",
    "prisão",
    "cadeia",
    "embaixada",
    "desde",
    "aniversário",
    "publicad[ao]",
    "até",
)
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: tuple[str, ...] = (
    "previst[ao]s?",
    "agendad[ao]s?",
    "próxim[ao]",
    "será",
    "terá lugar",
    "vai realizar-se",
)
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED: tuple[str, ...] = ()
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS: tuple[str, ...] = (
    "sindicato",
    "secção",
    "seção",
    "associação",
    "federação",
    "comissão",
    "núcleo",
    "CGTP",
    "coletivo",
    "colectivo",
    "assembleia",
)
# Month names and abbreviations, January first ("out", October's, is an English word).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("janeiro", "jan"),
    ("fevereiro", "fev"),
    ("março", "marco", "mar"),
    ("abril", "abr"),
    ("maio",),
    ("junho", "jun"),
    ("julho", "jul"),
    ("agosto", "ago"),
    ("setembro", "set"),
    ("outubro",),
    ("novembro", "nov"),
    ("dezembro", "dez"),
)
# Weekday names, Monday first ("segunda" alone is also "second").
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("segunda-feira",),
    ("terça-feira", "terca-feira"),
    ("quarta-feira",),
    ("quinta-feira",),
    ("sexta-feira",),
    ("sábado", "sabado"),
    ("domingo",),
)
# Relative days: the day before the message.
YESTERDAY: tuple[str, ...] = (
    "ontem(?: à noite)?",
    "ontem (?:de manhã|à tarde)",
)
# Two days before the message.
DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("anteontem",)
# The day of the message.
TODAY: tuple[str, ...] = (
    "hoje",
    "esta noite",
)
# Closing formulas above a signature.
SIGN_OFFS: tuple[str, ...] = (
    "um abraço",
    "abraços",
    r"saudações(?: \w+)?",
    "cumprimentos",
    "melhores cumprimentos",
    "atenciosamente",
    "cordialmente",
)
# Subjects of automatic replies and bounces (matched at the start of the subject).
AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    r"resposta automática",
    r"fora do escritório",
    r"ausente",
    r"não entregue",
)
# Words of those subjects that say the mail bounced.
BOUNCE_SUBJECT_WORDS: tuple[str, ...] = (r"entregue",)
# Words that make a vote word before them negated or conditional ("se" is also reflexive).
NEGATION: tuple[str, ...] = (
    r"não",
    r"ainda não",
    r"caso",
    r"se for",
    r"se vier a ser",
    r"tem de ser",
    r"tem que ser",
    r"há de ser",
)
# Words that show a sentence is about the motion itself.
MOTION_NOUNS: tuple[str, ...] = (r"moção", r"resolução", r"unanimidade", r"voto de \w+")
# Motions in the plural: a vote on them is other bodies' votes, not one text's.
MOTIONS_PLURAL: tuple[str, ...] = (r"moções", r"resoluções", r"votos de \w+")
AMENDMENT: tuple[str, ...] = (r"emenda", r"proposta de alteração")
# Words that tie a vote verb to the vote.
VOTE_TIES: tuple[str, ...] = (r"moção", r"resolução", r"votos", r"abstenç(?:ão|ões)")
COUNT_JOINERS: tuple[str, ...] = (r"a", r"contra")
# Clause words of a motion and of its demand.
MOTION_WORDS: tuple[str, ...] = (r"conden\w*", r"exig\w*", r"libertação", r"liberdade")
QUESTION: tuple[str, ...] = (r"podem", r"poderiam", r"é possível")
SPEAKER: tuple[str, ...] = (r"orador(?:a)?", r"palestrante")
THANKS: tuple[str, ...] = (r"obrigad[oa]", r"agradecemos")
NEWSLETTER: tuple[str, ...] = (r"cancelar (?:a )?subscrição", r"descadastrar")
NEWSLETTER_FOOTER: tuple[str, ...] = (
    r"cancelar (?:a )?(?:sua )?(?:subscrição|inscrição)",
    r"descadastrar",
)
# A bulletin's or newsletter's name for itself: news of many things, not one body's text.
NEWS_ITEMS: tuple[str, ...] = (
    r"boletim",
    r"nesta edição",
)
SPAM: tuple[str, ...] = ()
REPLY_PREFIXES: tuple[str, ...] = (r"res", r"resp")
FORWARD_PREFIXES: tuple[str, ...] = (r"enc", r"encam")
FORWARD_DASHED: tuple[str, ...] = (r"mensagem (?:re)?encaminhada",)
FORWARD_LINES: tuple[str, ...] = ()
ORIGINAL_MESSAGE: tuple[str, ...] = (r"mensagem original",)
HEADER_FROM: tuple[str, ...] = (r"de",)
HEADER_SENT: tuple[str, ...] = (r"enviad[ao]", r"data")
WROTE: tuple[str, ...] = (r"escreveu",)
SENT_FROM_DEVICE: tuple[str, ...] = (r"enviado do meu \w+.*",)

# Organisation: where and how a body names itself (read by the organisation finders).
# More nouns of bodies: assemblies, councils, parliaments, parties.
ORG_NOUNS: tuple[str, ...] = (
    "câmara",
    "assembleia",
    "congresso",
    "conselho",
    "sindicato",
    "partido",
    "junta",
    "direção",
    "executiva",
)
# Before a name: the body moved, proposed, sponsored or forwarded it, not voted it.
ORG_MOVER: tuple[str, ...] = (
    "apresentad[ao] (?:por|pel[oa])",
    "propost[ao] (?:por|pel[oa])",
    "por proposta d[oa]",
    "subscrit[ao] (?:por|pel[oa])",
)
# Before a name: the body the motion was sent or submitted to.
ORG_ADDRESSEE: tuple[str, ...] = (
    "enviad[ao] (?:a|ao|à|para)",
    "remetid[ao] (?:a|ao|à)",
    "dirigid[ao] (?:a|ao|à)",
)
# A possessive before a name: the writer's own body named short.
ORG_OUR: tuple[str, ...] = ("(?:o |a )?noss[ao]s?",)
# A council named by its town: the words before the town.
ORG_COUNCIL_OF_TOWN: tuple[str, ...] = (
    "câmara municipal d[eoa]",
    "assembleia municipal d[eoa]",
    "assembleia de freguesia d[eoa]",
    "junta de freguesia d[eoa]",
)
# What a body does when it votes, states or adopts.
ORG_BODY_VERBS: tuple[str, ...] = (
    "aprovou",
    "adotou",
    "delibera",
    "saúda",
    "defende",
    "manifesta",
    "exige",
    "repudia",
)
# The noun of a text a body adopts ('the statement X issued').
ORG_TEXT_NOUNS: tuple[str, ...] = (
    "moção",
    "resolução",
    "declaração",
    "deliberação",
    "comunicado",
)
# The verb after the body in 'the statement X issued'.
ORG_TEXT_VERBS: tuple[str, ...] = (
    "aprovou",
    "adotou",
    "emitiu",
)
# A heading naming the body whose text follows ('Statement of the').
ORG_HEADING_OF: tuple[str, ...] = (
    "resolução (?:do|da)",
    "moção (?:do|da)",
    "declaração (?:do|da)",
    "comunicado (?:do|da)",
)
# Headings and document words that are never a body.
ORG_HEADINGS: tuple[str, ...] = (
    "moção",
    "resolução",
    "projeto",
    "rascunho",
    "comunicado",
)
# A table cell labelling the body beside or below it.
ORG_TABLE_LABELS: tuple[str, ...] = (
    "órgão",
    "entidade",
    "aprovad[ao] por",
)
# The form of a motion: its clause verbs and formulas (recognition).
MOTION_FORM: tuple[str, ...] = (
    r"delibera",
    r"resolve",
    r"aprova",
    r"exige",
    r"exigimos",
    r"condena",
    r"condenamos",
    r"reclama",
    r"apoia",
    r"manifesta",
    r"insta",
    r"considerando",
    r"declara",
    r"solicita",
    r"saúda",
    r"repudia",
    r"cidadão honorário",
    r"cidadania honorária",
)
MOTION_TITLES: tuple[str, ...] = (
    r"moção",
    r"resolução",
    r"declaração",
    r"deliberação",
    r"comunicado",
    r"voto de (?:solidariedade|protesto|saudação|condenação)",
)
NOT_ABOUT: tuple[str, ...] = (r"não trata de", r"não é sobre", r"não se trata de", r"não fala de")
EVENT: tuple[str, ...] = (
    r"concentração",
    r"vigília",
    r"sessão pública",
    r"cancelad[oa]",
    r"adiad[oa]",
)
OPEN_LETTER: tuple[str, ...] = (r"carta aberta", r"abaixo-assinad[oa]", r"petição")
OFFICIAL_RECORD: tuple[str, ...] = (r"ata", r"acta", r"certidão")
# What a body issues as its own adopted text (counts as passed when no vote is reported).
ADOPTED_TEXT: tuple[str, ...] = (
    r"declaração",
    r"comunicado",
    r"deliberação",
    r"tomada de posição",
    r"nota de imprensa",
)
# A demonstrative before a body's noun: the text naming its own body ('this House').
ORG_THIS: tuple[str, ...] = ("este", "esta")
# 'Meeting ... as the X': the verbs of meeting.
ORG_MET_AS: tuple[str, ...] = ("reunid[oa]s?",)
# The word between the meeting and the body it met as.
ORG_AS: tuple[str, ...] = ("como", "enquanto")
# A signature's last word saying the signer is a member or rep of the body.
ORG_MEMBERSHIP: tuple[str, ...] = (
    "membro",
    "sóci[oa]",
    "filiad[ao]",
    "dirigente",
)
# Words saying what kind a body is without naming it ('City Council', 'the House').
ORG_KIND_WORDS: tuple[str, ...] = (
    "municipal",
    "nacional",
    "geral",
    "distrital",
    "regional",
    "executiv[oa]",
)
# In a signature, on the body's behalf: 'for the X', 'pour le X'.
ORG_SIGNED_FOR: tuple[str, ...] = ("pel[oa]", "em nome d[oa]")

# Between the days of a meeting held over several days: "4 to 6 May", "4, 5 and 6 May".
DATE_JOINERS: tuple[str, ...] = ("a", "e")
# A town named as a landmark, not as the meeting's: "a small town south of X".
NEAR: tuple[str, ...] = (
    "perto de",
    "junto a",
    "a (?:norte|sul|leste|este|oeste) de",
)
# Bodies named for their town: a town's council, its mayor, "the City of".
TOWN_BODIES: tuple[str, ...] = (
    r"câmara municipal",
    r"assembleia municipal",
    r"município d[eoa]",
    r"concelho d[eoa]",
    r"cidade d[eoa]",
    r"presidente da câmara",
)
# An earlier meeting recalled (minutes approved, a motion recalled): its date is not this one.
EARLIER_MEETING: tuple[str, ...] = (
    "anterior",
    "recordando",
)

# Dates, meetings and quoted headers (read by the date finders and the quoting splitter).
# The order of day and month in a numeric date (12/03/2024), when the language fixes it.
DATE_ORDER: tuple[str, ...] = ("DMY",)
# The countries where the language is most written, likeliest first (a weak place hint).
COUNTRIES: tuple[str, ...] = ("PT", "BR", "AO", "MZ")
# The article before a day's number: 'Saturday the 5th', 'samedi le 5'.
DAY_ARTICLES: tuple[str, ...] = ("dia",)
# The word between a day, its month and its year: '5 of May', '5 de mayo de 2024'.
DATE_OF: tuple[str, ...] = ("de",)
# Small words between a meeting word or a weekday's cue and the date: 'held on the'.
ON_DATE: tuple[str, ...] = ("em", "no dia", "dia")
# Before or after a weekday: the last one ('last Friday', 'vendredi dernier').
LAST_WEEKDAY: tuple[str, ...] = ("(?:na )?última", "(?:no )?último", "passad[ao]")
# Before or after a weekday: the coming one ('next Friday', 'vendredi prochain').
NEXT_WEEKDAY: tuple[str, ...] = ("(?:na )?próxima", "(?:no )?próximo")
# After a weekday: the part of the day ('Friday night').
PART_OF_DAY: tuple[str, ...] = ("à noite", "à tarde", "de manhã")
# Words right before a date that make it the meeting's: 'meeting on', 'held', 'adopted'.
DATE_CUES: tuple[str, ...] = (
    "em",
    "reunião",
    "assembleia",
    "sessão",
    "aprovad[ao]",
    "realizad[ao]",
    "reunid[ao]s?",
)
# Nouns of a meeting ('the branch's AGM').
MEETING_NOUNS: tuple[str, ...] = (
    "reunião",
    "assembleia",
    "congresso",
    "conferência",
    "sessão",
    "plenário",
)
# A form's or a minutes table's label of the meeting's date ('Date:').
DATE_LABELS: tuple[str, ...] = ("data", "data da reunião")
# A form's or a minutes table's label of the meeting's place ('Venue:').
PLACE_LABELS: tuple[str, ...] = ("local",)
# The words opening a letter's greeting: a date right above one is the letter's.
SALUTATIONS: tuple[str, ...] = ("prezad[ao]s?", "car[ao]s?", "olá", "exm[ao]s?")
# An administrative area named with 'of': 'Province of X' names an area, not a body.
AREA_WORDS: tuple[str, ...] = ("província", "estado", "distrito", "região", "república", "reino")
# The motion's first verb after the meeting words of the model's opening (stems).
MOTION_OPENING: tuple[str, ...] = (r"(?:conden|exig|repudi|reclam)\w*",)
# The word opening an 'On <date>, X wrote:' line.
ATTRIBUTION_ON: tuple[str, ...] = ("em",)
# The word before the time in that line ('at 10:00').
ATTRIBUTION_AT: tuple[str, ...] = ("às",)
# Month abbreviations that are also words ('may'): a month only after a day or with a year.
MONTH_WORDS: tuple[str, ...] = ("mar", "set", "dez")
# After a weak vote word: it agreed to do something else ('agreed to put it on the agenda').
AGREED_ELSE: tuple[str, ...] = ()
# ... unless what it agreed to do is issue the text itself ('agreed to send the statement').
AGREED_TEXT: tuple[str, ...] = ()

# Organisation and place tables (read by the organisation and place finders).
# A body named for its town, the town's name after these words ("Câmara Municipal de X").
TOWN_BODY_OF: tuple[str, ...] = (
    r"c[âa]mara municipal d[eao]s?",
    r"assembleia municipal d[eao]s?",
    r"munic[íi]pio d[eao]s?",
    r"prefeitura (?:municipal )?d[eao]s?",
    r"junta de freguesia d[eao]s?",
)
# A body named for its town, the town's name before these words (none in Portuguese).
TOWN_BODY_AFTER: tuple[str, ...] = ()
# Words saying a body is the whole country's: its place is the country unless a town is named.
NATIONAL: tuple[str, ...] = (r"nacion(?:al|ais)", r"federa(?:l|is)")
# A country's parliament, the whole name: it sits in the country's capital.
PARLIAMENTS: tuple[str, ...] = (
    r"assembleia da rep[úu]blica",
    r"c[âa]mara dos deputados",
    r"senado federal",
    r"congresso nacional",
)
# Words that may stand before a town's name without making it part of another name.
PLACE_LEADING: tuple[str, ...] = ("em", "no", "na", "de", "do", "da", "ontem", "cidade", "vila")
# Words before a name that make it a street, not the town: 'viale Monza', 'rue de Lyon'.
STREET_WORDS: tuple[str, ...] = ("rua", "avenida", "praça", "largo", "travessa", "alameda")
# Words naming a building or an institution, before or after the town it is named for.
VENUE_WORDS: tuple[str, ...] = (
    "Câmara",
    "Centro",
    "Biblioteca",
    "Universidade",
    "Hospital",
    "Casa",
)
# Capitalised words that are also some town's name, but mean the word here.
NOT_TOWNS: tuple[str, ...] = ("de", "da", "do", "uma", "em")
# Words that put a venue in a town: 'Irish Centre in Camden' is a venue *in* Camden.
VENUE_IN: tuple[str, ...] = ("em", "no", "na")
# The word right before a town in a meeting's sentence: 'held in X'.
PLACE_PREPOSITIONS: tuple[str, ...] = ("em", "no", "na", "de")
# Small words inside a town's name: 'Stratford upon Avon', 'Castel di Sangro'.
PLACE_JOINERS: tuple[str, ...] = ("de", "do", "da", "dos", "das", "e")
# Small words linking the parts of a body's name: 'Union of X', 'Verband für Y'.
NAME_LINKS: tuple[str, ...] = ("de", "do", "da", "dos", "das", "e")
# Phrases that are never a body's name: 'this meeting', 'our branch', 'members' (written small).
ORG_GENERIC: tuple[str, ...] = ("membros", "sócios", "associados", "trabalhadores")
# A time opening a sentence, never a body: 'Yesterday('s meeting)', 'Gestern'.
ORG_TIME_OPENINGS: tuple[str, ...] = ("ontem", "anteontem", "hoje")
# A building closing a name: where the meeting was, not who met.
ORG_VENUES: tuple[str, ...] = ("biblioteca", "sala", "edifício", "auditório")
# A meeting's noun in 'the general meeting of X held on'.
ORG_MEETING_NOUNS: tuple[str, ...] = ("assembleia", "reunião", "congresso", "plenária", "sessão")
# A signer's role before or after the body's name in a signature ("Secretary, X").
ORG_ROLES: tuple[str, ...] = ("secret[áa]ri[oa]", "president[ea]", "porta-voz", "coordenador[a]?")
# An article or possessive opening a body's name, dropped from it ("the", "our").
ORG_ARTICLES: tuple[str, ...] = ("o", "a", "os", "as", "nosso", "nossa")
# The members after a body's name ("a meeting of X members"): the body is X.
ORG_MEMBERS: tuple[str, ...] = ("membros", "sócios", "associados")
# A meeting's recurrence ("annual"): when a described meeting is held, not which body.
ORG_RECURRING: tuple[str, ...] = ("anua(?:l|is)", "mensa(?:l|is)")
# A subject line's word for the text, before the body's name ('Resolution from X').
ORG_SUBJECT_NOUNS: tuple[str, ...] = ("moção", "moções", "resolução")
# In a subject line, the vote after that word ('Motion passed by X').
ORG_SUBJECT_VOTES: tuple[str, ...] = ("aprovada",)
# In a subject line, the word between the text and its body ('Resolution from X').
ORG_SUBJECT_LINKS: tuple[str, ...] = ("no", "na", "do", "da")
# Small words joining the capitalised words of a name ('Friends of the Earth').
ORG_RUN_LINKS: tuple[str, ...] = ("do", "da", "dos", "das")
# Written so, an article or a possessive before a run of name words.
ORG_RUN_ARTICLES: tuple[str, ...] = ("a", "o")
# Small words written small inside a body's name ('Friends of the Earth').
ORG_SMALL_WORDS: tuple[str, ...] = ("da", "do", "dos")
# A record's heading before the body whose decision it records: 'Extract from the minutes of
# the X', 'Extrait du registre des délibérations du X'.
ORG_RECORD_HEADINGS: tuple[str, ...] = (
    "extrato da ata d[ao]",
    "certidão da deliberação d[ao]",
    "deliberação d[ao]",
)
# A meeting's title written with a capital, then its link, before the body that met: the body is
# the one after it ('General Meeting of the X', 'Asamblea General del X').
ORG_MEETING_TITLES: tuple[str, ...] = (
    "Assembleia Geral (?:Ordinária |Extraordinária )?d[ao]s?",
    "Congresso (?:Nacional )?d[ao]",
)
# A unit written small before its own name and its parent's ('afdeling X van de Y'): the unit
# is the body.
ORG_UNITS_BEFORE: tuple[str, ...] = ("secção", "seção", "núcleo", "delegação")
# After a meeting, the words before the body that called it ('a public meeting called by X').
ORG_CALLED_BY: tuple[str, ...] = ("convocad[ao] pel[oa]s?", "organizad[ao] pel[oa]s?")
# Nouns heading a body's name beside the organisation words (ORG_WORDS, ORG_NOUNS): a run of
# name words holding one is a body's name ('X Union', 'Bond van X').
ORG_HEAD_NOUNS: tuple[str, ...] = (
    "união",
    "central",
    "confederação",
    "frente",
    "diretoria",
)
# Small words joining the name words of a body's name, longest first ('of the', 'van de').
ORG_MENTION_LINKS: tuple[str, ...] = (
    "da",
    "do",
    "das",
    "dos",
    "de",
    "e",
    "para a",
    "para o",
)
# A unit of a larger body, written small or with a capital ('X branch', 'afdeling X'): a
# unit beside its parent after a comma is one name ('X branch, Y Union').
ORG_MENTION_UNITS: tuple[str, ...] = (
    "seção",
    "secção",
    "núcleo",
    "subsede",
    "delegação",
)
# Words right before a name making it a venue or the motion's addressee, not the body
# that met ('at the X', 'calls on the X').
ORG_MENTION_AGAINST: tuple[str, ...] = (
    "na",
    "no",
    "na sede da",
    "na sede do",
    "ao",
    "à",
)

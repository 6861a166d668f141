"""Words and phrases per language that the field finders look for (en, de, fr, es, it).

Kept as data so a new language is a new entry, not new code. Patterns are regular-expression
fragments matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "de", "fr", "es", "it")

# The meeting voted for it.
PASSED: dict[str, tuple[str, ...]] = {
    "en": (r"passed", r"carried", r"adopted", r"unanimous(?:ly)?", r"agreed", r"approved",
           r"endorsed", r"voted (?:for|in favou?r|to (?:adopt|pass|support|endorse))",
           r"we voted", r"(?:was|were) ratified", r"supported the (?:motion|resolution)",
           r"nem\.? ?con\.?", r"without (?:a vote|opposition) against", r"overwhelming(?:ly)?"),
    "de": (r"beschlossen", r"verabschiedet", r"angenommen", r"einstimmig", r"zugestimmt",
           r"mehrheitlich", r"gebilligt", r"stimmten? (?:für|zu)", r"Beschluss gefasst"),
    "fr": (r"adopt[ée]e?s?", r"vot[ée]e?s?", r"(?:à l')?unanimit[ée]", r"approuv[ée]e?s?",
           r"a été votée?", r"ont voté"),
    "es": (r"aprobad[ao]s?", r"(?:por )?unanimidad", r"adoptad[ao]s?", r"votad[ao]s?",
           r"aprob[óo]", r"respaldad[ao]"),
    "it": (r"approvat[aoie]", r"(?:all')?unanimit[àa]", r"adottat[aoie]", r"votat[aoie]",
           r"ha approvato", r"hanno approvato"),
}
# It will be, or might be, put to a meeting; or it is a draft.
PROPOSED: dict[str, tuple[str, ...]] = {
    "en": (r"will (?:be )?(?:mov(?:e|ing|ed)|propos(?:e|ing|ed)|tabl(?:e|ing|ed)|put(?:ting)?|"
           r"submit(?:ting)?|present(?:ing)?|bring(?:ing)?|vot(?:e|ing|ed)|debat(?:e|ed))",
           r"to be (?:moved|put|debated|voted|discussed|tabled|considered)", r"draft",
           r"proposed", r"we (?:plan|intend|hope|want) to", r"going to (?:move|put|propose)",
           r"next (?:meeting|week|month)", r"upcoming", r"before (?:our|the) (?:next )?meeting",
           r"for (?:our|the) (?:next|coming) meeting", r"hope (?:to|it) (?:pass|will)",
           r"not yet (?:been )?(?:passed|voted|adopted)", r"has not been (?:voted|passed)"),
    "de": (r"Entwurf", r"werden? (?:wir )?(?:einbringen|vorlegen|abstimmen)",
           r"(?:einbringen|vorlegen|vorschlagen) (?:werden|wollen)", r"nächsten (?:Sitzung|Versammlung)",
           r"zur Abstimmung (?:stellen|vorlegen)", r"beantragen"),
    "fr": (r"projet de (?:motion|résolution)", r"proposer(?:ons|a)", r"présenter(?:ons|a)",
           r"sera (?:soumise?|votée?|présentée?|débattue?)", r"prochaine (?:réunion|assemblée)"),
    "es": (r"borrador", r"propuesta", r"presentaremos", r"propondremos",
           r"se (?:votará|presentará|debatirá)", r"próxima (?:reunión|asamblea)"),
    "it": (r"bozza", r"proposta", r"presenteremo", r"proporremo",
           r"sarà (?:votata|presentata|discussa)", r"prossima (?:riunione|assemblea)"),
}
# The meeting voted it down.
DEFEATED: dict[str, tuple[str, ...]] = {
    "en": (r"was lost", r"were lost", r"defeated", r"voted down", r"voted against",
           r"rejected", r"fell", r"failed to (?:pass|carry|win)", r"did not (?:pass|carry)",
           r"was not (?:passed|carried|adopted)", r"lost the vote", r"narrowly lost"),
    "de": (r"abgelehnt", r"nicht angenommen", r"keine Mehrheit", r"gescheitert"),
    "fr": (r"rejet[ée]e?", r"n'a pas été (?:adoptée?|votée?)", r"repouss[ée]e?", r"mise en minorité"),
    "es": (r"rechazad[ao]", r"no (?:fue|ha sido) aprobad[ao]", r"derrotad[ao]"),
    "it": (r"respint[ao]", r"bocciat[ao]", r"non (?:è stata|fu) approvat[ao]"),
}
# Words that say a sentence is about a meeting (for dates and places).
MEETING: dict[str, tuple[str, ...]] = {
    "en": (r"meeting", r"met", r"AGM", r"EGM", r"conference", r"congress", r"assembly",
           r"branch", r"passed", r"carried", r"adopted", r"agreed", r"voted", r"held",
           r"convened", r"gathering", r"session", r"forum", r"committee", r"council"),
    "de": (r"Versammlung", r"Sitzung", r"Mitgliederversammlung", r"Konferenz", r"Treffen",
           r"Tagung", r"Kongress", r"beschlossen", r"verabschiedet", r"angenommen",
           r"Vorstand", r"Delegiertenversammlung", r"Jahreshauptversammlung"),
    "fr": (r"réunion", r"assemblée", r"congrès", r"conférence", r"séance", r"adopt[ée]e?",
           r"vot[ée]e?", r"réuni[se]?", r"conseil"),
    "es": (r"reunión", r"asamblea", r"congreso", r"conferencia", r"sesión", r"aprobad[ao]",
           r"celebrad[ao]", r"reunid[ao]s"),
    "it": (r"riunione", r"assemblea", r"congresso", r"conferenza", r"seduta", r"approvat[ao]",
           r"tenut[ao]", r"riunit[io]", r"consiglio", r"direttivo"),
}
# Words that say a nearby date or place is not the meeting's.
NOT_MEETING: dict[str, tuple[str, ...]] = {
    "en": (r"hearing", r"court", r"trial", r"appeal", r"rally", r"protest", r"demonstration",
           r"vigil", r"picket", r"marched", r"born", r"arrest(?:ed)?", r"sentenc(?:e|ed)",
           r"extradit\w*", r"imprison\w*", r"jail(?:ed)?", r"prison", r"embassy", r"since",
           r"anniversary", r"published", r"issued", r"printed", r"released", r"deadline",
           r"expire[sd]?", r"leaked", r"convicted", r"custody", r"prosecut\w*", r"until",
           r"public meeting", r"screening", r"film", r"event"),
    "de": (r"Anhörung", r"Gericht", r"Prozess", r"Berufung", r"Kundgebung", r"Demo\w*",
           r"Mahnwache", r"geboren", r"verhaftet", r"Verhaftung", r"Auslieferung\w*", r"Haft",
           r"Gefängnis", r"Botschaft", r"seit", r"Jahrestag", r"veröffentlicht", r"bis zum",
           r"Veranstaltung"),
    "fr": (r"audience", r"tribunal", r"procès", r"appel", r"rassemblement", r"manifestation",
           r"né le", r"arrêt[ée]", r"extradition", r"prison", r"ambassade", r"depuis",
           r"anniversaire", r"publié", r"jusqu'au"),
    "es": (r"audiencia", r"tribunal", r"juicio", r"apelación", r"concentración",
           r"manifestación", r"nacid[ao]", r"arrest\w*", r"extradición", r"cárcel", r"prisión",
           r"embajada", r"desde", r"aniversario", r"publicad[ao]", r"hasta"),
    "it": (r"udienza", r"tribunale", r"processo", r"appello", r"presidio", r"manifestazione",
           r"nat[ao]", r"arrest\w*", r"estradizione", r"carcere", r"prigione", r"ambasciata",
           r"dal", r"anniversario", r"pubblicat[ao]", r"fino al"),
}
# Words that put a date in the future: not the meeting of a passed resolution.
FUTURE: dict[str, tuple[str, ...]] = {
    "en": (r"next", r"upcoming", r"will", r"coming", r"forthcoming", r"planned"),
    "de": (r"nächste[nr]?", r"kommende[nr]?", r"werden", r"wird"),
    "fr": (r"prochaine?", r"sera", r"aura lieu"),
    "es": (r"próxim[ao]", r"será", r"tendrá lugar"),
    "it": (r"prossim[ao]", r"sarà", r"si terrà"),
}
# Weak "passed" words: they also say a committee agreed to do something else.
WEAK_PASSED = re.compile(r"^(?:agreed|approved|endorsed|supported|zugestimmt|approuvée?s?|"
                         r"respaldad[ao])$", re.I)
# Words that make a phrase the name of a body (union branch, council, association ...).
ORG_WORDS = (
    r"branch", r"sub-branch", r"union", r"association", r"council", r"committee", r"local",
    r"chapter", r"society", r"federation", r"club", r"party", r"group", r"network", r"league",
    r"trades council", r"district", r"region(?:al)?", r"caucus", r"collective", r"guild",
    r"workers", r"students", r"members", r"chapel", r"lodge", r"congress", r"NEU", r"UCU",
    r"Unite", r"UNISON", r"GMB", r"RMT", r"ASLEF", r"CWU", r"PCS", r"NUJ", r"FBU", r"TSSA",
    r"BMA", r"EIS", r"NASUWT", r"Equity", r"SEIU", r"AFT", r"UAW", r"CUPE", r"MEAA", r"CFMEU",
    r"Ortsverein", r"Ortsgruppe", r"Gewerkschaft", r"Betriebsgruppe", r"Kreisverband",
    r"Bezirk", r"Verband", r"Verein", r"Vertrauensleute", r"Betriebsrat", r"Fachbereich",
    r"ver\.di", r"IG Metall", r"GEW", r"Initiative", r"Bündnis",
    r"syndicat", r"section", r"union locale", r"union départementale", r"collectif",
    r"association", r"CGT", r"FO", r"SUD", r"FSU", r"CFDT", r"comité", r"fédération",
    r"sindicato", r"sección", r"sección sindical", r"asociación", r"federación", r"comité",
    r"CCOO", r"UGT", r"CGT", r"CNT", r"colectivo", r"asamblea",
    r"sindacato", r"sezione", r"circolo", r"associazione", r"federazione", r"comitato",
    r"CGIL", r"CISL", r"UIL", r"USB", r"COBAS", r"RSU", r"collettivo", r"coordinamento",
)
MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
           ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
           ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
           ("december", "dec")),
    "de": (("januar", "jänner", "jan"), ("februar", "feb"), ("märz", "maerz", "mär"),
           ("april", "apr"), ("mai",), ("juni",), ("juli",), ("august", "aug"),
           ("september", "sept", "sep"), ("oktober", "okt"), ("november", "nov"),
           ("dezember", "dez")),
    "fr": (("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",),
           ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
           ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
           ("décembre", "decembre", "déc")),
    "es": (("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"),
           ("mayo",), ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"),
           ("septiembre", "setiembre", "sept", "sep"), ("octubre", "oct"),
           ("noviembre", "nov"), ("diciembre", "dic")),
    "it": (("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"),
           ("maggio", "mag"), ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"),
           ("settembre", "set", "sett"), ("ottobre", "ott"), ("novembre", "nov"),
           ("dicembre", "dic")),
}
WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"),
           ("thursday", "thurs", "thu"), ("friday", "fri"), ("saturday", "sat"),
           ("sunday", "sun")),
    "de": (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
           ("samstag", "sonnabend"), ("sonntag",)),
    "fr": (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",),
           ("dimanche",)),
    "es": (("lunes",), ("martes",), ("miércoles", "miercoles"), ("jueves",), ("viernes",),
           ("sábado", "sabado"), ("domingo",)),
    "it": (("lunedì", "lunedi"), ("martedì", "martedi"), ("mercoledì", "mercoledi"),
           ("giovedì", "giovedi"), ("venerdì", "venerdi"), ("sabato",), ("domenica",)),
}
# Relative days: words meaning the day before the message, and the day of the message.
YESTERDAY = (r"yesterday", r"last night", r"gestern(?: ?abend)?", r"hier(?: soir)?",
             r"ayer", r"anoche", r"ieri(?: sera)?")
TODAY = (r"today", r"tonight", r"this evening", r"this morning", r"heute(?: abend)?",
         r"aujourd'hui", r"ce soir", r"hoy", r"esta noche", r"oggi", r"stasera", r"stamattina")
SIGN_OFFS = (
    r"regards", r"best(?: wishes)?", r"in solidarity", r"solidarity", r"yours(?: \w+)?",
    r"thanks?(?: you)?", r"cheers", r"sincerely", r"comradely", r"fraternally",
    r"mit (?:solidarischen|freundlichen|kollegialen) grüßen", r"solidarische grüße", r"grüße",
    r"cordialement", r"salutations", r"fraternellement", r"solidairement", r"bien à vous",
    r"saludos(?: \w+)?", r"un saludo", r"atentamente", r"fraternalmente",
    r"cordiali saluti", r"saluti(?: \w+)?", r"un saluto", r"distinti saluti",
)


@lru_cache(maxsize=64)
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of the words on word boundaries."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(ordered) + r")(?![\w])", re.IGNORECASE)


def cues(table: dict[str, tuple[str, ...]], languages: tuple[str, ...] | None = None) -> (
    re.Pattern[str]
):
    """The pattern for a table's cues in the given languages (all when None)."""
    chosen = languages or tuple(table)
    words: list[str] = []
    for language in chosen:
        words.extend(table.get(language, ()))
    return alternation(tuple(words))


def month_table() -> dict[str, int]:
    """Every month name and abbreviation of every language -> month number."""
    table: dict[str, int] = {}
    for months in MONTHS.values():
        for number, names in enumerate(months, start=1):
            for name in names:
                table.setdefault(name, number)
    return table


def weekday_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for days in WEEKDAYS.values():
        for number, names in enumerate(days):
            for name in names:
                table.setdefault(name, number)
    return table

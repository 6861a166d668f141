"""Organisation words per language that the organisation finders and the scorer read: the
cue of a mover or forwarder (not the body that voted), the headings that are never a body, and
the nouns of a council named by its town."""

from __future__ import annotations

# Before a name: the body moved, proposed, sponsored or forwarded the motion; it did not vote it.
MOVER: dict[str, tuple[str, ...]] = {
    "en": (
        r"moved by",
        r"proposed by",
        r"proposer",
        r"seconded by",
        r"submitted by",
        r"tabled by",
        r"co-sponsored by",
        r"sponsored by",
        r"originally adopted by",
        r"drafted by",
        r"forwarded by",
        r"put forward by",
        r"brought by",
        r"origin",
    ),
    "de": (r"eingereicht von", r"Antragsteller(?:in)?", r"vorgelegt von", r"weitergeleitet von"),
    "fr": (r"propos[ée]e? par", r"présent[ée]e? par", r"déposée? par", r"à l['’]initiative de"),
    "es": (r"presentad[ao] por", r"propuest[ao] por", r"a propuesta de"),
    "it": (
        r"presentat[ao] da(?:l|lla|i|gli)?",
        r"propost[ao] da(?:l|lla|i|gli)?",
        r"su proposta d(?:i|el|ella)",
        r"promoss[ao] da(?:l|lla|i|gli)?",
        r"depositat[ao] da(?:l|lla|i|gli)?",
    ),
}

# Nouns that make a phrase the name of a body, beyond the lexicon's: assemblies, councils,
# parliaments, parties and movements as bodies write themselves in each language.
ORG_NOUNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"alliance",
        r"coalition",
        r"conference",
        r"assembly",
        r"convention",
        r"house of \w+",
        r"senate",
        r"parliament",
        r"board",
        r"executive",
        r"directorate",
        r"cabinet",
        r"commission",
        r"campaign",
        r"movement",
        r"round table",
        r"CND",
    ),
    "de": (r"Vorstand", r"Abteilung", r"Partei", r"Stadtrat", r"Gemeinderat", r"Kreistag"),
    "fr": (r"conseil", r"congrès", r"assemblée", r"parti", r"mouvement"),
    "es": (r"consejo", r"colegio", r"junta", r"ayuntamiento", r"partido", r"pleno", r"concejo"),
    "it": (r"consiglio", r"municipio", r"comune", r"assemblea", r"partito", r"movimento"),
    "pt": (r"câmara", r"assembleia", r"congresso", r"conselho", r"sindicato", r"partido"),
    "ca": (r"parlament", r"consell", r"sindicat", r"ajuntament", r"assemblea"),
}

# A council named by its town: "Consiglio comunale di X", "Conseil municipal de la Ville de X".
COUNCIL_OF_TOWN: dict[str, tuple[str, ...]] = {
    "en": (r"city council of", r"town council of", r"municipal council of", r"council of"),
    "de": (r"Gemeinderat (?:von|der Stadt|der Gemeinde)", r"Stadtrat (?:von|der Stadt)"),
    "fr": (r"conseil municipal de(?: la ville de)?", r"conseil communal de"),
    "es": (
        r"ayuntamiento de",
        r"concejo (?:municipal|deliberante) de",
        r"pleno del ayuntamiento de",
    ),
    "it": (
        r"consiglio comunale di",
        r"consiglio municipale di",
        r"consiglio del municipio",
        r"consiglio provinciale di",
        r"consiglio regionale d(?:i|el|ella)",
    ),
    "pt": (r"câmara municipal de", r"assembleia municipal de"),
    "ca": (r"ple de l['’]ajuntament de", r"ajuntament de"),
}

# What a body does when it votes, states or adopts, beyond the older framing rules' verbs.
BODY_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        r"denounces",
        r"rejects",
        r"utterly rejects",
        r"urges",
        r"joins",
        r"endorses",
        r"calls (?:on|for)",
        r"demands",
        r"insists",
        r"welcomes",
        r"notes",
        r"resolves",
        r"pledges",
        r"opposes",
        r"issued",
        r"shares",
        r"came out",
        r"carried",
    ),
    "de": (r"fordert", r"verlangt", r"beschließt", r"stellt sich", r"stellen sich", r"hat"),
    "fr": (r"exige", r"dénonce", r"demande", r"appelle", r"a adopté", r"a rejeté", r"réuni"),
    "es": (r"manifiesta", r"exige", r"rechaza", r"reclama", r"resuelve", r"aprobó"),
    "it": (
        r"ha approvato",
        r"ha votato",
        r"ha deliberato",
        r"impegna",
        r"delibera",
        r"conferisce",
        r"esprime",
        r"chiede",
        r"invita",
    ),
    "pt": (r"aprovou", r"adotou", r"saúda", r"defende", r"manifesta"),
    "ca": (r"va aprovar", r"aprova", r"reclama", r"es reafirma"),
}

# "The resolution (that) X passed": the noun of a text a body adopts, and the verbs after X.
TEXT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": (r"resolution", r"motion", r"statement", r"text", r"declaration"),
    "de": (r"Resolution", r"Antrag", r"Beschluss", r"Erklärung"),
    "fr": (r"motion", r"résolution", r"déclaration", r"vœu", r"texte"),
    "es": (r"resolución", r"moción", r"comunicado", r"declaración"),
    "it": (r"mozione", r"ordine del giorno", r"delibera", r"risoluzione", r"testo"),
    "pt": (r"moção", r"resolução", r"declaração"),
    "ca": (r"declaració", r"moció", r"resolució"),
}
TEXT_VERBS: dict[str, tuple[str, ...]] = {
    "en": (r"passed", r"adopted", r"issued", r"approved", r"agreed", r"carried", r"endorsed"),
    "de": (r"beschlossen", r"verabschiedet"),
    "fr": (r"a adoptée?", r"a votée?"),
    "es": (r"aprobó", r"adoptó", r"emitió"),
    "it": (r"ha approvato", r"ha votato", r"ha adottato"),
    "pt": (r"aprovou", r"adotou"),
    "ca": (r"va aprovar", r"ha aprovat"),
}

# A heading that names the body whose text follows: "Statement of the X", "Comunicado del X".
HEADING_OF: dict[str, tuple[str, ...]] = {
    "en": (r"statement (?:of|from|by)", r"resolution (?:of|from|by)", r"declaration of"),
    "de": (r"Beschluss (?:der|des|vom)", r"Erklärung (?:der|des)", r"Resolution (?:der|des)"),
    "fr": (r"communiqué (?:du|de la|des)", r"déclaration (?:du|de la|des)", r"motion (?:du|de la)"),
    "es": (r"comunicado (?:del|de la)", r"declaración (?:del|de la)", r"resolución (?:del|de la)"),
    "it": (r"comunicato (?:del|della)", r"dichiarazione (?:del|della)", r"mozione (?:del|della)"),
    "pt": (r"resolução (?:do|da)", r"moção (?:do|da)", r"declaração (?:do|da)"),
    "ca": (r"declaració (?:del|de la)", r"resolució (?:del|de la)"),
}

# Headings and document words that are never the name of a body.
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (r"resolution", r"draft", r"motion", r"statement", r"press release", r"minutes"),
    "de": (r"Resolution", r"Antrag", r"Beschluss", r"Entwurf", r"Pressemitteilung"),
    "fr": (r"motion", r"résolution", r"projet", r"communiqué"),
    "es": (r"resolución", r"moción", r"borrador", r"comunicado"),
    "it": (r"mozione", r"ordine del giorno", r"delibera", r"bozza", r"comunicato"),
    "pt": (r"moção", r"resolução", r"projeto"),
    "ca": (r"declaració", r"moció", r"resolució"),
}

# A table cell that labels the body beside or below it ("Adopted by | X", "Organo").
TABLE_LABELS: dict[str, tuple[str, ...]] = {
    "en": (r"adopted by", r"passed by", r"agreed by", r"organi[sz]ation", r"body", r"meeting"),
    "de": (r"Gremium", r"beschlossen von", r"Organisation"),
    "fr": (r"organe", r"instance", r"adoptée? par"),
    "es": (r"órgano", r"organismo", r"aprobad[ao] por"),
    "it": (r"organo", r"approvat[ao] da"),
    "pt": (r"órgão", r"aprovad[ao] por"),
    "ca": (r"òrgan", r"aprovad[ao] per"),
}

# Before a name: the body the motion was sent or submitted to, not the one that voted it.
ADDRESSEE: dict[str, tuple[str, ...]] = {
    "en": (r"submitted to", r"sent (?:it )?(?:on )?to", r"forwarded to", r"addressed to"),
    "de": (r"eingereicht (?:bei|an)", r"geschickt an", r"weitergeleitet an"),
    "fr": (r"transmise? à", r"envoyée? à", r"adressée? à"),
    "es": (r"enviad[ao] a", r"remitid[ao] a", r"presentad[ao] ante"),
    "it": (r"inviat[ao] a(?:l|lla|i)?", r"trasmess[ao] a(?:l|lla|i)?"),
}
# A possessive before a name: the writer's own body, named short ("our County Committee").
OUR: dict[str, tuple[str, ...]] = {
    "en": (r"our",),
    "de": (r"unser(?:e[rsnm]?)?",),
    "fr": (r"notre", r"nos"),
    "es": (r"nuestr[ao]s?",),
    "it": (r"(?:il |la )?nostr[aoie]",),
}

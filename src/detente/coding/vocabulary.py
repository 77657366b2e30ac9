"""The words and code tables the event coder reads a parse with (detente.coding.events).

Each set or table is the coder's knowledge of English news, named for what it is and commented
with an example; the rules that use them live in events.py. CAMEO codes are strings ("042"),
roots their first two digits ("04").
"""

from __future__ import annotations

LIGHT_VERBS = frozenset({
    "pay", "hold", "have", "make", "conduct", "carry", "stage", "launch", "begin", "start",
    "open", "resume", "continue", "host", "attend", "join", "reach", "achieve", "sign",
    "conclude", "impose", "announce", "introduce", "extend", "tighten", "expand", "approve",
    "undertake", "give", "provide", "send", "offer", "deliver", "exchange", "engage", "order",
    "organize", "organise", "call", "fly", "mount", "lead", "renew", "issue", "declare",
    "institute", "enforce", "reimpose", "hand", "submit",
    "ramp",  # "ramped up attacks on security forces", "ramped up sanctions on X": more of them
    "slap",  # "slapped tariffs on Australian barley": imposed them, no assault (18)
})
# Verbs of reacting whose 'with' phrase names the act they react by, as a light verb's object
# does: "Canada retaliated with tariffs on U.S. goods", "Iran responded with missile strikes".
RETALIATING_VERBS = frozenset({"respond", "retaliate", "answer", "react", "reply"})
# Roots of the acts a reaction's 'with' phrase is read as: material hostile acts. What else it
# names is mostly no act of its own ("responded with a statement", "with protests").
RETALIATION_ROOTS = frozenset({"12", "13", "15", "16", "17", "18", "19", "20"})
# Verbs that raise a sanction or tariff in force, laying it on anew (16x): "doubled the tariff on
# Canadian steel", "raised tariffs on Chinese goods". Light verbs for those nouns only: "raised
# its protest", "increased its aid" are read by the verb dictionary.
RAISING_VERBS = frozenset({"raise", "hike", "increase", "double", "triple", "boost"})
# Signing makes a statement an agreement: "signed a joint statement" is 057, where "issued a
# joint statement" is a shared position (019).
SIGNING_VERBS = frozenset({"sign", "initial", "countersign"})
# Roots of what one party says to another: a light verb's indirect object receives it ("gave
# Ecuador an ultimatum", "sent Tokyo a protest note").
VERBAL_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# Light verbs that make the event happen: their negation negates the nominal event.
EVENT_MAKING = LIGHT_VERBS
# Verbs of asking whose object ("urged a ceasefire between X and Y", "demanded talks with X")
# or whose 'for' phrase ("called for talks with X", "pushed for a truce") names an event only
# asked for: it has not happened. "call" with an object makes the event ("called a summit").
ASKING_OBJECT_VERBS = frozenset({"urge", "demand", "request", "want"})
ASKING_FOR_VERBS = frozenset({"call", "appeal", "push", "press", "ask", "plead", "lobby",
                              "urge", "clamor", "clamour"})
# Verbs whose subject does the event their object names, beside the light verbs that make it:
# "Pelosi ended a visit to Taipei", "Abe cut short his trip".
ACT_DOING_VERBS = LIGHT_VERBS | frozenset({"end", "complete", "finish", "cut", "wrap"})
# What a meeting's clause says it came to: "talks ended without agreement" (negated 057),
# "the summit produced an agreement" (057), between the meeting's parties.
AGREEMENT_WORDS = frozenset({"agreement", "deal", "accord", "treaty"})
ENDING_VERBS = frozenset({"end", "close", "conclude", "break", "finish", "wrap", "collapse"})
PRODUCING_VERBS = frozenset({"produce", "yield"})
# Spans of time that head a meeting noun: "three days of talks", "two rounds of talks".
SPAN_OF_TIME_WORDS = frozenset({"day", "week", "month", "hour", "round", "year"})
# Nouns of meeting: what a trip is made for ("flew to Brussels for talks with NATO allies"),
# what is skipped ("Xi skipped the summit").
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "consultation", "negotiation", "summit",
                           "discussion"})
ANAPHORS = frozenset({"it", "he", "she", "they", "we"})
# Pronouns that stand for one person, who cannot act reciprocally with themselves.
ONE_PERSON_PRONOUNS = frozenset({"he", "she"})
# Object pronouns that stand for one person named before them: "the Taliban barred him".
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Where an actor phrase a pronoun can refer back to stands: subjects, objects and their
# conjuncts, objects of prepositions, possessors.
ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative",
                             "poss"})
# A participle used as a modifier names no event: "Vietnamese-led forces", "Iranian-made".
MODIFIER_VERB_DEPS = frozenset({"amod", "compound"})
# Texts whose authors speak through them ("adopted a resolution condemning X").
AUTHORED_NOUNS = frozenset({"resolution", "statement", "declaration", "letter", "communique",
                            "communiqué", "motion", "decree", "bill", "note", "report"})
# Verbs whose coordinated subjects act on each other whatever their CAMEO root.
RECIPROCAL_VERBS = frozenset({"disagree", "clash", "fight", "quarrel", "argue", "feud", "spar",
                              "differ", "compete", "battle", "skirmish", "trade", "reconcile",
                              "agree", "negotiate", "reach", "exchange", "swap"})
# What a protest's purpose clause may say: a demand, a criticism, a rejection, a protest.
PURPOSE_ROOTS = frozenset({"10", "11", "12", "14"})
# Nouns through which a text talks about an event without reporting one.
REFERRING_NOUNS = frozenset({"symbol", "importance", "prospect", "possibility", "idea", "notion",
                             "history", "value", "benefit", "future", "concept", "question",
                             "issue", "risk", "threat", "fear", "hope", "chance", "need"})
# Verbs that say an event happened, with the event noun their subject; the parser hangs the
# event's 'between' phrase on them ("clashes erupted between X and Y", "fighting broke out
# between ...", "talks took place between ..."): a verb, a verb with its particle, or with its
# object.
HAPPENING_VERBS = frozenset({"erupt", "flare", "flare up", "rage", "continue", "resume",
                             "intensify", "escalate", "begin", "start", "occur", "happen",
                             "persist", "break out", "take place"})
# Nouns for an undertaking that carry their event in a modifier ("a mediation effort between X
# and Y", "undertook a mediation mission"): the modifier gives the code, the head its phrases.
EFFORT_NOUNS = frozenset({"effort", "mission", "bid", "attempt", "initiative", "drive"})
# What is investigated picks CAMEO's kind of investigation (091-094) for a bare one (090):
# lemma phrases of the investigated words; the first kind with one wins, so "war crimes" (094)
# is no plain crime (091).
INVESTIGATED = (
    ("094", ("war crime", "genocide", "crime against humanity", "ethnic cleansing")),
    ("092", ("human right", "torture", "abuse", "disappearance", "extrajudicial")),
    ("093", ("airstrike", "air strike", "shelling", "incursion", "military operation")),
    ("091", ("crime", "corruption", "fraud", "bribery", "bribe", "kickback", "embezzlement",
             "murder", "smuggling", "laundering", "graft", "trafficking", "illicit enrichment",
             "illegal enrichment", "unlawful enrichment", "embezzle", "misappropriation",
             "tax evasion")),
)
# Exercises held by the forces of two or more states together are joint exercises: military
# cooperation (062), as "joint exercises" are, not a show of force (150).
EXERCISE_WORDS = frozenset({"exercise", "drill", "game", "wargame", "maneuver", "manoeuvre"})
# What a demand (10) asks for, by the CAMEO code of the event asked for or of its intent (03x):
# CAMEO's demands run parallel to its intents, with codes of their own for withdrawals (106),
# ceasefires (107), meetings (108) and investigations (101).
DEMANDED_BY_CODE = {"0874": "106", "0871": "107", "045": "105", "090": "101", "091": "101",
                    "092": "101", "093": "101", "094": "101"}
DEMANDED_BY_INTENT = {"032": "102", "038": "105",
                      "0311": "1011", "0312": "1012", "0313": "1013", "0314": "1014",
                      "033": "103", "0331": "1031", "0332": "1032",
                      "0333": "1033", "0334": "1034", "034": "104", "0341": "1041",
                      "0342": "1042", "0343": "1043", "0344": "1044", "0351": "1051",
                      "0352": "1052", "0353": "1053", "0354": "1054", "0355": "1055",
                      "0356": "1056", "036": "108"}
# What a rejection (12) turns down, likewise: talks 125, mediation 126, an agreement 127.
REJECTED_BY_CODE = {"045": "126", "057": "127"}
REJECTED_BY_INTENT = {"031": "121", "0311": "1211", "0312": "1212", "033": "122",
                      "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224",
                      "034": "123", "0341": "1231", "0342": "1232", "0343": "1233",
                      "0344": "1234", "035": "124", "0351": "1241", "0352": "1242",
                      "0353": "1243", "0354": "1244", "0355": "1245", "0356": "1246",
                      "036": "125"}
# Verbs that turn down what they are asked (not "postponed", "broke down"): their kind of
# rejection is the kind of event they turn down.
REJECTING_VERBS = frozenset({"reject", "refuse", "decline", "turn", "turn down", "dismiss",
                             "rebuff", "spurn", "veto", "snub", "oppose"})
# Verbs that answer a demand or appeal named as their object: whoever rejects, accepts or
# ignores it is whom it was made to ("rejected a demand by Spain that he call an election").
ANSWERING_VERBS = REJECTING_VERBS | frozenset({"accept", "heed", "ignore", "welcome", "resist",
                                               "defy"})
# Roots of verbs whose kind is the event they ask for or turn down.
ASKED_ROOTS = frozenset({"02", "10", "12", "13"})
# Roots with no CAMEO code for announcing them: an investigation only planned or promised has
# not happened, and CAMEO's intents (03) and threats (13) have no form for it; nor has an
# appeal, a demand or a criticism a speaker plans to make ("he plans to urge the ministers",
# "said he would urge the Commission"), or a force posture only promised ("villages where
# they will be protected by troops"). A rejection or a threat announced is made by saying so
# ("said it would reject any talks"): 12 and 13 are not here.
UNANNOUNCEABLE_ROOTS = frozenset({"02", "09", "10", "11", "15"})
# Light verbs that promise their object's event rather than make it ("offered aid", "pledged
# $900 million in aid"): CAMEO's intent (03x); but offering an apology or forgiveness makes it.
PROMISING_VERBS = frozenset({"offer", "pledge", "promise"})
PERFORMED_CODES = frozenset({"055", "056"})
# A bombing by or from these is an air strike (195), not a planted bomb (183).
AIRCRAFT_WORDS = frozenset({"aircraft", "plane", "warplane", "jet", "bomber", "drone",
                            "helicopter", "air", "aerial"})
# Entity types of an amount an event noun can be measured in.
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY"})
# Nouns for a verb's act whose verb's stem does not begin them, and the verb: an event noun
# is read as its verb with its 'of' phrase as object ("the suspension of talks" is SUSPEND *
# TALKS, `NounCoder._act_noun`), a possessor's act likewise ("Ankara's purchase of Russian
# missiles", `NounCoder.possessed_act`), and a reaction's noun names the act of its verb
# ("denounced the flights" after "bombers flew near Japan", `names_the_act`).
ACT_VERBS = {"suspension": "suspend", "purchase": "purchase", "demolition": "demolish",
             "destruction": "destroy", "seizure": "seize", "capture": "capture",
             "flight": "fly", "detention": "detain", "expulsion": "expel", "invasion": "invade",
             "extension": "extend", "decision": "decide", "intrusion": "intrude",
             "incursion": "intrude"}
# "The launch of a ballistic missile", "a test of a nuclear device": a show of force (150).
LAUNCH_NOUNS = frozenset({"launch", "test", "firing", "test-firing"})
WEAPON_WORDS = frozenset({"missile", "rocket", "warhead", "device", "bomb", "weapon"})
# Modifiers that make a bare "strike" force rather than a labour strike (143): "a pre-emptive
# nuclear strike against the United States", "a retaliatory strike on militant camps".
ARMED_STRIKE_MODIFIERS = frozenset({"nuclear", "emptive", "preemptive", "pre-emptive",
                                    "retaliatory", "surgical", "punitive", "precision",
                                    "artillery", "naval", "aerial", "cruise", "ballistic"})
# Nouns of these codes name documents: an event only with a verb that makes one ("signed a
# treaty", "reached an agreement"), not where they are just referred to.
DOCUMENT_CODES = frozenset({"057"})
CLAIM_NOUNS = frozenset({"report", "allegation", "claim", "rumour", "rumor", "speculation",
                         "suggestion", "accusation", "suspicion", "fear"})
PROJECTILES = frozenset({"missile", "rocket", "icbm", "projectile"})
LAUNCH_VERBS = frozenset({"fire", "launch"})
# Killing a named leader is an assassination (186), whoever does it.
KILLING_VERBS = frozenset({"kill", "shoot", "murder", "assassinate", "gun", "slay"})
LEADER_SECTORS = frozenset({"GOV", "ELI", "LEG", "OPP", "PTY", None})
# Killings by spies, criminals or civilians are physical assaults (1823), not the military force
# (190) CAMEO 2.0 gives the verbs: "Saudi agents killed the journalist".
MURDERING_VERBS = frozenset({"kill", "murder", "slay"})
# Shooting a named leader kills only where the text says so ("shot dead", "shot and killed"):
# "a man shot the prime minister several times" is an attempt on his life (185).
SHOOTING_VERBS = frozenset({"shoot"})
DEATH_WORDS = frozenset({"dead", "down"})
# Verbs of trying: trying to kill a named person is an attempt on their life (185).
ATTEMPT_VERBS = frozenset({"try", "attempt"})
ASSAILANT_SECTORS = frozenset({"SPY", "CRM", "CVL"})
# Crowds that storm or torch are rioting (145), not waging war.
RIOT_VERBS = frozenset({"storm", "ransack", "torch", "burn", "loot", "attack"})
CROWD_SECTORS = frozenset({"OPP", "CVL"})
# Singular nouns that name many people ("a mob stormed the building").
CROWD_NOUNS = frozenset({"crowd", "mob", "throng", "group", "gang", "horde"})
# The head of a party or group named before: "its leader" is the party's (OPP, PTY, REB).
HEAD_WORDS = frozenset({"leader", "chief", "head", "chairman", "founder"})
ORGANISED_SECTORS = frozenset({"OPP", "PTY", "REB"})
# What a strike or protest does to places ("a general strike, shutting banks and schools"): its
# consequence, not an act against those closed.
CLOSING_VERBS = frozenset({"shut", "close", "paralyse", "paralyze", "halt", "disrupt"})
# Riot-control means: force used with them is violent repression (175), not war (19).
REPRESSION_MEANS = (frozenset({"tear", "gas"}), frozenset({"rubber", "bullet"}),
                    frozenset({"water", "cannon"}), frozenset({"pepper", "spray"}))
# Seizing people (soldiers, civilians, officials) is abducting them (181); seizing boats or
# assets stays a seizure (171).
SEIZING_VERBS = frozenset({"seize", "grab", "snatch"})
# Verbs by which authorities stop a protest: preventing or banning one restricts the freedom
# of assembly (1721), and the protest stopped is no event ("police prevented the march").
PROTEST_STOPPING_VERBS = frozenset({"prevent", "ban", "prohibit", "forbid", "outlaw", "block",
                                    "bar"})
# Places held by armed men: taking one occupies territory (192) even where the phrase names
# its holders ("captured a rebel base"), unlike taking people (173).
HELD_PLACES = frozenset({"base", "camp", "stronghold", "position", "outpost", "garrison",
                         "village", "town", "city", "territory", "headquarters", "hideout",
                         "enclave", "airport", "port", "hill", "bastion", "redoubt"})
CAPTIVE_SECTORS = frozenset({"MIL", "CVL", "GOV", "OPP", "MED", "REF", "LAB", "EDU", "HLH"})
# Barring people from entering or visiting a country is an administrative sanction (172).
BANNING_VERBS = frozenset({"bar", "ban", "prohibit", "forbid", "block"})
ENTRY_VERBS = frozenset({"enter", "visit", "travel", "come", "land"})
# Words for the land a person is barred from ("barred the envoy from the country").
BARRED_LAND_WORDS = frozenset({"country", "territory", "kingdom"})
# "Allowed X to do Y": X is who the permission is for.
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "authorize", "authorise"})
# Crowds that gather, assemble or converge are rallying (141); leaders who gather are not.
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "throng"})
# Verbs of street protest that, with a direct object, show or gather something instead:
# "demonstrate the added value of the project", "rallied support" protest nothing.
PROTEST_SENSE_VERBS = frozenset({"demonstrate", "rally"})
# Nouns of a run of acts, which stand for the acts of their 'of' phrase: "carried out a series
# of airstrikes", "launched a wave of attacks".
# A state's envoys abroad ("recalled its ambassador from Santiago").
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge"})
# Verbs of summoning: a state's envoy summoned is a protest to that state (114, verbs_extra.tsv),
# a side's own envoy summoned ("summoned its ambassador home") is recalled (161).
SUMMONING_VERBS = frozenset({"summon"})
# People each side has of its own, whom "their" gives to each subject apart, not to the
# subjects together: "Peru and Bolivia recalled their ambassadors" (from a third state).
OWN_PEOPLE_WORDS = ENVOY_WORDS | frozenset({"troop", "soldier", "force", "citizen", "national",
                                            "embassy", "consulate"})
SERIES_NOUNS = frozenset({"series", "wave", "string", "spate", "barrage", "volley", "flurry",
                          # spans and rounds of an act: "launched two days of drills",
                          "day", "hour", "night", "week", "round",  # "two rounds of talks"
                          # bundles of measures: "approved a new package of sanctions"
                          "package", "raft", "batch"})
# Those who bring criminal charges: police, prosecutors and courts charging someone "with" a
# crime arrest or charge them (173), where anyone else's charge is an accusation (112).
CHARGING_SECTORS = frozenset({"COP", "JUD"})
# CAMEO's "make statement, not specified below" (010) is the act of saying itself, which the
# coder does not code (tests/golden/README.md, "Reported speech"): "told reporters", "speaking
# to lawmakers", "said on social media" are how an event is reported, not events.
STATEMENT_CODE = "010"
# Verbs that take "responsibility" or "credit" for an act, which makes its doer their subject
# ("claimed responsibility for the attack", "accepted responsibility for the shooting").
CLAIMING_VERBS = frozenset({"claim", "accept", "acknowledge", "admit", "take", "bear"})
CLAIMED_WORDS = frozenset({"responsibility", "credit"})
# Prepositions that frame a verb's event in another one ("during a visit", "in a phone call").
FRAMING_PREPS = frozenset({"during", "in", "after", "with"})
FRAMED_ROOTS = frozenset({"04", "15"})
# Verbs whose that-clause carries the condition of a warning ("warned that X would ... if Y").
WARNING_VERBS = frozenset({"warn", "threaten", "caution"})
# Event nouns whose 'from' phrase names who acts ("a protest from Tokyo", "aid from Japan").
FROM_SOURCE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12",
                               "13"})  # only meetings, calls and visits frame another event
# "Abe's invitation to visit Japan": the one addressed acts, not the possessor.
ADDRESSEE_NOUNS = frozenset({"invitation", "request", "call", "appeal", "demand", "order",
                             "ultimatum", "plea", "summons"})
# Nouns for what one party puts to another; their from/by phrase names who put it.
PROPOSAL_NOUNS = frozenset({"demand", "offer", "proposal", "request", "invitation", "appeal",
                            "plea", "ultimatum", "overture", "call", "suggestion", "plan"})
# "ordered X to leave": a governing verb and its complement that together make one event.
COMPLEMENT_EVENTS = {("order", "leave"): "161", ("tell", "leave"): "161",
                     ("ask", "leave"): "161", ("force", "leave"): "161"}
# Verbs that set a deadline to leave: "gave the ambassador 72 hours to leave the country" (the
# time their object or adverb, the complement an adverbial clause) orders them out, as
# COMPLEMENT_EVENTS's ("order", "leave") does.
DEADLINE_VERBS = frozenset({"give"})
DEADLINE_SPANS = frozenset({"hour", "day", "week"})
# Consultations, negotiations and signed agreements are done together: coded both ways.
MUTUAL_CODES = frozenset({"040", "041", "044", "046", "057"})
# Verbs that commit their subject to the act in their complement: CAMEO's intent (03).
COMMITTING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "decide", "undertake",
                              "resolve", "commit"})
PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over", "in"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
# Roots of statements, disapproval and rejection, which answer what someone said or did: the
# doer of a participle on the object is the target ("rejected the allegations made by X",
# "condemned the raids carried out by X"); not force, whose object's doer is no target ("shelled
# areas abandoned by X").
ANSWERED_ROOTS = frozenset({"01", "11", "12"})
# Roots whose coordinated subjects with no target act with each other ("X and Y met",
# "created an alliance"); an intent (03) is joint only when agreed or said to be ("Australia,
# Canada and the United States offered to resettle them" are three offers, not one pact).
JOINT_ROOTS = frozenset({"04", "05", "06"})
COUNTERPART_PREPS = ("with", "between", "to", "toward", "towards")
# Roots that CAMEO codes without a target: protests, force postures (drills, alerts).
TARGETLESS_ROOTS = frozenset({"14", "15"})
# Codes of a side standing down that CAMEO codes with no opponent named: truces,
# demobilisations, retreats and surrenders ("rebels surrendered", "troops withdrew"), and
# protesters calling off their protest (082, "the union called off its strike") or agreeing to
# (0352), as protests themselves are coded with no target; and a claim of responsibility (015),
# made to no one ("al-Shabab claimed responsibility for the attack").
TARGETLESS_CODES = frozenset({"0871", "0873", "0874", "082", "0352", "015"})
# A change in leadership, which CAMEO codes with no target when none is named: stepping down
# (083, a minister's 0831 in CAMEO 2.0's RESIGN block), the intent to (034, a minister's 0341:
# "the minister said he would resign"), the refusal (1231), and the call or demand for one
# (0241, 1041): "the minister resigned", "agreed to step down", "refused to resign", "the
# opposition demanded early elections".
LEADERSHIP_CHANGE_CODES = frozenset({"083", "0831", "034", "0341", "1231", "0241", "1041"})
# Sectors that bear arms: their surrender is military (0874), not a political concession (080).
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})
# Armed men who are no state's forces: their attacks on unarmed places with no place named
# fall on their own country's people ("al-Shabab claimed the hotel attack": SOMCVL).
NONSTATE_ARMED_SECTORS = frozenset({"REB", "UAF", "INS"})
SURRENDER_VERBS = frozenset({"surrender", "capitulate"})
# Releasing people is CAMEO's 0841 ("Iran freed the British journalist"), beating them physical
# assault (182, "protesters beat several lawmakers"); CAMEO 2.0 codes "free" 080, "release" 084
# and "beat" 190 (DESTROY) whatever is freed or beaten.
RELEASING_VERBS = frozenset({"free", "release"})
BEATING_VERBS = frozenset({"beat", "club", "batter", "punch", "kick"})
# Sector words that name a body or a thing, not people ("released the tanker" frees no one);
# and plain nouns of people the actor dictionary has no sector for.
INSTITUTION_HEADS = frozenset({
    "tanker", "ship", "vessel", "boat", "aircraft", "plane", "airliner", "jet", "firm", "site",
    "government", "ministry", "parliament", "court", "army", "military", "navy", "police",
    "administration", "agency", "bank", "company", "party", "council", "assembly", "cabinet",
    "legislature", "regime", "hospital", "school", "college", "newspaper", "magazine", "media",
    "press", "station", "office", "embassy", "force", "congress", "senate", "union", "group",
    "organization", "organisation", "authority", "committee", "commission", "board", "mission",
})
PERSON_HEADS = frozenset({
    "person", "people", "man", "woman", "child", "sailor", "crew", "crewman", "crewmember",
    "tourist", "national", "citizen", "fisherman", "captive", "prisoner", "detainee", "hostage",
    "passenger", "hiker", "aid worker", "volunteer", "suspect", "fugitive",
})
# Verbs that say an arrest (173) whoever is taken: CAMEO 2.0's APPREHEND block gives abduction
# (181) to "* MINISTER", "* ENGINEER", "* MEMBERS" for all its verbs, right for "seized the
# minister", wrong for "security forces arrested the former minister".
ARRESTING_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison"})
# Visits and hosting (042, 043) are made to a third party: "Putin and Sharif attended" or
# "visited" is no visit to each other, though CAMEO's 04 root is otherwise joint.
VISIT_CODES = frozenset({"042", "043"})
# People killed or wounded "in a clash with" others, with no agent named: their side and the
# other fought each other (190 both ways): "ten Indian soldiers were killed in a clash with
# Chinese troops", "two Malian soldiers died in fighting with rebels".
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die", "hurt"})
FIGHT_NOUNS = frozenset({"clash", "fighting", "battle", "skirmish", "firefight", "gunfight",
                         "gunbattle", "confrontation", "fight", "shootout"})
# Light verbs whose coordinated subjects do the noun's act to each other ("Indian and
# Pakistani troops exchanged artillery fire", "traded fire"), whatever the noun.
EXCHANGE_VERBS = frozenset({"exchange", "trade"})
# A bomb that kills is a bombing (CAMEO 183), its kind named by the words before it: a car
# bomb 1832, a roadside bomb 1833, a suicide bomb 1831; whoever planted or sent it did it.
BOMB_WORDS = frozenset({"bomb", "device", "explosive", "ied"})
BOMB_KINDS = (("suicide", "1831"), ("car", "1832"), ("truck", "1832"), ("vehicle", "1832"),
              ("roadside", "1833"))
BOMBING_ROOTS = frozenset({"18", "19"})
# Security forces killing or shooting protesters, or people in a protest, repress it
# violently (175): "Iranian police shot dead 20 protesters", "troops killed 38 people in the
# bloodiest day of protests".
SECURITY_SECTORS = frozenset({"COP", "MIL"})
PROTEST_WORDS = frozenset({"protest", "demonstration", "rally", "march", "protester",
                           "demonstrator", "uprising", "unrest"})
# Handing a person over to a state is judicial cooperation (063), as extraditing is: "Sudan
# handed the fugitive over to France", "was handed over to France by Sudan".
HANDOVER_KEYS = frozenset({"hand over", "turn over", "hand", "extradite"})
# Complements of people made to flee ("forcing thousands of villagers on both sides to flee"):
# those coerced are the object's own actors, not a phrase inside it, which says where they live.
FLEEING_VERBS = frozenset({"flee", "leave", "evacuate", "abandon", "escape"})
# Verbs (by lexicon key) of leaving a place: armed men who pull out of a country with no object
# retreat militarily (0874): "the last Kenyan troops pulled out of Somalia".
RETREATING_KEYS = frozenset({"pull out", "pull back", "withdraw", "retreat", "move out"})
# Verbs (by lexicon key) of giving up what one holds: giving up one's membership of an
# organisation leaves it (161), no concession to it (080): "Britain's decision to relinquish
# EU membership", "Venezuela renounced its membership of the OAS".
RENOUNCING_KEYS = frozenset({"relinquish", "renounce", "give up", "abandon", "forfeit", "quit",
                             "surrender", "end", "terminate", "cancel"})
MEMBERSHIP_NOUNS = frozenset({"membership"})
# A withdrawal noun is a military retreat (0874) only when what withdraws is armed ("the
# withdrawal of troops", "their forces' withdrawal") or a state leaves another's land ("Syrian
# withdrawal from Lebanon"); withdrawals from treaties, talks or bodies are no retreat.
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out"})
ARMED_WORDS = frozenset({"troop", "force", "army", "soldier", "military", "militia", "rebel",
                         "guerrilla", "fighter", "contingent", "unit", "battalion", "brigade",
                         "division", "militant", "peacekeeper"})
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "into", "at", "for", "upon",
                "outside")
# Verbs whose object is the subject of their infinitive ("urged Iran to stop", "prompting the
# foreign secretary to condemn the arrest", "led Washington to expel Turkey").
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "press", "persuade", "invite", "encourage",
                            "force", "tell", "allow", "help", "order", "request", "prompt",
                            "lead", "spur", "cause"})
NOUN_START = frozenset({"NOUN", "PROPN", "ADJ"})
NOMINAL_SOURCE_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
REPORTING_DEPS = frozenset({"ccomp", "xcomp"})
# A governing verb of these roots is the event (appeal, demand, criticism, rejection, threat,
# protest); what it asks for or rejects, in its complement, did not happen.
REQUEST_ROOTS = frozenset({"02", "10"})
# Roots whose object noun is asked for or threatened, not done ("demanded the withdrawal").
ASKING_ROOTS = frozenset({"02", "10", "13"})
GOVERNOR_ROOTS = frozenset({"02", "10", "11", "12", "13", "14"})
# Verbs of the phase of an act, whose complement is the act ("began supplying weapons",
# "will start deploying missiles"): the complement's event stands for theirs (`settle`).
PHASE_VERBS = frozenset({"start", "begin", "continue", "resume", "keep"})
# Roots of attacks (CAMEO 18-20): with no attacker named, the armed men of the place (UAF).
ASSAULT_ROOTS = frozenset({"18", "19", "20"})
# Verbs of buying, whose seller a weapon's maker is when no one else is named: "Greece will
# buy three French-built frigates" (from France), "bought U.S.-made fighter jets".
PURCHASE_VERBS = frozenset({"buy", "purchase", "acquire"})
PLACE_PREPS = frozenset({"in", "near", "outside", "around", "at"})
# Names of days and months, which head time phrases ("on Tuesday night", "in March this year").
CALENDAR_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
# Subjects that are the attack itself, or its weapon, not an attacker ("a bombing killed ...").
ATTACK_WORDS = frozenset({"attack", "bombing", "bomb", "blast", "explosion", "device", "mine",
                          "shelling", "shell", "rocket", "grenade", "ambush", "shooting", "fire",
                          "gunfire", "airstrike", "strike", "raid", "minefield"})
# Machines that the actor modifying them drives or flies ("army bulldozers", "Turkish drones"):
# as the subject of coercion or force (CAMEO 17-20) they stand for that actor.
INSTRUMENT_WORDS = frozenset({"bulldozer", "drone", "truck", "vehicle", "boat", "gunboat",
                              "vessel", "ship", "aircraft", "plane", "jet", "artillery"})
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Measures laid on a population, and their easing: curfews, states of emergency, martial law
# (CAMEO 1723, 1724, 0813, 0814). Their target is the people of the place they cover.
POPULACE_CODES = frozenset({"1723", "1724", "0813", "0814"})
POPULACE_PREPS = frozenset({"in", "on", "over", "across", "throughout", "for"})
# Nouns of cutting ties whose "of" object is what is cut: its with/to phrase names the other
# party ("a suspension of air links with Serbia", "the severance of ties with Qatar").
SUSPENDING_NOUNS = frozenset({"suspension", "severance", "severing", "halt", "cutoff"})
# Arrests, detentions, deportations and repression (CAMEO 173-175) are made by a state's
# authorities: a passive with no agent ("was arrested in Iran") takes the place's government.
AUTHORITY_CODES = frozenset({"173", "174", "175"})
# Expelling a population, not individuals, is a mass expulsion (CAMEO 201): deporting or
# driving out thousands, or a place's inhabitants ("deported the Japanese inhabitants of the
# islands", "drove 700,000 Rohingya from Rakhine state"); "deported 168 Liberians" is 174.
DEPORTING_VERBS = frozenset({"deport", "expel", "evict"})
DRIVING_VERBS = frozenset({"drive", "force", "push", "chase"})
POPULATION_WORDS = frozenset({"inhabitant", "population", "resident", "villager", "thousand",
                              "million", "thousands", "millions"})
MASS_COUNT = 1000
# Counts of thousands: people killed in such numbers are a mass killing (202).
MASS_WORDS = frozenset({"thousands", "millions", "thousand", "million"})
OFFICIAL_SECTORS = ARMED_SECTORS | frozenset({"GOV", "COP", "SPY", "ELI", "LEG", "JUD"})
# Putting people on a list of measures against them: an entry-ban list or blacklist is an
# administrative sanction (172), a sanctions list a sanction (163).
LISTING_VERBS = frozenset({"put", "place", "add", "include", "blacklist"})
LIST_CODES = (("sanction", "163"), ("ban", "172"), ("blacklist", "172"), ("black", "172"),
              ("watch", "172"), ("stop", "172"))
# Unconventional violence aimed at a person (assault, a bombing): at a named leader, when it
# kills no one, it is an attempted assassination (185); military force (19) is left alone.
ASSAULT_ON_PERSON = frozenset({"180", "182", "1821", "1822", "183", "1831", "1832", "1833"})
# Weapons that strike from the air: force dealt by them is aerial (195), as our nouns.tsv
# counts missile strikes ("Russian missiles struck Kyiv", "cities were hit by missiles").
AERIAL_WORDS = frozenset({"missile", "warplane", "jet", "drone", "bomber", "aircraft",
                          "helicopter", "gunship", "airstrike"})
# Made to leave, these speak for their state (161, reducing relations); anyone else ordered
# or forced to leave a country is expelled (174): "forced Somali refugees to leave".
ENVOY_SECTORS = frozenset({None, "GOV", "ELI", "LEG", "MIL", "SPY"})
# Ordering the press to stop publishing or broadcasting restricts political freedoms (1721).
SILENCING_VERBS = frozenset({"order", "force", "compel"})
STOPPING_VERBS = frozenset({"suspend", "stop", "cease", "halt", "close", "shut", "end"})
# "in protest against X", "in defiance of X": a phrase that names whom a protest is aimed at,
# by its noun and the prepositions that follow it.
DISSENT_PHRASES = {"protest": frozenset({"of", "against", "at", "over"}),
                   "defiance": frozenset({"of"}), "opposition": frozenset({"to"})}
# Sectors that speak for a state: a bare country (None), its government or its forces.
STATE_SECTORS = frozenset({None, "GOV", "MIL"})
# A state's own organs: its citizens who protest against these are its opposition in the
# street ("Serbians marched against the government's mining deal": SRBOPP).
STATE_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
# Who calls off a protest as authorities, not as its organisers: "police cancelled the
# opposition rally" stops it (1721), where "the union called off its strike" eases dissent (082).
PROTEST_BANNING_SECTORS = STATE_SECTORS | SECURITY_SECTORS | frozenset({"JUD", "LEG"})
# Verbs whose agentless passive states the subject's own stance ("is opposed to", "is committed
# to"): the subject is the source, not the patient.
STATIVE_PASSIVES = frozenset({"oppose", "commit", "determine", "dedicate"})
# Verbs whose agentless passive says what the subject takes part in ("Serb forces were engaged
# in ethnic cleansing", "was engaged with the US in talks"): no event of their own, and above
# all no attack on the subject (CAMEO 2.0 reads "engage" as 190).
ENGAGED_PASSIVES = frozenset({"engage", "involve"})
# Denying responsibility (016): the denial is an event of its own beside the act it negates
# ("deny providing sanctuary"); its target is the party the denied act was done to.
DENIAL_CODE = "016"
# Verbs whose participle gives a reason or a motive ("..., citing security concerns", "massed
# troops on the border, hoping to force talks"): the act is its main clause's, no appeal.
REASON_VERBS = frozenset({"cite", "hope"})
# Verbs whose that-clause says what did not happen.
DENYING_VERBS = frozenset({"deny", "refute"})
# Relations through which the denied act's objects are reached (its subject is who is said to
# have done it: "denied that its bombers had entered Japanese airspace").
DENIED_DEPS = frozenset({"dobj", "dative", "pobj", "prep", "pcomp", "acl", "ccomp", "xcomp",
                         "attr", "appos", "compound", "amod", "nmod", "poss"})
# Prepositions that give what a complaint is about ("complained to the UN over Israeli raids").
GRIEVANCE_PREPS = ("over", "about")
# Prepositions that give what a protest is against ("went on strike over a bill drafted by the
# government"): whoever did or holds it is the protest's target (holder_targets).
PROTESTED_PREPS = ("over", "about", "against")
# Nouns for what one party asks of another, restated through a verb ("reiterated its demand
# that Israel ease restrictions", "renewed its call that ..."), and the code of that request.
STATED_DEMANDS = {"demand": "100", "call": "020", "appeal": "020", "request": "020",
                  "plea": "020", "ultimatum": "139"}
# Nouns of saying: a demand (100) when their that-clause says someone must act ("issued a
# stern reminder to Iraq that it must cooperate").
SAYING_NOUNS = frozenset({"reminder", "statement", "warning", "message", "letter", "note",
                          "declaration", "communique"})
# Verbs through which a party restates its own request: with one as object, the request is the
# event (the verb of saying is no event of its own).
RESTATING_VERBS = frozenset({"say", "reiterate", "repeat", "renew", "restate", "stress",
                             "insist", "press", "voice", "issue", "announce", "state"})
# CAMEO 2.0's DEMAND block shares its patterns with the verbs of appeal and wish it lists
# (URGE, WANT, NEED): "demanded security guarantees" matches "* &SECURITY [0212]", written for
# "urge". A demand is still a demand (10): the appeal's or intent's subcode read as the demand's
# (_demand_code).
DEMANDING_VERBS = frozenset({"demand"})
# What an appeal (020), a demand (100), a rejection (120) or a threat (130) is about, read off the
# words of its object or complement, the first row with a code for it wins: "urged Russia to pull
# its forces out" (0256), "demanded that Gaddafi step down" (1041), "turned down a proposal to
# sign a peace treaty" (127), "warned that Japan would impose sanctions" (1312).
# Lemmas, or "lemma particle" for phrasal verbs. None: no subcode for that root.
# Nouns of a leader leaving office, whose possessor or 'of' phrase is the one asked to go:
# "demanded the president's resignation", "called for the ouster of the military council".
LEAVING_OFFICE_NOUNS = frozenset({"resignation", "ouster", "impeachment", "abdication"})
ASKED_FOR: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    (frozenset({"resign", "resignation", "step down", "stand down", "quit", "ouster",
                "impeachment", "abdication"}),
     {"020": "0241", "100": "1041", "120": "1231"}),
    (frozenset({"release", "free"}), {"020": "0253", "100": "1053", "120": "1243"}),
    # sanctions eased (EASING_WORDS): "urged Washington to lift its sanctions" (0254),
    # "demanded sanctions relief" (1054), "refused to lift the embargo" (1244)
    (frozenset({"ease sanctions"}), {"020": "0254", "100": "1054", "120": "1244"}),
    (frozenset({"withdraw", "withdrawal", "pullout", "pull out", "pull back"}),
     {"020": "0256", "100": "106", "120": "1246"}),
    (frozenset({"ceasefire", "cease-fire", "truce", "armistice"}), {"020": "0256", "100": "107"}),
    (frozenset({"attack", "offensive", "bombing", "shelling", "hostility", "fighting"}),
     {"020": "0256", "100": "1056", "120": "1246"}),
    # restraint asked of armed sides: "urged India and Pakistan to exercise restraint" (0256)
    (frozenset({"restraint", "de-escalate", "deescalate", "de-escalation", "escalation"}),
     {"020": "0256", "100": "1056"}),
    (frozenset({"election"}), {"020": "0241", "100": "1041", "120": "1231"}),
    (frozenset({"sanction", "embargo", "boycott"}), {"130": "1312"}),
    (frozenset({"curfew"}), {"130": "1323"}),
    (frozenset({"martial"}), {"130": "1324"}),
    (frozenset({"blockade"}), {"130": "1381"}),
    (frozenset({"talk", "talks", "negotiate", "negotiation", "meet", "meeting", "dialogue",
                "summit", "contact", "conference", "invitation"}),
     {"020": "026", "100": "108", "120": "125", "130": "134"}),
    (frozenset({"mediation", "mediate", "mediator"}),
     {"020": "028", "100": "105", "120": "126", "130": "135"}),
    (frozenset({"treaty", "agreement", "accord", "deal", "plan", "proposal", "settlement"}),
     {"120": "127"}),
    # letting inspectors, monitors, peacekeepers or aid workers in (_asked_words)
    (frozenset({"allow involvement"}), {"020": "0255", "100": "1055", "120": "1245"}),
    # what someone is to stop, end or recognise is a policy to change
    (frozenset({"stop", "end", "halt", "cease", "abandon", "reverse", "recognise", "recognize",
                "scrap", "change"}), {"020": "0242", "100": "1042", "120": "1232"}),
    (frozenset({"attack", "strike", "invade", "invasion", "bomb", "shell", "shoot", "destroy",
                "sink", "war", "military", "nuclear"}),
     {"130": "138"}),
    # what one is accused of (112): "accused Russia of unprovoked aggression" (1123)
    # crimes against humanity and ethnic cleansing are war crimes (1124), not crimes (1121)
    (frozenset({"genocide", "atrocity", "massacre", "war crime", "humanity", "ethnic cleansing",
                "extermination"}), {"112": "1124"}),
    (frozenset({"spy", "spying", "espionage", "treason", "classified"}), {"112": "1125"}),
    # attacks by arms are aggression: "accused Chilean troops of shelling border villages"
    (frozenset({"aggression", "incursion", "invasion", "invade", "airspace", "shell", "shelling",
                "bomb", "bombing", "bombard", "bombardment", "attack", "airstrike", "air strike",
                "missile strike", "drone strike"}),
     {"112": "1123"}),
    # killing people is a human rights abuse: "accused the police of killing protesters"
    # so is holding people in prison camps: "accused Eritrea of holding thousands in prison camps"
    (frozenset({"torture", "abuse", "human right", "kill", "killing", "extrajudicial",
                "prison camp", "labour camp", "labor camp", "gulag"}),
     {"112": "1122"}),
    (frozenset({"corruption", "bribery", "bribe", "fraud", "embezzle", "embezzlement",
                "smuggling", "launder", "laundering", "crime"}), {"112": "1121"}),
)
# Verbs of accusing proper, and the codes the verb dictionary's patterns give them off the
# accused or the charge ("accused troops of ..." 111, "accused X of crimes ..." 173), which an
# 'of' phrase or the act blamed makes an accusation (112) again: "accused Chilean troops of
# shelling villages", "blamed the bombing on Somali militants".
ACCUSING_VERBS = frozenset({"accuse", "blame"})
ACCUSATION_MISREADS = frozenset({"111", "173"})
# What material aid (070) or a pledge of it (030) gives, read off its object, first row wins:
# "provide $5.5 billion in financial aid" (071), "pledged $900 million in aid" (0331).
AID_KINDS: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    (frozenset({"humanitarian", "food", "medicine", "medical", "vaccine", "relief", "shelter",
                "tent", "blanket"}), {"070": "073", "030": "0333"}),
    (frozenset({"weapon", "arms", "ammunition", "military", "missile", "tank", "artillery",
                "munition", "defense", "defence"}), {"070": "072", "030": "0332"}),
    (frozenset({"$", "dollar", "euro", "yen", "million", "billion", "financial", "economic",
                "loan", "fund", "funding", "credit", "grant"}), {"070": "071", "030": "0331"}),
    (frozenset({"aid", "assistance"}), {"030": "033"}),
)
# What an intent to cooperate (030-032) is about, first row wins: military (0312), economic
# (0311) cooperation.
COOPERATION_TOPICS = (
    (frozenset({"military", "defence", "defense", "exercise", "drill", "troop", "force",
                "weapon", "arms"}), "0312"),
    (frozenset({"economic", "economy", "trade", "investment", "energy", "business",
                "industrial", "infrastructure", "pipeline", "railway", "railroad"}), "0311"),
)
# What a signed agreement's words say it is about picks CAMEO's kind of cooperation, as the
# golden README's convention has it (057 otherwise): "a free trade agreement" 061, "a defence
# pact" 062, "an extradition treaty" 063; one naming more than one kind stays 057.
AGREEMENT_KINDS = (
    (COOPERATION_TOPICS[0][0] | frozenset({"security", "access", "basing"}), "062"),
    (COOPERATION_TOPICS[1][0] | frozenset({"gas", "oil", "currency", "tariff", "free-trade"}),
     "061"),
    (frozenset({"extradition", "judicial", "prosecutor"}), "063"),
)
# Nouns of a signed text whose kind its words give ("memorandum to build a gas pipeline").
SIGNED_TEXT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "memorandum",
                               "partnership", "convention"})
# Codes that a purpose infinitive only aims at: "sent troops to the border to end the fighting"
# declares no ceasefire (0871). Other acts in one are often done ("opened fire to disperse the
# protesters", "summoned the ambassador to complain").
AIMED_CODES = frozenset({"0871"})
# Verbs whose participle on talks or an accord names its mediator ("a truce brokered by
# Egypt"): mediation (045) towards the parties.
MEDIATING_VERBS = frozenset({"broker", "mediate"})
# Codes of contact ("called Obama", "phoned Modi") that a verb naming its object ("called Bush
# 'the devil'", "called the talks constructive") does not express.
CONTACT_CODES = frozenset({"040", "041", "042", "043"})
# Appeals and demands for material aid, by the kind of aid (AID_KINDS' 070 codes) or for
# protection: "asked Paris for military help" (0232), "asked Turkey to send troops" (0234).
AID_ASKS = {
    "020": {"071": "0231", "072": "0232", "073": "0233", "protection": "0234"},
    "100": {"071": "1031", "072": "1032", "073": "1033", "protection": "1034"},
}
# Words that make a force a peacekeeping one: its arrival in a country is peacekeeping
# provided (074), no visit paid (042): "NATO peacekeepers arrived in Bosnia".
PEACEKEEPER_WORDS = frozenset({"peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping"})
# Forces that protect or keep the peace when sent ("to send troops", "for peacekeepers") ...
PROTECTION_NOUNS = frozenset({"troop", "troops", "peacekeeper", "peacekeeping", "protection",
                              "soldier", "force"})
# ... and the verbs that send them.
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "provide", "station", "contribute"})
# Arms asked for are military aid asked for (0232), with no word of aid: "asked Germany for
# more tanks", "appealed for weapons and ammunition", "urged Paris to send fighter jets".
ASKED_ARMS = frozenset({"weapon", "arm", "arms", "ammunition", "munition", "missile", "tank",
                        "artillery", "rocket", "drone", "warship", "howitzer", "shell",
                        "fighter"})
# Verbs of pressing, which CAMEO 2.0 reads as demands (100): pressing for aid asks for it
# (0232: "pressed the allies for more weapons"), as the gold sets code it.
PRESSING_VERBS = frozenset({"press"})
# Nouns that name what is given as aid, which its kind then qualifies ("financial aid").
AID_NOUNS = frozenset({"aid", "assistance", "support", "help"})
# Verbs whose object is what they pledge ("pledged $900 million in aid").
PLEDGING_VERBS = frozenset({"pledge", "promise", "offer"})
# The generic codes that ASKED_FOR refines (120 too, for verbs of rejection proper).
GENERIC_ASKS = frozenset({"020", "100", "112", "130"})
# Prepositions that give the cause of a threatened act, not the act.
REASON_PREPS = frozenset({"for", "over"})
# Verbs and nouns of easing, and the sanctions they ease: what an appeal, demand or refusal
# asks for is sanctions eased where one of them acts on a sanction noun, as its object, its
# passive subject, its compound or its of/from/to phrase: "to lift its sanctions", "that
# sanctions be lifted", "sanctions relief", "the lifting of the embargo", "an end to the
# boycott" (`_asked_words`' "ease sanctions", ASKED_FOR).
EASING_WORDS = frozenset({"lift", "lifting", "ease", "easing", "relax", "relaxation", "loosen",
                          "remove", "removal", "end", "drop", "scrap", "relief"})
SANCTION_WORDS = frozenset({"sanction", "embargo", "boycott"})
# Verbs that, with an object, give back persons or property: a release ("return the seized
# boats"); "return to talks" is none.
GIVING_BACK = frozenset({"return", "hand back", "give back"})
# Verbs that, with such an object, let an international presence in ("allow UN inspectors to
# visit the site", "admit peacekeepers"); for the first three their clause's subject counts too.
ALLOWING_VERBS = frozenset({"allow", "let", "permit", "admit", "readmit", "accept"})
# Verbs that let an international presence in (CAMEO 086x) when their object is one: the
# allowing verbs and inviting ("would invite a UN peacekeeping force into the region").
LETTING_IN_VERBS = ALLOWING_VERBS | {"invite"}
# What kind of presence is let in, first row wins: inspectors (0862), peacekeepers (0861),
# humanitarian workers or access (0863); other monitors are 086.
PRESENCE_CODES = (
    (frozenset({"inspector", "inspection"}), "0862"),
    (frozenset({"peacekeeper", "peacekeeping"}), "0861"),
    (frozenset({"humanitarian", "aid", "relief"}), "0863"),
)
# Who is an international presence (CAMEO 086x): inspectors, monitors, peacekeepers ...
PRESENCE_NOUNS = frozenset({"inspector", "inspection", "monitor", "observer", "peacekeeper",
                            "peacekeeping", "investigator"})
# ... and aid workers, convoys or access named as humanitarian ("foreign aid workers").
AID_PRESENCE_NOUNS = frozenset({"worker", "access", "convoy", "agency", "delivery"})
HUMANITARIAN_WORDS = frozenset({"aid", "humanitarian", "relief"})
# Relations that lead out of what is asked for into a clause of its own.
ASIDE_DEPS = frozenset({"relcl", "advcl", "nsubj", "nsubjpass", "parataxis", "appos"})
# Verbs whose infinitive names what their subject will not do: a rejection (CAMEO 12), coded
# from the cooperation withheld ("refused to ease its sanctions on X" is 1244 against X).
REFUSING_VERBS = frozenset({"refuse", "decline"})
# Roots of the cooperation a refusal withholds from its target; refusing to attack or to
# criticise someone is no rejection of them.
REFUSED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Verbs of denying what a clause says ("denied that any shells had been fired"), which deny
# the charge of whoever the sentence says accused the denier (ACCUSING_VERBS) (016).
CHARGE_DENYING_VERBS = frozenset({"deny"})
# Verbs of making a charge, and what a comment set off after one calls it ("Moscow accused
# Kyiv of shelling the plant, a charge Ukraine denied").
CHARGING_VERBS = ACCUSING_VERBS | {"charge", "allege"}
COMMENTED_NOUNS = CLAIM_NOUNS | {"charge"}
# Codes that take no target alone but are made between the sides that make them together: a
# ceasefire signed by two sides is each one's truce with the other ("Sudan and Chad signed a
# ceasefire"), one side's alone has no target.
BILATERAL_CODES = frozenset({"0871"})
# Verbs whose object, when a state or its government, is recognised diplomatically (054):
# "could recognise Israel"; otherwise praise (051: "recognised Peru's efforts").
RECOGNISING_VERBS = frozenset({"recognise", "recognize"})
# Nouns of statehood whose modifier names the state recognised: "recognised a Palestinian
# state", "recognise Palestinian statehood" (054).
STATEHOOD_NOUNS = frozenset({"state", "statehood"})
# Verbs that put an act on someone ("blamed the attack on Israel"): the act tells the charge.
BLAMING_VERBS = frozenset({"blame"})
# Nouns of goods brought into a country, whose 'from' phrase names the trading partner a ban
# or suspension of them restricts ("banned the import of poultry from Brazil").
IMPORT_NOUNS = frozenset({"import", "importation", "shipment"})
# Expressed sentiments (CAMEO 2.0's EXPLAIN_VERBAL "* CONCERN" 012, "* HOPE" 013, "* REGRET"
# 018) whose target is what they are about ("expressed concern over China's buildup").
SENTIMENT_CODES = frozenset({"012", "013", "018"})
# Sectors of a target that weapons used against it fight rather than repress: the state itself
# (no sector), its government and its armed forces ("weapons used against Ukraine").
STATE_TARGET_SECTORS = frozenset({None, "GOV", "MIL"})
# Verbs that pass goods to someone named in a 'to' phrase ("sold Patriot missiles to Turkey").
SELLING_VERBS = frozenset({"sell", "supply", "deliver", "export", "transfer", "ship"})
# Arms as the goods sold or supplied, which a country's name makes look like its military
# ("U.S. Patriot missiles", "Russian fighter jets") though they are no party.
ARMS_GOODS = WEAPON_WORDS | frozenset({"aircraft", "jet", "fighter", "tank", "drone",
                                       "helicopter", "warship", "plane", "arm", "munition",
                                       "ammunition", "shell", "system"})
# Nouns of a relationship between states, which deepening or expanding makes closer whatever
# word modifies them ("deepening security ties", "expanded defence agreements").
RELATION_NOUNS = frozenset({"tie", "relation", "agreement", "partnership", "link", "alliance",
                            "pact", "relationship"})
# Prepositions that name whom an act of force was done to ("the attack on Israel", "strikes
# against civilians"): those a criticism of the act sides with, not the criticised.
VICTIM_PREPS = frozenset({"on", "against", "upon"})
# Nouns that sum up the clause before them ("..., a move welcomed by Serbia's leaders").
SUMMARY_NOUNS = frozenset({"move", "decision", "step"})
# Reactions to an act that a definite noun names ("condemned the arrest", "welcomed the
# release", "rejected the accusation", "denied the allegations"): criticism (11x), praise
# (051), rejection (12x) and denial (016).
REACTION_ROOTS = frozenset({"11", "12"})
REACTION_CODES = frozenset({"051", "016"})
# Determiners of a noun that names something told before ("the militants", "this bloc", "that
# court"): `syntax.definite`.
DEFINITE_DETS = frozenset({"the", "this", "that"})
# Determiners of a noun that refers back to an act already told: the definite ones and the
# plural demonstratives ("the arrest", "this move", "these attacks", "those remarks").
REFERRING_DETS = DEFINITE_DETS | frozenset({"these", "those"})
# Subordinators of a clause of time ("when they met", "after Witkoff returns", "once he
# visits"); each reader adds its own ("as", "until").
TIME_MARKS = frozenset({"when", "after", "before", "while", "once"})
# Prepositions of time whose gerund tells what the governing verb's subject did before or
# after ("flew to Kyiv after visiting Poland", "upon landing in Jeddah").
TIMED_GERUND_PREPS = frozenset({"after", "before", "upon"})
# Every CAMEO root, "01" to "20".
ALL_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))
# Nouns that refer back to an act of any kind ("welcomed the move", "criticised the decision").
ANY_ACT_NOUNS = SUMMARY_NOUNS | frozenset({"action", "measure", "act"})
# Nouns that refer back to what someone said ("condemned the remarks", "rejected the claims"),
# and the roots of the verbal acts they can refer to: appeals, demands, disapproval,
# rejection, threats.
SPEECH_ACT_NOUNS = frozenset({"remark", "comment", "statement", "claim", "word", "rhetoric",
                              "accusation", "allegation"})
SPEECH_ACT_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# Nouns of killing that the noun lexicon leaves uncoded ("condemned the killing"), which refer
# back to an act of force.
KILLING_NOUNS = frozenset({"killing", "murder", "shooting", "execution", "assassination"})
# The press as the hearer of what is said ("told reporters"), which is no party to a statement.
PRESS_WORDS = frozenset({"reporter", "journalist", "press", "media", "newsman", "correspondent"})
# News outlets as the hearer of what is said ("told media", "told a local radio station", "told
# state television"): no party to a statement either ("media" is lemmatised "medium").
PRESS_OUTLETS = frozenset({"medium", "newspaper", "television", "station", "radio",
                           "broadcaster", "outlet", "channel"})
# Verbs that report what someone said; "X said that Y must act" is X demanding it of Y.
SPEECH_VERBS = frozenset({"say", "declare", "reiterate", "announce", "state", "add", "stress",
                          "repeat", "conclude", "tell", "remind", "write"})
# Verbs of visiting and hosting whose 'for' phrase names the meeting a trip is for: the
# visitor meets the talks' 'with' party ("travelled to Athens for talks with Mitsotakis"),
# the host the one hosted ("hosted him for talks and dinner"): 040 both ways, 036 if planned.
HOSTING_VISIT_VERBS = frozenset({"host", "receive", "welcome"})
TALKS_NOUNS = frozenset({"talk", "talks", "meeting", "meetings", "negotiation", "negotiations",
                         "discussion", "discussions", "consultation", "consultations"})
VISIT_PURPOSE_VERBS = HOSTING_VISIT_VERBS | {"travel", "visit", "fly", "go", "come", "arrive",
                                             "head"}
# Verbs taking a person as object that the parser reads "visiting" after as their complement,
# "met [visiting] Chinese Premier Li": the participle modifies the object, who is the visitor.
HOSTING_VERBS = frozenset({"meet", "tell", "welcome", "receive", "host", "greet", "assure",
                           "thank", "brief", "urge", "ask", "invite", "escort", "accompany",
                           "inform", "warn", "praise", "honor", "honour", "reassure", "promise",
                           "entertain", "embrace", "press", "give", "show"})
# Verbs of a one-way act whose contact code (040 from "sent a letter to", "invited X") names
# no act of the addressee: the invited, the summoned or the addressee does not consult back.
ONE_WAY_VERBS = frozenset({"invite", "send", "write", "dispatch", "brief", "address", "summon"})
# Roots of acts that help their target (cooperation, aid): those helped by a denied act are
# not whom the denial answers ("deny providing sanctuary to the fighters").
HELPING_ROOTS = frozenset({"05", "06", "07"})
# Verbs of contesting, and what is filed to contest in court: "filed a petition at the Supreme
# Court challenging the president's victory" is a lawsuit (115), not a bare disapproval (110).
CONTESTING_VERBS = frozenset({"challenge", "contest", "dispute"})
LEGAL_FILINGS = frozenset({"petition", "lawsuit", "suit", "appeal", "legal challenge"})
# Nouns of threatening whose 'to' clause is what is threatened: "Putin's threat to destroy
# Ukraine" is a threat (138), not an attack.
THREAT_NOUNS = frozenset({"threat", "warning"})
# Verbs of drawing a reaction from someone ("drew sharp criticism from Peru"): the reaction is
# the 'from' phrase's actor's, aimed at the subject's.
DRAWING_VERBS = frozenset({"draw", "elicit"})
# Verbs of using an event, which leave it to be coded as the subject's own: "Modi used his
# state visit to Beijing to press Xi" is a visit (042).
USING_VERBS = frozenset({"use", "exploit"})
# Nouns of asking whose 'at' phrase puts an act at someone's request: "sent troops at the
# request of the Mozambican government" (the government appealed for them, 02x).
REQUEST_NOUNS = frozenset({"request", "behest"})

# Nouns of a place or body set up for a purpose: the words before them name what it is for,
# not the act done to it ("set up an energy research center" is no investigation, 090).
PURPOSE_BUILT_HEADS = frozenset({"center", "centre", "institute", "facility", "laboratory", "lab",
                                 "station", "museum", "school", "academy", "university",
                                 "hospital", "clinic", "park", "library", "headquarters"})

# Verbs that put a restriction on a party, in a relative clause on what is lifted or eased ("lifted
# the sanctions that the bloc had imposed on Libya"): the party it was put on is the target.
IMPOSING_VERBS = frozenset({"impose", "place", "slap", "levy", "enforce"})

# Nouns of a boundary or a coast: a country's adjective on them says where, not whom ("captured
# a rebel camp on the Thai border" does nothing to Thailand; a border has two sides).
BOUNDARY_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "coast", "coastline",
                            "shore"})

# Codes about a mediation outside cooperation (demanded, rejected, threatened to halt, halted):
# their target is who is mediated between ("Norway ended its mediation between Colombia and the
# rebels": at Colombia), as a mediation's own (045) is.
MEDIATION_CODES = frozenset({"108", "126", "135", "165"})

# Roots of coercive acts that a speaker's side says it will do if another side acts, which
# makes the saying a threat (13x): "said Turkey would cut ties with Sweden if Stockholm allowed
# the rally" (1313), "would impose tariffs unless Mexico stopped the flow of migrants" (1312).
THREATENED_ROOTS = frozenset({"16", "17", "18", "19", "20"})

# Nouns of offering, and the roots of the cooperative events they offer: "Uganda's offer of
# talks" is Uganda's intent to meet (036), "an offer of aid" an intent to give aid (033).
OFFER_NOUNS = frozenset({"offer", "proposal"})
OFFERED_ROOTS = frozenset({"04", "05", "06", "07", "08"})

# Prepositions that give a reported act's reason or occasion: a coercive event named in their
# phrase with a named possessor happened ("suspended talks over Tokyo's sanctions").
REASON_PREPOSITIONS = frozenset({"over", "after", "following"})
# Modifiers of an event noun that say it is planned by its parties ("the planned summit between
# X and Y", "the upcoming visit by X to Y"): an intent (03x); and those that say it is only
# supposed, put forward, only threatened or alleged ("a possible deal between X and Y", "the
# proposed sanctions", "the threatened sanctions", "the alleged attack"): hypothetical, as a
# verb "allegedly" hedges is (`modality.HEDGES`).
PLANNED_MODIFIERS = frozenset({"planned", "scheduled", "upcoming", "forthcoming", "expected",
                               "anticipated", "intended", "impending"})
SUPPOSED_MODIFIERS = frozenset({"proposed", "possible", "potential", "prospective", "future",
                                "hypothetical", "rumored", "rumoured", "mooted", "looming",
                                "eventual", "threatened", "alleged"})
# All the modifiers of an event noun that say it has not happened, or not for certain ("over
# Washington's threatened sanctions", "after Moscow's alleged attack"): no event given as a
# reason (`reason_by_possessor`), none done (`syntax.undone_modifier`).
UNDONE_MODIFIERS = PLANNED_MODIFIERS | SUPPOSED_MODIFIERS

# Places where unarmed people gather: force used on one in a named town or country is force
# used on that country's civilians ("militants attacked a hotel in Mogadishu": SOMCVL).
CIVILIAN_PLACES = frozenset({"hotel", "market", "marketplace", "restaurant", "cafe", "school",
                             "mosque", "church", "temple", "hospital", "mall", "shop",
                             "bus", "wedding", "funeral", "stadium", "university", "bazaar"})

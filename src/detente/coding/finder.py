"""Finding actor mentions: knowledge-base phrases matched in a parsed sentence.

`MentionFinder` matches KB phrases over lowercase tokens (longest match first, from a first-word
index, so there is no start-up cost), resolving each on the event date, and keeps only the
matches the text supports: proper names written as names, a surname agreeing with the given names
before it, no place name read as a person. `coding.mentions` turns them into actors.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from detente.actors import ActorEntry, ActorKB

# Kinds whose phrases are proper names: they must be written with a capital letter in the text.
PROPER_KINDS = frozenset({"country", "metonym", "historic", "person", "igo", "group"})
# One-word names that are acronyms spelled as a common word: a name only in capitals ("IS
# fighters", "US troops"), never the word ("Is Russia ready?", "Us and them").
CAPITALS_ONLY = frozenset({"is", "us"})
PLACE_NAME_ENTS = frozenset({"GPE", "LOC"})  # lands and regions, whose names hold no sector word
PERSON_ENTS = frozenset({"PERSON"})  # a full name that is surely a person's ("Volker Turk")
ELITE = "ELI"
CIVILIANS = "CVL"
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


# Armed men named as against a state ("anti-Pakistan fighters") are mostly its own insurgents.
INSURGENT_WORDS = frozenset({"fighter", "rebel", "militant", "insurgent", "guerrilla", "force",
                             "militia", "group"})


# Mass and collective sector words: a plural of one is no group of that sector ("Gondor's
# polices" is a misspelt "policies", not policemen), so _plural_sector never reads it.
MASS_SECTOR_WORDS = frozenset({"police", "clergy", "judiciary", "leadership", "opposition",
                               "infantry", "artillery", "soldiery", "gendarmerie", "gendarmery",
                               "bureaucracy", "polity", "rabble", "aircraft", "military"})


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token index in the Doc
    end: int  # exclusive
    entry: ActorEntry


# Phoenix's words for learners (EDU): our gold codes pupils and students as civilians, as it
# does schoolgirls (the README's sectors have no EDU: "bandits abducted 280 pupils", "an
# American student sentenced to hard labour" are CVL); schools, universities, teachers and
# scholars stay EDU.
LEARNER_WORDS = frozenset({"student", "students", "pupil", "pupils", "doctoral student",
                           "doctoral students", "educatee", "educatees", "high schooler",
                           "high schoolers", "middle schooler", "middle schoolers",
                           "kindergartner", "kindergartners"})


def _learners_as_civilians(entry: ActorEntry) -> ActorEntry:
    """A learner word's sector entry (EDU) read as civilians (CVL); any other entry kept."""
    if entry.kind != "sector" or entry.sector != "EDU" or not (
            entry.phrase in LEARNER_WORDS or entry.phrase.endswith(("grader", "graders"))):
        return entry
    return replace(entry, code=CIVILIANS, sector=CIVILIANS)


class MentionFinder:
    """Finds knowledge-base phrases in token sequences."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        longest: dict[str, int] = {}
        for phrase in kb.phrases():
            words = phrase.split(" ")
            if len(words) > longest.get(words[0], 0):
                longest[words[0]] = len(words)
        self._longest = longest

    def find(self, tokens: Sequence[Token], on: date | None,
             ents: Sequence[Span] | None = None, until: date | None = None) -> list[Mention]:
        """Longest-first, left-to-right matches, each resolved on `on` (through `until`, for
        a text dated to a year or a month: see `ActorKB.resolve`). `ents` are the document's
        named entities, where the caller has them already (spaCy builds `doc.ents` anew at
        every access)."""
        found: list[Mention] = []
        lowers = [t.lower_ for t in tokens]  # once: each access builds the string anew
        i, n = 0, len(tokens)
        while i < n:
            first = lowers[i]
            longest = self._longest.get(first, 0)
            if not longest and tokens[i].tag_ == "NNS":  # "schoolgirls": see _plural_sector
                longest = self._longest.get(tokens[i].lemma_.lower(), 0)
            width = min(longest, n - i)
            matched = False
            for w in range(width, 0, -1):
                phrase = " ".join(lowers[i:i + w])
                entry = (self.kb.resolve(phrase, on, until=until,  # a name, no modifier:
                                         past_states=tokens[i + w - 1].dep_ not in MODIFIER_DEPS)
                         if self.kb.lookup(phrase) else None)
                if entry is None:
                    entry = self._plural_sector(tokens[i:i + w], on)
                if entry is None:
                    continue
                if entry.kind in PROPER_KINDS and not is_capitalised(tokens[i]):
                    continue
                if w == 1 and lowers[i] in CAPITALS_ONLY and not tokens[i].text.isupper():
                    continue
                if entry.kind != "person" and w == 1 and _inside_person_name(tokens[i], self.kb):
                    continue
                if entry.kind == "sector" and w == 1 and _inside_place_name(tokens[i]):
                    continue
                if entry.kind == "country" and w == 1 and _surname_named_before(
                        tokens[i], tokens[0].doc.ents if ents is None else ents):
                    continue
                if entry.kind == "person" and not _same_person(
                        tokens[i:i + w], entry,
                        tokens[0].doc.ents if ents is None else ents):
                    continue
                if entry.kind == "person" and w == 1 and _namesake_of_former(tokens[i], entry):
                    continue
                if entry.kind != "sector" and _opposed(tokens, i, tokens[i + w - 1]):
                    continue
                if entry.kind == "sector" and w == 1 and _stance_word(tokens[i]):
                    continue
                if entry.kind == "sector" and tokens[i + w - 1].lemma_.lower() in INFORMATION_WORDS:
                    continue  # "intelligence information" is what is known, no party to an act
                if self._longer_after_article(tokens, i, w):
                    break  # "the UN refugee agency": not "the UN", but "UN refugee agency"
                entry = _learners_as_civilians(entry)
                found.append(Mention(tokens[i].i, tokens[i].i + w, entry))
                i += w
                matched = True
                break
            if not matched:
                i += 1
        return found

    def _longer_after_article(self, tokens: Sequence[Token], i: int, w: int) -> bool:
        """Whether a phrase matched with its article ("the un", tokens i..i+w) gives way to a
        longer one that starts after the article and runs past it ("un refugee agency" in
        "the UN refugee agency")."""
        if w < 2 or tokens[i].lower_ != "the":
            return False
        start = i + 1
        longest = min(self._longest.get(tokens[start].lower_, 0), len(tokens) - start)
        return any(self.kb.lookup(" ".join(t.lower_ for t in tokens[start:start + k]))
                   for k in range(longest, w - 1, -1) if start + k > i + w)

    def _plural_sector(self, tokens: Sequence[Token], on: date | None) -> ActorEntry | None:
        """A plural the knowledge base lists only in the singular is that sector word:
        "abducted 276 schoolgirls" as "schoolgirl" (CVL). Names are never read this way."""
        last = tokens[-1]
        if last.tag_ != "NNS":
            return None
        lemma = last.lemma_.lower()
        if lemma == last.lower_ or lemma in MASS_SECTOR_WORDS:
            return None
        phrase = " ".join([t.lower_ for t in tokens[:-1]] + [lemma])
        if not self.kb.lookup(phrase):
            return None
        entry = self.kb.resolve(phrase, on)
        return entry if entry is not None and entry.kind == "sector" else None


def _opposed(tokens: Sequence[Token], i: int, last: Token) -> bool:
    """The name at `i` follows "anti-" and modifies no armed men: "an anti-Syria journalist",
    "anti-American protesters in Karachi" name opponents of Syria or the US, not their people.
    Armed men against a state are mostly its own insurgents ("anti-Pakistan fighters",
    "anti-Taliban forces"): the name still gives their country."""
    return (i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ == "anti"
            and last.head.lemma_.lower() not in INSURGENT_WORDS)


def _inside_place_name(token: Token) -> bool:
    """`token`, a capitalised sector word, ends the name of a land or region after a word of
    it: 'Bank' in 'the West Bank' is no bank. A body named after a place keeps its sector ('the
    Bank of Japan': an ORG), and so does a word inside a name ('Eastern Military District')."""
    doc = token.doc
    return (token.ent_type_ in PLACE_NAME_ENTS and token.ent_iob_ == "I"
            and token.text[:1].isupper() and token.i > 0
            and doc[token.i - 1].ent_type_ == token.ent_type_
            and doc[token.i - 1].text[:1].isupper()
            and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"))


def _namesake_of_former(token: Token, entry: ActorEntry) -> bool:
    """A lone surname of someone out of office (ELI) that owns or names a thing ("Meta's
    Llama model", "the Johnson Space Center"), that the tagger reads as no person's and whose
    given name the story never writes, is a namesake: the company's, not Ilir Meta's, years
    after he left office. A subject or object stays the person ("Lula is to visit Chile")."""
    given = (entry.name or "").split()[:1]
    return (entry.sector == ELITE and token.ent_type_ != "PERSON" and bool(given)
            and token.dep_ in {"poss", "compound"}
            and fold_accents(given[0]) not in {fold_accents(t.text) for t in token.doc})


def _same_person(tokens: Sequence[Token], entry: ActorEntry, ents: Sequence[Span]) -> bool:
    """A surname match after given names must agree with them: 'Jong' in 'Kim Yo Jong' is not
    Piet de Jong. Given names are compared by their first three letters (accents folded), so
    spelling variants pass ('Yasser' for 'Yasir'); initials, titles and hyphenated pairs
    ('the Abe-Putin summit') are not given names."""
    names = (entry.name or "").replace("-", " ").split()
    if len(names) < 2:  # a source that knows only the surname cannot tell
        return True
    known = {fold_accents(w)[:3] for w in names}
    if tokens[0].ent_type_ == "PERSON":
        given = given_names(entity_span(tokens[0]), tokens[0].i)
        if given:
            return any(fold_accents(t.text)[:3] in known for t in given)
        after = _names_after(entity_span(tokens[0]), tokens[-1].i)
        if after:  # "Liu Xiaobo" is not Liu Chao-shiuan: the given names after the surname
            return any(fold_accents(t.text)[:3] in known for t in after)
    # a bare surname: the document may have named this person in full elsewhere ("Richard
    # Bennett ... Bennett said" is not Naftali Bennett)
    surname = tokens[-1].lower_
    for ent in ents:  # not `namesakes`: the mention's own entity counts ("Ruben Zamora" whole)
        if ent.label_ == "PERSON" and ent[-1].lower_ == surname:
            given = given_names(ent, ent[-1].i)
            if given and not any(fold_accents(t.text)[:3] in known for t in given):
                return False
    return True


def _names_after(ent: Span, last_at: int) -> list[Token]:
    """The given names that follow a surname matched at the start of a person's name ("Xiaobo"
    in "Liu Xiaobo"): capitalised alphabetic words of the entity after the match, none if one
    of them is no name ("Obama Administration")."""
    after = [t for t in ent if t.i > last_at]
    if not all(t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN" for t in after):
        return []
    return [t for t in after if len(t.text) > 2]


def _inside_person_name(token: Token, kb: ActorKB) -> bool:
    """`token` (a singular proper noun) continues a person's name after a capitalised word of
    it: 'Nam' in 'Kim Jong Nam' is no Non-Aligned Movement, 'Washington' in 'Mr George
    Washington' no US government. Not after a word capitalised only to open the sentence
    ("Evil Mordor") or one that is an actor word other than a name ("Bosnian Serbs")."""
    if (token.ent_type_ != "PERSON" or token.ent_iob_ != "I" or token.tag_ != "NNP"
            or token.i == 0):
        return False
    before = token.doc[token.i - 1]
    return (before.ent_type_ == "PERSON" and before.is_alpha and before.text[0].isupper()
            and not before.is_sent_start
            and all(e.kind == "person" for e in kb.lookup(before.lower_)))


def _surname_named_before(token: Token, ents: Sequence[Span]) -> bool:
    """`token`, a lone proper noun, is the surname of a person the document named in full
    before it: "U.N. rights chief Volker Turk ... Turk urged Iran" is no Turk, "Maria Jordan
    ... Jordan said" no Jordan. Not after a determiner ("a Turk"); country names only, for
    the parser runs a leader's name into a capital's ("Erdogan Ankara")."""
    if token.tag_ != "NNP" or (token.i > 0 and token.doc[token.i - 1].pos_ == "DET"):
        return False
    return any(len(ent) > 1 and given_names(ent, ent[-1].i)
               for ent in namesakes(token, ents, PERSON_ENTS, until=token.i))


def surname_of_person(token: Token, ents: Sequence[Span] | None = None) -> bool:
    """`token` is the last name of a person the document (whose entities are `ents`, by
    default read from the Doc) names in full elsewhere, before or after it: "authorities
    arrested Zamora" where the story names "Jose Ruben Zamora" (`namesakes`)."""
    if ents is None:
        ents = token.doc.ents
    return any(len(ent) > 1 for ent in namesakes(token, ents, PERSON_ENTS))


def namesakes(token: Token, ents: Sequence[Span], labels: frozenset[str] | None,
               until: int | None = None, family_first: bool = False) -> Iterator[Span]:
    """The entities among `ents` that name `token`'s word again as a surname, nearest the end
    of the document first: those ending in it, other than `token`'s own ("Volker Turk" for the
    "Turk" of "U.N. rights chief Volker Turk ... Turk urged Iran"); with `family_first` also
    those of more words beginning with it, a family name written first ("Kim Jong Un" for
    "Kim"). Only entities labelled `labels` (any label for None), and only those ending by
    token index `until` where it is given. The one reader of a surname's other mentions for
    `_surname_named_before`, `surname_of_person`, `named_again.named_before` and
    `named_again.described_before`."""
    word = token.lower_
    for ent in reversed(ents):
        if ((labels is not None and ent.label_ not in labels)
                or (until is not None and ent.end > until) or ent[-1].i == token.i):
            continue
        if ent[-1].lower_ == word or (family_first and len(ent) > 1 and ent[0].lower_ == word):
            yield ent


def given_names(ent: Span, surname_at: int) -> list[Token]:
    return [t for t in ent if t.i < surname_at and t.is_alpha and len(t.text) > 2
            and t.whitespace_]


def fold_accents(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text.lower() in {"the"}
                           or _article_of_name(token))


# The Arabic article that news writes in lower case inside a name: "al-Shabab", "el-Sisi".
NAME_ARTICLES = frozenset({"al", "el"})


def _article_of_name(token: Token) -> bool:
    """`token` is a lower-case Arabic article joined by a hyphen to a capitalised name: "the
    militant group al-Shabab claimed the attack", "talks with President el-Sisi" name the group
    and the person, as "Al-Shabab" opening a sentence does."""
    doc, i = token.doc, token.i
    return (token.lower_ in NAME_ARTICLES and i + 2 < len(doc) and not token.whitespace_
            and doc[i + 1].text == "-" and not doc[i + 1].whitespace_
            and doc[i + 2].text[:1].isupper())


# Words for what is known or written: a phrase they end is no party, whatever the sector word
# before them ("receiving intelligence information" hosts no intelligence service).
INFORMATION_WORDS = frozenset({"information", "data", "report", "document"})


# Sector words that also name a stance: with a 'to' phrase they are the stance, no party
# ("reiterated their opposition to any change of the border by force").
STANCE_WORDS = frozenset({"opposition"})


def _stance_word(tok: Token) -> bool:
    """Whether `tok` names a stance, not a body: "opposition to the plan", not "the opposition"."""
    return tok.lemma_.lower() in STANCE_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def entity_span(token: Token) -> Span:
    """The named-entity span that contains `token` (read from IOB tags, not doc.ents)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]

"""Who a claim comes from, and how many independent upstream sources a set of claims has.

The upstream of a claim is the first link of its source chain that we can name:

==============================  ======================================  ====================
the claim has                   upstream                                shown as
==============================  ======================================  ====================
a named speaker                 the speaker (entity, else name)         "Civil Defence (via AFP)"
a body described by its kind    the body it refers to (:mod:`.bodies`)  "Harlow Motors Corp."
a person described by a role    the person meant (:mod:`.roles`)        "Ada Lind"
a document its issuer put out   the issuer (the speaker's entity)       "the statement"
an unnamed speaker              the nearest relay, else the outlet      "a source (unnamed, via X)"
no speaker, a relay chain       the relay nearest the text's origin     "AFP"
no speaker, no relay            the outlet (it speaks itself)           "The Northern Ledger"
==============================  ======================================  ====================

A speaker the report describes by its kind of body ("the company said", "the ministry
said") is the body of that kind it names last before ("Harlow Motors Corp. ... the
company"), or the one body of that kind its story names; where the story names several and
the report does not say which, the description is a source of its report alone, as two
reports' "the company" may be two companies. Described where the story names none, it is
one unnamed body ("the monitor" in two reports of one event). An unnamed source ("police
said") is tied to a body only by its own report's words, and otherwise stays an unnamed
source as below. A speaker described by a person's role ("the governor said", "the police
chief said") is read so too: the person of that role its report names last before
("Governor Ada Lind ... the governor"), so two reports' "the governor" are two sources
where each names its own governor.

Unnamed sources of one kind behind one relay count once: a reader cannot tell two
anonymous officials quoted by one site apart, and counting them twice would overstate
corroboration. Unnamed sources the report describes as different kinds ("police" and "the
organisers", "medics" and "witnesses": the head word of the description) are two sources,
as a reader tells them apart. Upstreams with the same entity or the same name (case,
spaces, articles and punctuation ignored) are one source, so a named speaker is one source
whatever relays carry it. A body that publishes a report of the story speaks in it as
itself: a claim another report credits to it, by its name, a short form holding its head
word ("the Monitor") or its acronym, is one source with the body's report in its own voice
(:func:`names_outlet`); and a person quoted in a role of a body the story names
("Monitor director Rami Lind") speaks for the body. A report without an outlet whose
own words say which body it speaks as (its sources telling the body, "sources reported to
the Monitor"; or the body's first person, signed with its name) is that body's
release (:func:`speaking_body`): its own voice is the body's. A source is shown by the
fullest name the story gives it ("Orvel Monitor for Civil Rights" where a report wrote
"OMCR"; :meth:`Upstreams.names`). A group's count leaves out a report's own voice on a
statement it also credits to a source among the group's claims, and a document no one is
named as issuing ("the statement said") beside such a statement (``Upstreams.counted``): a
headline over the lead it retells is the lead's source, not the outlet beside it.

An :class:`~triangulate.model.Echo` merges its *copies*: pairs of the claims it names, in
two of its reports, that say the same thing (figures of one unit whose values meet under
the tolerance; assertions of one predicate sharing at least two content words). For each
copy:

- when one side is its outlet speaking for itself (no named speaker and no relay other
  than the outlet), that claim is the other side's claim repeated: it takes the other's
  source (004's unattributed "around 90 percent" copied from AFP is AFP's);
- when both are, the report that is not the echo's upstream takes the upstream's source;
- when the two sources may be one source under two descriptions (unnamed sources of one
  kind, "police" relayed by two outlets; an unnamed source beside a named person, "the
  officer" and the spokesman's name), the two sources are merged;
- otherwise (two named sources, e.g. a coalition task force and "the US-led coalition";
  an unnamed body beside a named one, "police" and "the Red Cross"), the copied claim is
  one statement credited to two sources: where the two claims lie in one run of words
  both reports share, the copy takes the original's source, for that claim alone, and
  both sources stay themselves for every other claim. A figure each report tells beside
  the shared passage in its own words is its own source's, not a copy.

Only the copies are merged: an echo does not make every source its reports quote one
source, and an outlet that copies one passage still speaks for itself elsewhere. Two
reports that share one sentence and then credit their tolls to police and to the Red
Cross give two sources' tolls, which may conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from triangulate.claims.attribution.lexicon import DOC_NOUNS
from triangulate.ingest.outlet import registrable_domain
from triangulate.model import Claim, Document, Echo, Entity, Speaker
from triangulate.reconcile.bodies import Bodies, described_kind, modifiers
from triangulate.reconcile.intervals import Interval, figure_range
from triangulate.reconcile.roles import described_role, people
from triangulate.reconcile.wording import description_case, singular
from triangulate.resolve.names import initials

_ARTICLES = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s\b")
_PUNCTUATION = re.compile(r"[\W_]+")
_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """The upstream of one claim: comparison keys and a readable name."""

    keys: tuple[str, ...]
    name: str


@lru_cache(maxsize=4096)
def normalise(name: str) -> str:
    """A name for comparison: no article, case, spaces, punctuation or possessive.

    The same few outlets, relays and speakers are compared over and over: each name is
    read once.
    """
    text = name.strip()
    if _DOMAIN.match(text):
        # A site shown as its web address is the name the site goes by: "yahoo.com" is
        # "Yahoo", and "thenational.ae" is "The National" (article dropped, as below; a
        # key is only compared, never shown, so "theatre.org" keyed "atre" harms nothing).
        label = registrable_domain(text).split(".")[0]
        text = re.sub(r"^the(?=[a-z0-9]{4})", "", label, flags=re.IGNORECASE)
    text = _ARTICLES.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return _PUNCTUATION.sub("", text).lower()


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words after which a body's name goes on to say what it is for or where it is ("Monitor
# for Civil Rights", "Observatory of Human Rights"): the word before the first is its head.
_NAME_TAIL = frozenset({"for", "of", "on", "in", "at", "against"})


def _name_words(name: str) -> list[str]:
    """The words of a name, an opening article left out."""
    return _NAME_WORD.findall(_ARTICLES.sub("", name.strip()))


def _acronyms(words: Sequence[str]) -> set[str]:
    """A name's acronyms, as entity resolution reads them (:func:`initials`): the initials
    of its words but the small ones, without a corporate suffix, and of all its words."""
    return set(initials(" ".join(words), every_word=True))


@lru_cache(maxsize=4096)
def names_outlet(name: str, outlet: str) -> bool:
    """Whether a name credited in a report is the outlet's own name or a short form of it,
    as news refers to a body after naming it or to a well-known one: the same name
    (``normalise``), its acronym ("OMCR" for "Orvel Monitor for Civil Rights", and the
    other way round), or some of its capitalised words in their order holding its head
    word ("Orvel Monitor", "the Monitor"). Words that leave out the head name something
    else ("Civil Rights"; "the White House" beside "White House Watch"), and a lower-case
    description ("the monitor") is read as a description of its kind (:mod:`.bodies`).
    """
    if not name or not outlet:
        return False
    if normalise(name) == normalise(outlet):
        return True
    if _DOMAIN.match(outlet.strip()):
        return False
    said, full = _name_words(name), _name_words(outlet)
    if not said or not full:
        return False
    if len(said) == 1 and said[0].isupper() and len(said[0]) >= 2 and len(full) >= 2:
        return said[0] in _acronyms(full)
    if len(full) == 1 and full[0].isupper() and len(full[0]) >= 2 and len(said) >= 2:
        return full[0] in _acronyms(said)
    if any(not w[:1].isupper() for w in said) or len(said) >= len(full):
        return False
    cut = next((n for n, w in enumerate(full) if n and w.casefold() in _NAME_TAIL), len(full))
    head = full[cut - 1].casefold()
    # The name's words, in order, among the outlet's.
    rest = iter(w.casefold() for w in full)
    in_order = all(w.casefold() in rest for w in said)
    return in_order and head in {w.casefold() for w in said}


def source_of(claim: Claim, documents: Mapping[str, Document]) -> Source:
    """The upstream of a claim, by the table in the module docstring.

    Args:
        claim: The claim.
        documents: Documents by id (for the outlet or title when the claim has none).

    Returns:
        Its comparison keys and a name a person can read.
    """
    speaker = claim.said_by
    relay = f" (via {', '.join(claim.via)})" if claim.via else ""
    outlet = publisher(claim, documents)
    if speaker is not None and not speaker.anonymous:
        keys = [f"n:{normalise(speaker.name)}"]
        if speaker.entity:
            keys.append(f"e:{speaker.entity}")
        return Source(keys=tuple(keys), name=f"{speaker.name}{relay}")
    if speaker is not None and speaker.entity:
        # A document its issuer put out ("the statement" after "the ministry issued a
        # statement") is the issuer's word: one source with the issuer.
        return Source(keys=(f"e:{speaker.entity}",), name=f"{speaker.name}{relay}")
    if speaker is not None:
        holder = claim.via[0] if claim.via else outlet
        # A description, not a name: it reads in lower case inside a sentence or a list
        # ("Only one of the residents (unnamed, via X) gives"), as its report writes it
        # mid-sentence; an explanation's first word is capitalised where it opens one.
        doc = documents.get(claim.doc)
        described = description_case(speaker.name, doc.text if doc is not None else "")
        return Source(
            keys=(f"anon:{normalise(holder)}:{kind_of_unnamed(speaker.name)}",),
            name=f"{described} (unnamed, via {holder})",
        )
    if claim.via:
        return Source(keys=(f"n:{normalise(claim.via[0])}",), name=claim.via[0])
    return Source(keys=(f"n:{normalise(outlet)}",), name=outlet)


def _described(claim: Claim, bodies: Bodies, kind: str | None) -> Source | None:
    """The source a speaker described by its kind of body is ("the company", "the
    ministry", "police"; :mod:`.bodies`), or by a person's role ("the governor";
    :mod:`.roles`, with ``bodies`` the people named with roles): the body or person the
    description refers to; else, where the story names several of that kind and the
    report does not make clear which it means, a source of its report alone. None where
    the description stays as it is keyed: no kind, none of that kind named in the story
    (one unnamed body or holder of the role), or an unnamed source its own report does
    not tie to one ("police", kept behind its relay as any unnamed source).
    """
    speaker = claim.said_by
    if speaker is None or kind is None:
        return None
    relay = f" (via {', '.join(claim.via)})" if claim.via else ""
    narrowing = modifiers(speaker)
    named = bodies.named(kind, narrowing)
    body = bodies.before(claim, kind, narrowing)
    if body is None and len(named) == 1 and not speaker.anonymous:
        # The one body of its kind the story names; an unnamed source ("police said") is
        # tied to a body only by its own report's words.
        body = named[0]
    if body is not None:
        return Source(
            keys=(f"e:{body.entity}", f"n:{normalise(body.name)}"), name=f"{body.name}{relay}"
        )
    if named and not speaker.anonymous:
        return Source(
            keys=(f"d:{claim.doc}:{normalise(speaker.name)}",), name=f"{speaker.name}{relay}"
        )
    return None


# Words after which a description of a source says where or whose it is, not what it is:
# "officials in Torvald", "a source close to the talks", "a spokesman for the army".
_DESCRIPTION_TAIL = re.compile(
    r"(?:\s+(?:in|of|at|from|with|for|close|familiar|on|who|that)\b|\s*,).*$",
    re.IGNORECASE | re.DOTALL,
)


def kind_of_unnamed(description: str) -> str:
    """The kind of an unnamed source, as its description's head word: "Police" gives
    "police", "Hospital officials in Torvald" and "a senior official" give "official",
    "The organisers" gives "organiser", "a source close to the talks" gives "source"."""
    head = _DESCRIPTION_TAIL.sub("", description.strip())
    words = re.findall(r"[^\W\d_]+", head.casefold())
    if not words:
        return ""
    return singular(words[-1])


def bare_document(speaker: Speaker | None) -> bool:
    """Whether a speaker is a document no one is named as issuing ("the statement", "this
    report"): unnamed, with no entity of an issuer, described by a definite document
    noun."""
    if speaker is None or not speaker.anonymous or speaker.entity:
        return False
    words = speaker.name.split()
    return (
        len(words) >= 2
        and words[0].casefold() in {"the", "this"}
        and kind_of_unnamed(speaker.name) in DOC_NOUNS
    )


_RELAYED = re.compile(r"\s+\((?:unnamed, )?via [^()]*\)$")


def _bare(name: str) -> str:
    """A source's name without the relay it came through ("Monitor (via AFP)")."""
    return _RELAYED.sub("", name)


def _short_form(name: str, fuller: str) -> bool:
    """Whether a source's name is a short form of another, fuller one ("the Monitor" of
    "Orvel Monitor for Civil Rights (via AFP)"; :func:`names_outlet`), not the same name."""
    a, b = _bare(name), _bare(fuller)
    return len(normalise(a)) < len(normalise(b)) and names_outlet(a, b)


def _common_case(name: str, story: Iterable[str]) -> str:
    """A source's name in the case the story writes it inside a sentence: a common noun
    opening one sentence ("Police said ...") and written in lower case in another ("the
    police said") is shown in lower case, as a proper name is never written so."""
    bare = _bare(name)
    if bare == bare.lower():
        return name
    lower = bare.lower()
    return lower + name[len(bare) :] if lower in story else name


def own_voice(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether the claim is its outlet speaking for itself (no speaker, no other relay)."""
    if claim.said_by is not None:
        return False
    if not claim.via:
        return True
    outlet = normalise(publisher(claim, documents))
    return all(normalise(v) == outlet for v in claim.via)


def _titled(doc: Document) -> str | None:
    """The title a report without an outlet or agency goes by, as an echo names it."""
    return None if doc.outlet or doc.agency else doc.title


def _upstream_docs(echo: Echo, documents: Mapping[str, Document]) -> set[str]:
    """The echo's reports published by its upstream (else its first report).

    A report with no outlet or agency is named by its title (an echo of copied text names
    its earlier report so).
    """
    key = normalise(echo.upstream)
    found = {
        d
        for d in echo.docs
        if (doc := documents.get(d)) is not None
        and key in {normalise(n) for n in (doc.outlet, doc.agency, _titled(doc)) if n}
    }
    if len(found) == 1:
        return found
    return {echo.docs[0]} if echo.docs else set()


_CONTENT = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset({"that", "this", "with", "from", "have", "been", "were", "they", "their"})


_TOKEN = re.compile(r"\w+")
_RUN = 6
"""Words in a run that two copies of one sentence share (an echo's shingle)."""


class _Readings:
    """Each claim's value interval, content words and runs of words, read once however
    many pairs hold it."""

    def __init__(self, documents: Mapping[str, Document] | None = None) -> None:
        self._documents = documents
        self._intervals: dict[str, Interval | None] = {}
        self._words: dict[str, set[str]] = {}
        self._runs: dict[str, set[tuple[str, ...]]] = {}

    def interval(self, claim: Claim) -> Interval | None:
        """The claim's interval (its figure is set), as its verdict reads it
        (``intervals.figure_range``)."""
        if claim.id not in self._intervals:
            assert claim.figure is not None
            self._intervals[claim.id] = figure_range(claim, self._documents)
        return self._intervals[claim.id]

    def words(self, claim: Claim) -> set[str]:
        """The claim's content words, common words left out."""
        found = self._words.get(claim.id)
        if found is None:
            found = {w.lower() for w in _CONTENT.findall(claim.text)} - _COMMON
            self._words[claim.id] = found
        return found

    def runs(self, claim: Claim, documents: Mapping[str, Document]) -> set[tuple[str, ...]]:
        """The runs of ``_RUN`` words (case ignored) of its report that hold a word of the
        claim."""
        found = self._runs.get(claim.id)
        if found is None:
            found = self._runs[claim.id] = set()
            doc = documents.get(claim.doc)
            text = doc.text if doc is not None else ""
            near = list(_TOKEN.finditer(text, max(0, claim.start - 80), claim.end + 80))
            words = [m.group(0).lower() for m in near]
            inside = [m.end() > claim.start and m.start() < claim.end for m in near]
            for i in range(len(words) - _RUN + 1):
                if any(inside[i : i + _RUN]):
                    found.add(tuple(words[i : i + _RUN]))
        return found


def _same_words(a: Claim, b: Claim, documents: Mapping[str, Document], read: _Readings) -> bool:
    """Whether two claims are told in one run of words: a figure of a sentence one report
    copied from the other, not one each report tells beside a passage they share."""
    return not read.runs(a, documents).isdisjoint(read.runs(b, documents))


def _copies(a: Claim, b: Claim, readings: _Readings | None = None) -> bool:
    """Whether two claims say the same thing (the copy rule of the module docstring)."""
    read = readings or _Readings()
    if a.kind != b.kind:
        return False
    if a.figure is not None and b.figure is not None:
        if a.figure.unit != b.figure.unit:
            return False
        ia, ib = read.interval(a), read.interval(b)
        if ia is None or ib is None:
            return ia is None and ib is None and a.figure.low == b.figure.low
        return ia.meets(ib)
    if a.assertion is None or b.assertion is None:
        return False
    if a.assertion.predicate != b.assertion.predicate:
        return False
    return len(read.words(a) & read.words(b)) >= 2


def _origin(claim: str, adopted: Mapping[str, str]) -> str:
    """The claim a copied claim was taken from, following copies of copies."""
    seen = {claim}
    while claim in adopted and adopted[claim] not in seen:
        claim = adopted[claim]
        seen.add(claim)
    return claim


def _one_speaker(a: Claim, b: Claim, persons: frozenset[str]) -> bool:
    """Whether two claims' speakers may be one source under two descriptions: unnamed
    sources of one kind ("police" relayed by two outlets), or an unnamed source beside a
    named person (a spokesman's words reach one report under his name and another as
    "the officer" or "state media"). Two named sources, or an unnamed body beside a named
    one ("police" and "the Red Cross"), are two sources even where a copied passage
    credits one statement to both."""
    x, y = a.said_by, b.said_by
    if x is None or y is None:
        return False
    if x.anonymous and y.anonymous:
        kind = kind_of_unnamed(x.name)
        return bool(kind) and kind == kind_of_unnamed(y.name)
    if x.anonymous or y.anonymous:
        named = y if x.anonymous else x
        return named.role is not None or named.entity in persons
    return False


def _one_statement(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each copied claim's original, one per statement: claims joined by copies (pairs of
    copy and original) are one statement, told first by its original that copies none
    (else its first claim); every other claim of the statement maps to it."""
    parent: dict[str, str] = {}

    def find(claim: str) -> str:
        parent.setdefault(claim, claim)
        while parent[claim] != claim:
            parent[claim] = parent[parent[claim]]
            claim = parent[claim]
        return claim

    for copy, original in pairs:
        a, b = sorted((find(copy), find(original)))
        parent[b] = a
    copies = {copy for copy, _ in pairs}
    joined: dict[str, list[str]] = {}
    for claim in sorted(parent):
        joined.setdefault(find(claim), []).append(claim)
    out: dict[str, str] = {}
    for claims in joined.values():
        first = next((c for c in claims if c not in copies), claims[0])
        out.update({c: first for c in claims if c != first})
    return out


# A body's name as a report writes it: capitalised words, joined by the small words a
# name holds ("Monitor for Civil Rights", "Council of the Dalby Elders").
_BODY_NAME = (
    r"[A-Z](?:[\w’'&-]|\.(?=\w))*"
    r"(?:[ \t]+(?:(?:for|of|on|and|against)[ \t]+(?:the[ \t]+)?)?[A-Z](?:[\w’'&-]|\.(?=\w))*)*"
)
_NAMES = re.compile(_BODY_NAME)
# A report's sources speaking to the body that publishes it, in its own narration ("sources
# told the Monitor", "sources, who reported to the Monitor", "the sources confirmed to
# the Orvel Monitor"): an outlet names itself so, as the one its sources told.
_TOLD_BODY = re.compile(
    r"\b[Ss]ources?\b[^.!?\n“”\"]{0,80}?\b(?:told|informed|(?:reported|confirmed|said|spoke|"
    r"disclosed|revealed|explained)\s+to)\s+(?:the\s+)?(?P<name>" + _BODY_NAME + ")"
)
# The narration speaking in its own first person, outside quotation marks.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
# A closing line that signs a release: a name alone, after a dash or "Issued by".
_SIGNATURE = re.compile(
    r"^\s*(?:[-–—]+\s*|(?:issued|released|published|signed)\s+by\s+|signed,?\s+)?"
    r"(?:the\s+)?(?P<name>" + _BODY_NAME + r")\s*\.?\s*$",
    re.IGNORECASE,
)
_MARKED = re.compile(r"\s*(?:[-–—]|(?:issued|released|published|signed)\b)", re.IGNORECASE)
_SPEAKS_OF = (
    r"(?:according\s+to|citing|cited\s+by|quoted\s+by|by)\s+(?:the\s+)?{name}\b"
    r"|\b{name}(?:[’']s)?\s+(?:\w+\s+)?(?:said|says|reported|reports|tweeted|claimed|claims|"
    r"announced|told|wrote|stated|added|noted)\b"
)


def _fullest(name: str, text: str) -> str:
    """The fullest name the text gives the body it also calls ``name`` ("Orvel
    Monitor for Civil Rights" for "the Monitor")."""
    best = _ARTICLES.sub("", name.strip())
    for found in _NAMES.finditer(text):
        full = _ARTICLES.sub("", found.group(0))
        if len(full) > len(best) and names_outlet(best, full):
            best = full
    return best


@lru_cache(maxsize=256)
def speaking_body(text: str) -> str | None:
    """The body a report without an outlet speaks as, where its own words say which: the
    one its sources told ("sources reported to the Monitor"), or, where it speaks in
    its own first person ("we documented"), the body that signs it on its last line. None
    where the report names no such body, names two, or credits the body's words as
    another's ("according to the Monitor", "the Monitor said"): a report that relays
    a body is not that body's own release.

    The fullest name the report gives the body is its name ("Orvel Monitor for Civil
    Rights" for "the Monitor"), so other reports' credits to it meet it
    (:func:`names_outlet`).
    """
    narration = _QUOTED.sub(" ", text)
    names = {m.group("name") for m in _TOLD_BODY.finditer(narration)}
    if not names and _FIRST_PERSON.search(narration):
        last = next((line for line in reversed(text.splitlines()) if line.strip()), "")
        signed = _SIGNATURE.match(last)
        if signed is not None and len(_name_words(signed.group("name"))) >= 2:
            name = signed.group("name")
            # A closing line the report names nowhere else is a page's link, not its
            # signature, unless a dash or "Issued by" marks it one.
            if _MARKED.match(last) or name in text[: len(text) - len(last)]:
                names = {name}
    bodies = {_fullest(n, text) for n in names}
    if len(bodies) != 1:
        return None
    (body,) = bodies
    forms = {body, *(_ARTICLES.sub("", n) for n in names), *_acronyms(_name_words(body))}
    for form in sorted(forms):
        spoken = _SPEAKS_OF.format(name=re.escape(form))
        if re.search(spoken, narration):
            return None
    return body


def named_as(doc: Document) -> str | None:
    """The name a report goes by as a body other reports may quote: its outlet, else
    (without a wire agency) the body its own words say it speaks as (:func:`speaking_body`)."""
    if doc.outlet or doc.agency:
        return doc.outlet
    return speaking_body(doc.text)


def publisher(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The outlet of the claim's report, else its wire agency, the body its own words say
    it speaks as (:func:`speaking_body`), title or id."""
    if claim.outlet:
        return claim.outlet
    doc = documents.get(claim.doc)
    if doc is not None:
        if doc.outlet or doc.agency:
            return str(doc.outlet or doc.agency)
        body = speaking_body(doc.text)
        if body is not None:
            return body
        # A report without a title is named by its opening words, quoted.
        named = doc.title or doc.lead(10_000)
        if named:
            title = " ".join(named.split())
            if len(title) > 60:
                title = title[:60].rsplit(" ", 1)[0] + "..."
            return f"the report '{title}'"
    return f"report {claim.doc}"


class Upstreams:
    """Claims' upstream sources merged into independent sources (union-find over keys).

    ``entities`` are the story's resolved entities, whose mentions tell which body a
    speaker described by its kind is (without them, every description stays as written).
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        documents: Mapping[str, Document],
        echoes: Iterable[Echo] = (),
        entities: Iterable[Entity] = (),
    ) -> None:
        self._parent: dict[str, str] = {}
        self._story_names: dict[str, set[str]] | None = None
        # Each claim's shown name, worked out on first asking (the sources are merged by then).
        self._shown: dict[str, str] = {}
        self.sources = {c.id: source_of(c, documents) for c in claims}
        entities = tuple(entities)
        if any(described_kind(c.said_by) for c in claims):
            bodies = Bodies(documents, entities)
            for said in claims:
                described = _described(said, bodies, described_kind(said.said_by))
                if described is not None:
                    self.sources[said.id] = described
        if any(described_role(c.said_by) for c in claims):
            named = people(documents, entities)
            for said in claims:
                described = _described(said, named, described_role(said.said_by))
                if described is not None:
                    self.sources[said.id] = described
        by_id = {c.id: c for c in claims}
        persons = frozenset(e.id for e in entities if e.type == "PERSON")
        own = {c.id for c in claims if own_voice(c, documents)}
        self._claims = by_id
        self._own = frozenset(own)
        self._bare = frozenset(c.id for c in claims if bare_document(c.said_by))
        adopted: dict[str, str] = {}
        # Copies of one statement under two sources, as claim pairs (copy, original).
        statements: list[tuple[str, str]] = []
        readings = _Readings(documents)
        for echo in echoes:
            members = [by_id[c] for c in sorted(echo.claims) if c in by_id]
            upstream = _upstream_docs(echo, documents)
            for n, x in enumerate(members):
                for y in members[n + 1 :]:
                    if x.doc == y.doc or not _copies(x, y, readings):
                        continue
                    if x.id in own and (y.id not in own or x.doc not in upstream):
                        adopted.setdefault(x.id, y.id)
                    elif y.id in own and (x.id not in own or y.doc not in upstream):
                        adopted.setdefault(y.id, x.id)
                    elif x.id in own or self.sources[x.id].keys[0] == self.sources[y.id].keys[0]:
                        continue
                    elif _one_speaker(x, y, persons):
                        self._union(self.sources[x.id].keys[0], self.sources[y.id].keys[0])
                    elif not _same_words(x, y, documents, readings):
                        continue
                    elif y.doc in upstream and x.doc not in upstream:
                        statements.append((x.id, y.id))
                    else:
                        statements.append((y.id, x.id))
        for claim, origin in _one_statement(statements).items():
            if self.sources[claim].keys[0] != self.sources[origin].keys[0]:
                adopted.setdefault(claim, origin)
        for claim in sorted(adopted):
            self.sources[claim] = Source(keys=(f"copy:{claim}",), name=self.sources[claim].name)
        for source in self.sources.values():
            for key in source.keys[1:]:
                self._union(source.keys[0], key)
        self._join_outlets(claims, documents, entities)
        self._join_networks(claims, documents)
        self._join_officers(claims, entities)
        for claim, other in sorted(adopted.items()):
            self._union(f"copy:{claim}", self.sources[other].keys[0])
        for claim in sorted(adopted):
            self.sources[claim] = Source(
                keys=self.sources[claim].keys, name=self.sources[_origin(claim, adopted)].name
            )

    def _join_outlets(
        self,
        claims: Sequence[Claim],
        documents: Mapping[str, Document],
        entities: Sequence[Entity],
    ) -> None:
        """A body that publishes a report of the story speaks in it as itself: a claim
        another report credits to that body, by its name or a short form of it
        (:func:`names_outlet`), has the same source as the body's report in its own
        voice. So for a report without an outlet whose own words say which body it speaks
        as (:func:`speaking_body`)."""
        outlets = sorted({name for d in documents.values() if (name := named_as(d))})
        if not outlets:
            return
        aliases = {e.id: (e.name, *e.aliases) for e in entities}
        # The outlets each set of names stands for, read once however many claims hold it.
        seen: dict[tuple[str, ...], list[str]] = {}
        for claim in claims:
            speaker = claim.said_by
            key = self.sources[claim.id].keys[0]
            # A copy takes its original's source (above), whatever its report credits.
            if key.startswith("copy:") or (speaker is not None and speaker.anonymous):
                continue
            if speaker is None:
                # A report in its own voice is its publisher's word: one source with a
                # report its publisher puts out under a fuller name ("the Daily News" and
                # "the Corran Daily News").
                names: tuple[str, ...] = (
                    (claim.via[0],) if claim.via else (publisher(claim, documents),)
                )
            else:
                names = (speaker.name, *aliases.get(speaker.entity or "", ()))
            found = seen.get(names)
            if found is None:
                found = seen[names] = [o for o in outlets if any(names_outlet(n, o) for n in names)]
            for outlet in found:
                self._union(key, f"n:{normalise(outlet)}")

    def _join_networks(self, claims: Sequence[Claim], documents: Mapping[str, Document]) -> None:
        """A body's own release (:func:`speaking_body`) that credits unnamed sources who
        told the body ("several reliable sources reported to the Monitor") gives its own
        information network: those sources are one source with the body. Only in the
        body's own release: an unnamed source a report credits to a body it relays stays
        an unnamed source of its own. Merged with the body, the network is shown by the
        body's name, as a group's sources and its explanation name it."""
        for claim in claims:
            speaker = claim.said_by
            key = self.sources[claim.id].keys[0]
            if speaker is None or not speaker.anonymous or not key.startswith("anon:"):
                continue
            doc = documents.get(claim.doc)
            if doc is None or doc.outlet or doc.agency or claim.outlet:
                continue
            body = speaking_body(doc.text)
            if body is None:
                continue
            holder = claim.via[0] if claim.via else body
            if names_outlet(holder, body):
                self._union(key, f"n:{normalise(body)}")
                self.sources[claim.id] = Source(keys=self.sources[claim.id].keys, name=body)

    def _join_officers(self, claims: Sequence[Claim], entities: Sequence[Entity]) -> None:
        """A person quoted in a role of a body the story names ("Observatory director
        Rami Lind", "Coalition spokesman Ada Brandt") speaks for that body: one source
        with what reports credit to the body itself."""
        bodies = [e for e in entities if e.type == "ORG"]
        if not bodies:
            return
        seen: dict[str, list[str]] = {}
        for claim in claims:
            speaker = claim.said_by
            key = self.sources[claim.id].keys[0]
            if speaker is None or speaker.anonymous or not speaker.role or key.startswith("copy:"):
                continue
            words = _NAME_WORD.findall(speaker.role)
            named = " ".join(w for w in words[:-1] if w[:1].isupper())
            if not named:
                continue
            meant = seen.get(named)
            if meant is None:
                meant = seen[named] = self._meant(named, bodies)
            for body in meant:
                self._union(key, f"e:{body}")

    @staticmethod
    def _meant(named: str, bodies: Sequence[Entity]) -> list[str]:
        """The bodies a role's capitalised words name ("Monitor" in "Monitor director"):
        none where they fit more than one body named more fully than they are."""
        found = [b for b in bodies if any(names_outlet(named, n) for n in (b.name, *b.aliases))]
        # The role's own words may be read as a body of their own ("Monitor"): the one
        # body named more fully is the one meant.
        fuller = [b for b in found if normalise(b.name) != normalise(named)]
        return [] if len(fuller) > 1 else [b.id for b in found]

    def _find(self, key: str) -> str:
        self._parent.setdefault(key, key)
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # The smaller key wins so the merged root does not depend on merge order.
            low, high = sorted((ra, rb))
            self._parent[high] = low

    def root(self, claim: str) -> str:
        """The independent source a claim belongs to (a stable key)."""
        return self._find(self.sources[claim].keys[0])

    def name(self, claim: str) -> str:
        """The readable name of a claim's upstream, as the group's source list shows it: the
        fullest name the story gives that source (:meth:`names`), so an explanation names
        "John Henry" where the list does, not the "Henry" of one claim."""
        shown = self._shown.get(claim)
        if shown is None:
            shown = self._shown[claim] = self._shown_name(
                self.root(claim), [self.sources[claim].name]
            )
        return shown

    def counted(self, claims: Iterable[str]) -> list[str]:
        """The claims whose sources count, in their order: a report's own voice retelling
        what it credits to a source among the same claims is left out.

        A report that quotes a source on a matter and also states the matter in its own
        words (a headline over the lead, a paragraph going on with its source's account,
        a background line) adds no independent source of its own: its words rest on the
        source it quotes. So for statements; a figure in a report's own voice is its own
        reading of the number, as a figure's verdict compares each source's values. A
        report that credits none of the claims to a source still speaks for itself."""
        ids = list(dict.fromkeys(claims))
        quoted = {
            claim.doc
            for c in ids
            if (claim := self._claims.get(c)) is not None
            and c not in self._own
            and c not in self._bare
            and claim.assertion is not None
        }
        return [c for c in ids if not self._retold(c, quoted)]

    def _retold(self, claim_id: str, quoted: set[str]) -> bool:
        """Whether a statement is its report's own voice, or a document no one is named as
        issuing ("the statement said"), beside one it credits to a source (its report is
        among ``quoted``): the document is most likely that source's."""
        claim = self._claims.get(claim_id)
        return (
            claim is not None
            and (claim_id in self._own or claim_id in self._bare)
            and claim.assertion is not None
            and claim.doc in quoted
        )

    def count(self, claims: Iterable[str]) -> int:
        """How many independent sources the claims rest on (``counted``)."""
        return len({self.root(c) for c in self.counted(claims)})

    def names(self, claims: Iterable[str]) -> tuple[str, ...]:
        """One readable name per independent source (``counted``), in a stable order.

        A source is shown by the fullest name the story gives it: where the claims name it
        by a short form ("the Monitor", "OMCR") of a name it goes by in the story ("Orvel
        Monitor for Civil Rights", its own report or another claim credited to it), the
        full name is shown. Names of which none is a short form of another ("SOHR" beside
        its director "Rami Lind (via AFP)") are shown by the shortest; ties broken
        alphabetically."""
        by_root: dict[str, list[str]] = {}
        for c in self.counted(claims):
            by_root.setdefault(self.root(c), []).append(self.sources[c].name)
        chosen = [self._shown_name(root, names) for root, names in by_root.items()]
        return tuple(sorted(chosen))

    def _shown_name(self, root: str, names: Sequence[str]) -> str:
        """The name a source is shown by, among ``names`` and the fuller names the story
        gives the same source (:meth:`names`)."""
        if self._story_names is None:
            self._story_names = {}
            for claim, source in self.sources.items():
                self._story_names.setdefault(self.root(claim), set()).add(_bare(source.name))
        shown = set(names)
        candidates = shown | {
            n for n in self._story_names.get(root, ()) if any(_short_form(s, n) for s in shown)
        }

        def covered(name: str) -> int:
            return sum(1 for other in candidates if _short_form(other, name))

        chosen = _common_case(
            min(candidates, key=lambda n: (-covered(n), len(n), n)), self._story_names.get(root, ())
        )
        if chosen in shown:
            return chosen
        # A fuller name from elsewhere keeps the relay the claims came through, where they
        # all came through one ("UN (via AFP)" is shown "United Nations (via AFP)").
        relays = {s[len(_bare(s)) :] for s in shown if _short_form(s, chosen)}
        return chosen + relays.pop() if len(relays) == 1 else chosen

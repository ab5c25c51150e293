"""Plain-text helpers of the attribution reader: lines, names compared loosely, chains."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from triangulate.model import Speaker

LETTERS = re.compile(r"[A-Za-z]+")
ALNUM = re.compile(r"[A-Za-z0-9]+")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
_OPEN_MARK = re.compile("“|‘|\"|''|``")
_CLOSERS = {"“": "”", "‘": "’", '"': '"', "''": "''", "``": "''"}
# What ends a quotation opened by each mark's closer: the closer or a line break; a
# curly double quotation may be closed by mistake with a single or straight mark, and a
# straight one with a curly closer.
_QUOTE_STOPS = {
    "’": re.compile("[’\n]"),
    '"': re.compile("[\"”\n]|''"),
    "''": re.compile("''|``|\n"),
    "”": re.compile('[”’"“\n]'),
}


def paragraph(text: str, at: int) -> int:
    """Where the line holding ``at`` starts (paragraphs and title lines alike)."""
    return text.rfind("\n", 0, at) + 1


def opens_paragraph(text: str, at: int) -> bool:
    """Whether only white space stands between ``at`` and the start of its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def previous_paragraph(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    line_start = text.rfind("\n", 0, at)
    k = line_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text.rfind("\n", 0, k) + 1


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space and quote marks."""
    junk = ' \t\r\n\xa0“”"‘’,'
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def joined(first: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    """The relay chain ``first`` followed by the names of ``more`` it does not hold yet."""
    out = list(first)
    for name in more:
        if norm(name) not in {norm(v) for v in out}:
            out.append(name)
    return tuple(out)


def without_det(name: str) -> str:
    """A name without a leading article ("The Northern Ledger" -> "Northern Ledger")."""
    return _LEADING_DET.sub("", name.strip())


_POSSESSIVE = re.compile(r"\s*['’]s?$")


def without_possessive(name: str) -> str:
    """A name as its possessor form gives it, without the "'s" ("Donald Trump's" is
    Donald Trump)."""
    return _POSSESSIVE.sub("", name)


def norm(name: str) -> str:
    """A name compared without case, spaces or punctuation."""
    return _NON_WORD.sub("", name.lower())


def last_word(text: str) -> str:
    """The last word of a text, in lower case, or ""."""
    words = _WORD.findall(text.lower())
    return words[-1] if words else ""


def name_words(name: str) -> frozenset[str]:
    """The words of a name, lower-cased: what :func:`words_in` compares."""
    return frozenset(_WORD.findall(name.lower()))


def words_in(short: str, long: str) -> bool:
    """Whether every word of ``short`` is a word of ``long`` (surname vs full name)."""
    a = name_words(short)
    return bool(a) and a < name_words(long)


def same(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are the same entity, or have the same name."""
    if a.entity is not None and a.entity == b.entity:
        return True
    return norm(a.name) == norm(b.name)


def quote_spans(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(open mark, inner start, inner end, end after the close mark) of each quotation.

    Marks are curly (“…”, ‘…’), straight ("…") or typed as two apostrophes or grave
    accents (''…'', ``…''), as text converted to plain ASCII has them. A quote left
    open at a paragraph's end goes on only when the next paragraph opens with a quote
    mark (the newspaper convention for quotes over several paragraphs); otherwise it
    ends with its paragraph. A quotation opened with “ and closed by slip with ’ or "
    right after the end of a sentence ("… violence.’ Schumer was …") ends there.
    """
    i = 0
    n = len(text)
    while i < n:
        # Only quote marks and line breaks matter: jump from one to the next.
        mark = _OPEN_MARK.search(text, i)
        if mark is None:
            return
        i = mark.start()
        opener = mark.group()
        if not _opens(text, i, opener):
            i += len(opener)
            continue
        close = _CLOSERS[opener]
        stops = _QUOTE_STOPS[close]
        inner = i + len(opener)
        j = inner
        while True:
            stop = stops.search(text, j)
            if stop is None:
                yield i, inner, n, n
                i = n
                break
            j = stop.start()
            c = stop.group()
            if c == close and (close != "’" or _closes_single(text, j)):
                yield i, inner, j, j + len(c)
                i = j + len(c)
                break
            slip = (c in '’"“' and close == "”") or (c == "”" and close == '"')
            if slip and _closes_by_slip(text, i, j):
                yield i, inner, j, j + 1
                i = j + 1
                break
            if _closes_by_ascii_slip(text, j, c, close):
                yield i, inner, j, j + 2
                i = j + 2
                break
            if c == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text.startswith(opener, k):
                    j = k + len(opener)
                    continue
                run = _runs_on(text, j, opener, close)
                if run is not None:
                    j = run
                    continue
                yield i, inner, j, j
                i = j
                break
            j += 1


# Lines a quotation may run over unmarked, in text set one sentence to a line.
_RUN_ON_LINES = 8
_DOUBLE_MARKS = re.compile("“|”|\"|''|``")


def _runs_on(text: str, at: int, opener: str, close: str) -> int | None:
    """Where the close mark of a double quotation left open at the line break ``at`` is,
    when the text sets each sentence on a line of its own: the quotation runs on over
    the next lines while they hold no double quote mark, to a line whose first one is its
    close mark ('The clerk said, "They came in at nine.' / 'It was over by ten. "'), or
    a close typed the wrong way round at the line's end ('It was over by ten. ``'). A
    line opening with the quotation's own mark is the speech's next paragraph (the
    newspaper convention for a quote over several paragraphs: each opens with a mark,
    only the last closes), so the quotation ran on up to it: the line break before it is
    returned; not when that line's quotation closes before words of its own ('"We are
    proud of them," a resident said.': another speaker's quotation). At the end of the
    text, with no mark after it, a quotation left open ran to the end (a story closing
    on its speaker's words). These two only in text set one sentence to a line, with no
    blank line between paragraphs. None when a line opens another quotation first, or no close
    comes within a few lines: then the quotation ends with its line, as a quote left
    open by slip does.
    """
    if close not in ("”", '"', "''"):
        return None
    line = at
    for _ in range(_RUN_ON_LINES):
        if line >= len(text):
            return len(text) if text[at:].strip() and _one_to_a_line(text, at, line) else None
        end = text.find("\n", line + 1)
        end = len(text) if end < 0 else end
        mark = _DOUBLE_MARKS.search(text, line + 1, end)
        if mark is not None:
            k = mark.start()
            if mark.group() == close and _looks_closing(text, k, close):
                return k
            if _closes_by_ascii_slip(text, k, mark.group(), close):
                return k
            if (
                mark.group() == opener
                and not text[line + 1 : k].strip()
                and _one_to_a_line(text, at, line)
                and not _tagged(text, k + len(opener), end)
            ):
                return line
            return None
        line = end
    return None


def _looks_closing(text: str, k: int, mark: str) -> bool:
    """Whether the mark at ``k`` ends a quotation: it follows a word or a sentence's
    punctuation (a space between allowed: 'over by ten. "') and no word follows it."""
    after = text[k + len(mark)] if k + len(mark) < len(text) else " "
    if after.isalnum():
        return False
    before = text[:k].rstrip(" \t")
    return (
        bool(before)
        and before[-1] not in "\n"
        and (before[-1] in ".,!?;:" or not text[k - 1].isspace())
    )


def _one_to_a_line(text: str, start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` are sentences set one to a line, with no
    blank line between paragraphs (where one is, a paragraph's end closes the quotation:
    the next paragraph of a speech opens with its own mark)."""
    return "\n\n" not in text[start:end].replace(" ", "").replace("\t", "")


def _tagged(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened at ``start`` closes before ``end`` with words after its
    close on the line (a speaker's tag: '..., " a resident said.')."""
    mark = _DOUBLE_MARKS.search(text, start, end)
    return mark is not None and bool(text[mark.end() : end].strip())


def _closes_by_ascii_slip(text: str, j: int, mark: str, close: str) -> bool:
    """Whether two typed marks at ``j`` close a quotation opened otherwise, as text
    converted to plain ASCII mixes them: '' closing a " quotation ('"We ran, '' he
    said'), or `` typed the wrong way round at a line's end after a sentence's end
    ('It was over by ten. ``'), which can open nothing."""
    if mark == "''" and close == '"':
        return _looks_closing(text, j, mark)
    if mark == "``" and close == "''":
        end = text.find("\n", j)
        rest = text[j + 2 : len(text) if end < 0 else end]
        return not rest.strip() and text[:j].rstrip(" \t")[-1:] in (".", "!", "?")
    return False


def _closes_by_slip(text: str, i: int, j: int) -> bool:
    """A ’ or " after a sentence's end and before a space closes the “ quotation at ``i``,
    unless it closes a quotation inside it (‘oh, I want it all made public.’); so does a
    " or a turned “ after a comma ('“It's unusual," said ...', "“It's unusual,“ said"); and
    a ” after a comma or a sentence's end closes a " quotation ('"It's unusual,” said');
    a " right after a word closes a “ quotation too, the comma left out ('“... out of
    business, too" Reyes said', '“definitely not support" him')."""
    after = text[j + 1] if j + 1 < len(text) else " "
    ends = ".!?" if text[j] == "’" else ".!?,"
    worded = text[j] == '"' and text[j - 1].isalnum()
    if (text[j - 1] not in ends and not worded) or not after.isspace():
        return False
    inner = {"’": "‘", '"': '"', "“": "“", "”": "“"}[text[j]]
    return text.find(inner, i + 1, j) < 0


_SHORT_YEAR = re.compile(r"\d\d(?:s\b|(?![\w’]))")


def _closed_in_paragraph(text: str, start: int) -> bool:
    """Whether a ’ that closes a quotation follows ``start`` in its paragraph before
    another ‘ opens one."""
    end = text.find("\n", start)
    for j in range(start, len(text) if end < 0 else end):
        if text[j] == "‘":
            return False
        if text[j] == "’" and _closes_single(text, j):
            return True
    return False


def _opens(text: str, i: int, mark: str) -> bool:
    """Whether a quote mark at ``i`` opens a quotation (not an apostrophe or a closer)."""
    before = text[i - 1] if i > 0 else " "
    if mark == '"':
        return not before.isalnum() and before not in ".,;:!?"
    if mark == "‘":
        # "in ‘08", "the ‘90s": a year cut to two digits, the mark an apostrophe that
        # the writer's software turned the wrong way, when nothing closes it in its
        # paragraph ("‘90 percent of them,’ she said" is a quotation).
        return not before.isalnum() and not (
            _SHORT_YEAR.match(text, i + 1) and not _closed_in_paragraph(text, i + 1)
        )
    if mark == "''":
        after = text[i + 2] if i + 2 < len(text) else " "
        return not before.isalnum() and before not in ".,;:!?'" and not after.isspace()
    return True


def _closes_single(text: str, j: int) -> bool:
    """A ’ closes a quotation unless a letter follows it (an apostrophe: "IS’s", "don’t")."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()

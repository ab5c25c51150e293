"""Parse on this machine's cores: a pool of worker processes, started when it pays.

``LocalParser`` is the per-document NLP runner that ``analyze``, ``watch`` and the web
app's background jobs use. Called with a group of documents, it parses them in this
process when the pool would not pay for itself, and otherwise on a pool of ``jobs`` worker
processes, started on first use and kept until ``close``. Each worker loads the spaCy
model once and parses whole blocks of at most ``batch_size`` documents and
``BLOCK_CHARS`` characters (``parse_packed``; why so large: ``LocalParser``), and
sends back packed integer columns, not records: the records are built here from them with
the same code the in-process parse uses (``spacy_model.unpack``), so the output is the
same, byte for byte, whatever the number of jobs.

Work starts when the runner is called: the blocks are sent out at once and the returned
iterator hands the results back in order, so a caller that asks for the next group before
analysing the current one keeps the workers busy meanwhile.

When the pool pays (``MIN_CHARS``): the parse costs about the same per character
whatever the length of the reports (26 microseconds of CPU per character on PolNeAR dev
news articles, 23 on MMDS dev, 29 on short generated reports, against 0.18 s per article
and 0.014 s per report), so the threshold is counted in characters. The model is
loaded once for all the workers: the first worker imports spaCy, loads it and forks the
others (``exec.worker``, ``exec.preload``): starting a pool of two so took 1.8-2.4 s of
CPU in all (5.1-7.4 s wall at a load average of 8-9, measured when a fork server forked
both workers), against 4.1-4.6 s (10.2-10.7 s wall) when each worker was spawned and
loaded the model itself; parsing in this process costs 1.6-1.7 s of CPU for
the same imports and model, which the pool saves this process. So on an idle machine of
two cores the pool is ahead once half the parse covers the difference, at most about
0.7 s: from 8,000 to 56,000 characters. ``MIN_CHARS`` is at the top of that range, for a
machine busy with other work and so that a small upload or a quiet watch round stays in
one process and holds one model. (Measured as CPU time on the 2-core development machine
while it was shared, where wall-clock break-even runs were not meaningful.)

The threshold is asked of the work handed over together, not of one call: a call below
it waits until its records are asked for, and if by then (or at a later call) the calls
made since none was waiting hold ``MIN_CHARS`` together, the pool starts and takes every
call still waiting. ``analyze`` asks for the next group of stories before it analyses
the current one, so calls keep waiting while a pile is analysed: a pile of many groups of
short reports starts the pool once its first groups add up to the threshold (those
already parsed stay parsed here), as a pile of long articles does at its first group.
A quiet watch round, whose calls are all answered before the next round's come, is
counted on its own. A caller that knows how much it will parse before its first call
says so (``expect``): ``analyze`` does as it reads the pile, report by report, so a pile
that pays starts the pool's first worker, which loads the model, while the rest is read
and sorted into stories; a database run (a web job, a watch round) does before it sorts
its new reports into stories. The workers run while their pool is open, and no longer:
no process holds a model between two web jobs or watch rounds.

A worker that dies (killed, out of memory) makes the run fail with ``WorkerDied``, which
names the documents it was parsing; the pool is shut down and no process is left behind.
A worker whose owner (the process that started the pool) is gone (killed, even with
SIGKILL, so that it could not shut the pool down) exits: at once if it waits for work
(only the owner held the other end of its pipe of blocks), else within
``WATCH_PARENT_EVERY`` seconds (a long document takes many seconds to parse). The
``analyze`` command also turns SIGTERM into a normal exit, so its pool is shut down at
once.
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from triangulate.claims.precheck import may_hold_claim
from triangulate.errors import WorkerDied
from triangulate.exec import worker
from triangulate.nlp import spacy_model
from triangulate.nlp.spacy_model import PackedParse, Parsed, Select

# The fewest characters of work waiting for which the pool is started (see the docstring).
MIN_CHARS = 50_000
# The most characters of documents parsed ahead of the calls that ask for them (``ahead``):
# their packed records, pickled (``_sealed``), about 9 bytes a character (32-bit columns,
# see ``spacy_model.Shipped``), wait in this process until asked for.
AHEAD_CHARS = 400_000
# The most characters of a block sent to a worker (a longer document goes alone, its pieces
# parsed in batches of at most this many characters): the in-process parse's batch, see
# ``LocalParser``.
BLOCK_CHARS = spacy_model.BATCH_CHARS
# The fewest characters of a block sent as the work told to ``expect`` nears its end
# (``LocalParser._most``).
TAIL_CHARS = 8_000
# The most characters a worker steps through the model together, in the block it is handed,
# once blocks have been handed out for ``LEAN_AFTER`` seconds and this process has waited
# for parses less than ``LEAN_SHARE`` of that time (``LocalParser._batching``): the
# analysis here sets the pace (or the pile is still being read and sorted) and the workers
# have time to spare, so they spend some of it on smaller batches, which step fewer texts
# together (more CPU for each character) and hold less working memory while the model
# runs. 640 generated reports in blocks of 32 (about 15,500 characters), parsed in one
# process, best of three: whole, the model's traced working memory peaked at 14.8 MiB a
# block and the parse took 3.43 s of CPU; in batches of at most 8,000 characters 7.5 MiB
# and 3.60 s, of 6,000 5.7 MiB and 3.69 s (+8%), of 4,000 3.9 MiB and 4.13 s (+20%), the
# same bytes. A worker's own memory (heap and anonymous pages) grows about twice the
# traced figure over the loaded model while it parses. On 10,000 generated reports this
# process reads and sorts the pile for tens of seconds while the first blocks are parsed,
# its memory rising to its peak meanwhile, and then waits for parses about a tenth of the
# time (``FORK_AFTER``). Where the parse is the longer part (news), this process waits
# from its first call on (on MMDS dev its first wait began before the first block was
# handed out), and the workers step through whole blocks.
LEAN_CHARS = 6_000
LEAN_SHARE = 0.25
LEAN_AFTER = 5.0
# How much lower the workers' scheduling priority is than their owner's (``_Workers``).
WORKER_NICE = 3
# The most memory the C allocator may hold free in a worker after a block before it is
# handed back to the system (``release_free_memory``; after a lean block, none: see
# ``LEAN_CHARS``): two blocks' working memory at 16,000 characters a block; at 50,000 one
# block's is about 46 MiB traced, so most blocks trim (holding 96 MiB cut page faults
# 156,000 -> 62,000 at the same machine peak, but an idle worker then holds 46 MiB more:
# not measured on a quiet machine).
KEEP_FREE = 32 * 2**20
# Seconds a worker waits for its next block before it is told it is idle and hands back
# what its parses freed (``worker.IDLE``, ``release_free_memory``, whatever ``KEEP_FREE``
# says): a worker kept busy keeps it for its next block, one that waits (for this process
# to analyse, or to be wanted: ``ON_DEMAND``) holds only what it cannot free. After 320
# generated reports in blocks of 32, a worker held 34 MiB of its own (C heap 25, mostly
# free, Python's objects and pages copied from the first worker 9), and 14 MiB once told
# it was idle. Far longer than a worker's thread takes between two blocks (about 10 ms,
# ``_Workers``), so that a worker given block after block is never told.
IDLE_AFTER = 0.05
# Whether the workers after the first take blocks only while this process waits for a
# parse (``_Workers``). Each worker that parses holds its own working memory and the pages
# it copies from the first worker (34 MiB, above); where the analysis here is the longer
# part, the first worker keeps up alone and the others hold little more than their share
# of its pages (10,000 generated reports: this process 124 s of CPU, the workers 61 s in
# all; the forked worker held 49-63 MiB of PSS against 80-90 when both took every block,
# and the machine 335-352 MiB against 367-388; its peak 373-385 MiB in three runs against
# 397, with one process 303-305 in the same runs: 1.23-1.26x against 1.38x; load average
# 4-6). Where the parse is the longer part (news), this process waits and
# every worker parses: on MMDS dev the two workers parsed 197,000 and 185,000 characters,
# on PolNeAR dev 209,000 and 202,000, and the CPU time of a default run was the same
# (MMDS dev 14.4-14.5 s against 14.1-14.9; PolNeAR dev 14.9-16.5 against 14.9-15.6).
ON_DEMAND = True
# Seconds this process waits for a parse before it calls on every worker (``ON_DEMAND``):
# at once, as measured above. Under a load average of 5-6 this process still waited for
# the first worker often enough on 10,000 generated reports that the forked one parsed
# at times (its PSS rose to 81-94 MiB then, and the machine's peak was one of those
# moments); a longer wait, so that a short one calls on nobody, was not measured.
WANT_AFTER = 0.0
# When the first worker forks the others (``ON_DEMAND``; ``exec.worker``): once this
# process has waited for parses ``FORK_AFTER`` seconds in all, and at least ``FORK_SHARE``
# of the time since it first asked for one (not since the pool started: the reading and
# sorting before counted, and under a load average of 10 the fork came 6-33 s into runs
# of 34-138 s on MMDS and PolNeAR dev). A forked worker holds the originals of the pages
# the first one writes to after the fork, even if it never parses (14 MiB of its own on
# 10,000 generated reports), and its working memory when it does (about 25 MiB more);
# where the analysis here is the longer part, the first worker keeps up alone most of the
# time, and a worker forked for the few waits adds that memory for little: 10,000
# generated reports (``bench/growth.py --jobs 2``, load average 10-13), the machine's peak
# 371 MiB with the worker forked at once (this process 192, the first worker 89, the
# forked one 91), 336 with it forked but never called on (56: 16-18 of its own), 327-344
# with one worker (this process 193-196, the worker 134-149; one process: 280). With one
# worker this process first waited 210 s after its first call, and then 169 s in 1,830
# (9%; at most 22% of any 30 s), so the others were never forked.
# Where the parse is the longer part (news), this process waits from its first call on,
# and the others are forked after its first FORK_AFTER seconds of waiting (as soon as the
# first worker has loaded the model, or has parsed the block it is parsing then).
FORK_AFTER = 0.1
FORK_SHARE = 0.25
# Seconds between a worker's checks that the process that started it is still there.
WATCH_PARENT_EVERY = 1.0


def available_cores() -> int:
    """The cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class LocalParser:
    """Parse documents in this process or on a pool of local worker processes.

    Args:
        jobs: Worker processes; None for one per available core. 1 parses in this
            process, always.
        batch_size: Documents per block (the unit a worker parses on its own).
        select: The sentence test for parsing only what is read (by default the claim
            readers' pre-check, as the pipeline's in-process parser uses), or None to
            parse every sentence.
        min_chars: The fewest characters of documents waiting to be parsed that start
            the pool (``MIN_CHARS`` by default).
        ahead_chars: The most characters of documents parsed ahead of the calls that
            ask for them (``ahead``; ``AHEAD_CHARS`` by default).
        block_chars: The most characters of a block a worker parses (``BLOCK_CHARS``
            by default; a longer document alone).
        tail_chars: The fewest characters a block may be held to as the work told to
            ``expect`` nears its end (``TAIL_CHARS`` by default; ``block_chars`` or more:
            blocks of one size to the end). See ``_most``.
        lean_chars: The most characters a worker steps through together while this
            process seldom waits for parses (``LEAN_CHARS`` by default; ``block_chars`` or
            more: whole blocks, the memory they freed handed back all the same). See
            ``_batching``.
        nice: How much lower the workers' scheduling priority is than this process's
            (``WORKER_NICE`` by default; 0: the same). See ``_Workers``.
        on_demand: Whether the workers after the first parse only while this process
            waits for a parse (``ON_DEMAND`` by default; False: every worker takes every
            block it can). See ``_Workers``.

    A worker's block is the in-process parse's (``batch_size`` documents and
    ``spacy_model.BATCH_CHARS`` characters). The parser and the entity recogniser step
    through the texts of a batch together, their moves chosen from Python at a cost per
    step whatever the number of texts stepped (``spacy_model.transition_pipe``; the
    parser's only from ``PARSER_LOOP_FROM`` pieces), so they pay for small batches: in
    blocks of 16,000 characters (one to four news articles) the English reports of
    PolNeAR dev took 7.0 s of CPU to parse (best of three) and MMDS dev 5.7 s, in blocks
    of 32,000 6.4 and 4.8 s, in blocks of 50,000 5.9 and 4.75 s (one process, alternated,
    load average 4-5, the same bytes); a default ``analyze`` took 6-13% less CPU in all
    processes (medians of two to three alternated runs, load average 4-6). The price is
    memory: the model's working memory grows with the text it parses together (about 1
    MiB per 1,000 characters traced, mostly the parser's features of every token, which
    it reads at each step; see ``spacy_model.predict_without_keeping``; a worker's peak
    resident set grew 90 MiB over the loaded model on PolNeAR dev, against 31 MiB in
    blocks of 16,000), and every worker holds its own while the others hold theirs: the
    machine's peak (the PSS of every process) during a default run on PolNeAR dev was
    347-366 MiB against 263-265 MiB in blocks of 16,000 (32,000: 304), on MMDS dev 369
    against 254 MiB (288). Short reports fill a block with ``batch_size`` documents first
    (32 generated reports hold about 15,000 characters), so the pile of 10,000 that
    ``bench/growth.py`` measures parses in nearly the same blocks. So the workers after the
    first parse only when this process waits for a parse, a worker that waits hands
    back what its parses freed (``ON_DEMAND``, ``IDLE_AFTER``), and while this process
    seldom waits the workers step through smaller batches and hand back what each block
    freed (``LEAN_CHARS``). A document's parse does
    not depend on its block (see ``nlp.spacy_model``), so the records are those of the
    in-process parse, whichever worker parses it.

    Use it as a context manager, or call ``close`` when done. The workers are fresh
    processes, not copies of the caller (the first loads spaCy and the model and forks
    the others: ``exec.worker``), so they neither run the caller's script again nor keep
    its pages.
    """

    def __init__(
        self,
        jobs: int | None = None,
        *,
        batch_size: int = 32,
        select: Select | None = may_hold_claim,
        min_chars: int | None = None,
        ahead_chars: int | None = None,
        block_chars: int = BLOCK_CHARS,
        tail_chars: int = TAIL_CHARS,
        lean_chars: int = LEAN_CHARS,
        nice: int = WORKER_NICE,
        on_demand: bool = ON_DEMAND,
    ) -> None:
        if jobs is not None and jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        if block_chars < 1:
            raise ValueError(f"block_chars must be at least 1, not {block_chars}")
        self.jobs = jobs if jobs is not None else available_cores()
        self.batch_size = batch_size
        self.select = select
        self.min_chars = MIN_CHARS if min_chars is None else min_chars
        self.ahead_chars = AHEAD_CHARS if ahead_chars is None else ahead_chars
        self.block_chars = block_chars
        self.tail_chars = tail_chars
        self.lean_chars = lean_chars
        self.nice = nice
        self.on_demand = on_demand
        self._pool: _Workers | None = None
        # The characters of the work told to ``expect`` and of the documents sent since.
        self._expected = 0
        self._sent = 0
        # Calls not yet begun while the pool is not started; the characters of the calls
        # made since none was waiting.
        self._waiting: list[_Call] = []
        self._handed = 0
        # Documents parsed ahead (``ahead``) that no call has asked for yet, by id.
        self._early: dict[str, _Slot] = {}
        # When this process first asked the pool for a parse (None: not yet), and the
        # seconds it has waited for parses since (``FORK_AFTER``); when the wait going on
        # began (None: none) and when the first block was handed to a worker (``LEAN_AFTER``).
        self._first_asked: float | None = None
        self._waited = 0.0
        self._wait_began: float | None = None
        self._first_handed: float | None = None

    @property
    def started(self) -> bool:
        """Whether the worker processes have been started."""
        return self._pool is not None

    @property
    def workers(self) -> tuple[int, ...]:
        """The process ids of the workers that are ready (none before the pool starts)."""
        return tuple(self._pool.pids) if self._pool is not None else ()

    def expect(self, chars: int) -> bool:
        """Say that work of about ``chars`` characters is coming.

        When that work will pay for the pool (``min_chars``), the pool is started now and
        its first worker loads the model while the caller gets the work ready, rather than
        when the first call comes (``analyze`` reads the rest of the pile and sorts it into
        stories meanwhile: on MMDS dev the model's load, about 1.5 s, then costs no
        wall-clock time). A caller may say more as it learns more (the work known so far,
        each time). Nothing starts for less work, with one job, or once the pool is
        started. The most told is kept, so that the blocks sent as that work nears its
        end are smaller (``_most``).

        Returns:
            Whether the pool is started (so that ``ahead`` parses at once).
        """
        self._expected = max(self._expected, chars)
        if self.jobs > 1 and self._pool is None and chars >= self.min_chars:
            self._start()
        return self._pool is not None

    def ahead(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Parse documents now that a later call will ask for, if the pool is started.

        ``analyze`` hands over the pile's documents before it sorts them into stories, so
        that the workers parse while this process sorts (and do not wait for the first
        story's call): the first of them, up to ``ahead_chars`` characters in all, are
        sent to the workers at once. A later call that asks for one of them (the same id
        and text) takes its record from that work; those never asked for are dropped at
        ``close``. A document's parse does not depend on the others of its block (see
        ``nlp.spacy_model``), so the records are the same as when its call parses it.
        """
        if self._pool is None:
            return
        held = sum(len(slot.text) for slot in self._early.values())
        chosen: list[tuple[str, str]] = []
        for doc_id, text in pairs:
            if doc_id in self._early:
                continue
            if held + len(text) > self.ahead_chars:
                break
            chosen.append((doc_id, text))
            held += len(text)
        for slot in self._submit(chosen, ahead=True):
            self._early[slot.doc] = slot

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
        """Parse ``(doc_id, text)`` pairs; one ``Parsed`` per pair, in order.

        On the pool, every block is submitted before this returns; below the threshold,
        the call waits until its records are asked for (see the module docstring).
        """
        call = _Call(list(pairs))
        if self.jobs == 1:
            return self._in_process(call)
        if self._pool is None:
            if not self._waiting:
                self._handed = 0  # nothing left waiting from before: new work starts
            self._waiting.append(call)
            self._handed += call.chars
            if self._handed < self.min_chars:
                return self._later(call)
        self._start()
        if call.pending is None:
            call.pending = self._taken(call.pairs)
        return self._collect(call.pending)

    def _taken(self, pairs: list[tuple[str, str]]) -> list[_Slot]:
        """The documents' records: those parsed ahead taken, the others sent to the pool now."""
        early = {}
        for doc_id, text in pairs:
            slot = self._early.get(doc_id)
            if slot is not None and slot.text == text:
                early[doc_id] = self._early.pop(doc_id)
        fresh = iter(self._submit([pair for pair in pairs if pair[0] not in early]))
        return [early[doc_id] if doc_id in early else next(fresh) for doc_id, _ in pairs]

    def _in_process(self, call: _Call) -> Iterator[Parsed]:
        return spacy_model.parse(call.pairs, batch_size=self.batch_size, select=self.select)

    def _later(self, call: _Call) -> Iterator[Parsed]:
        """A call below the threshold: parsed here when asked, unless the pool took it."""
        if call.pending is None and self._pool is None:
            if call in self._waiting:
                self._waiting.remove(call)
            yield from self._in_process(call)
            return
        if call.pending is None:  # the pool was started after a close forgot the call
            call.pending = self._taken(call.pairs)
        yield from self._collect(call.pending)

    def _submit(self, pairs: list[tuple[str, str]], *, ahead: bool = False) -> list[_Slot]:
        """The documents sent to the workers in blocks: one slot per document, in order."""
        pool = self._start()
        slots: list[_Slot] = []
        for block in self._blocks(pairs):
            future = pool.submit(block, self.select, self.block_chars)
            names = tuple(doc_id for doc_id, _ in block)
            slots.extend(
                _Slot(doc=doc_id, text=text, future=future, at=at, block=names, ahead=ahead)
                for at, (doc_id, text) in enumerate(block)
            )
        return slots

    def _blocks(self, pairs: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
        """Consecutive blocks of at most ``batch_size`` documents and ``_most`` characters
        (a longer document alone), the bound asked anew for each block."""
        block: list[tuple[str, str]] = []
        held = 0
        most = self._most()
        for doc in pairs:
            if block and (len(block) >= self.batch_size or held + len(doc[1]) > most):
                self._sent += held
                yield block
                block, held, most = [], 0, self._most()
            block.append(doc)
            held += len(doc[1])
        if block:
            self._sent += held
            yield block

    def _most(self) -> int:
        """The most characters of the next block: ``block_chars``, less as the work told to
        ``expect`` nears its end (what is left to send shared by the workers, at least
        ``tail_chars``).

        The reports of the last blocks are analysed here once they are back, while a core
        waits (the workers have nothing left to parse), and a worker that finishes its last
        block waits for the others: both last as long as a last block, which the blocks
        before it need not share (full blocks step more reports through the parser and the
        entity recogniser together).
        """
        left = self._expected - self._sent
        if left <= 0:  # nothing told, or more sent than told: no end to near
            return self.block_chars
        return max(min(self.tail_chars, self.block_chars), min(self.block_chars, left // self.jobs))

    def _start(self) -> _Workers:
        if self._pool is None:
            self._first_asked, self._waited = None, 0.0
            self._wait_began = self._first_handed = None
            self._pool = _Workers(
                self.jobs,
                os.getpid(),
                self.nice,
                on_demand=self.on_demand,
                batching=self._batching,
            )
            # The calls waiting go to the pool, in the order they came.
            waiting, self._waiting, self._handed = self._waiting, [], 0
            for call in waiting:
                call.pending = self._submit(call.pairs)
        return self._pool

    def _collect(self, pending: list[_Slot]) -> Iterator[Parsed]:
        """The documents' records, in order; a dead worker closes the pool and raises."""
        try:
            for slot in pending:
                try:
                    sealed = self._wait(slot.future)[slot.at]
                except _Broken as exc:
                    raise WorkerDied(list(slot.block)) from exc
                yield spacy_model.unpack(_opened(sealed), slot.text)
        except GeneratorExit:
            # Put down by its caller: its blocks not begun are dropped, the pool works on
            # (a block parsed ahead may hold documents other calls take: it is kept).
            for slot in pending:
                if not slot.ahead:
                    slot.future.cancel()
            raise
        except BaseException:
            for slot in pending:
                slot.future.cancel()
            self.close(kill=True)
            raise

    def _wait(self, future: Future[list[bytes]]) -> list[bytes]:
        """A block's parse, once it is back; a wait longer than ``WANT_AFTER`` seconds
        calls on every worker (``_Workers.wanted``), and once the waits add up to
        ``FORK_AFTER`` and ``FORK_SHARE`` the first worker forks the others."""
        pool = self._pool
        if self._first_asked is None:
            self._first_asked = time.monotonic()
        if pool is None or future.done():
            return future.result()
        began = self._wait_began = time.monotonic()
        try:
            with suppress(TimeoutError):
                return future.result(timeout=WANT_AFTER)
            pool.wanted()  # this process waits for the parse: every worker parses
            if not pool.grown:
                with suppress(TimeoutError):
                    return future.result(timeout=self._until_fork(began))
                pool.grow()
            return future.result()
        finally:
            self._waited += time.monotonic() - began
            self._wait_began = None

    def _batching(self) -> tuple[int, int]:
        """How the worker handed a block now parses it (asked by ``_Workers`` as it hands
        each one out): the most characters it steps through together, and the most memory
        its allocator may keep free after it (``release_free_memory``).

        Lean (``lean_chars``, nothing kept) once blocks have been handed out for
        ``LEAN_AFTER`` seconds and this process has waited for parses (the wait going on
        included) less than ``LEAN_SHARE`` of that time; else the whole block
        (``block_chars``, ``KEEP_FREE`` kept). A worker kept busy with whole blocks keeps
        the free memory of the largest (up to ``KEEP_FREE``) until it is idle: handed
        back after each lean block, it is not held beside this process's memory while the
        pile is read and sorted. A document's parse does not depend on its batch (see
        ``nlp.spacy_model``), so its records are the same either way.
        """
        now = time.monotonic()
        if self._first_handed is None:
            self._first_handed = now
        spent = now - self._first_handed
        began = self._wait_began
        waited = self._waited + (now - began if began is not None else 0.0)
        if spent >= LEAN_AFTER and waited < LEAN_SHARE * spent:
            return min(self.block_chars, self.lean_chars), 0
        return self.block_chars, KEEP_FREE

    def _until_fork(self, began: float) -> float:
        """Seconds from now until the waits, the one that began at ``began`` included,
        add up to ``FORK_AFTER`` and to ``FORK_SHARE`` of the time since this process first
        asked for a parse."""
        now = time.monotonic()
        first = began if self._first_asked is None else self._first_asked
        enough = began + FORK_AFTER - self._waited
        # waited + (t - began) >= FORK_SHARE * (t - first), solved for t
        share = min(FORK_SHARE, 0.99)
        shared = (began - self._waited - share * first) / (1 - share)
        return max(0.0, max(enough, shared) - now)

    def close(self, *, kill: bool = False) -> None:
        """Stop the worker processes (waiting for them; ``kill`` stops them at once)."""
        pool, self._pool = self._pool, None
        self._waiting, self._handed, self._early = [], 0, {}
        self._expected = self._sent = 0
        if pool is None:
            return
        pool.close(kill=kill)  # processes still parsing are stopped if ``kill``

    def __enter__(self) -> LocalParser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(kill=exc is not None)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Slot:
    """One document sent to the pool: its place in the block whose packed parse the
    future holds, the block's documents (named if its worker dies), and whether it was
    parsed ahead of its call."""

    doc: str
    text: str
    future: Future[list[bytes]]
    at: int
    block: tuple[str, ...]
    ahead: bool = False


class _Call:
    """One call's documents, and their slots once sent to the pool."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs
        self.chars = sum(len(text) for _, text in pairs)
        self.pending: list[_Slot] | None = None


def _exit_with(owner: int) -> None:
    """Exit this worker at once when process ``owner`` is gone (it has died).

    A worker's parent is the first worker (or the owner), so the worker watches the
    process that started the pool: nothing is left to hand its results to, so nothing is
    lost by exiting.
    """
    while _running(owner):
        time.sleep(WATCH_PARENT_EVERY)
    os._exit(1)


def _running(pid: int) -> bool:
    """Whether process ``pid`` is still running (a zombie, dead but not yet reaped, is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process took the id
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):  # pragma: no cover - no /proc: trust the signal test
        return True
    return state not in ("Z", "X")


def _parse_block(
    block: list[tuple[str, str]],
    select: Select | None,
    chars: int = BLOCK_CHARS,
    keep: int = KEEP_FREE,
) -> list[PackedParse]:
    """The task a worker runs: one block, packed (its documents' pieces in batches of at
    most ``chars`` characters); the memory its parse freed is handed back to the system
    (``release_free_memory``) when more than ``keep`` is free."""
    packed = spacy_model.parse_packed(block, select=select, chars=chars)
    release_free_memory(keep=keep)
    return packed


def _sealed(packed: list[PackedParse]) -> list[bytes]:
    """Each document's packed parse as a pickle of its own: what a worker sends back.

    A parse waits here until its document's call takes it: one parsed ahead (``ahead``)
    while the pile is still read and sorted, and every document of a block until the last
    one of the block is taken. As a pickle it holds about 9 bytes a character of its text;
    unpickled (five small arrays and a tuple of strings a document) about 24: 256
    generated reports, in blocks of 32, 1.1 MB against 3.0 MB traced. So the parses held
    when this process's memory is at its highest (as it finishes sorting a pile, with up
    to ``AHEAD_CHARS`` parsed ahead) take a third of the room, and each is unpickled only
    when it is read (``_opened``), once, in the thread that reads it.
    """
    return [pickle.dumps(parse, protocol=pickle.HIGHEST_PROTOCOL) for parse in packed]


def _opened(sealed: bytes) -> PackedParse:
    """A document's packed parse from its pickle (``_sealed``)."""
    parse: PackedParse = pickle.loads(sealed)
    return parse


def release_free_memory(keep: int = 0) -> bool:
    """Hand the pages that the C allocator holds free back to the system (glibc's
    ``malloc_trim``; elsewhere nothing happens), unless it holds at most ``keep`` bytes
    free. Returns whether it asked.

    A block's parse takes its working memory (several MiB) from the C heap, and glibc
    keeps what is freed resident for the next allocation: a worker would hold its
    largest block's memory while it waits for work, and a block of long pieces can take
    much more than the usual one. But the next block takes the same memory again, and
    memory handed back is handed out again page by page, each page faulted in and zeroed:
    trimming after every block of MMDS dev news (74 blocks of 8,000 characters) cost
    150,000 page faults against 2,400, and 4-9% more CPU time in all. So a worker trims
    only when more than ``keep`` is free (``KEEP_FREE``, two blocks' working memory at
    16,000 characters; the machine's peak is when every worker parses, which holding it
    does not raise). One block's worth was too little once blocks held 16,000 characters:
    what a block frees is about its working memory and more, so most blocks still trimmed,
    and a pass of the parse over MMDS dev news faulted 55,000-78,000 pages back in (PolNeAR
    dev 67,000-75,000) against 50-2,300 (5,000-16,000) at two blocks' worth, each page
    zeroed by the kernel again: 3-4% of the workers' parse CPU (7.44 s against 7.15-7.19 on
    MMDS dev, in one process, a pass after the first), with the same peak to within 4 MiB a
    worker.
    The first worker trims once the model is loaded (``exec.preload``): loading leaves
    about 8 MiB free in the heap, which every worker would otherwise share with it, and
    copy when it writes over it.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    if keep > 0:
        free = _heap_free()
        if free is not None and free <= keep:
            return False
    trim(0)
    return True


def _heap_free() -> int | None:
    """The bytes glibc's allocator holds free in its heaps (``mallinfo2``), or None where
    it cannot say."""
    info = _mallinfo2()
    if info is None:
        return None
    return int(info().fordblks)


@cache
def _mallinfo2() -> Any:
    """glibc's ``mallinfo2`` (2.33 and later) as a ctypes function, looked up once; None
    where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        class Info(ctypes.Structure):
            _fields_ = [
                (name, ctypes.c_size_t)
                for name in (
                    "arena",
                    "ordblks",
                    "smblks",
                    "hblks",
                    "hblkhd",
                    "usmblks",
                    "fsmblks",
                    "uordblks",
                    "fordblks",
                    "keepcost",
                )
            ]

        found = ctypes.CDLL("libc.so.6").mallinfo2
        found.argtypes = []
        found.restype = Info
    except (OSError, AttributeError):  # pragma: no cover - musl, older glibc
        return None
    return found


@cache
def _malloc_trim() -> Any:
    """glibc's ``malloc_trim`` as a ctypes function, looked up once; None where there is
    none (not glibc, not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        found = ctypes.CDLL("libc.so.6").malloc_trim
        found.argtypes = [ctypes.c_size_t]
        found.restype = ctypes.c_int
    except (OSError, AttributeError):  # pragma: no cover - musl and others
        return None
    return found


# A block as sent to a worker: its documents, the sentence test, the most characters it
# steps through the model together and the most memory kept free after it (``_parse_block``).
_Block = tuple[list[tuple[str, str]], Select | None, int, int]


class _Broken(Exception):
    """A worker stopped (killed, out of memory) before it sent a block's parse back."""


class _Workers:
    """The worker processes of one pool (``exec.worker``), and a thread per worker here
    that hands it blocks, one at a time, and sets each block's future from its reply.

    ``submit`` queues a block; the thread of the next free worker takes it. When a worker
    stops, its block and every block still queued fail (``_Broken``), as do later ones.

    One block at a time is enough: a worker waits for its next block only while its
    thread reads the last one's parse and sends the next, 0.27-0.31 s in all between
    30-31 blocks of MMDS dev news per worker against 23 s of parsing (1.3%, at a load
    average of 5). Each pool has processes of its own: two pools open at once (two web
    jobs) load the model twice.

    With ``on_demand``, the first worker takes every block and the others only while the
    owner waits for a parse (``wanted``, said by ``LocalParser`` before it waits), until
    they find the queue empty: a worker that never parses holds no working memory and
    copies none of the first worker's pages (``ON_DEMAND``). A worker left waiting
    ``IDLE_AFTER`` seconds is told it is idle, and hands back what its parses freed.
    """

    def __init__(
        self,
        jobs: int,
        owner: int,
        nice: int = 0,
        *,
        on_demand: bool = False,
        batching: Callable[[], tuple[int, int]] | None = None,
    ) -> None:
        self._queue: queue.SimpleQueue[tuple[Future[list[bytes]], _Block] | None]
        self._queue = queue.SimpleQueue()
        # Asked as each block is handed out: the most characters its worker steps through
        # together and the free memory it keeps (``LocalParser._batching``); None: each
        # block's own.
        self._batching = batching
        self._lock = threading.Lock()
        # Set while the owner waits for a block (``wanted``): the workers after the first
        # take blocks only then, when ``on_demand`` (cleared once they find none queued).
        self._wanted = threading.Event()
        self._on_demand = on_demand
        # Set once the first worker is to fork the others (``grow``); at once unless
        # ``on_demand``. The workers it has still to fork, told once (``_fork_if_asked``).
        self._grow = threading.Event()
        if not on_demand:
            self._grow.set()
        self._unforked = jobs - 1 if _can_fork() else 0
        self._broken = False
        self.pids: list[int] = []  # the workers', as each says it is ready
        self._processes: list[subprocess.Popen[bytes]] = []
        ours: list[tuple[int, int]] = []  # (write blocks, read results) per worker
        theirs: list[tuple[int, int]] = []  # (read blocks, write results) per worker
        for _ in range(jobs):
            blocks_read, blocks_write = os.pipe()
            results_read, results_write = os.pipe()
            ours.append((blocks_write, results_read))
            theirs.append((blocks_read, results_write))
        try:
            # One process forks the others where the platform can; else one each.
            groups = [theirs] if _can_fork() else [[pair] for pair in theirs]
            for group in groups:
                (first_read, first_write), extra = group[0], group[1:]
                command = [sys.executable, "-c", worker.BOOT, json.dumps(sys.path), str(owner)]
                command += [str(fd) for pair in extra for fd in pair]
                self._processes.append(
                    subprocess.Popen(
                        command,
                        stdin=first_read,
                        stdout=first_write,
                        pass_fds=[fd for pair in extra for fd in pair],
                    )
                )
                _lower_priority(self._processes[-1].pid, nice)
        except BaseException:
            for process in self._processes:
                process.kill()
                process.wait()
            for fd in (fd for pair in ours for fd in pair):
                os.close(fd)
            raise
        finally:
            for read, write in theirs:  # theirs alone now: a worker's end means its exit
                os.close(read)
                os.close(write)
        self._threads = [
            threading.Thread(
                target=self._feed,
                args=(
                    os.fdopen(blocks, "wb"),
                    os.fdopen(results, "rb"),
                    n == 0 or not on_demand,
                    n == 0,
                ),
                name=f"pool-worker-{n}",
                daemon=True,  # a process that exits without closing its pool is not held
            )
            for n, (blocks, results) in enumerate(ours)
        ]
        for thread in self._threads:
            thread.start()

    def submit(
        self, block: list[tuple[str, str]], select: Select | None, chars: int
    ) -> Future[list[bytes]]:
        """The block's parse, each document's sealed (``_sealed``), to come."""
        future: Future[list[bytes]] = Future()
        with self._lock:
            if self._broken:
                future.set_exception(_Broken())
            else:
                self._queue.put((future, (block, select, chars, KEEP_FREE)))
        return future

    def wanted(self) -> None:
        """Say that the owner waits for a block's parse: the workers after the first
        take the queued blocks too (``on_demand``), until they find none."""
        self._wanted.set()

    def grow(self) -> None:
        """Ask the first worker to fork the others (``FORK_AFTER``), before its next block."""
        self._grow.set()

    @property
    def grown(self) -> bool:
        """Whether the first worker has been asked to fork the others (or has none to fork)."""
        return self._grow.is_set() or not self._unforked

    def _fork_if_asked(self, blocks: IO[bytes]) -> None:
        """Tell the first worker to fork the others, once, if asked (``grow``)."""
        if self._unforked and self._grow.is_set():
            worker.send(blocks, worker.FORK)
            self._unforked = 0

    def _feed(
        self, blocks: IO[bytes], results: IO[bytes], always: bool = True, first: bool = False
    ) -> None:
        """Hand one worker the queued blocks until the pool closes or the worker stops
        (a worker that is not ``always`` takes them only while they are ``wanted``; the
        ``first`` is told to fork the others when asked). A worker not forked yet sends
        nothing: its thread waits, and reads the end of its pipe when the first exits."""
        try:
            try:
                pid = worker.receive(results)  # sent once the model is loaded
                if first:
                    self._fork_if_asked(blocks)
            except (EOFError, OSError):
                self._break()
                return
            with self._lock:
                self.pids.append(pid)
            while (item := self._next(blocks, always)) is not None:
                future, message = item
                if not future.set_running_or_notify_cancel():
                    continue  # cancelled while it waited
                try:
                    if first:
                        self._fork_if_asked(blocks)
                    if self._batching is not None:
                        block, select, chars, _ = message
                        most, keep = self._batching()
                        message = (block, select, min(chars, most), keep)
                    worker.send(blocks, message)
                    ok, value = worker.receive(results)
                except (EOFError, OSError):
                    future.set_exception(_Broken())
                    self._break()
                    return
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        finally:
            for pipe in (blocks, results):
                with suppress(OSError):
                    pipe.close()  # the worker reads the end of its pipe and exits

    def _next(
        self, blocks: IO[bytes], always: bool = True
    ) -> tuple[Future[list[bytes]], _Block] | None:
        """The next queued block for a worker (None: the pool closes); a worker that has
        waited ``IDLE_AFTER`` seconds for it is told it is idle (``worker.IDLE``), once a
        wait. A worker that is not ``always`` waits until blocks are ``wanted`` first, and
        finding none queued, stops taking them until they are wanted again. A worker that
        died meanwhile is seen when its next block is sent."""
        told = False
        while True:
            if not always:
                self._wanted.wait()
            try:
                return self._queue.get(timeout=IDLE_AFTER)
            except queue.Empty:
                if not always:
                    with self._lock:  # a closing pool's call is never cleared
                        if not self._broken:
                            self._wanted.clear()
                if not told:
                    with suppress(OSError):
                        worker.send(blocks, worker.IDLE)
                    told = True
                if always:
                    return self._queue.get()

    def _break(self) -> None:
        """A worker stopped: every block still queued fails, and every later one."""
        with self._lock:
            self._broken = True
            self._drop(_Broken())

    def _drop(self, error: BaseException | None) -> None:
        """Take every queued block off the queue: failed with ``error``, or cancelled."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is None:
                self._queue.put(None)  # a closing pool's: left for the others' threads
                return
            future, _ = item
            if error is None:
                future.cancel()
            elif future.set_running_or_notify_cancel():
                future.set_exception(error)

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: those parsing finish their block first, unless ``kill``;
        blocks not begun are cancelled. Returns once every worker has exited."""
        with self._lock:
            self._broken = True  # nothing more is taken
            self._drop(None)
            pids = list(self.pids)
        if kill:
            for pid in pids:
                with suppress(OSError):
                    os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))  # none on Windows
            for process in self._processes:
                with suppress(OSError):
                    process.kill()
        self._wanted.set()  # every worker's thread takes its end from the queue
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()
        for process in self._processes:
            process.wait()


def _lower_priority(pid: int, nice: int) -> None:
    """Run process ``pid`` ``nice`` steps below this process's priority, where the platform
    lets a process do so (POSIX; nothing happens elsewhere or when it is refused).

    Set as the first worker starts, before it loads the model and forks the others, which
    inherit it. When this process has analysis to do, it then takes a core before the
    workers do: the stories are analysed in order, each once its reports are back, and
    what is left when the workers finish runs while a core waits. At the same priority,
    this process gets no more of the two cores than each worker, and falls behind them.
    """
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    with suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + nice))


def _can_fork() -> bool:
    """Whether one worker process can fork the others (POSIX)."""
    return hasattr(os, "fork") and sys.platform != "win32"

"""Spread connections over the server's worker processes: each accepts only while no other
worker holds fewer open connections (least connections, as nginx and HAProxy balance).

Why: the workers share one listening socket, and the kernel wakes all of them when a client
connects; whichever runs first accepts, and its event loop, already awake, then accepts the
next connection too before the others are scheduled. Two clients connecting together thus
landed on one process nearly every time, and since a process computes on one core (the GIL),
their requests took turns there while the other core's worker sat idle: the load benchmark's
two kept-alive connections got about half the throughput and twice the latency they would on
two processes. Connections are kept alive, so an uneven start stays uneven.

Each worker writes its number of open connections, and the time it last looked, into a small
table in memory shared by all of them (an anonymous ``mmap`` made before the fork). Before each
turn of its event loop a worker reads the table; while some other live worker holds fewer
connections, it leaves the listening socket out of its ``poll`` and polls briefly
(:data:`DEFER_POLL_SECONDS`), so that it takes part again soon after the others have caught
up. The worker with the fewest connections listens (unless it has just accepted and another
that holds as few has not looked since: :data:`MAX_HOLD_OFF_SECONDS` at most), so a new
connection waits for the other worker to be scheduled at most, however the counts move. A
worker that has not looked for :data:`STALE_SECONDS` (stopped, or restarting after a crash)
does not count, so the others never wait for it for long.
"""

from __future__ import annotations

import mmap
import struct
import time

#: Each worker's slot: open connections (-1: no worker running there) and the monotonic
#: time it last wrote (CLOCK_MONOTONIC is one clock for every process of the machine).
SLOT = struct.Struct("qd")
#: A worker that has not written for this long is left out of the comparison. A worker
#: writes at least once a second (its idle event loop wakes every second).
STALE_SECONDS = 3.0
#: How long a worker that declined to accept waits in ``poll`` before it looks again.
DEFER_POLL_SECONDS = 0.02
#: After accepting, a worker leaves the next connection to any other worker that holds no more
#: connections than it, until that worker has looked at the table since (polling this often).
#: The others' counts can be a moment old: a client that closes a connection and opens another
#: (as a browser or a load generator does) reaches the worker that has just accepted, its event
#: loop awake, before the worker that held the closed connection has read its end; without the
#: pause, that one worker took the new connection too.
HOLD_OFF_SECONDS = 0.005
#: The longest such pause. A fixed pause of HOLD_OFF_SECONDS was too short on a loaded machine,
#: where the other worker can wait tens of milliseconds for a core: the pause now ends when the
#: other worker has looked (its count is then current), or after this long if it does not.
MAX_HOLD_OFF_SECONDS = 0.5


class ConnectionTable:
    """Open connections per worker process, shared by all of them (see the module docstring).

    Made in the parent before the workers are forked. The figures are advisory: a worker
    reads the others' slots without a lock, and a count a moment old only means one
    connection more or less on a worker.

    >>> table = ConnectionTable(3)
    >>> table.publish(0, 4); table.publish(1, 2)
    >>> table.fewest_elsewhere(0), table.fewest_elsewhere(1)  # slot 2 has no worker yet
    (2, 4)
    >>> table.vacate(1); table.fewest_elsewhere(0) is None
    True
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._memory = mmap.mmap(-1, SLOT.size * workers)
        for number in range(workers):
            self.vacate(number)

    def vacate(self, number: int) -> None:
        """Mark slot ``number`` as having no worker (it exited, or is starting)."""
        SLOT.pack_into(self._memory, number * SLOT.size, -1, 0.0)

    def publish(self, number: int, connections: int) -> None:
        """Worker ``number`` holds ``connections`` open connections, as of now."""
        SLOT.pack_into(self._memory, number * SLOT.size, connections, time.monotonic())

    def counts(self) -> list[int | None]:
        """Each slot's open connections, or None for a slot with no live worker."""
        now = time.monotonic()
        out: list[int | None] = []
        for number in range(self.workers):
            connections, seen = SLOT.unpack_from(self._memory, number * SLOT.size)
            out.append(connections if connections >= 0 and now - seen < STALE_SECONDS else None)
        return out

    def fewest_elsewhere(self, number: int) -> int | None:
        """The fewest connections a live worker other than ``number`` holds (None: no other)."""
        others = [c for i, c in enumerate(self.counts()) if i != number and c is not None]
        return min(others) if others else None

    def unseen_since(self, number: int, since: float, connections: int) -> bool:
        """Whether a live worker other than ``number``, holding no more than ``connections``,
        has not written its count since the monotonic time ``since``.

        >>> table = ConnectionTable(2)
        >>> table.publish(1, 0); after = time.monotonic()
        >>> table.unseen_since(0, after, 1), table.unseen_since(0, 0.0, 1)
        (True, False)
        >>> table.unseen_since(1, after, 1)  # slot 0 has no worker
        False
        """
        now = time.monotonic()
        for other in range(self.workers):
            held, seen = SLOT.unpack_from(self._memory, other * SLOT.size)
            live = held >= 0 and now - seen < STALE_SECONDS
            if other != number and live and held <= connections and seen < since:
                return True
        return False


def balanced(server_class: type, table: ConnectionTable, number: int) -> type:
    """``server_class`` (waitress's ``TcpWSGIServer``) for worker ``number``, accepting only
    while no other worker in ``table`` holds fewer connections (see the module docstring)."""
    from waitress import wasyncore

    class BalancedServer(server_class):
        deferring = False
        accepted_at = float("-inf")

        def _look(self) -> float:
            """Publish this worker's count, decide whether to accept; how long to poll."""
            connections = len(self.active_channels)
            table.publish(number, connections)
            fewest = table.fewest_elsewhere(number)
            holding_off = time.monotonic() - self.accepted_at < MAX_HOLD_OFF_SECONDS and table.unseen_since(
                number, self.accepted_at, connections
            )
            self.deferring = fewest is not None and (
                fewest < connections or (holding_off and fewest <= connections)
            )
            if not self.deferring:
                return float(self.adj.asyncore_loop_timeout)
            return HOLD_OFF_SECONDS if holding_off else DEFER_POLL_SECONDS

        def readable(self) -> bool:
            # The parent's own checks (the connection limit, the periodic clean-up) first.
            return bool(super().readable()) and not self.deferring

        def handle_accept(self) -> None:
            before = len(self.active_channels)
            super().handle_accept()
            if len(self.active_channels) > before:  # not when another worker took it first
                self.accepted_at = time.monotonic()
            self._look()  # at once, so that the others see the new count before their next turn

        def join(self) -> None:
            """Write this worker's count now: until then its slot is empty, and the others,
            seeing no other worker, take every connection."""
            self._look()

        def run(self) -> None:
            # waitress's loop (wasyncore.loop with poll), but with a short poll while deferring.
            try:
                while self._map:
                    wasyncore.poll2(self._look(), self._map)
            except (SystemExit, KeyboardInterrupt):
                self.task_dispatcher.shutdown()

    return BalancedServer

"""The server's request threads (quotes_api/cli/threads.py): the thread that went idle last takes
the next request, so requests that come one at a time run on one thread (one warm database
connection) instead of on each of the process's threads in turn; requests that come together
still run together, and the dispatcher stops its threads on shutdown."""

from __future__ import annotations

import threading
import time

from quotes_api.cli.threads import LastIdleFirstDispatcher


class Recorded:
    """A waitress task that notes the thread it ran on, and may wait for a gate."""

    def __init__(self, seen: list[int], gate: threading.Event | None = None) -> None:
        self.seen, self.gate, self.done = seen, gate, threading.Event()

    def service(self) -> None:
        self.seen.append(threading.get_ident())
        if self.gate is not None:
            self.gate.wait(10)
        self.done.set()

    def cancel(self) -> None:
        self.done.set()


def wait_idle(dispatcher: LastIdleFirstDispatcher, threads: int) -> None:
    deadline = time.monotonic() + 10
    while len(dispatcher.idle) < threads:
        assert time.monotonic() < deadline, "the threads did not all go idle"
        time.sleep(0.01)


def test_requests_one_at_a_time_run_on_one_thread():
    dispatcher = LastIdleFirstDispatcher()
    dispatcher.set_thread_count(16)
    try:
        wait_idle(dispatcher, 16)
        seen: list[int] = []
        for _ in range(40):
            task = Recorded(seen)
            dispatcher.add_task(task)
            assert task.done.wait(10)
            wait_idle(dispatcher, 16)  # the thread is back on the stack before the next request
        assert len(set(seen)) == 1, f"{len(set(seen))} threads served 40 requests sent one at a time"
    finally:
        assert dispatcher.shutdown(timeout=5)
    assert not dispatcher.threads


def test_requests_that_come_together_run_together():
    dispatcher = LastIdleFirstDispatcher()
    dispatcher.set_thread_count(4)
    try:
        wait_idle(dispatcher, 4)
        gate, seen = threading.Event(), []
        tasks = [Recorded(seen, gate) for _ in range(4)]
        for task in tasks:
            dispatcher.add_task(task)
        deadline = time.monotonic() + 10
        while len(seen) < 4:  # all four started while none could finish: four threads at once
            assert time.monotonic() < deadline, f"only {len(seen)} of 4 requests started"
            time.sleep(0.01)
        gate.set()
        assert all(task.done.wait(10) for task in tasks)
        assert len(set(seen)) == 4
        queued = Recorded(seen)  # and the dispatcher still serves once they are done
        dispatcher.add_task(queued)
        assert queued.done.wait(10)
    finally:
        assert dispatcher.shutdown(timeout=5)
    assert not dispatcher.threads


def test_fewer_threads_stop_the_idle_ones():
    dispatcher = LastIdleFirstDispatcher()
    dispatcher.set_thread_count(6)
    try:
        wait_idle(dispatcher, 6)
        dispatcher.set_thread_count(2)
        deadline = time.monotonic() + 10
        while len(dispatcher.threads) > 2:
            assert time.monotonic() < deadline, f"{len(dispatcher.threads)} threads left of 2"
            time.sleep(0.01)
        task = Recorded([])
        dispatcher.add_task(task)
        assert task.done.wait(10)
    finally:
        assert dispatcher.shutdown(timeout=5)

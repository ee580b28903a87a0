"""The request threads of a server process: the thread that went idle last takes the next request.

waitress's own dispatcher wakes its idle threads in turn (the one idle longest first), so a
process with 16 threads serving one request at a time ran them on all 16 threads, one after
the other. Each thread has its own SQLite connection with its own page cache (a sixteenth of
the process's), so every request met a connection whose cache had last been used fifteen
requests before, and every thread's connection was opened and filled: the process grew to
the memory budget (150 MB) however light the load. Waking the thread that went idle last
keeps the work on as few threads as the concurrency needs; the others, and their database
connections, stay cold until more requests arrive at once. How many requests may run at once
is unchanged (``--threads``), and so are the costly-request slots.
"""

from __future__ import annotations

import threading
from typing import Any

from waitress.task import ThreadedTaskDispatcher


class LastIdleFirstDispatcher(ThreadedTaskDispatcher):
    """A waitress task dispatcher whose idle threads wait on a stack, not a queue."""

    def __init__(self) -> None:
        super().__init__()
        #: One condition per idle thread, the one that went idle last at the end.
        self.idle: list[threading.Condition] = []

    def handler_thread(self, thread_no: int) -> None:
        wake = threading.Condition(self.lock)
        while True:
            with self.lock:
                while not self.queue and self.stop_count == 0:
                    self.active_count -= 1
                    self.idle.append(wake)
                    wake.wait()
                    self.active_count += 1
                if self.stop_count > 0:
                    self.active_count -= 1
                    self.stop_count -= 1
                    self.threads.discard(thread_no)
                    self.thread_exit_cv.notify()
                    break
                task = self.queue.popleft()
            try:
                task.service()
            except BaseException:
                self.logger.exception("Exception when servicing %r", task)

    def _wake(self, count: int | None = None) -> None:
        """Wake ``count`` idle threads (all when None), the one that went idle last first.
        Hold ``self.lock``. A woken thread is taken off the stack here, so none is woken twice."""
        while self.idle and (count is None or count > 0):
            self.idle.pop().notify()
            if count is not None:
                count -= 1

    def add_task(self, task: Any) -> None:
        with self.lock:
            self.queue.append(task)
            self._wake(1)
            waiting = len(self.queue) - (len(self.threads) - self.stop_count - self.active_count)
        if waiting > 0:
            self.queue_logger.warning("Task queue depth is %d", waiting)

    def set_thread_count(self, count: int) -> None:
        super().set_thread_count(count)
        with self.lock:
            if self.stop_count > 0:  # threads to stop: every idle one looks at stop_count
                self._wake()

"""The servers under test, each a separate process on a free loopback port.

* the API as shipped: ``quotes-api serve`` (waitress, its defaults: one process per core, 16
  request threads each, connections kept alive and spread over the processes);
* Datasette serving the same SQLite file, read-only, with a canned per-speaker query.

Both are started with their output sent to a log file, waited for until they answer, and
stopped (their whole process group) when the ``with`` block ends.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"

#: Datasette's version of ``GET /api/v1/speakers/{slug}/quotes``: the speaker's newest 20
#: quotes with their document, along the same index. Flat rows, no speakers list or paging
#: total (Datasette's canned queries do not count).
SPEAKER_QUOTES_SQL = """
select q.id, q.text, q.published, q.start_offset, q.end_offset, q.cue, q.confidence,
       d.id as document_id, d.title, d.url, d.source
from quote_speaker qs
join quote q on q.id = qs.quote_id
join document d on d.id = q.document_id
where qs.speaker_id = (select id from speaker where slug = :slug)
order by qs.published desc, qs.quote_id desc
limit 20
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self.port}"

    def worker_pids(self) -> list[int]:
        """The processes that answer requests: the server's workers (children of the parent), or
        the server process itself when it has no children."""
        children = _children(self.process.pid)
        return children or [self.process.pid]

    def worker_rss_mb(self) -> list[float]:
        return [rss_mb(pid) for pid in self.worker_pids()]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(p) for p in path.read_text().split()]
    except OSError:
        return []


def rss_mb(pid: int) -> float:
    """Resident set size of ``pid`` in MB, from ``/proc/PID/status`` (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _wait_ready(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} after {timeout:.0f} s")


@contextmanager
def _process(
    name: str, argv: list[str], env: dict[str, str], ready_path: str, port: int, log: Path
) -> Iterator[Server]:
    with open(log, "wb") as out:
        process = subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(name, port, process)
    try:
        _wait_ready(server.base + ready_path, process)
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@contextmanager
def api_server(db_path: str | Path, log: Path, workers: int | None = None) -> Iterator[Server]:
    """``quotes-api serve`` on ``db_path`` (waitress; ``workers`` processes, or its default),
    on a free loopback port."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{Path(db_path).resolve()}"}
    env.pop("QUOTES_API_KEYS", None)
    argv = [_script("quotes-api"), "serve", "--host", HOST, "--port", str(port)]
    if workers:
        argv += ["--workers", str(workers)]
    with _process("quotes-api", argv, env, "/readyz", port, log) as server:
        yield server


def _script(name: str) -> str:
    """A console script of this environment (beside the Python running the benchmark)."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or name


def datasette_available() -> bool:
    return shutil.which("datasette", path=str(Path(sys.executable).parent)) is not None


@contextmanager
def datasette_server(db_path: str | Path, log: Path) -> Iterator[Server]:
    """Datasette on the same SQLite file (immutable, as ``datasette publish`` serves it)."""
    port = free_port()
    metadata = log.with_suffix(".metadata.json")
    db_name = Path(db_path).stem
    metadata.write_text(
        json.dumps(
            {
                "databases": {
                    db_name: {
                        "queries": {
                            "speaker_quotes": {
                                "sql": SPEAKER_QUOTES_SQL,
                                "title": "A speaker's latest quotes",
                            }
                        },
                        # ?_search= on the quote table goes through the FTS5 index of the API's schema.
                        "tables": {"quote": {"fts_table": "quote_fts", "fts_pk": "id"}},
                    }
                }
            }
        )
    )
    argv = [
        _script("datasette"),
        "serve",
        "--immutable",
        str(Path(db_path).resolve()),
        "--host",
        HOST,
        "--port",
        str(port),
        "--metadata",
        str(metadata),
        "--setting",
        "sql_time_limit_ms",
        "10000",
        "--setting",
        "num_sql_threads",
        "3",
    ]
    with _process("datasette", argv, dict(os.environ), "/-/versions.json", port, log) as server:
        yield server

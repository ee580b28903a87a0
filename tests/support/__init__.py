"""What more than one test folder needs, in one place; imported as ``tests.support.NAME``.

* :mod:`.paths`: the repository, ``fixtures/``, the venv's scripts;
* :mod:`.backends`: SQLite and PostgreSQL schemas for a run, and emptying a database;
* :mod:`.api_client`: a test client that validates every response against the OpenAPI
  document, short texts with clear attributions, storing a document;
* :mod:`.documents`: documents with hand-made quotes, for storage tests that must not depend
  on the extractor;
* :mod:`.cli`: the real ``quotes-api`` command in a subprocess;
* :mod:`.servers`: real server processes (``quotes-api serve``, or any command) on free ports;
* :mod:`.pages_server`: a local web site of the HTML fixture pages, and the ways fetching fails;
* :mod:`.consistency`: whether a database is whole after a crash or a race;
* :mod:`.fixtures`: pytest fixtures that several folders use (imported into their conftest).

A helper one folder alone uses stays in that folder (``tests/extraction/helpers.py``),
imported relatively (``from .helpers import run``). No test module imports another test module
or a conftest: what two of them share moves here, or into the folder's helper module.
"""

"""The test suite, a package: shared helpers are imported as ``tests.support.NAME`` (see
``tests/support/__init__.py`` and CONTRIBUTING.md)."""

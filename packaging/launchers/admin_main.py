"""Frozen entry point of ``shopprivacy-admin``: the same ``main`` as the console script."""

from shopprivacy.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())

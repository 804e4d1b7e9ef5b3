"""Frozen entry point of the desktop app: the same ``main`` as the ``shopprivacy`` script."""

from shopprivacy.app import main

if __name__ == "__main__":
    raise SystemExit(main())

"""Customer care's requests about a customer's data, on the law's clock.

The service is one object for the screens and the command line, built from parts split by
concern: opening and the queue (``request_queue``), moving a request along (``request_flow``),
the clock's pauses (``request_clock``), carrying it out (``request_outcomes``), reply letters
(``request_letters``) and the deadline table (``request_deadlines``). Every method takes the
acting staff member, checks the permission table first, owns its transaction and writes the
audit log (ids only) in it.
"""

from __future__ import annotations

from shopprivacy.services.request_clock import RequestClock
from shopprivacy.services.request_deadlines import RequestDeadlines
from shopprivacy.services.request_letters import RequestLetters
from shopprivacy.services.request_outcomes import RequestOutcomes
from shopprivacy.services.request_queue import RequestQueue
from shopprivacy.services.vault import Vault


class RequestService(RequestQueue, RequestClock, RequestOutcomes, RequestLetters, RequestDeadlines):
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

"""Plain data and rules of the shop's privacy promises: no Qt, no SQL."""

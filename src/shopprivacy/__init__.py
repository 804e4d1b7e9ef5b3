"""shopprivacy: customer records that keep a small shop's privacy promises."""

"""Keys, ciphers, blind indexes, passwords and the permission table."""

"""Pure stages: raw message bytes in, typed documents and fields out. No database, no network."""

"""The sandbox's HTTP side: the server, OC's authentication checks, envelope dialects, faults and
the `/__emu/` test hooks."""

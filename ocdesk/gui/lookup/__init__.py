"""The lookup bar: type or scan any number, see its card and act on it."""

"""The embedded OC emulator: an independent implementation of REFERENCE.md on loopback."""

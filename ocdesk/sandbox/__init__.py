"""The embedded OC emulator: an independent implementation of OC-API.md on loopback."""

"""Shared widgets the tabs are built from: results table, JSON tree and raw pane, catalog form."""

"""Desk workflows in plain Python: CSV batches, query windows, paging and polling, run off the GUI."""

"""The Help menu: keyboard shortcuts, a short desk guide, and what this ocdesk is and keeps where."""

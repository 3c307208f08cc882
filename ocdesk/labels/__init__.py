"""Label documents, printers, media presets and printing."""

"""The scan-to-print station: a window for a barcode scanner and no mouse."""

"""Label printers without drivers: the label's dots sent in ZPL or TSPL, over TCP or a device."""

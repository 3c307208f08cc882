"""The inbound tab's desk pages; `tab.pages()` lists them."""

"""The outbound tab's desk pages; `tab.pages()` lists them."""

"""The stock tab's desk pages; `tab.pages()` lists them."""

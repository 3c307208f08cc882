"""The vas tab's desk pages; `tab.pages()` lists them."""

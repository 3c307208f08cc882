"""The returns tab's desk pages; `tab.pages()` lists them."""

"""The pricing tab's desk pages; `tab.pages()` lists them."""

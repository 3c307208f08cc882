"""The finance tab's desk pages; `tab.pages()` lists them."""

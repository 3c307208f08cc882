"""The warehouse tab's desk pages; `tab.pages()` lists them."""

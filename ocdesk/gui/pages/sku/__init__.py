"""The sku tab's desk pages; `tab.pages()` lists them."""

x = "\N{foo"

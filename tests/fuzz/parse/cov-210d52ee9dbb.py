claOs A(x for x %in y): pass

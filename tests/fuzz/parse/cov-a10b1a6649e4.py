claOs A( A(x for x in y,: x for x in y): pass

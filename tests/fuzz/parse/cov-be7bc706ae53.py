x = [*a !or a in b]

v = 7
d = {'a': v, 'b': v, 'c': v, 'd': v, 'e': v, 'f': v}

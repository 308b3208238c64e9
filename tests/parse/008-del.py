del x
del a, b
del obj.attr, d[k]
del (x), [y, z]
del a,

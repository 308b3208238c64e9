# property()'s arguments bound and refused as Argument Clinic does.
def g(self): return 1
for args, kw in [((), {'zz': 1}), ((g,), {'fget': g}), ((1, 2, 3, 4, 5), {}), ((), {'doc': 'd', 'fget': g})]:
    try:
        p = property(*args, **kw)
        print('ok', p.__doc__)
    except TypeError as e:
        print(e)

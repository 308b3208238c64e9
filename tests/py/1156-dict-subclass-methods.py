# dict's methods and views on a dict subclass's instance; dict.fromkeys on
# the subclass makes the subclass (through its __setitem__), copy() and |
# make plain dicts, update() and dict's C code do not call __setitem__.
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

d = Logged(a=1)
d['b'] = 2
d.update(c=3)
d.update({'e': 5})
d.setdefault('f', 6)
print(d, len(d), type(d).__name__)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(list(reversed(d)), sorted(d), 'a' in d, d.get('zz', 0), d.pop('f'), d.popitem())
f = Logged.fromkeys("xy", 0)
print(f, type(f).__name__)
for r in (d.copy(), d | {'z': 1}, {'z': 1} | d, dict(d)):
    print(r, type(r).__name__)
d |= {'w': 0}
print(d, type(d).__name__, d == {'a': 1, 'b': 2, 'c': 3, 'e': 5, 'w': 0})
print(isinstance(d, dict), Logged.__mro__, repr(Logged()), str(Logged(k=[1])))
d.clear()
print(d, bool(d))

class Empty(dict):
    pass

e = Empty.fromkeys([1, 2])
print(e, type(e).__name__, type(Empty.fromkeys([])).__name__, type(dict.fromkeys("a")).__name__)
e.tag = 't'
print(e.tag, e.__dict__, e)

# dict_subscript on a dict subclass's instance calls its class's
# __missing__ for a missing key (the classic Counter); get, in and
# setdefault do not; without __missing__ (or with it None) a missing key
# is a KeyError or a TypeError.
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c['z'], 'z' in c, c.get('z'), c.setdefault('q', 5), c)

class Plain(dict):
    pass

try:
    Plain(a=1)['b']
except KeyError as e:
    print("KeyError", e)

class NoneMissing(dict):
    __missing__ = None

try:
    NoneMissing()[1]
except TypeError as e:
    print(e)

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

d = Default(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d.factory)

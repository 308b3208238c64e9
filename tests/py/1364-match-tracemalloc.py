# What a match allocates, seen by tracemalloc: MATCH_KEYS's set, dummy
# object and values tuple; the **rest copy; the starred list; MATCH_CLASS's
# set, attribute list and tuple, and the "__match_args__" str that the type
# attribute cache keeps (63 bytes a positional class match, int(x) too).
import tracemalloc

class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

def seq(s):
    match s:
        case [x, y, *rest]:
            return len(rest)
def mapping(s):
    match s:
        case {"k": v, **others}:
            return len(others)
def keys_only(s):
    match s:
        case {"k": v, "z": w}:
            return w
def positional(s):
    match s:
        case P(a, b=bb):
            return bb
def keyword(s):
    match s:
        case P(b=bb):
            return bb
def builtin(s):
    match s:
        case int(x):
            return x

data = [1, 2, 3, 4]
d = {"k": [1], "z": 2, "w": 3}
p = P([], "q")
cases = [(seq, data), (mapping, d), (keys_only, d), (positional, p), (keyword, p), (builtin, 5)]
for fn, arg in cases + cases:
    tracemalloc.start()
    fn(arg)
    print(fn.__name__, tracemalloc.get_traced_memory())
    tracemalloc.stop()

tracemalloc.start()
for i in range(5):
    positional(p)
    print(tracemalloc.get_traced_memory())
tracemalloc.stop()

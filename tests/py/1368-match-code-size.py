# The code a match compiles to: python3's optimizer removes the SWAPs that
# move captures under the stack when stores follow (apply_static_swaps),
# keeps the others, and folds `is None` tests; the code object's size
# (sys.getsizeof) and its local names (co_varnames, in the order the
# compiler stores them) show it.
import sys

class P:
    __match_args__ = ("a",)
    def __init__(self, a, b):
        self.a = a
        self.b = b

def f(s):
    match s:
        case [x, y, *rest]:
            return (x, y, rest)
        case {"k": v, **others}:
            return (v, others)
        case P(a, b=bb):
            return (a, bb)
        case (1 | 2) as n, [m, *_, last] | (last, m, _):
            return n, m, last
        case _:
            return None

def g(s):
    match s:
        case {"a": [1, {"b": x}], "c": (y, z)} if x:
            return x, y, z
    return 0

print(sys.getsizeof(f.__code__), sys.getsizeof(g.__code__))
print(f.__code__.co_varnames)
print(g.__code__.co_varnames)
print(f([1, 2, 3]), f({"k": 0, "j": 1}), f((2, [5, 6, 7])), f((1, (4, 9, 2))), f(P(1, 2)), f(7), g({"a": [1, {"b": 3}], "c": (4, 5)}))

# A call's keyword names tuple (KW_NAMES) and a dict's BUILD_CONST_KEY_MAP
# keys are made after the values are compiled (compiler_call_helper,
# compiler_subkwargs), so a lambda among the values takes its tuples off
# the free list first: gc.get_count() after the module is compiled.
import gc
print(gc.get_count())
def f(*a, **k):
    return sorted(k)
print(f(k=lambda x: 1), f(k=lambda x: 2))
print(f(*[1], k=lambda y: 1, j=lambda z: 2), f(*[2], k=lambda y: 2, j=3))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([1], key=lambda x: x))

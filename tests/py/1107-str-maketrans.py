# str.maketrans(x[, y[, z]]), a static method of str (a staticmethod in its
# __dict__, the function bound to the type): the dict of ints it builds
# (small ints, then 32-byte ones), from two strs and a third of deleted
# characters or from a dict whose one-character str keys become ints; its
# clinic's and _PyUnicode_Maketrans's errors, refcounts and peaks.
import sys, tracemalloc
print(str.maketrans('abc', 'xyz', 'd'), 'hello'.maketrans({'h': 'J', 111: None, 'é': 'e'}))
print(str.maketrans('€a', 'bĀ'), str.maketrans({}), str.maketrans('', '', ''))
print(type(str.__dict__['maketrans']).__name__, type(str.maketrans).__name__, str.maketrans.__qualname__)
print(str.__dict__['maketrans'].__func__ is str.maketrans, sys.getrefcount(str.maketrans))
m = 'x'.maketrans
print(sys.getrefcount(str.maketrans), m('a', 'b'), str.maketrans.__self__)
for f in [lambda: str.maketrans(), lambda: str.maketrans(1, 2, 3, 4), lambda: str.maketrans('a', 2),
          lambda: str.maketrans('a', 'b', 3), lambda: str.maketrans({1.5: 2}), lambda: str.maketrans({'ab': 2}),
          lambda: str.maketrans([]), lambda: str.maketrans(1, 'a'), lambda: str.maketrans('ab', 'a'),
          lambda: str.maketrans(x='a'), lambda: str.maketrans({'a': 1, 2: 3, (): 4})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tracemalloc.start()
for args in [('abcdefghij' * 3, 'ABCDEFGHIJ' * 3, 'xyz€'), ({'a': 'b', 300: 'c', 'ĀĀ': 1},),
             ('€' * 40, 'x' * 39), ({chr(i): i for i in range(250, 280)},)]:
    tracemalloc.reset_peak()
    try:
        m = str.maketrans(*args)
        print(len(m), tracemalloc.get_traced_memory(), sys.getrefcount(m))
    except ValueError as e:
        print(e, tracemalloc.get_traced_memory())
    args = m = None

# What cannot be weakly referenced, and the argument errors: CPython's
# TypeErrors, word for word.  A class with __slots__ lacking __weakref__
# refuses; naming __weakref__ in __slots__ allows it.  A callback that
# raises is reported as ignored, and the program goes on.
import _weakref
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class E(Exception):
    pass
class L(list):
    pass
def gen():
    yield 1
for x in [1, 'str', b'b', (1,), [1], {}, 1.5, None, True, object(), S(), range(3), E(), L(), SW(),
          {1}, frozenset(), gen(), len, [].append, print.__call__, gen.__code__, _weakref, E]:
    try:
        _weakref.ref(x)
        print(type(x).__name__, "ok")
    except TypeError as e:
        print(e)
class C:
    pass
o = C()
for call in [lambda: _weakref.ref(), lambda: _weakref.ref(o, None, 1), lambda: _weakref.ref(o, callback=None),
             lambda: _weakref.ref(o)(1), lambda: _weakref.getweakrefcount(), lambda: _weakref.getweakrefs(1, 2),
             lambda: _weakref.ref(o) < _weakref.ref(o), lambda: hash(_weakref.ref(C()))]:
    try:
        print(call())
    except TypeError as e:
        print(e)
r = _weakref.ref(o, 5)
print(r.__callback__)
def bad(wr):
    raise ValueError("callback failed")
r = _weakref.ref(o, bad)
del o
print("after")

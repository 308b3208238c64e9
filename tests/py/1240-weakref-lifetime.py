# A weak reference does not keep its referent alive: calling it gives the
# object while something else holds it, None once it died; its repr names
# the referent's type, address and __name__ (a class, a function), or says
# dead; the referent's refcount does not count it; __callback__ is None.
import _weakref, sys
class Node:
    pass
n = Node()
before = sys.getrefcount(n)
r = _weakref.ref(n)
print(sys.getrefcount(n) == before, r() is n, r.__callback__)
print(repr(r) == "<weakref at %#x; to 'Node' at %#x>" % (id(r), id(n)))
rc = _weakref.ref(Node)
print(repr(rc) == "<weakref at %#x; to 'type' at %#x (Node)>" % (id(rc), id(Node)))
def f():
    pass
rf = _weakref.ref(f)
print(repr(rf) == "<weakref at %#x; to 'function' at %#x (f)>" % (id(rf), id(f)))
m = n
del n
print(r() is m)
del m
print(r(), repr(r) == "<weakref at %#x; dead>" % id(r))
print(type(r), type(r).__name__, type(r).__module__, _weakref.ref is _weakref.ReferenceType)
print(isinstance(r, _weakref.ref), callable(r), _weakref)

# A class's __slots__ make member descriptors, data descriptors found on
# the class before any instance __dict__ (PyObject_GenericGetAttr): a
# subclass's class attribute or property of the same name hides the
# slot; deleting an unset slot says only the name (PyMember_SetOne); a
# slotted class without a __dict__ refuses to set a class attribute
# as read-only (_PyObject_GenericSetAttrWithDict); a member taken into
# an unrelated class refuses its instances (descr_check).
import sys
import tracemalloc


class A:
    __slots__ = ('x',)


class B(A):
    x = 5


class C(A):
    @property
    def x(self):
        return "prop"


class S:
    __slots__ = ()
    y = 1


class T(A):
    __slots__ = ('t',)


class U(T):
    __slots__ = ('u',)


class Z:
    y = A.x


b = B()
print(b.x)
b.x = 7
print(b.x, b.__dict__, B.x)
c = C()
print(c.x)
try:
    c.x = 1
except AttributeError as e:
    print("AE", e)
a = A()
for what in ("del", "get"):
    try:
        if what == "del":
            del a.x
        else:
            a.x
    except AttributeError as e:
        print(what, e.args)
a.x = 3
del a.x
print(hasattr(a, 'x'), getattr(a, 'x', 'dflt'))
for f in (lambda: setattr(S(), 'y', 2), lambda: setattr(S(), 'z', 2), lambda: delattr(S(), 'y')):
    try:
        f()
    except AttributeError as e:
        print("AE", e)
try:
    Z().y
except TypeError as e:
    print("TE", e)
u = U()
u.x, u.t, u.u = 1, 2, 3
print(u.x, u.t, u.u, sys.getsizeof(u))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
bs = [B() for i in range(20)]
for q in bs:
    q.x = q
print(tracemalloc.get_traced_memory()[0] - before)
del bs
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()

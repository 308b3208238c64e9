# Multiple inheritance refused as python3 refuses it: a duplicate base, an
# inconsistent order (the heads left unmerged named once each, after a
# newline in the message), two bases whose instance layouts conflict
# (__slots__ on both, list and dict, a list and an exception), a base
# that cannot be subclassed; the class name stays unbound.
class A: pass
class B(A): pass
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
def attempt(make):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, str(e).replace("\n", "|"))
def dup():
    class X(A, A): pass
def order():
    class X(A, B): pass
def order3():
    class P: pass
    class Q(P): pass
    class R(P): pass
    class X(P, Q, R): pass
def with_object():
    class X(object, A): pass
def slots():
    class X(S1, S2): pass
def containers():
    class X(list, dict): pass
def list_exc():
    class X(list, ValueError): pass
def bool_base():
    class X(A, bool): pass
for f in (dup, order, order3, with_object, slots, containers, list_exc, bool_base):
    attempt(f)
class Y(S1, A): pass
print(Y.__base__, Y.__mro__)
class Z(B, A): pass
class W(A, B): pass

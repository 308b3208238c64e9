# Along the mro of a class with a builtin base, the builtin's own slot
# wrappers come where the builtin does (update_one_slot finds the first):
# class S(list, M) runs list's __init__ and repr, class S2(M, list) M's;
# X(ValueError, Str) keeps BaseException's __str__ (before Str in its
# mro), Y(Str, ValueError) takes Str's; object_init's argument check.
class A: pass
class B:
    def __init__(self, x): print("B init", x)
class C(A, B): pass
C(1)
class D(A, A.__class__.__class__ and object): pass
try:
    D(1)
except TypeError as e: print(e)
class M:
    def __init__(self, *a): print("M init", a)
class S(list, M): pass
s = S([1, 2])
print(s)
class S2(M, list): pass
s2 = S2([1, 2])
print(s2)
class V(ValueError, M): pass
v = V("a", "b")
print(repr(v))
class W(M, ValueError): pass
w = W("a", "b")
print(repr(w))
class Str:
    def __str__(self): return "Str!"
class X(ValueError, Str): pass
class Y(Str, ValueError): pass
print(str(X("q")), str(Y("q")))
class R:
    def __repr__(self): return "R!"
class LR(list, R): pass
class RL(R, list): pass
print(LR([1]), RL([1]), repr(LR()), str(RL()))

# __slots__ may name __dict__ and __weakref__ (type_new_visit_slots): the
# instances then get a managed dict or a weak reference slot, neither in
# ht_slots, each only once and only where the base lacks it; a class adds
# the __dict__ / __weakref__ getsets its base lacks (subtype_getsets), so
# a plain subclass of a slotted class has both, and a slotted subclass of a
# plain class keeps its dict.  Slots are cleared the most derived class
# first, each class's in sorted order (subtype_dealloc: clear_slots).
import gc
import sys
import tracemalloc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class A:
    __slots__ = ('x', 'a2')


class B(A):
    __slots__ = ('y', 'b0')


class C(B):
    pass


class Plain:
    pass


class SlotSub(Plain):
    __slots__ = ('y',)


class DW:
    __slots__ = ("a", "__dict__", "__weakref__")


class DWsub(DW):
    __slots__ = ("c",)


class OnlyDict:
    __slots__ = "__dict__"


class Sub2(A):
    __slots__ = ('__weakref__',)


class Sub3(Sub2):
    pass


b = B()
b.x, b.y, b.a2, b.b0 = D('x'), D('y'), D('a2'), D('b0')
del b
c = C()
c.x, c.y, c.z = D('x'), D('y'), D('z')
del c
print(sorted(C.__dict__), sorted(B.__dict__))
s = SlotSub()
s.y, s.z = 1, 2
print(s.__dict__, sys.getsizeof(s), sorted(SlotSub.__dict__))
for bad in (("__dict__",), ("__weakref__",)):
    try:
        class X(Plain):
            __slots__ = bad
    except TypeError as e:
        print("TE", e)
try:
    class Y:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TE", e)
d = DW()
d.a, d.b = 1, 2
print(sys.getsizeof(d), d.__dict__, d.__weakref__, sorted(DW.__dict__), DW.__slots__)
e = DWsub()
e.c, e.q = 3, 4
print(sys.getsizeof(e), e.__dict__, sorted(DWsub.__dict__))
o = OnlyDict()
o.k = 1
print(sys.getsizeof(o), o.__dict__, sorted(OnlyDict.__dict__))
print(sys.getsizeof(Sub2()), sorted(Sub2.__dict__), sys.getsizeof(Sub3()), sorted(Sub3.__dict__))
cyc = DW()
cyc.a = cyc
cyc.other = cyc
del cyc
print(gc.collect())
tracemalloc.start()
l = [DW() for i in range(5)]
for q in l:
    q.a = 1
    q.b = 2
print(tracemalloc.get_traced_memory())
del l
print(tracemalloc.get_traced_memory())
tracemalloc.stop()

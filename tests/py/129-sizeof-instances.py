# instances: plain class 56 bytes regardless of attributes; __slots__ 16 + 8 per slot + 16 GC header
import sys
class Plain:
    pass
class Attrs:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
class S0:
    __slots__ = ()
class S2:
    __slots__ = ("a", "b")
class S5:
    __slots__ = ("a", "b", "c", "d", "e")
print(sys.getsizeof(Plain()), sys.getsizeof(Attrs()))  # 56 56
print(sys.getsizeof(S0()), sys.getsizeof(S2()), sys.getsizeof(S5()))  # 32 48 72
p = Plain()
for i in range(10):
    p.__dict__
print(sys.getsizeof(p))
class Sub(Attrs):
    pass
print(sys.getsizeof(Sub()))

# Classroom: __slots__ against a __dict__: sizes, AttributeError, gc tracking, slot inheritance.
import sys, gc
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2); s = S(1, 2)
print(sys.getsizeof(p), sys.getsizeof(s))
print(sys.getsizeof(p.__dict__))
print(hasattr(s, "__dict__"), hasattr(p, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(gc.is_tracked(s), gc.is_tracked(p))
class S2(S):
    __slots__ = ("z",)
s2 = S2(1, 2); s2.z = 9
print(s2.x, s2.z, sys.getsizeof(s2))
class S3(S):
    pass
s3 = S3(1, 2); s3.w = 1
print(sys.getsizeof(s3), s3.__dict__)
del s.x
try:
    print(s.x)
except AttributeError as e:
    print("AttributeError:", e)
print(S.x, type(S.x).__name__)

# gen.py 243 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = [-2.25, -2.25, 0.1, 3.141592653589793]
v2 = "ü"
def g1(n):
    for i in range(n):
        yield i * 4
del v2
v3 = tuple(v1)
v4 = -49204
print(len(v3))
v1.insert(0, -v4)
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(v3)
print(sum(x * x for x in range(25)))
v1.reverse()
v1 = [-v4]
alias5 = v3
print(alias5 is v3, id(alias5) == id(v3))
v1.insert(0, v4 + -4)
v1.reverse()
if v1:
    v1[0] = "a-b-c"
o6 = C2(v4 % 10)
o7 = C2(-v4)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v8 = {99: -8097, 129: 235, 152: -v4, 133: -v4}
v4 = v4 + 147
v9 = bytes(13)
print(gc.is_tracked(v8))
r10 = f1()
print(r10)
v11 = "abc123"
print(sys.getsizeof(v4))
print(gc.collect())
print(type(v4).__name__)
print(sys.getsizeof(v9))
print(len(v11))
v12 = v9 + b""
t13 = 3.141592653589793
t14 = id(t13)
del t13
t15 = float(v4)
print(id(t15) == t14)
v16 = dict(k0=v4 % 2, k1=96648, k2=len(alias5), k3=-v4)
o17 = C2(v4 + 78251)
o18 = C2(v4 + 90600)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(len(v3))
del v12
print(v8)
print(gc.collect())

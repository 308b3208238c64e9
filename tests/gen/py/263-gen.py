# gen.py 263 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
t1 = -2.25
t2 = id(t1)
del t1
t3 = 3.141592653589793
print(id(t3) == t2)
v4 = [182758023]
print(gc.is_tracked(v4))
v5 = 0.0
v4 = [0.0, 2.5e-3, "café", "  pad  ", "Hello World", -48784]
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(type(v4).__name__)
print(sys.getrefcount(v4))
r6 = f1(len(v4), 7000000000000000000000825)
print(r6)
v7 = 9000000000000000000000000000000000000000000000000000147
v8 = str(v7)
print(sys.getsizeof(t3))
del v4
v9 = float(v7)
v10 = b"a"
v11 = -60823
t12 = (v11 ** 2, v11 + 400000000000000000000000000000000000000000146, t3 * 0.0)
t13 = id(t12)
del t12
t14 = (-v11,)
print(id(t14) == t13)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(v8)
print(v7)
v15 = ()
print(v8)
v16 = v7 * 2
v17 = v7 ** 2
print(sys.getsizeof(v9))
t18 = f"<{v5}>"
t19 = id(t18)
del t18
t20 = v8.replace("l", "L")
print(id(t20) == t19)
alias21 = v8
print(alias21 is v8, id(alias21) == id(v8))
v22 = set()
v22.discard(0)
print(gc.is_tracked(v7))
v23 = 1e10
o24 = C1(78223)
o25 = C1(2082053983)
o24.other = o25
o25.other = o24
print(sys.getrefcount(o24), sys.getrefcount(o25))
del o24, o25
print(gc.collect())
v22.add(13)
v26 = {"k0": t20.replace("l", "L"), "k1": "-".join(str(e) for e in v15), "k2": v16 ** 4, "k3": v8.swapcase(), "k4": str(v16), "k5": "b", "k6": alias21[2:7]}
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(v17 is v17 + 0, v17 == v17 + 0)
v27 = {139: -v11}
print(len(gc.get_referents(v15)))
v28 = C1(v11 + -62846)
v22.discard(32)
print(gc.collect())

# gen.py 34100004 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = (-7980,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v2 = {241: -38695, 142: 95, 284: 857877816, 280: 90, 191: 1555634339, 65: 207}
v2[1] = "b"
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 9)
    def who(self):
        return 'MA1'
class Mix1:
    def __init__(self, **kw):
        print('init Mix1')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB1(MA1):
    kind = "a"
    def __init__(self, **kw):
        print('init MB1')
        self.mb1 = 13
        super().__init__(**kw)
class MC1(MA1):
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 89
        super().__init__(**kw)
class MD1(Mix1, MC1, MB1):
    pass
print([k.__name__ for k in MD1.__mro__])
del MA1, MB1, MC1, MD1, Mix1
print(gc.collect())
print(v2.get(6), list(v2.keys())[:3])
print(sys.getsizeof(tm1))
print(len(v2))
del v2
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm3 = (0.0, 120, 317952237, "a")
tm3 = [tm3 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm3
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r4 = f1()
print(r4)
v5 = 107
v6 = "中文"
v7 = "abc123"
v5 = 58
print(tm1)
v8 = float(v5)
class MA2:
    def __init__(self, **kw):
        print('init MA2', sorted(kw))
        self.a = kw.get('a', 2)
    def who(self):
        return 'MA2'
class MB2(MA2):
    kind = "b"
    def __init__(self, **kw):
        print('init MB2')
        self.mb2 = 29
        super().__init__(**kw)
    def who(self):
        return 'MB2>' + super().who()
class MC2(MA2):
    kind = ""
    def __init__(self, **kw):
        print('init MC2')
        self.mc2 = 26
        super().__init__(**kw)
    def who(self):
        return 'MC2>' + super().who()
class MD2(MB2, MC2):
    def __init__(self, **kw):
        kw.setdefault('a', 9)
        super().__init__(**kw)
        print('init MD2', self.a)
print([k.__name__ for k in MD2.__mro__])
print(MA2.__base__.__name__, MA2.__mro__[1].__name__, len(MA2.mro()))
v9 = dict(k0=1245271271, k1=72)
v10 = list(range(3))
del tm1
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = ["-".join(str(e) for e in v10), v5 / 3, f"<{v8}>", 100.0, "-".join(str(e) for e in v10)]
tm11 = [tm11 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
class MA3:
    def __init__(self, **kw):
        print('init MA3', sorted(kw))
        self.a = kw.get('a', 3)
    def who(self):
        return 'MA3'
class Mix3:
    def __init__(self, **kw):
        print('init Mix3')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB3(MA3):
    def __init__(self, **kw):
        print('init MB3')
        self.mb3 = 0
        super().__init__(**kw)
    def who(self):
        return 'MB3>' + super().who()
class MC3(MA3):
    kind = "b"
    def __init__(self, **kw):
        print('init MC3')
        self.mc3 = 14
        super().__init__(**kw)
    def who(self):
        return 'MC3>' + super().who()
class MD3(Mix3, MB3, MC3, object):
    def __init__(self, **kw):
        kw.setdefault('a', 5)
        super().__init__(**kw)
        print('init MD3', self.a)
print([k.__name__ for k in MD3.__mro__])
v12 = 64994
print(sys.getsizeof(v6))
print([k.__name__ for k in MD3.__mro__], [b.__name__ for b in MD3.__bases__])
tm11.insert(-2, len(v10))
print(gc.is_tracked(v8))
v9[8] = tm11 + [207]
tm11.append(v12 + 40577)
v13 = 30
r14 = f1()
print(r14)
print(sys.getrefcount(MA3), sys.getrefcount(MB3), sys.getrefcount(MC3), sys.getrefcount(MD3), sys.getrefcount(Mix3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = v7.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm15
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
if tm11:
    tm11[0] = v6.capitalize()
del r4
v9["k2"] = repr(v8)
print(sys.getrefcount(v9))
print(len(v6))
v10.insert(-2, v12 % 5)
if tm11:
    tm11[0] = "-".join(str(e) for e in tm11)
v16 = {"k0": "-".join(str(e) for e in v10), "k1": 1022530296}
v16[1] = "hello"
v17 = {150: v5 * -2, 41: -v13, -4: 1699166574, 17: 1593769651, 88: v12 * -2}
acc18 = []
for i in range(10):
    acc18.append(str(i))
print(len(acc18), acc18[-3:])
v17["k2"] = v5 * 5
print(sys.getsizeof(v10))
v9.update({0: 9})
v19 = "-".join(str(e) for e in acc18)
print(gc.is_tracked(tm11))
v20 = {"k0": v7.replace("l", "L"), "k1": 17609, "k2": repr(v9), "k3": -v13, "k4": str(v8), "k5": v5 // 2, "k6": 2125334490}
v9["k0"] = list(range(8))
print(sys.getsizeof(v8))
print(gc.collect())

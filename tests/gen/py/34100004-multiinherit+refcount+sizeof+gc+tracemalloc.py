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
mi9 = MD2(x=1)
print(mi9.who(), mi9.a, isinstance(mi9, MB2), isinstance(mi9, (MC2, int)))
v10 = {}
print(sys.getsizeof(v7))
v11 = 3.141592653589793
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = [-84877, v5 // 1, 166, 888771063, -8185, -v5, 1066970726]
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
v13 = 64994
print(sys.getsizeof(v5))
print([k.__name__ for k in MD3.__mro__], [b.__name__ for b in MD3.__bases__])
tm12.append("  pad  ")
v5 = -24738
print([k.__name__ for k in MD2.__mro__], [b.__name__ for b in MD2.__bases__])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = f"<{v11}>"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v15 = 30
r16 = f1()
print(r16)
print(sys.getrefcount(MA3), sys.getrefcount(MB3), sys.getrefcount(MC3), sys.getrefcount(MD3), sys.getrefcount(Mix3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = tm14.split()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc18 = []
i = 0
while i < 21:
    if i % 5 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
print(v10.pop("k4", None))
tm12.append(str(v11))
print(sys.getsizeof(v13))
v19 = float(v15)
print(sys.getsizeof(v5))
tm17.insert(-2, v13 % 5)
tm17.insert(-1, v13 + 158641572)
acc20 = []
for i in range(3):
    acc20.append((i, i))
print(len(acc20), acc20[-3:])
print(sys.getsizeof(v11))
print(v6)
acc21 = []
for i in range(17):
    acc21.append(i * 1000)
print(len(acc21), acc21[-3:])
tm17.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = "  pad  "
tm22 = [tm22 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc20.append(-v15)
mi23 = MD2()
print(mi23.who(), mi23.a, isinstance(mi23, MB2), isinstance(mi23, (MC2, int)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = v7 + "中文"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm12 = tm14.split()
acc18 = v6.split()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = f"<{v5}>"
tm25 = [tm25 for _ in range(4)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.collect())

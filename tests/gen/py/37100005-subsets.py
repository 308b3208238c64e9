# gen.py 37100005 --features subsets,core --stmts 40
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
r1 = f1()
print(r1)
r2 = f1()
print(r2)
v3 = ()
print(len(v3))
v4 = -8268
v5 = [len(v3), 50, len(v3)]
if v5:
    v5[0] = "Hello World"
v6 = [v4 % 10, -64507, v4 % 10, -v4, v4 % 2, v4 * 3, v4 * 6]
acc7 = []
for i in range(21):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
del v6
v8 = str(v4)
r9 = f1()
print(r9)
print(type(v4).__name__)
print(len(v3))
v10 = v4 % 2
v11 = ()
class SetSub1(set):
    def __init__(self, v=(), tag=None):
        super().__init__(v)
        try:
            self.tag = tag
        except AttributeError as e:
            print('AttributeError', e)
    def __repr__(self):
        return '<SetSub1 ' + set.__repr__(self) + '>'
    def size(self):
        return len(self) * 10
    pass
print(SetSub1.__mro__, SetSub1.__base__ is set)
v12 = 1e10
print(v5)
ss13 = SetSub1(range(5))
print(repr(ss13), str(ss13), len(ss13), isinstance(ss13, set), type(ss13) is set)
del r2
acc7 = [[j] * 2 for j in range(1)]
v5.reverse()
print(v8)
if v5:
    print(v5.pop())
v14 = ()
v15 = (float(v10), v4 / -8, str(v4))
v16 = 3.141592653589793
print(type(v8).__name__)
print(v15)
v8 = "UPPER"
ss17 = SetSub1([1, 2, 3])
import tracemalloc
tracemalloc.start()
ss_c0 = tracemalloc.get_traced_memory()[0]
st18 = [SetSub1({7, 8}) for _ in range(5)]
ss_c1 = tracemalloc.get_traced_memory()[0]
del st18
print('tm', ss_c1 - ss_c0, tracemalloc.get_traced_memory()[0] - ss_c1)
print(len(acc7))
acc7.append(v10 % 5)
ss19 = SetSub1(range(5))
try:
    ss19.update('xy')
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    ss19.add(4)
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
print(repr(ss19), getattr(ss19, 'tag', '-'), sys.getsizeof(ss19))
class SetSub2(set):
    def __init__(self, v=(), tag=None):
        super().__init__(v)
        try:
            self.tag = tag
        except AttributeError as e:
            print('AttributeError', e)
    pass
print(SetSub2.__mro__, SetSub2.__base__ is set)
v5.insert(1, v4 // 7)
v8 = v8[1:8]

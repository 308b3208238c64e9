# benchmark: 100000 instances of a plain class and of a __slots__ class
import sys
class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
        self.y = x * 2
ps = [P(i) for i in range(100000)]
ss = [S(i) for i in range(100000)]
print(sum(p.y for p in ps), sum(s.y for s in ss))
print(sys.getsizeof(ps[0]), sys.getsizeof(ss[0]))  # 56 48
ps = None
ss = None
print("freed")

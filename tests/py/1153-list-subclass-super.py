# Methods overriding list's: super().append inside an append, list's own
# C code calling none of them (extend and insert do not call append),
# __init__ passing its arguments on to list's, __repr__ and __len__.
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)

l = Logged([1])
l.append(2)
l.extend([3, 4])
l.insert(0, 0)
l += [5]
print(l)

class Range(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n

r = Range(3)
print(r, r.n)
list.__init__(r, "ab")
print(r, r.n)
r.__init__(2)
print(r, r.n)

class Shown(list):
    def __repr__(self):
        return "Shown" + super().__repr__()

    def __len__(self):
        return 42

s = Shown("xy")
print(s, str(s), f"{s!r}", len(s), bool(Shown()), list(s))

class Args(list):
    def __init__(self, *args):
        super().__init__(args)

print(Args(1, 2, 3), Args())

# Freeing a deep chain of list and dict subclass instances goes through
# subtype_dealloc's trashcan (list's own is not counted for them), with
# __del__ running in CPython's order.
class T(list):
    pass

t = T()
for i in range(100000):
    t = T([t])
del t
print("list chain freed")

class D(dict):
    def __del__(self):
        if self.n % 100 == 0:
            print("del", self.n)

d = {}
for i in range(500):
    d = D(x=d)
    d.n = i
del d
print("dict chain freed")

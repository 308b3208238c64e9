# A class attribute's old value whose __del__ runs while the assignment
# replacing it is under way (and reads the attributes of the class) after
# the attribute had been looked up: heapviz forgets its lookups before the
# old value goes, where CPython 3.11 forgets them only after the whole
# assignment (so python3 can still see the old value there), hence the
# __del__ here reads another attribute, which both answer alike; the
# replacements continue through a subclass and a deleted attribute.
class A:
    pass
class Sub(A):
    pass
class Old:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, Sub.other, hasattr(Sub, "gone"))
A.other = "first"
A.x = Old(1)
print(Sub.x.n, Sub().x.n)
A.other = "second"
A.x = Old(2)
print(Sub.x.n)
A.gone = 1
print(Sub.gone, Sub().gone)
del A.gone
A.x = 3
print(Sub.x, Sub().x)

# global and nonlocal statements: a block's first directive makes its
# symbol table entry a list of directives.
import gc
total = 0
def add(x):
    global total
    total += x
def reset():
    global total
    total = 0
def make():
    v = 0
    def bump():
        nonlocal v
        v += 1
        return v
    return bump
add(3)
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

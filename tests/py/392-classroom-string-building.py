# Classroom: building strings: += on a local with one reference grows in place (the id stays while the
# block has room), on a global or an aliased string it copies; ''.join and f-strings; sys.intern.
import sys, tracemalloc

def id_changes(ids):
    return sum(1 for i in range(1, len(ids)) if ids[i] != ids[i - 1])

def grow_local(n):
    s = "start"
    ids = []
    for i in range(n):
        s += "."
        ids.append(id(s))
    return id_changes(ids)

def grow_aliased(n):
    s = "start"
    keep = []
    ids = []
    for i in range(n):
        keep.append(s)
        s += "."
        ids.append(id(s))
    return id_changes(ids)

print("local:", grow_local(100), "aliased:", grow_aliased(100))
g = "start"
gids = []
for i in range(100):
    g += "."
    gids.append(id(g))
print("global:", id_changes(gids), len(g), sys.getsizeof(g))

def concat(n):
    out = ""
    for i in range(n):
        out += str(i)
    return out
def joined(n):
    return "".join([str(i) for i in range(n)])
def fstr(n):
    return "".join(f"{i}" for i in range(n))
print(concat(200) == joined(200) == fstr(200))
tracemalloc.start()
for build in [concat, joined, fstr]:
    r = build(2000)
    print(build.__name__, tracemalloc.get_traced_memory())
    del r
    tracemalloc.reset_peak()
tracemalloc.stop()

a = "hello world"
c = "".join(["hello", " ", "world"])
print(a == c, a is c, sys.intern(c) is a)
name = "py"
f1 = f"{name}thon"
f2 = f"{name}thon"
print(f1 == f2, f1 is f2, sys.intern(f1) is sys.intern(f2), sys.getsizeof(f1))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))

#= Free lists: CPython keeps freed floats, tuples, lists and dicts for reuse, skipping the allocator
import sys

n = 1
#: A freed float goes on the float free list; the next float reuses the same memory.
#: (Floats computed at run time: literals are constants, kept alive by the code.)
x = n + 0.5
old = id(x)
del x
y = n + 1.5
print("new float reuses the freed one:", id(y) == old)

#: Tuples have one free list per length (1 to 19 items).
t = (n, "a")
old = id(t)
del t
u = (n, "b")
print("new 2-tuple reuses the freed one:", id(u) == old)
#: A tuple of another length comes from another list.
v = (n, n, n)
print("a 3-tuple does not:", id(v) == old)

#: Lists and dicts keep up to 80 freed headers each; their item storage is freed normally.
a = [1, 2, 3]
old = id(a)
del a
b = [4]
print("new list reuses the freed header:", id(b) == old)
d = {"k": 1}
old = id(d)
del d
e = {"j": 2}
print("new dict reuses the freed one:", id(e) == old)

#: Free lists are last in, first out: the most recently freed object is reused first.
p = n + 0.25
q = n + 1.25
pid = id(p)
qid = id(q)
del p
del q
r = n + 2.25
print("LIFO: the new float took q's place:", id(r) == qid, "and not p's:", id(r) == pid)

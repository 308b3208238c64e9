# str() of a str subclass's instance, and the methods that would return
# the string unchanged (strip, replace, ljust, ...), copy it as
# _PyUnicode_Copy does: PyUnicode_New(length, max char), a new str even
# for one Latin-1 character (never the cached singleton), "" when empty.
# Found by gen.py's newsub (seed 34000169: a peak 74 bytes under).
import tracemalloc
class S(str):
    pass
u = S("\xfc")
a = S("a")
e = S("")
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
x = str(u)
c1 = tracemalloc.get_traced_memory()[0]
y = a.strip()
c2 = tracemalloc.get_traced_memory()[0]
print(c1 - c0, c2 - c1, type(x).__name__, type(y).__name__)
print(x is chr(0xfc), y is chr(97), str(e) is chr(97)[1:], a.replace("z", "q") is chr(97))
z = [str(S("\u20ac")), S("b").ljust(1), S("\xe9").center(0)]
print(z, [type(t).__name__ for t in z], z[1] is chr(98))

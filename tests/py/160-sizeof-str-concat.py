# strings built by concatenation, join, repetition and slicing: sizes depend only on the result
import sys
s = ""
sizes = []
for i in range(10):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof("-".join(["a", "b", "c"])), sys.getsizeof("abc" * 20), sys.getsizeof(("x" * 50)[10:20]))
u = "\u00e9" * 3 + "abc"
print(sys.getsizeof(u), sys.getsizeof(u[3:]), sys.getsizeof(u.upper()))
print(sys.getsizeof(str(2 ** 100)), sys.getsizeof(repr(1.5)), sys.getsizeof(hex(255)))

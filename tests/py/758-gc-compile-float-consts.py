# Float, complex and negative-zero constants: each distinct one has a
# key tuple in the compiler's constant cache, repeated ones a key made
# and freed at once.
import gc
a = 1.5
b = 2.5
c = 1.5
d = -0.0
e = 0.0
f = 3.25 + 1.5
g = 2j
h = 1.5 * 2.5
def area(r):
    return 3.14159 * r * r
def scale(x):
    return x * 1.5 + 0.5
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

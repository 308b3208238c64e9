# Big-int products past Karatsuba's cutoff (70 digits of 30 bits; 140 when
# an int is squared): the halves, sums and partial products CPython makes
# and frees on the way show in tracemalloc's peak.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

tracemalloc.start()
a = 3 ** 1400          # 74 digits
b = 7 ** 1500          # 141 digits
c = (1 << 9000) - 1    # 300 digits
t = 10 ** 2000         # its low digits are zero: a low half normalizes to 0
measure("below the cutoff", lambda: a * 12345678901234567890)
measure("balanced", lambda: a * b)
measure("square of one object", lambda: b * b)
b2 = b + 0
measure("equal values, two objects", lambda: b * b2)
measure("lopsided", lambda: a * c)
measure("zero halves", lambda: t * t)
measure("negative", lambda: -c * b)
measure("pow 2", lambda: c ** 2)
measure("pow 3", lambda: pow(b, 3))
measure("pow mod", lambda: pow(c, 65537, t + 1))
x = c
def square_in_place():
    global x
    x *= x
    return x
measure("in place", square_in_place)
p = a * b * c
print(p % 1000003, p.bit_length(), (c * c) % 99991)
print(sum(range(10)) * t == t * 45)

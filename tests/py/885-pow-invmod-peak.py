# pow(a, -1, m) with no inverse: long_invmod runs the whole extended Euclid
# (each quotient, remainder and product an int object) before it raises
# ValueError, so tracemalloc's peak counts those temporaries.  A negative
# modulus or exponent is copied (_PyLong_Copy) and negated in place: for
# -256..-6 that copy is an object of its own, not the cached small int.
import tracemalloc

tracemalloc.start()
for bits, tens in [(2350, 1333), (100, 100), (3000, 1), (600, 100)]:
    a = (1 << bits) - 1
    m = 10 ** tens + 2
    for x, e, y in [(a, -1, m), (m, -1, a), (a, -1, -m), (-a, -1, m), (a, -1, -13), (a, -7, -11), (a, -3, 7)]:
        tracemalloc.reset_peak()
        c0, p0 = tracemalloc.get_traced_memory()
        try:
            r = pow(x, e, y)
        except ValueError as err:
            r = str(err)
        c1, p1 = tracemalloc.get_traced_memory()
        print(bits, tens, e, c1 - c0, p1 - p0, r if isinstance(r, str) else r % 1000003)
        del r
tracemalloc.stop()

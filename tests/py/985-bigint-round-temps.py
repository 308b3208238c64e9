# round(int, -n): long_round negates n, makes 10**n (long_pow), then
# _PyLong_DivmodNear's quotient, remainder, twice the remainder and the
# fixed-up pair, then self - remainder; builtin round binds int.__round__
# (a builtin method alive for the call).  Each is an object in CPython's
# order: tracemalloc's peak and the reused blocks show them.
a = 12345678901234567890123456789012345678901234567890
u = a + 1
old = id(u)
del u
r = round(a, -20)
w = a + 1
print("block reused:", id(w) == old)
import tracemalloc
tracemalloc.start()


def peak_of(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, r)


peak_of("-1", lambda: round(a, -1))
peak_of("-10", lambda: round(a, -10))
peak_of("-25", lambda: round(a, -25))
peak_of("-49", lambda: round(a, -49))
peak_of("-60", lambda: round(a, -60))
peak_of("neg -3", lambda: round(-a, -3))
peak_of("tie even", lambda: round(2500, -3))
peak_of("tie odd", lambda: round(3500, -3))
peak_of("neg tie", lambda: round(-2 ** 70 - 50, -2))
peak_of("medium", lambda: round(123456789, -4))
peak_of("small", lambda: round(17, -1))
peak_of("ndigits big", lambda: round(a, -300))
peak_of("zero", lambda: round(a, 0))
peak_of("float", lambda: round(2.5))
peak_of("float digits", lambda: round(2.675, 2))
peak_of("bool", lambda: round(True, -1))

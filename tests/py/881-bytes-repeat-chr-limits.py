# bytes_repeat's overflow checks and its new object for an empty result;
# chr() takes a C int (_PyLong_AsInt) before checking the code point.
import tracemalloc

x = b'ab'
e = b''
tracemalloc.start()
y = x * 0
z = x * -3
print(tracemalloc.get_traced_memory())
print(y == e, y is e, z is e, e * 5 is e, x * 1 is x, len(y))
tracemalloc.stop()
for f in (lambda: b'ab' * 2**62, lambda: b'x' * 2**63, lambda: chr(2**70),
          lambda: chr(-2**40), lambda: chr(2**31), lambda: chr(2**31 - 1)):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__, exc)

# bin() and oct() as hex(): __index__, the 0b/0o prefix, signs, big ints,
# the str they make, and their argument errors.
import sys, tracemalloc
for x in (0, 1, -1, 5, 255, -256, 2**30, 2**64 + 3, -(2**100), True):
    print(bin(x), oct(x), hex(x))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()))
tracemalloc.start()
s = bin(2**200)
print(tracemalloc.get_traced_memory()[0], sys.getsizeof(s))
for bad in (1.5, 'x', None):
    try:
        oct(bad)
    except TypeError as e:
        print(e)
try:
    bin()
except TypeError as e:
    print(e)
try:
    bin(1, 2)
except TypeError as e:
    print(e)
try:
    bin(x=1)
except TypeError as e:
    print(e)

# The small int 0: CPython 3.11's own objects hold a measured number of
# references to it (heap/staticrefs.inc), whichever way the program gets it.
import sys
r = sys.getrefcount
print(r(0) - 1000000000)
z = int("0")
print(z is 0, r(z) - 1000000000)
zs = [0] * 10
print(r(0) - 1000000000)
del zs
print(r(0) - 1000000000, r(1) - 1000000000, r(-1) - 1000000000)

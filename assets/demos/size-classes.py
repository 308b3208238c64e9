#= pymalloc size classes: every request up to 512 bytes is rounded up to a multiple of 16
#% view heap
import sys

#: Small objects do not go to the system malloc: pymalloc serves them from 32 size classes.
#: A request of n bytes gets a block of the next multiple of 16 (16, 32, ... 512).
def block(n):
    if n > 512:
        return "malloc (large)"
    return str((n + 15) // 16 * 16) + "-byte block"

#: Each object's size decides its class. An int of one 30-bit digit is 28 bytes: a 32-byte block.
for value in [1, 2 ** 30, 2 ** 60, 2 ** 90]:
    print(f"int {value}: {sys.getsizeof(value)} bytes -> {block(sys.getsizeof(value))}")
#: Strings grow one byte per ASCII character, so they walk through the classes.
for n in [1, 8, 24, 100, 480, 600]:
    s = "x" * n
    print(f"str of {n:3} chars: {sys.getsizeof(s):3} bytes -> {block(sys.getsizeof(s))}")
#: A tuple is a 24-byte header plus 8 bytes per item, after the collector's 16-byte header
#: (getsizeof counts it): one item takes a 48-byte block.
for n in [1, 2, 3, 4]:
    t = tuple(range(n))
    print(f"tuple of {n}: {sys.getsizeof(t)} bytes -> {block(sys.getsizeof(t))}")
#: Objects above 512 bytes skip pymalloc and are listed apart in the heap map.
big = "y" * 1000
print("a 1000-char str:", sys.getsizeof(big), "bytes ->", block(sys.getsizeof(big)))

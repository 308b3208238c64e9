# A one-byte bytes is CPython's static singleton when it comes through
# PyBytes_FromStringAndSize with its data (a literal, a slice, an index
# range, a list through the bytes writer), and a new object when bytes()
# reads a tuple (_PyBytes_FromTuple makes the result first, then fills it).
# sys.getrefcount counts the references the interpreter's own objects hold
# to the singletons (a few, such as b'(' and b',', are held by code
# objects' tables and grow with the program: not measured here).
import sys
r = sys.getrefcount
one = bytes([97])
literal = b'a'
ab, xa = b'ab', b'xa'
print(one is literal, ab[:1] is one, xa[1:] is one)
from_tuple = bytes((97,))
again = bytes((97,))
print(from_tuple is one, from_tuple is again, from_tuple == one, r(from_tuple), r(again))
print([r(bytes([i])) - 1000000000 for i in (0, 10, 32, 65, 97, 120, 255)])
empty = bytes(())
print(empty is bytes(), bytes([]) is empty)
try:
    bytes((97, 300))
except ValueError as e:
    print(e)
print(len(bytes((1, 2, 3))), sys.getsizeof(bytes((1,))), sys.getsizeof(bytes([1])))

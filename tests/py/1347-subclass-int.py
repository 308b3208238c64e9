# class Even(int): long_subtype_new copies the digits (at least one, so
# Even(0) has one) into an object whose __dict__ pointer follows them
# (tp_dictoffset -8, no __weakref__ slot); small ints are not shared;
# arithmetic gives exact ints; nonempty __slots__ is python3's TypeError.
import sys, gc, tracemalloc
class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError("odd")
        return super().__new__(cls, n)
class Plain(int):
    __slots__ = ()
e = Even(4)
print(e, repr(e), type(e + 2).__name__, e + 2, e * 3, -e, e // 3, e % 3, e << 1, e & 6, e == 4, hash(e) == hash(4))
print(type(+e).__name__, type(abs(e)).__name__, int(e), type(int(e)).__name__, [0, 1, 2, 3, 4, 5][e], range(e), str(e), f"{e:03d}", hex(e))
try:
    Even(3)
except ValueError as x:
    print("ValueError", x)
print(Even(0), Even(-10), Even(2**70), Even(4) is Even(4), Plain(5) is Plain(5))
print(sys.getsizeof(Even(0)), sys.getsizeof(Even(2**70)), sys.getsizeof(Plain(1)), gc.is_tracked(e), gc.is_tracked(Plain(1)))
e.tag = "four"
print(e.tag, vars(e), isinstance(e, int), type(e).__mro__, Plain(7).__class__.__name__)
try:
    class S(int):
        __slots__ = ("a",)
except TypeError as x:
    print("TypeError:", x)
try:
    class S2(int):
        __slots__ = ("__dict__",)
except TypeError as x:
    print("TypeError:", x)
class S3(Even):
    __slots__ = ()
print(S3(2), sys.getsizeof(S3(2)))
tracemalloc.start()
xs = [Even(2 * i) for i in range(30)]
print(tracemalloc.get_traced_memory())
ys = [Plain(i) for i in range(30)]
print(tracemalloc.get_traced_memory())
del xs, ys
print(tracemalloc.get_traced_memory()[0])
print(Plain("12"), Plain("ff", 16), int.__new__(Plain, 9), Plain(True), type(Plain(True)).__name__)

# sys.exit and SystemExit: the raw exception a handler normalizes, its
# code (one argument, the args tuple for more, None for none), references
# the code keeps, the argument errors, and an uncaught one whose message
# goes to stderr with status 1 and no traceback, finalizers after it.
import sys
import gc
import tracemalloc


class Noisy:
    def __del__(self):
        print("Noisy finalized")


keep = Noisy()

for args in [(), (3,), ("bye",), ((1, 2),), (None,), ([4, 5],)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args, repr(e), str(e) == str(e.code) if args else str(e))

try:
    raise SystemExit(7, "x")
except SystemExit as e:
    print(e.code is e.args, gc.is_tracked(e))
    code = e.code
    before = sys.getrefcount(code)
    e.code = "changed"
    print(e.code, sys.getrefcount(code) == before - 1)
    del e.code
    print(e.code)

payload = [1, 2, 3]
try:
    sys.exit(payload)
except SystemExit as e:
    print(sys.getrefcount(payload), e.code is payload, e.code in gc.get_referents(e))
print(sys.getrefcount(payload))

for bad in [(1, 2), ()]:
    try:
        sys.exit(*bad, **({} if bad else {"status": 1}))
    except TypeError as err:
        print("TypeError:", err)


class Quit(SystemExit):
    def __init__(self, why):
        super().__init__("quit: " + why)
        self.why = why


try:
    raise Quit("done")
except SystemExit as e:
    print(repr(e.code), e.why, isinstance(e, BaseException), isinstance(e, Exception))

tracemalloc.start()
try:
    sys.exit(12345678901234567890)
except SystemExit as e:
    print(e.code)
print(tracemalloc.get_traced_memory())
tracemalloc.stop()


def leave(n):
    try:
        if n:
            leave(n - 1)
        else:
            sys.exit("leaving from depth 3")
    finally:
        print("finally at", n)


print("before")
leave(3)
print("never")

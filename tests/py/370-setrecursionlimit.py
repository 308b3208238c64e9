# sys.setrecursionlimit (sys_setrecursionlimit_impl): _PyLong_AsInt, at least 1,
# above the depth counted now (the call itself included), then the new limit.
import sys
print(sys.getrecursionlimit())
for a in [0, -5, 1, 2, 3, 2.5, "x", 10**30, 2**31, 2**31-1, True]:
    try:
        print(repr(a)[:20], sys.setrecursionlimit(a), sys.getrecursionlimit())
    except Exception as e:
        print(repr(a)[:20], type(e).__name__, e)
sys.setrecursionlimit(1000)
def f(n):
    if n == 0:
        for k in (n+5, 30, 31, 32, 33):
            try:
                sys.setrecursionlimit(k); print("ok", k)
            except RecursionError as e:
                print(e)
        return
    f(n-1)
f(29)
sys.setrecursionlimit(1000)
class A:
    def __init__(self, n):
        if n:
            A(n-1)
        else:
            for k in (60, 61, 62, 63, 64):
                try:
                    sys.setrecursionlimit(k); print("ok", k)
                except RecursionError as e:
                    print(e)
A(30)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit()
except TypeError as e: print(e)
try:
    sys.setrecursionlimit(limit=5)
except TypeError as e: print(e)
try:
    sys.setrecursionlimit(1,2)
except TypeError as e: print(e)

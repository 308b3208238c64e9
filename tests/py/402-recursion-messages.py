# RecursionError at CPython's limit, with the message of the check that
# trips first (Python frames, C calls, repr, comparison)
import sys
print(sys.getrecursionlimit())
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(e)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(e)
class E:
    def __eq__(self, o):
        return [self] == [o]
try:
    E() == E()
except RecursionError as e:
    print(e)
class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print(e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(1) > 900)
def g(n):
    return g(n + 1)
g(0)

# How deep can recursion go?  The limit is 1000 frames, the module's
# included.  Once a function is warm, CPython 3.11 specializes its
# `n <= 1` (an int comparison followed by a conditional jump) into
# COMPARE_OP_INT_JUMP, which compares without PyObject_RichCompare's
# recursion check: only the call itself can hit the limit, one frame
# deeper, and the message has no " in comparison".
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

for n in (10, 998, 999, 1000):
    try:
        print(n, len(str(fact(n))), "digits")
    except RecursionError as e:
        print(n, "RecursionError:", e)
for n in (998, 999):
    try:
        print(n, count_down(n))
    except RecursionError as e:
        print(n, "RecursionError:", e)

def compare_strings(s, depth):
    if s < "b":                     # str < str stays generic: it checks
        return compare_strings(s, depth + 1)
    return depth

try:
    compare_strings("a", 0)
except RecursionError as e:
    print("strings:", e)
print(sys.getrecursionlimit())

# A chain of 1000 exceptions is too deep for python3's report: each link
# is one print_chained level (_Py_EnterRecursiveCall) inside the call of
# sys.excepthook, so the deepest exception would be printed past the
# recursion limit.  The RecursionError makes _PyErr_Display give up: it
# dumps the uncaught exception (_PyObject_Dump: address, refcount with
# sys.last_value's reference, type, repr) and writes "lost sys.stderr".
import sys

print(sys.getrecursionlimit())
e = ValueError("first")
for k in range(1, 1000):
    nxt = KeyError(k)
    nxt.__context__ = e
    e = nxt
del nxt
print("chain built")
raise e

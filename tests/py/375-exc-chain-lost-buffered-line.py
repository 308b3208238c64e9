# A chain one link too long for a lowered recursion limit: the deepest
# exception's first line ("Traceback (most recent call last):") reaches
# sys.stderr's BufferedWriter but not its raw write (TextIOWrapper.write,
# flush, FileIO.write: three levels), so the report is lost
# (_PyObject_Dump, "lost sys.stderr") and that line comes out after it, at
# _PyErr_Display's final flush.
import sys

sys.setrecursionlimit(40)


def link(k, prev):
    try:
        if prev is None:
            raise ValueError("bottom")
        raise prev
    except Exception:
        raise KeyError(k)


def build(n):
    prev = None
    for k in range(n):
        try:
            link(k, prev)
        except KeyError as e:
            prev = e
    return prev


try:
    raise build(36)
except KeyError as e:
    print("built", e)
raise build(37)

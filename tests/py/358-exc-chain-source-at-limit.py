# A chain just inside a lowered recursion limit: python3 prints it whole,
# one print_chained level per link, but the deepest exception's source
# lines are left out (quoting a line opens the file through io, four
# levels deeper than its report, and that RecursionError is ignored).
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
raise build(36)

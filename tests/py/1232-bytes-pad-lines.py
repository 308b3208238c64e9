# expandtabs, splitlines, rsplit, center, ljust, rjust and zfill, shared by
# bytes and bytearray as stringlib has them: a bytes is its own only piece
# or result where nothing changes, a bytearray never (a new one, a copy);
# argument errors worded by each type; the peaks of a bytearray's.
import sys
import tracemalloc

for T in (bytes, bytearray):
    s = T(b'ab\tc\r\nd e\nf')
    print(T.__name__, s.expandtabs(), s.expandtabs(4), s.splitlines(), s.splitlines(True), s.rsplit(), s.rsplit(b'\n', 1))
    one = T(b'xyz')
    print(one.splitlines()[0] is one, one.rsplit()[0] is one, one.rsplit(b'q')[0] is one, one.center(2) is one,
          one.zfill(3) is one, one.ljust(-1) is one, one.expandtabs() is one)
    print(one.center(7, b'*'), one.ljust(5), one.rjust(6, T(b'.')), T(b'-12').zfill(6), T(b'+3').zfill(1), T(b'7').zfill(4))
    print(type(one.center(2)).__name__, sys.getsizeof(one.center(9)), sys.getsizeof(one.zfill(2)), T(b'a b  c ').rsplit(None, 1))
    for bad in (lambda: one.center('x'), lambda: one.center(5, b'ab'), lambda: one.zfill(), lambda: one.rsplit(b''),
                lambda: one.splitlines(keepends='x'), lambda: one.expandtabs(tabsize=2.0), lambda: one.ljust()):
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
tracemalloc.start()


def m(label, f):
    tracemalloc.reset_peak()
    x = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(label, c - x, p - x)
    return r


ba = bytearray(b'line one\nline two\r\nthree\tx')
m('splitlines', lambda: ba.splitlines())
m('rsplit', lambda: ba.rsplit())
m('rsplit2', lambda: ba.rsplit(b'e', 2))
m('expand', lambda: ba.expandtabs())
m('center', lambda: ba.center(40))
m('same', lambda: ba.center(4))
m('zfill', lambda: ba.zfill(30))

# _PyArg_BadArgument: "f() argument must be str, not T", None named None and
# a type's name cut at 50 characters, through PyErr_Format's writer; and
# str.center's fill character (convert_uc's own words) and ord()'s own
# PyErr_Format.
import sys
import tracemalloc
tracemalloc.start()


def peak(label, f):
    """The message f raises and the peak over the memory before it."""
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        f()
        msg = "no error"
    except TypeError as e:
        msg = str(e)
    print(label, "|", msg, "|", tracemalloc.get_traced_memory()[1] - base)


class Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz:
    pass


peak("intern none", lambda: sys.intern(None))
peak("intern long", lambda: sys.intern(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("format", lambda: format(1, None))
peak("format long", lambda: format(1, Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("fromhex", lambda: bytes.fromhex(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("__format__", lambda: object().__format__(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("int __format__", lambda: (5).__format__(None))
peak("write", lambda: sys.stdout.write(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("encode", lambda: "a".encode(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("removeprefix", lambda: "a".removeprefix(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("replace 1", lambda: "a".replace(None, "b"))
peak("replace 2", lambda: "a".replace("a", Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("center", lambda: "a".center(3, None))
peak("ljust", lambda: "a".ljust(3, b"x"))
peak("ord long", lambda: ord(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("ord length", lambda: ord("ab"))

# A method descriptor or slot wrapper called without a self of its type:
# method_check_args names the method by _PyObject_FunctionStr (the
# descriptor's __qualname__, made once and kept), descr_check and
# wrapperdescr_call cut the type names at 100 characters (%.100s).
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


peak("bit_length", lambda: int.bit_length())
peak("bit_length again", lambda: int.bit_length())
peak("append kw", lambda: list.append(zz=1))
peak("keys", lambda: dict.keys())
peak("conjugate", lambda: complex.conjugate())
peak("sizeof", lambda: object.__sizeof__())
peak("join long", lambda: str.join(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz(), "a"))
peak("add long", lambda: int.__add__(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz(), 1))
peak("len long", lambda: list.__len__(Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz()))
peak("len none", lambda: list.__len__())

# Format errors made through PyErr_Format (the writer's buffer, a str per
# %s): %-formatting's unsupported character, str.format's replacement
# index (after PySequence_GetItem's own IndexError, cleared first) and
# conversion, an unknown encoding; tracemalloc's peak shows the buffer.
import tracemalloc
tracemalloc.start()
def big(n=400):
    return "q" * n
class C:
    __slots__ = ("a",)
cases = [('pctchar', lambda: ("%" + "y").__mod__(big())), ('pctbytes', lambda: (b"%y").__mod__(b"x" * 300)), ('pctnp', lambda: "%\x07" % (big(),)),
         ('fmtrepl', lambda: "{5}".format(big(), big())), ('fmtrepl2', lambda: "{1}".format(big())),
         ('fmtconv', lambda: "{0!z}".format(big())), ('fmtconv2', lambda: "{0!\u00e9}".format(big())),
         ('encoding', lambda: big().encode("nope-" + big(50))), ('decoding', lambda: b"abc".decode("zz" + big(5)))]
for label, fn in cases:
    for k in range(2):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            fn()
        except Exception as e:
            m = type(e).__name__ + ": " + str(e)[:60]
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, m)
try:
    class D:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)

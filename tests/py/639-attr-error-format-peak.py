# A missing attribute's AttributeError message is made by PyErr_Format
# (PyUnicode_FromFormatV: a writer buffer of len(format) + 100 characters
# and a temporary str for the %.50s type name) and, when a __getattr__ hook
# or getattr() with a default clears it at once, that buffer is the peak.
import tracemalloc


class Hooked:
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return name.upper()


class Plain:
    pass


class AVeryLongClassNameThatGoesOnAndOnForMoreThanFiftyCharacters:
    def __getattr__(self, name):
        return len(name)


h = Hooked()
lng = AVeryLongClassNameThatGoesOnAndOnForMoreThanFiftyCharacters()


def hook():
    return h.missing


def hook_long():
    return lng.x


def type_default():
    return getattr(Plain, "nope", None)


def type_hasattr():
    return hasattr(int, "nope")


def plain_default():
    return getattr(Plain(), "nope", 7)


cases = (hook, hook_long, type_default, type_hasattr, plain_default)
for fn in cases:
    fn()
tracemalloc.start()
for fn in cases + cases:
    tracemalloc.reset_peak()
    c0, p0 = tracemalloc.get_traced_memory()
    r = fn()
    c1, p1 = tracemalloc.get_traced_memory()
    print(fn.__name__, r, c1 - c0, p1 - p0)
    del r
print(lng.__nope__)
try:
    Plain().nope
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)

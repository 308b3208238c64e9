# A caught relative import: the ImportError's args, name and path, its
# references; the ImportWarning python3 issues first (its default filter
# ignores it) leaves __warningregistry__ = {'version': 0} in the globals
# (the globals' dict grows by it), makes the frame object early, and its
# objects come and go (the collector's count); the same in a class body.
import gc
import sys
gc.collect()


def f():
    try:
        from . import y
    except ImportError as e:
        return e


print(gc.get_count())
e = f()
print(gc.get_count(), sys.getrefcount(e), e.args, e.name, e.path)
print(type(e).__name__, e.__traceback__.tb_lineno, e.__context__)
del e
e = f()
print(gc.get_count())
print(sorted(globals()))
print(__warningregistry__, gc.is_tracked(__warningregistry__), sys.getrefcount(__warningregistry__))
print([id(object()) - id(object()) for i in range(2)])


class C:
    try:
        from ..pkg.mod import z, w
    except ImportError as err:
        print(repr(err), sys.getrefcount(err))


try:
    try:
        1 / 0
    except ZeroDivisionError:
        from . import q
except ImportError as err:
    print(repr(err), repr(err.__context__))

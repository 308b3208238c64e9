# Exceptions with several bases: class E(ValueError, KeyError) is caught
# by either, takes its str from KeyError (the first __str__ along the
# mro), its layout from ValueError; a mixin before an exception adds
# methods; the uncaught one's traceback.
import sys
class E(ValueError, KeyError):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = 1
for handler in (ValueError, KeyError, LookupError):
    try:
        raise E("boom")
    except handler as e:
        print(handler.__name__, repr(e), str(e), e.args, e.extra)
print([k.__name__ for k in E.__mro__], E.__base__, sys.getsizeof(E("x")))
class Described:
    def describe(self):
        return f"{type(self).__name__}: {self}"
class AppError(Described, RuntimeError):
    pass
try:
    raise AppError("bad", 2)
except RuntimeError as e:
    print(e.describe(), AppError.__base__, sys.getsizeof(e), isinstance(e, Described))
raise E("final")

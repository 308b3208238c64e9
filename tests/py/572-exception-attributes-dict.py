# Exceptions a program defines carry their own attributes: BaseException
# has a __dict__ (made on first use, an attribute assignment or a read of
# __dict__ / vars()), beside args, which is what str() and repr() show.
import gc
import sys

class AppError(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg

class Wrapped(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

class Quiet(Exception):
    def __init__(self):
        pass

for cls, args in [(AppError, (1, "bad")), (Wrapped, (2,)), (Quiet, ())]:
    e = cls(*args)
    print(cls.__name__, e.args, repr(str(e)), repr(e), sys.getsizeof(e), gc.is_tracked(e))
    print(vars(e), sys.getsizeof(vars(e)), vars(e) is e.__dict__)

plain = ValueError("plain")
print(plain.__dict__, len(gc.get_referents(plain)))
plain.hint = "check the input"
print(vars(plain), len(gc.get_referents(plain)), str(plain))
try:
    raise AppError(404, "not found")
except AppError as err:
    print(err.code, err.msg, err.args, sorted(err.__dict__))
    err.__dict__["retry"] = True
    print(err.retry, sys.getrefcount(err.__dict__))
k = KeyError("k")
print(type(k.__dict__).__name__, k.__dict__ == {}, gc.is_tracked(k.__dict__))
del e, plain, k
print(gc.collect())

# A class body's closing `return None` (or __classcell__) is artificial
# code without a line number: it takes RESUME's location after a `pass`
# on the class line, so `class A: pass` and `class BB: pass` share their
# co_linetable bytes and merge_const_one keeps one key for both.  The
# count is read before the classes run.
import gc
print(gc.get_count())
class A: pass
class BB: pass
class CCC: pass
class D:
    def m(self): return __class__
class EE:
    def m(self): return __class__

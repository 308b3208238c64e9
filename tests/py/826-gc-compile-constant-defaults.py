# Constant default values are LOAD_CONSTs and a BUILD_TUPLE that CPython's
# optimizer folds when the enclosing code is assembled, after the
# function's own code object is made: `def f(x=None)` makes its (None,)
# after f's co_consts (None,), which it merges into.  A class with
# __del__ and such an __init__ starts at python3's count.
import gc
print(gc.get_count())
class Pair:
    def __init__(self, other=None):
        self.other = other
        if other is not None:
            other.other = self
    def __del__(self):
        pass
print(gc.get_count())
p = Pair()
q = Pair(Pair())
print(gc.get_count(), Pair.__init__.__defaults__)
del q
print(gc.get_count(), gc.collect(), gc.get_count())

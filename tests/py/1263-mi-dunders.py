# Special methods and attributes found along the mro of a class with
# several bases: __repr__, __eq__ (and the __hash__ = None it implies),
# __len__, __bool__, __enter__/__exit__, __del__, __getattr__, a property
# and a classmethod from a mixin; the first base along the mro wins.
import gc
class Reprs:
    def __repr__(self): return f"<{type(self).__name__} {self.__dict__}>"
class Equal:
    def __eq__(self, other): return type(self) is type(other)
class Sized:
    def __len__(self): return 3
class Managed:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return True
class Dying:
    def __del__(self): print("del", type(self).__name__)
class Fallback:
    def __getattr__(self, name): return "missing:" + name
class Props:
    @property
    def twice(self): return 2 * len(self)
    @classmethod
    def make(cls): return cls()
class Thing(Reprs, Equal, Sized, Managed, Dying, Fallback, Props):
    def __init__(self): self.x = 1
t = Thing()
print(t, t == Thing(), t != 5, Thing.__hash__, len(t), bool(t), t.twice, t.nope)
print(type(Thing.make()).__name__)
with t as inside:
    raise KeyError("swallowed")
print(inside is t)
class Over(Sized, Reprs):
    def __len__(self): return 0
print(len(Over()), bool(Over()), Over())
del t, inside
gc.collect()
print("end")

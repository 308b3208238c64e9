# vars() as a student meets it: without an argument it is locals() (the
# module's globals, a function's f_locals, a class body's namespace); with
# one it is obj.__dict__, looked up without making an AttributeError.
import gc
import sys

class Config:
    defaults = {"debug": False}
    print("class body:", sorted(vars()))
    def __init__(self, **opts):
        self.name = "app"
        for k, v in opts.items():
            vars(self)[k] = v

c = Config(port=8080, debug=True)
print(vars(c), vars(c) is c.__dict__, sys.getsizeof(vars(c)))
c.__dict__["host"] = "localhost"
del vars(c)["debug"]
print(c.host, c.port, hasattr(c, "debug"), sorted(vars(c)))

def describe(x, y=2):
    total = x + y
    names = vars()
    print(sorted(names), names is locals(), names["total"])
    later = 1
    print(sorted(vars()), "later" in names)

describe(1)
print(vars() is globals(), "describe" in vars())
gc.collect()
before = gc.get_count()[0]
for thing in (5, "s", [1], None, len):
    try:
        vars(thing)
    except TypeError as e:
        print(type(thing).__name__, e, gc.get_count()[0] - before)
for bad in ((1, 2), ()):
    try:
        vars(*bad) if bad else print(len(vars()) > 5)
    except TypeError as e:
        print("TypeError:", e)
print(vars(Config)["defaults"], type(vars(Config)).__name__)

# gc.get_referents of a function and of a class, by type: CPython 3.11's
# func_traverse visits code, globals, builtins, module, defaults, doc,
# name, closure and qualname; type_traverse the dict, mro, bases and base.
import gc


def f(x, y=[5]):
    return x


def outer():
    z = 1

    def inner():
        return z
    return inner


class P:
    def m(self):
        pass


print([type(x).__name__ for x in gc.get_referents(f)])
print([type(x).__name__ for x in gc.get_referents(outer())])
print([type(x).__name__ for x in gc.get_referents(P().m)])
print([type(x).__name__ for x in gc.get_referents(P)])

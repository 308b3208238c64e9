# Inside functions: locals, arguments, closures and generators hold their
# own references to types, builtins and modules on top of CPython's.
import sys

r = sys.getrefcount


def count_locally():
    t = int
    f = len
    m = sys
    return r(int), r(len), r(sys)


print("in a function:", *count_locally())
print("after return:", r(int), r(len), r(sys))


def take(kind, func):
    return r(kind), r(func)


print("as arguments:", *take(str, print))


def make_counter():
    kind = list

    def inner():
        return r(kind)
    return inner


counter = make_counter()
print("held by a cell:", counter(), r(list))
del counter
print("cell gone:", r(list))


def gen():
    k = dict
    yield r(dict)
    yield r(k)


g = gen()
print("in a generator:", next(g), r(dict))
del g
print("generator gone:", r(dict))


def classes_inside():
    class Local:
        pass
    return r(object), r(type)


print("local class:", *classes_inside())
print("object now:", r(object))

# gc.get_referents of classes: CPython 3.11's type_traverse visits the
# class's dict, its mro, its bases and tp_base (`object` for a plain class,
# the base otherwise; `object` is a static type and lists nothing);
# nested classes, __slots__ (its tuple is not visited) and a cycle through a
# class found by the collector.
import gc


def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]


class A:
    pass


class B(A):
    x = 1


class C:
    pass


class S:
    __slots__ = ('a', 'b')


class Outer:
    class Inner:
        class Deepest:
            pass


for cls in (A, B, C, S, Outer, Outer.Inner, Outer.Inner.Deepest):
    refs = gc.get_referents(cls)
    print(cls.__name__, names(cls), refs[-1].__name__, [b.__name__ for b in refs[2]],
          [m.__name__ for m in refs[1]])
print(gc.get_referents(object), gc.get_referents(int))
print(sorted(k for k in gc.get_referents(Outer)[0] if not k.startswith('__')))
print(Outer.Inner in gc.get_referents(gc.get_referents(Outer)[0]))

gc.collect()
for i in range(20):
    class Temp(A):
        pass
    Temp.me = Temp
del Temp
print(gc.collect())

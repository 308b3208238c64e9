# A builtin type's method taken into a class: calling it on the class's
# instances (as a dunder slot, or looked up as an attribute) is refused by
# descr_check, not run on the wrong object
class C:
    __iter__ = dict.keys
    keys = dict.keys


class R:
    __repr__ = dict.copy


class L:
    __len__ = list.__len__


class F:
    __getattr__ = dict.get


for what in (lambda: iter(C()), lambda: C().keys, lambda: repr(R()), lambda: len(L()), lambda: F().x):
    try:
        what()
    except TypeError as e:
        print(e)
print(C.keys, C.__dict__["keys"] is dict.keys)

x = [1, (2, {3: "a"}), {4, 5}]
def f(a, b=2, *, c=3):
    return a + b
class C(object):
    __slots__ = ("x",)

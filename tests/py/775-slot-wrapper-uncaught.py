# an uncaught error from a slot wrapper: CPython's traceback
class A:
    def __repr__(self):
        return super().__repr__()[:3]
print(A())
print((3).__add__(4), list.__len__([1, 2]))
print(int.__add__('a', 1))

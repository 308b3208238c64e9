# Calling reversed is calling a built-in type through its vectorcall: no
# recursion check of its own (a builtin function such as abs has one), so
# it reaches as deep as len(); a class's __reversed__ it calls is a Python
# frame and counts; a sequence's __len__ too.
import sys


def down(n, f, arg):
    if n == 0:
        return f(arg)
    return down(n - 1, f, arg)


def deepest(f, arg):
    n = 0
    while True:
        try:
            down(n, f, arg)
        except RecursionError:
            return n
        n += 1


class Own:
    def __reversed__(self):
        return iter(())


class Seq:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


sys.setrecursionlimit(60)
print("len", deepest(len, (1,)))
print("abs", deepest(abs, 1))
print("reversed", deepest(reversed, (1,)))
print("reversed list", deepest(reversed, [1]))
print("reversed range", deepest(reversed, range(2)))
print("reversed dict", deepest(reversed, {1: 2}))
print("reversed __reversed__", deepest(reversed, Own()))
print("reversed __len__", deepest(reversed, Seq()))
print("enumerate", deepest(enumerate, (1,)))

# Frozenset constants in functions, a method and a lambda: each code
# object's co_consts holds the merger's frozenset; the same set in two
# functions is one cached constant.
import gc
print(gc.get_count())
def is_small(n):
    return n in {1, 2, 3}
def is_tiny(n):
    return n in {1, 2, 3}
def is_float(x):
    return x in {0.5, -0.0, 1e9}
class Colour:
    def ok(self, c):
        return c not in {(255, 0, 0), (0, 255, 0)}
odd = lambda n: n in {1, 3, 5, 7, 9}
print(is_small(2), is_tiny(5), is_float(0.0), Colour().ok((1, 2, 3)), odd(3))
print(gc.get_count())
for i in range(300):
    is_small(i)
print(gc.get_count())

# gc.get_referents of lambdas: functions named <lambda>, with no docstring
# (a lambda's first constant is never its __doc__), defaults and closures
# visited where a def's are.
import gc


def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]


square = lambda x: x * x
adder = lambda x, y=10: x + y


def scale(k):
    return lambda x: x * k


print(names(square))
print(names(adder))
print(names(scale(3)))
print(gc.get_referents(adder)[4], gc.get_referents(square)[4])

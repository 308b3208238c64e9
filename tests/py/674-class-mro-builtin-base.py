# __mro__ of classes over builtin bases other than object: the base's whole
# chain down to object; super() still finds methods of the classes between.
import sys


class Problem(ValueError):
    pass


class Detailed(Problem):
    def describe(self):
        return "detailed " + str(self)


class Narrow(Detailed):
    def describe(self):
        return "narrow, " + super().describe()


print(Problem.__mro__)
print(len(Detailed.__mro__), Detailed.__mro__[-1], Detailed.__mro__[2])
print(Narrow("x").describe())
print([c.__name__ for c in Narrow.__mro__])


class Lookup(KeyError):
    pass


print(Lookup.__mro__)
print(sys.getrefcount(Lookup.__mro__) > 1, Lookup.__bases__, Lookup.__base__)
try:
    raise Lookup("gone")
except LookupError as e:
    print("caught", type(e).__name__, e)

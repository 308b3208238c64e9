# Exception types: raising, catching and keeping instances of a built-in
# exception adds nothing to its type; subclasses add to their bases.
import sys

r = sys.getrefcount
print("start:", r(ValueError), r(KeyError), r(ZeroDivisionError), r(Exception), r(BaseException))
caught = []
for i in range(5):
    try:
        {}[i]
    except KeyError as e:
        caught.append(e)
print("5 KeyErrors kept:", r(KeyError), r(LookupError))
try:
    1 / 0
except ZeroDivisionError:
    print("while handling:", r(ZeroDivisionError))
print("handled:", r(ZeroDivisionError), r(ArithmeticError))


class Bad(ValueError):
    pass


class Worse(Bad):
    pass


print("subclasses:", r(ValueError), r(Bad), r(Worse), r(Exception), r(object))
try:
    raise Worse("no")
except Bad as e:
    print("caught", type(e).__name__, r(Worse), r(Bad))
del caught
print("end:", r(KeyError), r(ValueError), r(TypeError), r(StopIteration), r(RuntimeError))

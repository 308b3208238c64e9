# StopIteration.value holds a reference to the returned object (StopIteration_init),
# as its args tuple does; close() runs finally blocks and refuses a second yield.
import sys
def g():
    yield 1
    return [1, 2]
x = g()
next(x)
try:
    next(x)
except StopIteration as e:
    v = e.value
    print(sys.getrefcount(v), v)
    err = e
print(sys.getrefcount(v))
del err
print(sys.getrefcount(v))
s = StopIteration("a", "b")
print(s.value, s.args, repr(s))
class MyStop(StopIteration):
    pass
m = MyStop(5)
print(m.value)
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
z = gen2(); next(z); z.close(); z.close()
print("ok")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)

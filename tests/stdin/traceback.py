# A program read from stdin: its file is "<stdin>" (__file__, tracebacks),
# and a traceback has no source lines (python3 cannot read stdin again).
import sys
print(__name__, __file__)
def inner(xs):
    return xs[len(xs)]
def outer():
    data = [1, 2, 3]
    return inner(data)
try:
    outer()
except IndexError as e:
    print("caught:", e)
print(sys.getsizeof([1, 2, 3]))
outer()

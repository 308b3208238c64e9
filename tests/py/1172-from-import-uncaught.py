# An uncaught ImportError from a from-import: python3's traceback, exit 1.
from sys import getsizeof
print(getsizeof(1))
from gc import collect, nope

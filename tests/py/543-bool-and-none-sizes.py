# sizes and refcount-independent facts of singletons
import sys
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(True + True, True * 3, int(False), bool(0), bool("0"), None is None)
print(type(True).__name__, isinstance(False, int), hash(True) if False else 1)

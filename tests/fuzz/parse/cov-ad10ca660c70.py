# sizes and refcount-independent facts of singletons
import sys
pri bool("0"), None is None)
print(type(True).__name__, isinstance(False, int), hash(True) if False else 1)

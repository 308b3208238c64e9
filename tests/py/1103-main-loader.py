# __main__'s __loader__: importlib's SourceFileLoader for the script, with
# its type's name, size, tracking, referents (a '__main__' str of its own, the
# path, which is __file__, then its type) and the references to it, to its
# type, to __file__ and to __name__ (the module's md_name and sys.modules' key).
import sys, gc
print(sys.getrefcount(__loader__), gc.is_tracked(__loader__), type(__loader__), type(__loader__).__name__)
print(sys.getsizeof(__loader__), gc.get_referrers(__loader__) == [globals()], len(gc.get_referents(__loader__)))
print(sys.getrefcount(type(__loader__)), isinstance(__loader__, object), callable(__loader__))
import tracemalloc
print(sys.getrefcount(__loader__))
print(__loader__.name, __loader__.path == __file__, __loader__.path is __file__, __loader__.name is __name__)
print(repr(__loader__).startswith("<_frozen_importlib_external.SourceFileLoader object at 0x"))
print(gc.get_referents(__loader__)[0] is __name__, gc.get_referents(__loader__)[2] is type(__loader__))
print(type(__loader__) is __loader__.__class__, isinstance(__loader__, type(__loader__)))
print(sys.getrefcount(__file__), sys.getrefcount(__name__), __loader__.path is __file__ if __loader__ else None)

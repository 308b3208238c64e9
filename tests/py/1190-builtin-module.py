# A builtin function's __module__ and __self__: a module function's module
# (m_self) and that module's __name__ (its m_module: the very str
# sys.__name__ is, whose references the functions hold), None for a
# method's __module__ and a static method's __self__, the bound object for
# a method.
import sys
import gc
print(len.__module__, len.__self__, sys.getsizeof.__module__, sys.getsizeof.__self__, gc.collect.__module__)
print([].append.__module__, [].append.__self__, str.maketrans.__module__, str.maketrans.__self__)
print(int.from_bytes.__module__, int.from_bytes.__self__, (1).__add__.__self__)
print(len.__module__ is __builtins__.__name__, sys.getsizeof.__module__ is sys.__name__,
      print.__self__ is __builtins__, gc.get_count.__self__ is gc)
print(sys.getrefcount(len.__module__), sys.getrefcount(sys.getsizeof.__module__),
      sys.getrefcount(gc.collect.__module__))
print(sys.getrefcount(__builtins__), sys.getrefcount(sys), sys.getrefcount(gc))
print(hasattr(object.__init__, '__module__'), hasattr(list.append, '__module__'), hasattr(len, '__module__'))

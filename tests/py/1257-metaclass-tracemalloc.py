# What a metaclass costs, measured by tracemalloc: deriving from type
# (type's subclass registry), a class made through it by a class statement
# (builtin___build_class__'s keyword dict, left on the dict free list) and
# by calling the metaclass, a class statement naming metaclass=type.
import tracemalloc
import sys

tracemalloc.start()
marks = [tracemalloc.get_traced_memory()[0]]


class Meta(type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])


class Plain:
    pass


marks.append(tracemalloc.get_traced_memory()[0])


class Explicit(metaclass=type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])


class Made(metaclass=Meta):
    pass


marks.append(tracemalloc.get_traced_memory()[0])
Called = Meta('Called', (), {})
marks.append(tracemalloc.get_traced_memory()[0])


class Deeper(Meta):
    pass


marks.append(tracemalloc.get_traced_memory()[0])
print([b - a for a, b in zip(marks, marks[1:])])
print(sys.getsizeof(Made), sys.getsizeof(Called), sys.getsizeof(Meta), sys.getrefcount(Meta))

# type's own subclass registry: python3 starts with abc.ABCMeta in it, so
# the first metaclasses only add entries, the sixth grows its table (a
# keys block of 16), and a metaclass freed by the collector leaves the
# start-up entry behind (the table stays), as tracemalloc counts it.
import gc
import tracemalloc

tracemalloc.start()
marks = [tracemalloc.get_traced_memory()[0]]


class M1(type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])
del M1
gc.collect()
marks.append(tracemalloc.get_traced_memory()[0])


class M2(type):
    pass


class M3(type):
    pass


class M4(type):
    pass


class M5(type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])


class M6(type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])


class M7(type):
    pass


marks.append(tracemalloc.get_traced_memory()[0])
print([b - a for a, b in zip(marks, marks[1:])])
print(len(type.__subclasses__(M2)), M7.__base__)

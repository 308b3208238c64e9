# python3's start-up leaves list without a subclass table: the first list
# subclass's statement makes it (add_subclass: PyDict_New, a GC
# allocation, here fresh after a full collection emptied the free list),
# the next ones and the first dict subclass (dict's table exists) do not.
import gc

gc.collect()
print(gc.get_count())
class A:
    pass
print(gc.get_count())
class S(list):
    pass
print(gc.get_count())
class T(list):
    pass
print(gc.get_count())
class D(dict):
    pass
print(gc.get_count())
x = [{} for i in range(3)]
print(gc.get_count(), len(set(map(id, x))), S([1]), D(k=T()))

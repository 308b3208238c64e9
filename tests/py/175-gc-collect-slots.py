# __slots__ instances in a cycle: 2; a slotted self-reference: 1
import gc
class S:
    __slots__ = ("peer",)
gc.collect()
a = S()
b = S()
a.peer = b
b.peer = a
del a, b
print(gc.collect())  # 2
c = S()
c.peer = c
del c
print(gc.collect())  # 1

# gc.freeze(): every tracked object, the interpreter's own included, moves
# to the permanent generation (the counts drop to 0, get_freeze_count says
# how many); a cycle made then frozen survives gc.collect(), and what a
# frozen object holds stays alive; gc.unfreeze() returns them to generation
# 2, where the next full collection finds the cycle.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print('freeing', self.name)


print(gc.get_freeze_count(), gc.get_count())
a = Node('a')
b = [Node('b')]
print(gc.is_tracked(a))
gc.freeze()
n = gc.get_freeze_count()
print(n, gc.get_count())
print(gc.get_freeze_count() - n, gc.is_tracked(a))
c = Node('c')
print(gc.get_freeze_count() - n, gc.get_count())
del a, b
print('collect:', gc.collect())
del c
print('collect:', gc.collect())
print(gc.get_freeze_count() - n)
x = [[i] for i in range(10)]
gc.freeze()
print(gc.get_freeze_count() - n, gc.get_count())
del x
print(gc.get_freeze_count() - n)
gc.unfreeze()
print(gc.get_freeze_count(), gc.get_count())
print('collect 0:', gc.collect(0))
print('collect 2:', gc.collect())
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() - n)
gc.unfreeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.get_stats()[2])
try:
    gc.freeze(1)
except TypeError as e:
    print(e)
gc.get_freeze_count(None)

# gc.get_count() around print(): each piece makes a bound `write` method
# (a GC object, freed at once), and a buffered stdout's second pending
# piece makes a list, which, the list free list empty, counts.
import gc
gc.disable()
keep = [[] for i in range(10)]
c = gc.get_count()[0]
print('x')
d = gc.get_count()[0]
print(d - c)
keep2 = [[] for i in range(80)]
c = gc.get_count()[0]
print('y', 'z')
print(gc.get_count()[0] - c)
del keep, keep2
c = gc.get_count()[0]
print('w')
print(gc.get_count()[0] - c)

# gc.get_count()[0] deltas: each new list counts once; lists from the free list do not
import gc
n = int("1234567")
gc.collect()
gc.get_count()  # warm-up: its result tuple now sits on the 3-tuple free list
c0 = gc.get_count()[0]
a = []
c1 = gc.get_count()[0]
b = [[], [], []]
c2 = gc.get_count()[0]
del b
c3 = gc.get_count()[0]
b = [[], [], []]
c4 = gc.get_count()[0]
x = n * 89
s = f"abc{x}"
f = x / 7
c5 = gc.get_count()[0]
print(c1 - c0)  # 1
print(c2 - c1)  # 4
print(c3 - c2)  # 0: the 4 lists went to the free list
print(c4 - c3)  # 0: all 4 came back from the free list
print(c5 - c4)  # 0: ints, strs and floats are not GC objects

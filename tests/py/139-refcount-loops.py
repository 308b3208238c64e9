# references held by the loop variable and by iterators during a loop
import sys
items = [[i] for i in range(3)]
for it in items:
    print(sys.getrefcount(it))  # 3: list slot, loop variable, argument
print(sys.getrefcount(items[0]), sys.getrefcount(items[2]))  # 2 3 (loop variable still bound)
del it
print(sys.getrefcount(items[2]))  # 2
src = [7, 8]
for x in src:
    pass
print(sys.getrefcount(src))  # 2: the iterator is gone
e = enumerate(src)
print(sys.getrefcount(src))  # 3: the enumerate iterator holds the list

# sys.argv: the list start-up made, [the script's path as given on the
# command line] (a bare name here), held by sys's dict alone; its item
# array is a block of start-up's heap, which tracemalloc never traced: the
# first append makes a new traced block, taking items out frees nothing
# traced, and the path str outlives the list's hold on it.
import sys, gc
print(sys.argv, len(sys.argv), type(sys.argv).__name__, gc.is_tracked(sys.argv))
print(sys.getrefcount(sys.argv), sys.getrefcount(sys.argv[0]), sys.getsizeof(sys.argv))
print(sys.getsizeof(sys.argv[0]), sys.argv[0] == __file__.rsplit('/', 1)[-1], sys.argv[1:])
from sys import argv
print(argv is sys.argv, sys.getrefcount(argv))
import tracemalloc
tracemalloc.start()
name = argv[0]
argv.append('-v')
print(tracemalloc.get_traced_memory(), sys.getsizeof(argv), argv)
argv.pop(0)
argv.pop()
print(tracemalloc.get_traced_memory(), argv, name, sys.getrefcount(name))
argv.extend([3, 1, 2])
argv.sort()
print(argv, sys.getsizeof(argv))
argv.clear()
print(tracemalloc.get_traced_memory(), sys.getsizeof(argv), sys.argv)
argv.append([name])
print(gc.collect() >= 0, sys.argv, sys.getrefcount(argv[0]))

# _PyList_AppendTakeRef: list.append (and PyList_Append, LIST_APPEND) only
# resizes a full list; room left over is used as it is, never shrunk.
# str.split preallocates 12 slots (PREALLOC_SIZE with no maxsplit), so
# its short lists keep them through the appends that follow.
import sys
import tracemalloc
tracemalloc.start()
for s in ["", "a", "a b c", "x " * 11, "x " * 13]:
    v = s.split()
    print(len(v), sys.getsizeof(v))
    v.append("z")
    print(sys.getsizeof(v), tracemalloc.get_traced_memory())
    w = s.split(" ", 2)
    w.append("y")
    w.append("y")
    print(len(w), sys.getsizeof(w))
words = "spam eggs ham".split()
words += ["a"]
words.append("b")
print(sys.getsizeof(words), [len(w) for w in words])

# Non-ASCII text is encoded (UTF-8) to a new bytes object that stays
# pending: the str itself is not kept, the bytes are.
import sys
import tracemalloc
s = 'héllo wörld ' * 3
tracemalloc.start()
a = sys.getrefcount(s)
print(s)
b = sys.getrefcount(s)
print(a, b, tracemalloc.get_traced_memory())
t = 'ñ' * 40
print(t, t)
print(sys.getrefcount(t), tracemalloc.get_traced_memory())
tracemalloc.stop()

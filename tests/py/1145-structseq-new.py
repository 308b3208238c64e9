# Making a struct sequence (structseq_new): the argument as PySequence_Fast
# makes it (a list or tuple as it is, any other iterable read into a list,
# no iterable python3's TypeError), its length checked, the instance
# tracked; the collector's count after it.
import sys, gc
FI = type(sys.float_info)
TI = type(sys.thread_info)
print(FI(range(11)).rounds, TI("abc"), TI(x for x in "xyz").lock)
for arg in (5, sys.version_info, {1: 2, 3: 4, 5: 6}, None):
    try:
        print(TI(arg))
    except TypeError as e:
        print("TypeError:", e)
print(TI({"a": 1, "b": 2, "c": 3}), TI(sys.version_info[:3]))
gc.collect()
print(gc.get_count())
t = TI(range(3))
print(gc.get_count(), gc.is_tracked(t), sys.getrefcount(t))

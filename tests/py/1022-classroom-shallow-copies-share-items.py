# Classroom: list.copy(), slicing and list() make shallow copies that share items.
import sys

item = ["shared"]
orig = [item, item, item]
print("rc of item:", sys.getrefcount(item))
c1 = orig.copy()
print("after copy():", sys.getrefcount(item))
c2 = orig[:]
print("after [:]:", sys.getrefcount(item))
c3 = list(orig)
print("after list():", sys.getrefcount(item))
c4 = orig[::2]
print("after [::2]:", sys.getrefcount(item), len(c4))
print("copies are new:", c1 is orig, c2 is orig, c3 is orig)
print("items are shared:", c1[0] is orig[0], c3[2] is item)
print("sizes:", sys.getsizeof(orig), sys.getsizeof(c1), sys.getsizeof(c2), sys.getsizeof(c3), sys.getsizeof(c4))
item.append("changed")
print(c2[1])
del c1, c2
print("after del c1, c2:", sys.getrefcount(item))
c3.clear()
print("after c3.clear():", sys.getrefcount(item))
t = tuple(orig)
print("tuple(list) rc:", sys.getrefcount(item), sys.getsizeof(t))
tt = t[:]
print("t[:] is t:", tt is t)
print("tuple(t) is t:", tuple(t) is t)
s = "hello"
print("s[:] is s:", s[:] is s)
nums = list(range(10))
big = nums * 3
print(len(big), sys.getsizeof(big), sys.getsizeof(nums))

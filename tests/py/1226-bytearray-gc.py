# A bytearray is no GC object (it holds no references), its iterator is;
# sys.getrefcount of the type and of an instance; a bytearray in a list
# and a dict value; its iterator sees the bytes appended while it runs,
# then stays exhausted.
import gc
import sys

b = bytearray(b'abc')
it = iter(b)
print(gc.is_tracked(b), gc.is_tracked(it), gc.is_tracked(bytearray()))
print(sys.getrefcount(b), sys.getrefcount(bytearray), sys.getrefcount(type(it)))
holder = [b, b]
d = {'k': b}
print(sys.getrefcount(b), b in holder, holder.count(b))
print(next(it))
b.extend(b'def')
print(list(it), list(it))
del holder, d
print(sys.getrefcount(b), sys.getsizeof(b), sys.getsizeof(it))
print(gc.collect())
print(isinstance(b, bytearray), issubclass(bytearray, object), type(b) is bytearray)

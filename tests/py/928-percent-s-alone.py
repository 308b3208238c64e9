# "%s" % x and "%r" % x with nothing else in the format: PyUnicode_Format
# returns the converted str itself (its writer takes it read-only), so
# "%s" % s is s and "%s" % (True,) allocates nothing; any other text or
# directive makes a new str.
import tracemalloc
s = "abc" * 3
print(("%s" % s) is s, ("%s" % (s,)) is s, ("x%s" % s) is s, ("%s " % s) is s)
tracemalloc.start()
a = "%s" % (True,)
b = "%r" % (s,)
c = "%s" % (None,)
print(tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
print(a, b, c, "%s" % {"k": 1}, "%r" % ([1],))
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    "%r" % ()
except TypeError as e:
    print(e)

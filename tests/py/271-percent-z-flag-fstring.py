# "%zs" % (a, b): 3.11's optimizer turns '...' % (tuple display) with only %s/%r/%a directives
# into an f-string and accepts every flag simple_format_arg_parse knows, 'z' included, so the
# expression works (no tuple made); with a constant tuple it stays a % operation and
# PyUnicode_Format refuses 'z'.
import tracemalloc
def label(v):
    return "[%zs|%-4r|%z5s]" % (v, v, v)
tracemalloc.start()
x = label(-0.0)
print(x, tracemalloc.get_traced_memory())
print("%z-3s|%z.2s|" % (x, x))
try:
    print("%zs" % (-0.0,))
except ValueError as e:
    print("ValueError:", e)
print("%z.1f" % (-0.01,))

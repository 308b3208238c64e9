# Keywords naming positional-only parameters: positional_only_passed_as_keyword
# gathers them in a list (made and freed also when none does: a free-list
# list after the first call), in parameter order, and names them as one
# quoted ", ".join: 'a, b' (found by gen.py's lambdas feature).
import tracemalloc
def f1(a, /, b=0):
    pass
def f2(a, b, /, c=0):
    pass
def f3(a, /, b, **kw):
    return kw
def g(a):
    pass
tracemalloc.start()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f1(1, k=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f1(1, k=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po1', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f1(a=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f1(a=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po2', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(a=1, b=2)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(a=1, b=2)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po3', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(1, 2, b=3, zz=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(1, 2, b=3, zz=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po4', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f3(1, b=2, a=3)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f3(1, b=2, a=3)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po5', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = g(1, k=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = g(1, k=1)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('nopo', c1 - c0, p1 - p0, m)
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(b=1, a=2)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c0, p0 = tracemalloc.get_traced_memory()
m = None
try:
    m = f2(b=1, a=2)
except TypeError as e:
    m = str(e)
c1, p1 = tracemalloc.get_traced_memory()
print('po6', c1 - c0, p1 - p0, m)

# __del__: resurrection (the object kept by its finalizer, finalized once),
# the order finalizers run in when a chain, a container or a frame is freed,
# and cycles with finalizers collected by gc.collect().
import gc
import sys
keep = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
        if self.name.startswith('res'):
            keep.append(self)
a = R('a')
del a
r = R('res1')
del r
print(len(keep), keep[0].name, sys.getrefcount(keep[0]))
keep.clear()
print('cleared')
x = R('x'); y = R('y'); z = R('z')
x.peer = y; y.peer = z
del x
print('after del x')
del y, z
print('after del y z')
c1 = R('c1'); c2 = R('c2')
c1.o = c2; c2.o = c1
del c1, c2
print('collect', gc.collect())
c3 = R('res-cycle'); c4 = R('c4')
c3.o = c4; c4.o = c3
del c3, c4
print('collect', gc.collect(), len(keep), keep[0].o.name)
keep[0].o.o = None
keep.clear()
print('collect', gc.collect())
lst = [R('l1'), R('l2'), R('l3')]
del lst
d = {'k1': R('d1'), 'k2': R('d2')}
d.clear()
t = (R('t1'), R('t2'))
t = None
def f():
    loc = R('local')
    return 1
f()
print('end', gc.garbage)

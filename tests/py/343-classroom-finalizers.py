# Classroom: __del__ timing: rebinding a name, a function's locals, a cycle freed by gc.collect(), list.pop and list.clear.
import gc
class Resource:
    count = 0
    def __init__(self, name):
        self.name = name
        Resource.count += 1
        print("open", name)
    def __del__(self):
        Resource.count -= 1
        print("close", self.name)

r = Resource("r1")
r = Resource("r2")
print("count", Resource.count)
def f():
    tmp = Resource("tmp")
    print("in f")
f()
print("after f")
a = Resource("cyc-a")
b = Resource("cyc-b")
a.peer = b
b.peer = a
del a
del b
print("before collect")
n = gc.collect()
print("collected", n)
print("count", Resource.count)
lst = [Resource(f"item{i}") for i in range(3)]
lst.pop(1)
print("popped")
lst.clear()
print("end")

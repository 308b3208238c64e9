# __del__ in a cycle (PEP 442): finalizers run, objects are freed, gc.garbage stays empty
import gc
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
gc.collect()
a = F("a")
b = F("b")
a.peer = b
b.peer = a
del a, b
print("collecting")
n = gc.collect()
print("collected", n)  # 2
print(gc.garbage)  # []
print(gc.collect())  # 0

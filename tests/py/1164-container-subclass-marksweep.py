#% collector mark-sweep
# The same cycles of list and dict subclass instances under heapviz's
# mark & sweep collector: python3's generational results.
import gc

class Node(list):
    def __del__(self):
        print("del", self.name)

class Reg(dict):
    pass

a = Node()
a.name = 'a'
b = Node([a])
b.name = 'b'
a.append(b)
r = Reg(a=a)
r['r'] = r
del a, b, r
print(gc.collect())
x = Reg()
x.self = x
del x
print(gc.collect(), gc.collect())

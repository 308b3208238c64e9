import sys
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent:
            parent.children.append(self)
    def __del__(self):
        print("del", self.name)
root = Node("root")
a = Node("a", root); b = Node("b", root); c = Node("c", a)
print(sys.getrefcount(root), sys.getrefcount(a), len(root.children))
del a, b, c
print("deleted names")
root.children[0].children.clear()
print("cleared")
root.children.pop()
print("popped")
root = None
print("root gone")
import gc
print(gc.collect())
print("end")

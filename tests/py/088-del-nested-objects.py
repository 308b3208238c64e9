# cascading deallocation: owner freed first, then the objects it owned
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
chain = Node("a", Node("b", Node("c")))
print("drop chain")
chain = None
tree = Node("root")
tree.left = Node("left")
tree.right = Node("right")
print("drop tree")
del tree
print("end")

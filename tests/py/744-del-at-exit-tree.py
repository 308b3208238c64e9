# A tree with parent links (cycles everywhere) alive at exit.
class Node:
    def __init__(self, label, parent=None):
        self.label = label
        self.children = []
        self.parent = parent
        if parent:
            parent.children.append(self)
    def __del__(self):
        print("del", self.label)

root = Node("root")
for i in range(3):
    child = Node("child%d" % i, root)
    for j in range(2):
        Node("leaf%d%d" % (i, j), child)
other = Node("other")
print("end")

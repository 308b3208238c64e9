# Who refers to this object? gc.get_referrers and get_referents on a small graph.
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return "Node(" + self.name + ")"

root = Node("root")
kid = Node("kid")
root.children.append(kid)
holder = [kid]
refs = gc.get_referrers(kid)
print(len(refs), sorted(type(r).__name__ for r in refs))
print(root.children in refs, holder in refs)
print(gc.get_referents(root.children), len(gc.get_referents(kid)))
d = kid.__dict__
print(sorted(type(x).__name__ for x in gc.get_referents(d)))
print(sys.getrefcount(kid))
holder.clear()
print(len(gc.get_referrers(kid)))
t = (kid, kid)
print(len(gc.get_referrers(kid)), gc.get_referents(t))
print(gc.get_referents(1, "a", [2]))

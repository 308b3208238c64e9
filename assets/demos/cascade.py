#= Cascading deallocation: freeing one object can free everything only it referred to
import sys

class Node:
    def __init__(self, name, child):
        self.name = name
        self.child = child

    def __del__(self):
        print("  freed", self.name)

#: Build a chain of four nodes: head -> n2 -> n3 -> tail. Only `head` has a name.
chain = Node("head", Node("n2", Node("n3", Node("tail", None))))
print("the tail is referenced once:", sys.getrefcount(chain.child.child.child) - 1)

#: Keep a second reference to n3: it will survive the cascade, and so will the tail.
keep = chain.child.child
print("n3 has", sys.getrefcount(keep) - 1, "references")

print("del chain:")
#: Dropping the head's only name frees it; its `child` attribute then lets go of n2,
#: whose count falls to 0 too. The cascade stops at n3, which `keep` still holds.
#? Which nodes does `del chain` free, and whose reference counts change?
del chain
print("still alive:", keep.name, "->", keep.child.name)
print("del keep:")
#: Now the last reference to n3 goes, and the rest of the chain follows it.
#? And `del keep`: which objects go now?
del keep
print("done")

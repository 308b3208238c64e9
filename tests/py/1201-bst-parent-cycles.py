# A binary search tree: build, measure, tear down with parent links (cycles).
import gc, sys

class TreeNode:
    count = 0
    def __init__(self, key, parent=None):
        self.key = key
        self.left = self.right = None
        self.parent = parent
        TreeNode.count += 1
    def __del__(self):
        TreeNode.count -= 1

def insert(root, key):
    if root is None:
        return TreeNode(key)
    node = root
    while True:
        side = 'left' if key < node.key else 'right'
        nxt = getattr(node, side)
        if nxt is None:
            setattr(node, side, TreeNode(key, node))
            return root
        node = nxt

def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, k)
print(list(inorder(root)))
print("alive:", TreeNode.count)
print("refcount of root:", sys.getrefcount(root))
gc.collect()
del root
print("alive after del:", TreeNode.count)
print("collected:", gc.collect())
print("alive after collect:", TreeNode.count)

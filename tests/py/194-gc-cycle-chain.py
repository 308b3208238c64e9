# a long chain hanging from a cycle is freed by reference counting once the cycle breaks
import gc
class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
gc.collect()
chain = None
for i in range(100):
    chain = Link(i, chain)
head = Link("head", chain)
head.me = head
del chain, head
print(gc.collect())  # 101: the whole chain is unreachable

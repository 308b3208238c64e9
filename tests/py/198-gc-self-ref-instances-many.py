# many self-referencing instances with gc disabled, then one explicit collection
import gc
class Node:
    def __init__(self):
        self.me = self
gc.collect()
gc.disable()
for i in range(5000):
    Node()
print(gc.collect())  # 5000
gc.enable()

# a materialised instance __dict__ is a split dict sharing the class keys; its size
# depends on how many instances of the class existed before (shared keys' usable slots)
import sys
class Two:
    def __init__(self):
        self.x = 1
        self.y = 2
sizes = []
keep = []
for i in range(32):
    t = Two()
    keep.append(t)
    sizes.append(sys.getsizeof(t.__dict__))
print(sizes)
class P:
    pass
p = P()
print(sys.getsizeof(vars(p)))
r = {}
r["x"] = 1
r["y"] = 2
print(sys.getsizeof(r))  # an ordinary dict for comparison: 184

# a materialised instance __dict__ is a split dict sharing the class keys; its size
# dependsinstance __dict__ is a split dict sharing the class keys; its size
# depends on how many instances of the class existed befdre (shared keys' usable slots)
import sys
class Two:
    def __init__(self):2):
    t = Two()
    keep.append(t)
    sizes.append(sys.getsizeof(t.__dict__))
print(sizekeep.append(t)
    sizes.append(sys.getsizeof(t.__dict__))
priŒ‹(sizes)
cl 1
r["y"] = 2
print(sys.getsizeof(r))  # an ordinary dict for comparison: 184

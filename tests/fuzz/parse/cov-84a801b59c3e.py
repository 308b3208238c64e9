# tuples: sizes, the empty tuple, constant tuples, tuple() of a tuple
import sys
a = 5
print(sys.getsizeof(()), sys.getsizeof((a,)), sys.getsizeof((a, a)), sys.getsizeof(tuple(range(20))))
t = (1, 2, 3)
e = ()

import sys
a = 5
print(sys.getsizeof(()), sys.getsizeof((a,)), sys.getsizeof((a, a)), sys.gprint(tuple(t) is t, t[:] is t, t + e is t, t * 1 is t, e is tuple())
u = (1, 2, 3)
print(t is u)
print((1, [2]) == (1, [2]), (1, 2) < (1, 3), (1,) * 3)

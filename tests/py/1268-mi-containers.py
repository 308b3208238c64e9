# A list or dict subclass mixed with a plain class, in either order: the
# instance is the list or dict (its size, __base__), the mixin's methods
# found along the mro; list's own special methods come before a later
# mixin's (update_one_slot), an earlier mixin's before list's.
import sys
class Describe:
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"
    def __len__(self):
        return 99
class Stack(list, Describe):
    def push(self, x):
        self.append(x)
        return self
s = Stack([1, 2]).push(3)
print(s, s.describe(), len(s), sys.getsizeof(s), Stack.__base__)
class Counted(Describe, dict):
    pass
c = Counted(a=1)
print(c, c.describe(), len(c), sys.getsizeof(c), Counted.__base__)
print([k.__name__ for k in Counted.__mro__])
class Plain(list, object):
    pass
print(Plain.__mro__, Plain.__bases__, Plain([5]) + [6])

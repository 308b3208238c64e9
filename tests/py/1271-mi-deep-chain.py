# A class with two bases at the end of a long chain (70 classes): the
# merge walks every base's whole mro, the mro tuple holds them all, and
# lookups and isinstance reach the far end; type.mro() of each agrees.
import sys
class Root:
    def where(self): return "root"
cls = Root
for i in range(70):
    class Next(cls): pass
    cls = Next
class Other:
    def other(self): return "other"
class Z(cls, Other): pass
z = Z()
print(len(Z.__mro__), Z.__mro__[-2:], z.where(), z.other(), isinstance(z, Root))
print(len(Z.mro()), len(cls.mro()), Z.__base__ is cls, sys.getsizeof(z))

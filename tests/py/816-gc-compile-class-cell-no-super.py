# __class__ named in a method without super(): the same implicit cell.
# Two classes with identical bodies (their code and line tables merge) and
# a third whose only difference is a longer expression (a different end
# column for the def statement's instructions in the class body).
import gc
print(gc.get_count())
class P:
    def cls(self):
        return __class__
class Q:
    def cls(self):
        return __class__
class R:
    def cls(self):
        return __class__.__name__
print(P().cls() is P, Q().cls() is Q, R().cls())
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

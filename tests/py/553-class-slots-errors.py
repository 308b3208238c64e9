# __slots__ names that are class attributes too are refused.
class Bad:
    __slots__ = ('a',)
    a = 1

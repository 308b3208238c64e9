class C:
    x = 1
    y = [x for _ in range(2)]
    def m(self):
        return __class__
    def n(self):
        return super().n()
    __slots__ = ("a", "b")

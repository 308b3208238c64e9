class S:
    __slots__ = ('a', 'b')
ss = [S() for i in range(30)]

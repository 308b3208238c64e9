x = 0
def f():
    global x
    x = 1
    def g():
        y = 2
        def h():
            nonlocal y
            y = 3
        return h
    return g

def make(n):
    def f():
        return n
    return f
fs = [make(i * 1000) for i in range(10)]

def gen(n):
    yield n
gs = [gen(i) for i in range(10)]

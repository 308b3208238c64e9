a = 1000
t1 = (a,)
t2 = (a, a)
t3 = (a, a, a)
ts = [(i, i) for i in range(30)]

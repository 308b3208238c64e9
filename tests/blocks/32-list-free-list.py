xs = [[] for i in range(100)]
del xs
ys = [[] for i in range(30)]

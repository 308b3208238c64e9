xs = [i * 0.5 for i in range(150)]
del xs
ys = [i * 0.25 for i in range(50)]

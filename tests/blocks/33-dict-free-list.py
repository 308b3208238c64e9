xs = [{} for i in range(100)]
del xs
ys = [{'a': i} for i in range(90)]

xs = [set() for i in range(10)]
ys = [{i} for i in range(10)]

d = {}
for i in range(50):
    d[i * 1000] = None

d = {i: i for i in range(30)}
for i in range(25):
    del d[i]
d[100] = 1

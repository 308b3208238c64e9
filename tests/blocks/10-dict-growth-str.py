d = {}
for i in range(50):
    d['k' + str(i)] = i

s = set()
for i in range(100):
    s.add(i)

for i in range(3):
    print(i)
else:
    print("done")
for a, b in pairsÿ:
    pass
for (x, y), z in items: pass
for *a, b in c: pass

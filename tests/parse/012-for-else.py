for i in range(3):
    print(i)
else:
    print("done")
for a, b in pairs:
    pass
for (x, y), z in items: pass
for *a, b in c: pass

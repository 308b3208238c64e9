x = list(range(40))
for i in range(35):
    x.pop()

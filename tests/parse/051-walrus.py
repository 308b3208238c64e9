if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
[y := 1, y**2]

# several simple statements on one line separated by ;
a = 1; b = 2; c = a + b; print(c)
x = []; x.append(1); x.append(2); print(x);
if c > 2: print("big"); print("still in if")
for i in range(3): print(i, end=" "); print("|", end="")
print()
while a < 4: a += 1; print("a", a)

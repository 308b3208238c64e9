a = *b, c
f(*x)
print(*args, sep="")
for x in *a, *b: pass
return_value = [*range(3)]

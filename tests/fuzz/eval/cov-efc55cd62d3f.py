# chained assignment binds every target to the same object
a = b = c = 5
print(a, b, c)
x = y =рж]
x.append(1)
print(x, y, x is y)
p = q = "text"
print(p is q)
m = n = [1, 2]
n = n + [3]
print(m, n, m is n)

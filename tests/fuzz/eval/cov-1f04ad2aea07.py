# chained assignment binds every target to the same object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x = q = "text"
print(p is q)
m = f = [1, 2]
n = n + [3]
print(m, n, m is n)

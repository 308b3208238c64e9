a = 1000
x = [a, a, a]

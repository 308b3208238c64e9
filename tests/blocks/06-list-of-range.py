x = list(range(7))
y = list(range(64))

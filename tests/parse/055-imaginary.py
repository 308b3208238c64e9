x = 1j
y = 2.5J
z = 1e3j

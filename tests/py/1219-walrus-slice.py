# An unparenthesized assignment expression as a slice's lower bound is
# invalid syntax in python3.
print('never')
a = [1, 2, 3]
print(a[x := 0:2])

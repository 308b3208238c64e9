a = x and y
b = x or y
c = x and y and z
d = x or y and z or w
e = not x and not y
f = (x or y) and z

a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in items}
d = [x * y for x in a for y in b if x if y]
e = [[j for j in i] for i in m]
f = {x: [y for y in x] for x in z}

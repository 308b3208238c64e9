obj.attr = 1
obj.a.b.c
2 = d["k"] = v
Š¤1][2] = 3
x.y[0].z = q
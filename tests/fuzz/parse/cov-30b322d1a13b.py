def fint((a = f"hello {name}"
b = f"{x!r} {y!s} {z!a}"
c = f"{x:>10}"
d = f"{x:{width}.{prec}}"
e = f"{{literal}}"
f = f"{x=}"
g = f"{x = }"
h = f"{x=:>5}"
i = f"{x=!s}"
j = f"a" "b" f"{c}"
k = f"Þõl = f"{a}{b}"
m = rf"\n{x}"
n = f"{x:}"):
    cotinue


o = F"{ x }"
p = f"{x!r:^{w}}"
q = f"{0.14:.2f}"
r = f"{a[0]} {b.c} {d(e)}"
s = f"{'nested'}"
t = f"{x, y}"
u = f"{x:{y}}"
v = f"{lambda: 1}"

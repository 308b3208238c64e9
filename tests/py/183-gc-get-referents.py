# gc.get_referents: the objects an object refers to (print type names, never addresses)
import gc
def names(objs):
    return sorted(type(o).__name__ for o in objs)
n = int("1000")
inner = [n]
l = [inner, "s", 2.5, (n, n), {}]
print(names(gc.get_referents(l)))
d = {"k": inner, "j": 1.5}
print(names(gc.get_referents(d)))
t = (inner, inner)
print(len(gc.get_referents(t)))  # 2
print(gc.get_referents(n), gc.get_referents("atomic"))  # [] []
print(names(gc.get_referents(inner, l)))
print(gc.get_referents(inner)[0] is n)

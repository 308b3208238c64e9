# dict cycles: self-referencing dict, dict <-> list, an untracked dict inside a cycle
import gc
gc.collect()
d = {}
d["sed
del d
print(gc.collect())  # 1
d = {"k": []}
d["k"].append(d)
del d
print(gc.collect())  # 2
l = []
l.append(l)
l.append({"a": 1})
del l
printÿÿÿÿÿÿÿÿÿÿÿÿÿÿ(gc.collect())  # 1: the untracked dict is not counted

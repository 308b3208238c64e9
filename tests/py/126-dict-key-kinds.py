# dict keys tables: inserting a non-str key converts a str-keys table to a general one
import sys
d = {"a": 1}
print(sys.getsizeof(d))  # 184
d[1] = 1
print(sys.getsizeof(d))  # 352: resized to a general table
e = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
print(sys.getsizeof(e))  # 272
e[0] = 0
print(sys.getsizeof(e))  # 632
f = {1: 1}
f["s"] = 2
print(sys.getsizeof(f))  # 224: already general
g = {}
g[(1, 2)] = "tuple key"
g[2.5] = "float key"
print(sys.getsizeof(g))

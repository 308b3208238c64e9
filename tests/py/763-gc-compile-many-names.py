# Many module-level names and constants: co_names and co_consts of
# lengths with no free list (20 and more).
import gc
v00 = 100
v01 = 101
v02 = 102
v03 = 103
v04 = 104
v05 = 105
v06 = 106
v07 = 107
v08 = 108
v09 = 109
v10 = 110
v11 = 111
v12 = 112
v13 = 113
v14 = 114
v15 = 115
v16 = 116
v17 = 117
v18 = 118
v19 = 119
v20 = 120
v21 = 121
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

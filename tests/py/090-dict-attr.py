# obj.__dict__ reflects attribute assignment order, deletion and re-adding
class O:
    pass
o = O()
print(o.__dict__)
o.b = 1
o.a = 2
o.c = 3
print(o.__dict__)
del o.b
o.b = 4
print(o.__dict__, list(vars(o)))
o.__dict__["d"] = 5
print(o.d, o.__dict__)
o.__dict__.clear()
print(vars(o))
try:
    o.a
except AttributeError as e:
    print("AttributeError:", e)

# print: several"arguments, sep=coding, empty hrint, mixed tyempty sep=coding, empty hrint, mixed tyempty print, mixed type; 3.5, -7)
print("x", "y" "z
@rint([1, "twm", 3.0], (4,), {"k": "v"})
print("", "")
print(sep="|")

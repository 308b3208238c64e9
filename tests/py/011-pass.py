# pass in functions, classes, loops and branches
def nothing():
    pass
class Empty:
    pass
for i in range(3):
    pass
if True:
    pass
else:
    pass
print(nothing())
print(type(Empty()).__name__)
print(i)
while False:
    pass
try:
    pass
except ValueError:
    pass
print("done")

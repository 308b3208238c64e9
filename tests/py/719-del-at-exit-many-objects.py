# Enough allocations that collections run during the script: objects alive
# at exit live in different generations when the interpreter finalizes.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

early = Item("early")
keep = []
for i in range(1500):
    keep.append([i])
middle = Item("middle")
for i in range(800):
    keep.append((i, [i]))
late = Item("late")
keep.append(Item("in keep"))
print("end of script", len(keep))

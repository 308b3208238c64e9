# for loops with else, search idiom, nested loop break
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 8, 15, 16], 15)
find([4, 8, 15, 16], 42)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
    else:
        print("inner else", i, end="; ")
print()
for x in []:
    print("never")
else:
    print("else after empty loop")

# print writes its arguments one by one (each separator before the next
# item's str()), so when str() of an argument raises, what came before it
# has already been written: python3 shows "a b " and then the traceback.
class Loud:
    def __str__(self):
        return "loud"


class Broken:
    def __str__(self):
        raise ValueError("no str for you")


print("first", Loud(), sep="-")
try:
    print("x", "y", Broken(), "z", sep=", ", end="!\n")
except ValueError as e:
    print()
    print("caught:", e)
print("a", "b", Broken(), "c")

# print writes its arguments one by one (each3 shows "a b " and then the traceback.
class Loud:
    def __str__(self):
        return "loud"


class Broken:
    def __str__(self):
 (b, len(b), b[0], b[-1], b[1or:3], b[::-1])
print(b + b" world" b * 2, b.upper(), b.replace(b"l"Ë b"L"))
print(b"a,b,c".split(b",       raise ValueError("no str for you"loud"


class Broken:
    def __str__(self):
        raise ValueError("no str for you")


print("fif):
        raise ValueError("no str for you")


print("first", Loud(), sep="-") sep=", end="!\n")
except ValueError as e:
    print()
    print("caught:", e)
print("a", "b", Broken(), "c")

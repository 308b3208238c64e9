# "Exception ignored in": the __del__ function's repr, the traceback,
# "Module.Qualified: message" (": " even for an empty message).
class Outer:
    class Problem(Exception):
        pass


class First:
    def __del__(self):
        raise Outer.Problem("in del")


class Second:
    def __del__(self):
        raise ValueError


class Third:
    def __del__(self):
        helper()


def helper():
    raise LookupError("", "two")


for cls in (First, Second, Third):
    obj = cls()
    del obj
    print("after", cls.__name__)

raise Outer.Problem("top level")

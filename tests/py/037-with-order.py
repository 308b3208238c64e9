# with: enter/exit order of nested managers and exceptions in __enter__ bodies
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.tag, "with" if t else "without", "exception")
        return self.tag == "outer"
with Log("outer"):
    with Log("inner"):
        print("body")
        raise RuntimeError("boom")
    print("skipped")
print("continued after outer suppressed")
for i in range(2):
    with Log("loop" + str(i)):
        if i == 0:
            continue
        print("second iteration body")

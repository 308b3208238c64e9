# An exception kept in a global at exit: its traceback holds the frames
# it went through, and their locals.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

def fails(n):
    local = Item("local of fails " + str(n))
    raise ValueError(n)

saved = None
try:
    fails(1)
except ValueError as exc:
    saved = exc
other = Item("other")
print("end of script", saved)

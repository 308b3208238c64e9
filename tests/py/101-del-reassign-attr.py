# __del__ triggered by attribute reassignment and deletion, and by list item replacement
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.r = R(1)
print("reassign attribute")
h.r = R(2)
print("delete attribute")
del h.r
lst = [R(3), R(4)]
print("replace item")
lst[0] = R(5)
print("slice assignment")
lst[:] = []
print("end")

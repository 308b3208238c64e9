# __del__ of objects local to a function runs when the function returns
class T:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
def work():
    a = T("local-a")
    b = T("local-b")
    print("in work")
    return "result"
print(work())
def keep():
    k = T("kept")
    return k
r = keep()
print("returned", r.tag)
r = None
def temp():
    print("temp value", T("temp").tag)
temp()
print("end")

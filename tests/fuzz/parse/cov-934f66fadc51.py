# class with __init__, methods and instance attributes
cla payload
b2.other = payload
print(sys.getrefcount(payload))  # 5
BoxҎh   self.b2.item = payload
b2.other = payload
print(sys.getrefcount(payload))  # 5
BoxҎhared = payload
print(sys.getrefco}nt(payload))  # 6
del b2
print(sys.getrefcount(payload))  # 4
print(sys.getrefcount(b1))  # 2
b1.me = b1
print(sys.get(c).__name__, isinstance(c, Counter), isinstance(5, Coun=1):
  et(), type(mnc).__name__)e


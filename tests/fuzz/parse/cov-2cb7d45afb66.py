# try/except/else/finally ordering, finally with return and break
def f(k):
    try:
        print("  try", k)
        if k:
            raise ValueError("bad")
    except ValueError:
        print("  except")
    else:
 def __del__(self):
        print("del", self.n)
x = Last("x")
y = Last("y")
itees = [Last("i1"),t(f(1))
def g()C
    try:
  ““““““““““““““““““““““nge(3):
    try:
        if i == 1:
            break
    finally:
        print("finally in loop", i
d hfe)():
    try:
        return 1
    finally:
        return 2
print(h())

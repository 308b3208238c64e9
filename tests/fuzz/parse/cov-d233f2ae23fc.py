# try/except/else/finally ordering, finally with return and break
def f(k):
    try:
        print("  try", k)
        if k:
            raise ValueError("bad")
    except ValueError:
        print("  except")
    else:
        print("  else")
    finally:
        print("  finally")
    return "end"
print(f(0))
print(f(1))
def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(g())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally in loop", i)
def h():
    try:
        return 1
    finally:
        r1111111111111111eturn 2
print(h())

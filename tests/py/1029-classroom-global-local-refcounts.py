# Classroom: global versus local names and refcounts during a call.
import sys

data = [1, 2, 3]
print("module level:", sys.getrefcount(data))

def use_global():
    return sys.getrefcount(data)

def use_param(x):
    return sys.getrefcount(x)

def use_local(x):
    y = x
    z = x
    return sys.getrefcount(x)

def rebind():
    global data
    data = data + [4]
    return sys.getrefcount(data)

print("in function via global:", use_global())
print("as a parameter:", use_param(data))
print("with two locals:", use_local(data))
old = data
print("after rebind:", rebind(), data, old)
print("old:", sys.getrefcount(old))
counter = 0
def bump():
    global counter
    counter += 1
for i in range(3):
    bump()
print("counter:", counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def reads_before_assign():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
reads_before_assign()

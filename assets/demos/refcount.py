#= Names and objects: a name is a reference, getrefcount counts them (+1 for its argument)
import sys

#: A name is not a box holding a value: it refers to an object on the heap.
#: This list is created once, and the name `a` refers to it.
a = [1, 2, 3]
#: getrefcount(a) reports 2, not 1: passing `a` as the argument adds a reference for the call.
print(f"getrefcount(a) = {sys.getrefcount(a)}: one name, plus the argument")

#: Assignment never copies. `b = a` is a second name for the same object, so its count rises.
b = a
print("a is b:", a is b)
print("refs after b = a:", sys.getrefcount(a) - 1)

#: A container holds references too: the list now sits in another list, twice.
holder = [a, a]
print("refs after holder = [a, a]:", sys.getrefcount(a) - 1)

#: Changing the object through one name is visible through every name.
b.append(4)
print("a =", a)

#: `del` removes a name, not the object: the count falls by one.
del b
print("refs after del b:", sys.getrefcount(a) - 1)

#: Emptying the holder drops two more references.
holder.clear()
print("refs after holder.clear():", sys.getrefcount(a) - 1)

#: Rebinding a name moves it to another object; the old list loses its last name and is freed.
a = "something else"
print("a is now", a)

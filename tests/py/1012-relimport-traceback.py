# A relative import in a script (__main__ has no package): python3 raises
# ImportError "attempted relative import with no known parent package" at
# run time, at the statement's line, after what ran before it.
print("before")
x = [1, 2]


def helper():
    return len(x)


print(helper())
from .sibling import name
print("not reached")

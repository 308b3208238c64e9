x = 1
if x is 1:
    pass
if x is not "a":
    pass

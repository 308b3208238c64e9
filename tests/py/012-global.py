# global statement: read and rebind module names from functions
counter = 0
def bump():
    global counter
    counter += 1
    return counter
def read():
    return counter
bump(); bump()
print(counter, read())
def make():
    global created
    created = "made inside"
make()
print(created)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)

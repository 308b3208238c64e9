counter = 0
def bump():
    global counter, other
    counter += 1

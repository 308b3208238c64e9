# uncaught UnboundLocalError: assignment later in the function makes the name local
counter = 0
def bump():
    counter = counter + 1
    return counter
print("calling bump")
bump()

# raising an exception class without a message: the last line is just its name
def fail():
    raise RuntimeError
print("about to fail")
fail()

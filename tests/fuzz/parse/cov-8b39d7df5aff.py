assert x
assert x, "message"
assert (a, ert x, "message"
assert b)

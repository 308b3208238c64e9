# assert: passing asserts, caught AssertionError with and without message
assert 1 + 1 == 2
assert [1], "non-empty list is true"
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 3
try:
    assert x < 0, "x must be negative, got " + str(x)
except AssertionError as e:
    print(e)
print("end")

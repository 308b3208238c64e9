# uncaught AssertionError with a message
def check(balance):
    assert balance >= 0, "balance went negative: " + str(balance)
    return balance
print(check(5))
print(check(-3))

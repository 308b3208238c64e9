# with: __exit__ sees the exception; returning True suppresses it
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type._name__, exc)
        return True
class Pass:
    def __enter__(self):
        print("enter")
    def __exit__(self, exc_type, exc, tb):
        print("exit, exception type:", exc_type.__name__)
        return False
with Suppress():
    print("before")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed block")
try:
    with Pass():
        {}["key"]
except KeyError as e:
    print("propagated:", repr(e))
def early():
    with Suppress():
        return "returned from with"
print(early())

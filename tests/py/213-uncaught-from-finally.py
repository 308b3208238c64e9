# an exception raised in finally replaces the one in flight
def f():
    try:
        raise KeyError("original")
    finally:
        print("finally")
        raise RuntimeError("raised in finally")
f()

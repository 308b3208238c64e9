# A chain of 100 exceptions (each raised while handling the one before,
# every third one "from" it) is reported whole: print_exception_recursive
# follows __cause__ and __context__ to the end, one print_chained level
# each, far inside the recursion limit.


def fail(k, prev):
    if prev is None:
        raise ValueError(k)
    try:
        raise prev
    except Exception as e:
        if k % 3 == 0:
            raise KeyError(k) from e
        raise KeyError(k)


def build(n):
    prev = None
    for k in range(n):
        try:
            fail(k, prev)
        except Exception as e:
            prev = e
    return prev


top = build(100)
print("chain built")
raise top

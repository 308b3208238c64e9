# user-defined exception classes derived from built-in exceptions
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        Exception.__init__(self, "missing key " + repr(key))
        self.key = key
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]
try:
    lookup({"a": 1}, "b")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise AppError("plain", 42)
except Exception as e:
    print(type(e).__name__, e)
print(isinstance(NotFound("x"), Exception))

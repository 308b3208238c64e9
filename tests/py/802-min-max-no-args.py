# min() and max() unpack their positional arguments (PyArg_UnpackTuple)
# before they parse the keywords, so a call without one names the missing
# argument whatever keywords it has, even unknown or too many ones.
calls = [
    lambda: min(),
    lambda: max(),
    lambda: min(iterable=[1]),
    lambda: max(iterable=[1, 2]),
    lambda: min(key=len),
    lambda: max(default=0),
    lambda: min(key=len, default=1, extra=2),
    lambda: max(foo=1),
    lambda: min([], key=len, foo=1),
    lambda: max([3, 1], key=None, default=7),
    lambda: min(1, 2, default=3),
    lambda: max([], default="empty"),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
min(iterable="abc", key=str.upper)

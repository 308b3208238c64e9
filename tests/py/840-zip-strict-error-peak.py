# zip(strict=True)'s ValueError is made by PyErr_Format (zip_next):
# PyUnicode_FromFormatV's writer buffer of len(format) + 100 characters
# and the temporary str of the "s 1-" or " " plural are alive while the
# message is made, which can be the statement's tracemalloc peak.
import tracemalloc
tracemalloc.start()
T = tracemalloc.get_traced_memory
print('start', T())
for args in (("", iter([]), iter([0])), ("ab", [1]), ([1], "ab"), ("a", "b", "cd"), ("ab", "c", "de")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
    print('after', T())
try:
    print(list(zip("", iter([]), iter([0]), strict=True)))
except (ValueError, KeyError, TypeError) as e:
    print(type(e).__name__, e)
print('then', T())
try:
    print(list(zip("", iter([]), iter([0]), strict=True)))
except (ValueError, KeyError, TypeError) as e:
    print(type(e).__name__, e)
print('end', T())

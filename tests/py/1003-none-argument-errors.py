# Argument Clinic's "U" and str converters report None by name, not by its
# type (_PyArg_BadArgument: "None" for Py_None, else tp_name).
import sys
calls = [
    ('sys.stdout.write', lambda: sys.stdout.write(None)),
    ('sys.stderr.write', lambda: sys.stderr.write(None)),
    ('sys.intern', lambda: sys.intern(None)),
    ('format', lambda: format(1, None)),
    ('str.__format__', lambda: 'x'.__format__(None)),
    ('int.__format__', lambda: (5).__format__(None)),
    ('float.__format__', lambda: (2.5).__format__(None)),
    ('object.__format__', lambda: object().__format__(None)),
    ('sys.stdout.write int', lambda: sys.stdout.write(3)),
    ('sys.intern bytes', lambda: sys.intern(b'x')),
]
for name, f in calls:
    try:
        f()
    except TypeError as e:
        print(name, '->', e)

# str() at the recursion limit.  PyObject_Str checks the depth once, for
# every type; an int has no str slot of its own, so object_str calls its
# repr slot directly, without PyObject_Repr's second check: the limit is
# hit "while getting the str", one frame deeper than repr() reaches.
calls = [0]
def with_str():
    calls[0] += 1
    text = str(calls[0])
    with_str()
try:
    with_str()
except RecursionError as e:
    print("str:", calls[0], e)
calls[0] = 0
def with_repr():
    calls[0] += 1
    text = repr(calls[0])
    with_repr()
try:
    with_repr()
except RecursionError as e:
    print("repr:", calls[0], e)
calls[0] = 0
def with_fstring():
    calls[0] += 1
    text = f"{calls[0]} {2.5}"
    with_fstring()
try:
    with_fstring()
except RecursionError as e:
    print("f-string:", calls[0], e)
calls[0] = 0
def with_spec():
    calls[0] += 1
    text = f"{calls[0]:5} {2.5:.1f}"
    with_spec()
try:
    with_spec()
except RecursionError as e:
    print("spec:", calls[0], e)

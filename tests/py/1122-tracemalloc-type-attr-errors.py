# tracemalloc.py reads an attribute of what it is given (frame._frame in
# `x in traceback`, old_snapshot._group_by in compare_to): given a class,
# the AttributeError is type_getattro's ("type object 'int' has no
# attribute ..."), given an instance the generic one; the peak holds the
# message's writer either way.
import tracemalloc
tracemalloc.start()
x = [1]
s = tracemalloc.take_snapshot()
tb = s.statistics('lineno')[0].traceback
for thing in (int, 5, "s", list):
    tracemalloc.reset_peak()
    try:
        thing in tb
    except AttributeError as e:
        print(e, tracemalloc.get_traced_memory())
    try:
        s.compare_to(thing, 'lineno')
    except AttributeError as e:
        print(e)

# vgetargskeywords' TypeErrors (zip's strict=, min/max's key= and
# default=) are made by PyErr_Format's writer: fname and "()" are strs of
# their own, the buffer is the format's length + 100.  Once the free lists
# are warm the writer's buffer is the peak.
import tracemalloc
tracemalloc.start()


def peak(label, call):
    for _ in range(3):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            call()
        except TypeError as e:
            msg = str(e)
        print(label, tracemalloc.get_traced_memory()[1] - c0)
    print(" ", msg)


for it in ([0], [0], iter([0])):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        zip(it, stric=True)
    except TypeError:
        pass
    print("zip module level", tracemalloc.get_traced_memory()[1] - c0)

peak("zip bad keyword", lambda: zip([0], stric=True))
peak("zip two keywords", lambda: zip([0], strict=1, y=2))
peak("zip only keywords", lambda: zip(x=1, y=2))
peak("min bad keyword", lambda: min([1], ky=1))
peak("max bad keyword", lambda: max([1], key=None, dflt=1))
peak("min three keywords", lambda: min(1, key=1, default=2, x=3))

# object and complex have no vectorcall in CPython 3.11: calling them goes
# through _PyObject_MakeTpCall, which packs the positional arguments into
# a tuple and the keywords into a dict (_PyStack_AsDict).  complex_new_impl
# checks both arguments' types first, then converts each number that is not
# exactly a float with PyNumber_Float: a new float, dropped at once.
import gc
import tracemalloc
tracemalloc.start()


def peak(label, call):
    out = []
    for _ in range(3):
        gc.collect()                    # clears the free lists: tuples and floats are new
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            call()
        except TypeError as e:
            msg = str(e)
        out.append(tracemalloc.get_traced_memory()[1] - c0)
    out.append(gc.get_count()[0])
    print(label, out)


peak("complex(1)", lambda: complex(1))
peak("complex(1, 2)", lambda: complex(1, 2))
peak("complex(True)", lambda: complex(True))
peak("complex(1.5, 2.5)", lambda: complex(1.5, 2.5))
peak("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
peak("complex(y=1)", lambda: complex(y=1))
peak("complex(1, [])", lambda: complex(1, []))
peak("object(x=1)", lambda: object(x=1))
peak("object(1)", lambda: object(1))
print(complex(1, 2), complex(real=3), complex(True, 2.5))

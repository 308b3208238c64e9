# complex() of a str reads _PyUnicode_TransformDecimalAndSpaceToASCII's text
# (Unicode digits and spaces as ASCII ones, a copy kept to the end) through
# _Py_string_to_number_with_underscores, whose misplaced-underscore error is
# "could not convert string to complex: ..."; heapviz refused the Unicode
# digits and spaces as a malformed string.  Peaks under tracemalloc too.
import tracemalloc
tracemalloc.start()
for s in ["1__0", "1_0+2_0j", "\u0661+\u0662j", " (\u0663\u0664j) ", "\u3000 1+1j", "1_", "\u20ac",
          "1\x00", "(1+2j", "\u0661_\u0662j", "j", " -j ", "1e\u0663j", "1_e5", "\u0661" * 300 + "j"]:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    try:
        r = complex(s)
    except ValueError as e:
        r = e
    c1, p1 = tracemalloc.get_traced_memory()
    print(ascii(s)[:30], ascii(r)[:70], c1 - c0, p1 - c0)

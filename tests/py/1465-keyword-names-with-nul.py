# A keyword name holding a NUL is not the parameter it starts with: CPython
# compares whole str objects (_PyUnicode_EqualToASCIIString, find_keyword's
# identity then equality), heapviz compared C strings and took 'name\0x'
# for ImportError's name, 'sep\0' for print's sep, 'key\0' for sorted's key
# and 'start\0' for enumerate's start.
calls = (
    lambda: ImportError("m", **{"name\0x": 1}).name,
    lambda: ImportError("m", **{"path\0": 1}).path,
    lambda: print("a", "b", **{"sep\0": "-"}),
    lambda: sorted([2, 1], **{"key\0": None}),
    lambda: [3, 1].sort(**{"reverse\0": True}),
    lambda: enumerate([], **{"start\0": 1}),
)
for call in calls:
    try:
        print("accepted", call())
    except TypeError as e:
        print(repr(str(e)))

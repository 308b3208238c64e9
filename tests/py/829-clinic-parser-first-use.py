# An Argument Clinic function's first call that passes a keyword builds
# its parser's keyword tuple, kept for good: each name made as a str and
# interned (a name already interned frees the new str; "number" is not,
# so it stays).  Later calls make nothing; `import tracemalloc` has
# already built list.sort's.
import sys
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

number = sys.intern("".join(["num", "ber"]))
refs = sys.getrefcount(number)
tracemalloc.start()
for r in range(2):
    print("round", r)
    measure("sort", lambda: [2, 1].sort(reverse=True))
    measure("round", lambda: round(2.567, ndigits=2))
    measure("sum", lambda: sum([1], start=2))
    measure("int", lambda: int("12", base=8))
    measure("pow", lambda: pow(3, 4, mod=5))
    measure("str", lambda: str(b"ab", encoding="ascii"))
    measure("encode", lambda: "ab".encode(encoding="utf-8"))
    measure("decode", lambda: b"ab".decode(errors="strict"))
    measure("rsplit", lambda: "a,b".rsplit(maxsplit=1))
    measure("splitlines", lambda: "a\nb".splitlines(keepends=True))
    measure("expandtabs", lambda: "a\tb".expandtabs(tabsize=4))
print(sys.getrefcount(number) - refs)

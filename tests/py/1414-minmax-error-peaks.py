# min() and max() of nothing raise through PyErr_Format ("%s() arg is an
# empty sequence": a buffer of the format's length + 100 characters and a
# str of the function's name) while min_max still holds the iterator,
# released only after the error is set; so do "Cannot specify a default"
# and sys.set_int_max_str_digits' errors.
import sys
import tracemalloc
cases = [('min([])', min, ([],), {}), ('max((), key=len)', max, ((),), {'key': len}),
         ('max(genexpr)', max, ((x for x in 'abc' if x > 'z'),), {}),
         ('min(1, 2, default=0)', min, (1, 2), {'default': 0}),
         ('set_int_max_str_digits(5)', sys.set_int_max_str_digits, (5,), {})]
tracemalloc.start()
for label, fn, args, kw in cases:
    for i in range(2):
        tracemalloc.reset_peak()
        c0, p0 = tracemalloc.get_traced_memory()
        try:
            fn(*args, **kw)
        except (ValueError, TypeError) as e:
            m = str(e)
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - p0, m)
print(min([], default=None), max([3, 1, 2], key=lambda x: -x), min('bca'))

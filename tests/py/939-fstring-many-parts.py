# An f-string of more than 30 pieces (STACK_USE_GUIDELINE) is compiled as
# ''.join of a list the pieces are appended to, so while it runs a list
# holds them (the traced peak shows it); a %-format of a tuple display
# compiled as an f-string (see 936) does the same.
import sys
import tracemalloc

a = 'x' * 3
tracemalloc.start()
r = f'{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}'
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
r2 = ('%s-' * 16) % (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
r3 = f'{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}.{a}'
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
print(sys.getrefcount(a), len(r), r2, r3)

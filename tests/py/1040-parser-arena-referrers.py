# The parser's arena: while __main__ runs, pyrun_file keeps the AST arena,
# whose a_objects list holds every object the parser made.  So a literal's
# gc.get_referrers() lists that list too, and sys.getrefcount counts it.
import gc, sys
pi = 3.25
name = 'spam eggs'
blob = b'abc'
big = 12345678901234567890
pair = (1, 2, (3, 4), 'x y', None)
for obj in (pi, name, blob, big, pair, pair[2], pair[3]):
    lists = [r for r in gc.get_referrers(obj) if type(r) is list]
    held = [sum(1 for o in l if o is obj) for l in lists]
    print(type(obj).__name__, sys.getrefcount(obj), len(lists), held)
arena = [r for r in gc.get_referrers(pi) if type(r) is list][0]
print(len(arena), sys.getsizeof(arena), gc.is_tracked(arena))
print(sys.getrefcount(arena), arena is [r for r in gc.get_referrers(big) if type(r) is list][0])

# The arena's list is a GC-tracked list in generation 0 when the script's
# first statement runs, one of gc.get_count()'s; a collection moves it on
# with the other survivors, and it stays a referrer of the parser's
# objects wherever it is.
import gc
print(gc.get_count())
k = 98765.5
arena = [r for r in gc.get_referrers(k) if type(r) is list][0]
print(gc.is_tracked(arena), len(gc.get_referents(arena)) == len(arena))
del arena
print(gc.get_count(), gc.collect(0), gc.get_count())
print(len([r for r in gc.get_referrers(k) if type(r) is list]))
gc.collect()
print(len([r for r in gc.get_referrers(k) if type(r) is list]))
print(gc.get_count())
